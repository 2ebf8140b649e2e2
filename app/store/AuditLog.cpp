#include "AuditLog.h"

#include "Uuid7.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace fieldcase::store {

namespace {

const QString EventColumns = QStringLiteral(
    "device_seq, id, device_id, hlc, user_id, action, entity_type, entity_id, details, prev_hash, hash");

AuditEvent eventFrom(const QSqlQuery& query) {
    AuditEvent event;
    event.sequence = query.value(0).toLongLong();
    event.id = QUuid::fromString(query.value(1).toString());
    event.deviceId = QUuid::fromString(query.value(2).toString());
    event.hlc = HlcTimestamp::fromString(query.value(3).toString());
    event.userId = QUuid::fromString(query.value(4).toString());
    event.action = query.value(5).toString();
    event.entityType = query.value(6).toString();
    event.entityId = QUuid::fromString(query.value(7).toString());
    event.details = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
    event.previousHash = query.value(9).toByteArray();
    event.hash = query.value(10).toByteArray();
    return event;
}

} // namespace

AuditChainBreak AuditLog::verify(const QUuid& deviceId) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_events WHERE device_id = ? ORDER BY device_seq")
                      .arg(EventColumns));
    query.addBindValue(Uuid7::toText(deviceId));
    if (!query.exec())
        return {AuditChainBreak::Kind::SequenceGap, 1};
    std::optional<AuditEvent> previous;
    while (query.next()) {
        AuditEvent event = eventFrom(query);
        if (AuditChainBreak broken = checkAuditLink(previous ? &*previous : nullptr, event);
            !broken.isIntact())
            return broken;
        previous = std::move(event);
    }
    return {};
}

QList<AuditEvent> AuditLog::eventsFor(const QUuid& entityId) const {
    QList<AuditEvent> events;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM audit_events WHERE entity_id = ? ORDER BY row").arg(EventColumns));
    query.addBindValue(Uuid7::toText(entityId));
    if (query.exec()) {
        while (query.next())
            events.append(eventFrom(query));
    }
    return events;
}

qint64 AuditLog::count() const {
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT count(*) FROM audit_events")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

} // namespace fieldcase::store
