#pragma once

#include "PositionSourceConfig.h"

#include <QString>

namespace fieldcase::ui {

enum class Language { System, Chinese, English };

// The stable key of a language in settings files, which is also its locale name ("zh_CN", "en"; "system").
QString languageKey(Language language);

// What the user sets in the settings dialog; kept in the profile's settings file (INI), so each
// profile (a shared tablet's bureau) keeps its own.
struct UiSettings {
    Language language = Language::System;
    bool highContrast = false;               // for sunlight
    bool tabletMode = false;                 // larger text and touch targets
    int idleLockMinutes = 10;                // 0: never lock
    evidence::PositionSourceConfig position; // where check-ins and evidence take their position from

    static constexpr int MaxIdleLockMinutes = 240;

    static UiSettings load(const QString& settingsPath);
    void save(const QString& settingsPath) const;
    bool operator==(const UiSettings&) const = default;
};

} // namespace fieldcase::ui
