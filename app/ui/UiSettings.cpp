#include "UiSettings.h"

#include <QSettings>

namespace fieldcase::ui {

// Stable keys in the file; the enum's order may change.
QString languageKey(Language language) {
    switch (language) {
    case Language::Chinese:
        return QStringLiteral("zh_CN");
    case Language::English:
        return QStringLiteral("en");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

namespace {

Language languageFromKey(const QString& key) {
    if (key == languageKey(Language::Chinese))
        return Language::Chinese;
    if (key == languageKey(Language::English))
        return Language::English;
    return Language::System;
}

} // namespace

UiSettings UiSettings::load(const QString& settingsPath) {
    QSettings file(settingsPath, QSettings::IniFormat);
    UiSettings settings;
    settings.language = languageFromKey(file.value("ui/language").toString());
    settings.highContrast = file.value("ui/highContrast", settings.highContrast).toBool();
    settings.tabletMode = file.value("ui/tabletMode", settings.tabletMode).toBool();
    settings.idleLockMinutes =
        qBound(0, file.value("ui/idleLockMinutes", settings.idleLockMinutes).toInt(), MaxIdleLockMinutes);
    settings.position = evidence::PositionSourceConfig::load(file);
    return settings;
}

void UiSettings::save(const QString& settingsPath) const {
    QSettings file(settingsPath, QSettings::IniFormat);
    file.setValue("ui/language", languageKey(language));
    file.setValue("ui/highContrast", highContrast);
    file.setValue("ui/tabletMode", tabletMode);
    file.setValue("ui/idleLockMinutes", idleLockMinutes);
    position.save(file);
    file.sync();
}

} // namespace fieldcase::ui
