#pragma once

#include "UiSettings.h"

#include <QTranslator>

namespace fieldcase::ui {

// FieldCase's own catalogue (embedded at :/i18n) and Qt's (standard buttons, dialogs), swapped
// together. Installing them sends QEvent::LanguageChange to every widget, which retranslates itself.
class Translations {
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    void apply(Language language);
    // "zh_CN" or "en": Chinese when the system (or the choice) is Chinese, English otherwise.
    static QString localeNameFor(Language language);

private:
    void remove();
    QTranslator m_fieldcase;
    QTranslator m_qt;
    QString m_installedLocale;
};

} // namespace fieldcase::ui
