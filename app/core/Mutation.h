#pragma once

#include "HybridLogicalClock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QUuid>

namespace fieldcase {

// One changed field: old and new values let the server merge field by field against base_version.
struct FieldChange {
    QString field;
    QJsonValue oldValue;
    QJsonValue newValue;
};

// An outbox entry: a named command the device sends to the bureau at sync (see the sync design).
// Created in the same transaction as the rows it describes.
struct Mutation {
    QUuid mutationId; // idempotency key
    QUuid deviceId;
    qint64 deviceSeq = 0; // gapless per device
    HlcTimestamp hlc;
    QUuid userId;
    QString kind; // e.g. "case.create", "subject.update", "case.transition"
    QUuid entityId;
    qint64 baseVersion = 0; // the server version the edit started from; 0 for a new record
    QList<FieldChange> changes;

    QJsonObject toJson() const;
    // toJson() as compact JSON text, with the changes given as the JSON text changesToJson() was stored as
    // when the mutation was made: the device sends its outbox without parsing and serialising each entry
    // again (a QJsonObject per mutation cost the device more than the bureau's work on it).
    QByteArray toJsonText(QByteArrayView changesText) const;
    static Mutation fromJson(const QJsonObject& object);
    // Only the "changes" part, as stored in the outbox table's JSON column.
    QJsonArray changesToJson() const;
};

} // namespace fieldcase
