#include "Entities.h"

#include "Uuid7.h"

#include <QJsonDocument>

namespace fieldcase::sync::server {

bool isBureauWideType(const QString& type) {
    return type == QLatin1String("subject") || type == QLatin1String("unit") ||
           type == QLatin1String("user") || type == QLatin1String("pack") || type == QLatin1String("device");
}

std::optional<StoredEntity> Entities::find(ServerDatabase& database, const QString& type, const QUuid& id) {
    Rows query =
        database.run(QStringLiteral("SELECT version, seq, unit_id, case_id, assignee_id, state, fields "
                                    "FROM entities WHERE type = ? AND id = ?"),
                     {type, Uuid7::toText(id)});
    if (!query.next())
        return std::nullopt;
    StoredEntity entity;
    entity.type = type;
    entity.id = id;
    entity.version = query.value(0).toLongLong();
    entity.seq = query.value(1).toLongLong();
    entity.unitId = query.value(2).toString();
    entity.caseId = query.value(3).toString();
    entity.assigneeId = query.value(4).toString();
    entity.state = query.value(5).toString();
    entity.fields = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    return entity;
}

void Entities::write(WriteTransaction& transaction, StoredEntity& entity) {
    entity.seq = transaction.nextSequence();
    entity.version += 1;
    entity.state = entity.fields.value(QStringLiteral("state")).toString();
    transaction.run(
        QStringLiteral(
            "INSERT INTO entities (type, id, version, seq, unit_id, case_id, assignee_id, state, fields, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (type, id) DO UPDATE SET "
            "version = excluded.version, seq = excluded.seq, unit_id = excluded.unit_id, "
            "case_id = excluded.case_id, assignee_id = excluded.assignee_id, state = excluded.state, "
            "fields = excluded.fields, updated_at = excluded.updated_at"),
        {entity.type, Uuid7::toText(entity.id), entity.version, entity.seq, textOrNull(entity.unitId),
         textOrNull(entity.caseId), textOrNull(entity.assigneeId), textOrNull(entity.state),
         QString::fromUtf8(QJsonDocument(entity.fields).toJson(QJsonDocument::Compact)),
         transaction.nowText()});
}

} // namespace fieldcase::sync::server
