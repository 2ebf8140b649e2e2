#include "Store.h"

#include "SqlValues.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

namespace {

const QString DeviceIdKey = QString::fromLatin1(Store::DeviceIdMetaKey);

StoreResult sqlFailure(const QSqlQuery& query) {
    return StoreResult::failure(
        QCoreApplication::translate("Store", "The case database refused the change: %1")
            .arg(query.lastError().text()));
}

} // namespace

Store::Store(Database& database)
    : m_database(database) {}

StoreResult Store::initialise() {
    QMutexLocker lock(&m_mutex);
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(DeviceIdKey);
    if (!query.exec())
        return sqlFailure(query);
    if (query.next()) {
        m_deviceId = QUuid::fromString(query.value(0).toString());
    } else {
        m_deviceId = Uuid7::create();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
        insert.addBindValue(DeviceIdKey);
        insert.addBindValue(Uuid7::toText(m_deviceId));
        if (!insert.exec())
            return sqlFailure(insert);
    }
    query.finish();
    // Continue the clock after the last event this device logged, even if the wall clock went back.
    query.prepare(QStringLiteral("SELECT max(hlc) FROM audit_events WHERE device_id = ?"));
    query.addBindValue(Uuid7::toText(m_deviceId));
    if (query.exec() && query.next())
        m_clock.restore(HlcTimestamp::fromString(query.value(0).toString()));
    return {};
}

HlcTimestamp Store::lastTimestamp() const {
    QMutexLocker lock(&m_mutex);
    return m_clock.last();
}

