#pragma once

#include "UiSettings.h"

#include <QFont>
#include <QString>

namespace fieldcase::ui {

// Applies the high-contrast theme and tablet mode to the whole application. Remembers the platform's
// own style and font so that turning either off restores them.
class Appearance {
public:
    Appearance();
    void apply(const UiSettings& settings);

    // Row height for item views: one line of the current font plus room to aim a finger or a mouse.
    static int rowHeightFor(const QFont& font);
    // Apple's and Microsoft's guidance for touch: at least 44 device-independent pixels.
    static constexpr int MinimumTouchTarget = 44;

private:
    QString m_platformStyle;
    QFont m_platformFont;
};

} // namespace fieldcase::ui
