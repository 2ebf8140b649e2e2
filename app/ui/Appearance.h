#pragma once

#include "UiSettings.h"

#include <QFont>
#include <QPalette>
#include <QString>

namespace fieldcase::ui {

// Applies the high-contrast theme and tablet mode to the whole application. Remembers the platform's
// own style, palette and font so that turning either off restores them.
class Appearance {
public:
    Appearance();
    void apply(const UiSettings& settings);

    // Row height for item views: one line of the current font plus room to aim a mouse, and at least
    // a finger's width in tablet mode.
    static int rowHeightFor(const QFont& font);
    static bool isTabletMode();
    // Apple's and Microsoft's guidance for touch: at least 44 device-independent pixels.
    static constexpr int MinimumTouchTarget = 44;

private:
    QString m_platformStyle;
    QPalette m_platformPalette;
    QFont m_platformFont;
};

} // namespace fieldcase::ui
