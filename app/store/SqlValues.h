#pragma once

#include "Uuid7.h"

#include <QDate>
#include <QString>
#include <QVariant>

// How domain values are bound to SQL parameters. Internal to the store.
namespace fieldcase::store::sql {

// Text columns are NOT NULL: a null QString binds as NULL, so bind an empty string instead.
inline QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Optional references bind as NULL, so foreign keys accept them.
inline QVariant idOrNull(const QUuid& id) {
    return id.isNull() ? QVariant() : QVariant(Uuid7::toText(id));
}

inline QVariant dateOrNull(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace fieldcase::store::sql
