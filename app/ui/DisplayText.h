#pragma once

#include "User.h"

#include <QDate>
#include <QString>

namespace fieldcase::ui {

// The profile fact that names the bureau on the login screen (the demo data sets it too).
inline const QString BureauNameKey = QStringLiteral("bureau_name");

// "Inspector, Team leader": a user's roles in the current language.
QString roleNames(Roles roles);
// Dates in the current language's formats; empty for an unset date.
QString shortDate(const QDate& date);
QString longDate(const QDate& date);
// The language of the data texts to show (discretion packs, checklists): the installed translation's
// locale, "zh_CN" or "en…", as discretion::Text::in() expects.
QString dataLanguage();

} // namespace fieldcase::ui
