#pragma once

#include <QSqlDatabase>
#include <QString>

namespace fieldcase::store {

// Numbered schema migrations kept in PRAGMA user_version. Migration N moves a database from version
// N-1 to N inside one transaction; they are never edited once released, only appended.
class Migrations {
public:
    static int latestVersion();
    static int currentVersion(QSqlDatabase db);
    // Applies the migrations after the current version up to `target`. Returns an empty string on
    // success, otherwise the SQL error (the transaction has been rolled back).
    static QString migrate(QSqlDatabase db, int target);
};

} // namespace fieldcase::store
