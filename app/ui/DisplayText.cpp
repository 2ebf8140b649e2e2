#include "DisplayText.h"

#include <QLocale>
#include <QStringList>

namespace fieldcase::ui {

QString roleNames(Roles roles) {
    QStringList names;
    for (Role role : enumValues<Role>()) {
        if (roles.testFlag(role))
            names << enumDisplayName(role);
    }
    return names.join(QLatin1String(", "));
}

QString shortDate(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString longDate(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString dataLanguage() {
    // Translations::apply() sets the default locale to the language it installs.
    return QLocale().name();
}

} // namespace fieldcase::ui
