#pragma once

#include "Profile.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A fresh profile in a temporary directory: a real SQLite file in WAL mode, as the app runs it.
class TempProfile {
public:
    TempProfile() {
        const auto result = profile.open(dir.path(), true);
        if (!result.ok())
            qFatal("cannot open a temporary profile: %s", qPrintable(result.message));
    }
    fieldcase::store::Store& store() { return profile.store(); }
    QSqlDatabase db() { return profile.store().connection(); }

    QTemporaryDir dir;
    fieldcase::store::Profile profile;
};

// How many rows a table holds, -1 if it cannot be counted.
inline int countRows(QSqlDatabase db, const QString& table) {
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}