QString Store::metaValue(const QString& key) const {
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

StoreResult Store::setMetaValue(const QString& key, const QString& value) {
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() ? StoreResult() : sqlFailure(query);
}

StoreResult Store::inTransaction(const std::function<StoreResult(QSqlDatabase&)>& body) {
    QSqlDatabase db = connection();
    QSqlQuery control(db);
    // IMMEDIATE takes the write lock up front, so two writers never deadlock upgrading read locks.
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StoreResult::failure(QCoreApplication::translate("Store", "The case database is busy: %1")
                                        .arg(control.lastError().text()));
    StoreResult result = body(db);
    if (result.ok() && control.exec(QStringLiteral("COMMIT")))
        return result;
    if (result.ok())
        result =
            StoreResult::failure(QCoreApplication::translate("Store", "The change could not be saved: %1")
                                     .arg(control.lastError().text()));
    control.exec(QStringLiteral("ROLLBACK"));
    return result;
}

StoreResult Store::perform(const QUuid& userId, const Action& action, const RowWriter& writeRows) {
    return performActions(userId, {&action}, writeRows);
}

StoreResult Store::perform(const QUuid& userId, const QList<Action>& actions, const RowWriter& writeRows) {
    QList<const Action*> each;
    for (const Action& action : actions)
        each.append(&action);
    return performActions(userId, each, writeRows);
}

// The actions by address: they are read after the writer ran, which may have completed them.
StoreResult Store::performActions(const QUuid& userId, const QList<const Action*>& actions,
                                  const RowWriter& writeRows) {
    QMutexLocker lock(&m_mutex);
    return inTransaction([&](QSqlDatabase& db) -> StoreResult {
        if (StoreResult rows = writeRows(db); !rows)
            return rows;
        if (m_failAfterRows && m_failAfterRows())
            return StoreResult::failure(QCoreApplication::translate("Store", "The change was interrupted."));
        for (const Action* each : actions) {
            const Action& action = *each;
            const HlcTimestamp hlc = m_clock.now();
            if (StoreResult outbox = appendOutbox(db, userId, action, hlc); !outbox)
                return outbox;
            QJsonObject details = action.auditDetails;
            if (!action.changes.isEmpty()) {
                QJsonArray fields;
                for (const FieldChange& change : action.changes)
                    fields.append(change.field);
                details.insert(QStringLiteral("fields"), fields);
            }
            if (StoreResult audit =
                    appendAudit(db, userId, action.kind, action.entityType, action.entityId, details, hlc);
                !audit)
                return audit;
        }
        return StoreResult();
    });
}

StoreResult Store::recordEvent(const QUuid& userId, const QString& action, const QString& entityType,
                               const QUuid& entityId, const QJsonObject& details) {
    QMutexLocker lock(&m_mutex);
    const HlcTimestamp hlc = m_clock.now();
    return inTransaction([&](QSqlDatabase& db) {
        return appendAudit(db, userId, action, entityType, entityId, details, hlc);
    });
}

StoreResult Store::bulkLoad(const QUuid& userId, const QString& action, const QJsonObject& details,
                            const RowWriter& writeRows) {
    QMutexLocker lock(&m_mutex);
    const HlcTimestamp hlc = m_clock.now();
    return inTransaction([&](QSqlDatabase& db) -> StoreResult {
        if (StoreResult rows = writeRows(db); !rows)
            return rows;
        return appendAudit(db, userId, action, QStringLiteral("profile"), {}, details, hlc);
    });
}

StoreResult Store::appendOutbox(QSqlDatabase& db, const QUuid& userId, const Action& action,
                                const HlcTimestamp& hlc) {
    QSqlQuery query(db);
    // Gapless per device: the server detects a lost mutation by a hole in device_seq.
    if (!query.exec(QStringLiteral("SELECT coalesce(max(device_seq), 0) + 1 FROM outbox")) || !query.next())
        return sqlFailure(query);
    const qint64 sequence = query.value(0).toLongLong();
    query.finish();

    Mutation mutation;
    mutation.changes = action.changes;
    query.prepare(QStringLiteral("INSERT INTO outbox(device_seq, mutation_id, device_id, hlc, user_id, kind, "
                                 "entity_id, base_version, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sequence);
    query.addBindValue(Uuid7::toText(Uuid7::create()));
    query.addBindValue(Uuid7::toText(m_deviceId));
    query.addBindValue(hlc.toString());
    query.addBindValue(sql::idOrNull(userId));
    query.addBindValue(action.kind);
    query.addBindValue(Uuid7::toText(action.entityId));
    query.addBindValue(action.baseVersion);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(mutation.changesToJson()).toJson(QJsonDocument::Compact)));
    return query.exec() ? StoreResult() : sqlFailure(query);
}

StoreResult Store::appendAudit(QSqlDatabase& db, const QUuid& userId, const QString& action,
                               const QString& entityType, const QUuid& entityId, const QJsonObject& details,
                               const HlcTimestamp& hlc) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT device_seq, hash FROM audit_events WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1"));
    query.addBindValue(Uuid7::toText(m_deviceId));
    if (!query.exec())
        return sqlFailure(query);

    AuditEvent event;
    event.sequence = 1;
    event.previousHash = AuditEvent::genesisHash();
    if (query.next()) {
        event.sequence = query.value(0).toLongLong() + 1;
        event.previousHash = query.value(1).toByteArray();
    }
    query.finish();
    event.id = Uuid7::create();
    event.deviceId = m_deviceId;
    event.hlc = hlc;
    event.userId = userId;
    event.action = action;
    event.entityType = entityType;
    event.entityId = entityId;
    event.details = details;
    event.hash = event.computeHash();

    query.prepare(QStringLiteral("INSERT INTO audit_events(device_id, device_seq, id, hlc, user_id, action, "
                                 "entity_type, entity_id, details, prev_hash, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Uuid7::toText(event.deviceId));
    query.addBindValue(event.sequence);
    query.addBindValue(Uuid7::toText(event.id));
    query.addBindValue(event.hlc.toString());
    query.addBindValue(sql::idOrNull(userId));
    query.addBindValue(action);
    query.addBindValue(entityType);
    query.addBindValue(sql::idOrNull(entityId));
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    query.addBindValue(event.previousHash);
    query.addBindValue(event.hash);
    return query.exec() ? StoreResult() : sqlFailure(query);
}

} // namespace fieldcase::store
