#pragma once

#include "ServerDatabase.h"

#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace fieldcase::sync::server {

// One entity as the server keeps it: its whole current state, the sequence of its last change, and the
// columns the scope filter reads (the unit and case it belongs to, who a task is for, a case's state).
struct StoredEntity {
    QString type;
    QUuid id;
    qint64 version = 0;
    qint64 seq = 0;
    QString unitId;
    QString caseId;
    QString assigneeId;
    QString state;
    QJsonObject fields;
};

// Types every user receives, whatever their unit.
bool isBureauWideType(const QString& type);

class Entities {
public:
    static std::optional<StoredEntity> find(ServerDatabase& database, const QString& type, const QUuid& id);
    // Writes the entity with the next sequence and version + 1 (both set on `entity`); the state column
    // follows fields["state"].
    static void write(WriteTransaction& transaction, StoredEntity& entity);
};

} // namespace fieldcase::sync::server
