#include "SyncState.h"

#include "PreparedStatements.h"
#include "PulledRecords.h"
#include "SqlValues.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

using namespace Qt::StringLiterals;

namespace {

StoreResult queryFailure(const QSqlQuery& query) {
    return StoreResult::failure(
        SyncState::tr("The case database refused the change: %1").arg(query.lastError().text()));
}

using pulled::compactJson;
using pulled::jsonText;
using pulled::jsonValue;
using pulled::nowText;
using pulled::rowExists;

// Whether this device has work on a record that the server has not confirmed (such a record waits in the
// shadow). A pull usually follows the push, and then nothing in the outbox is unconfirmed: that is asked once
// per page instead of once per record. Applying a page adds nothing to the outbox.
class UnconfirmedWork {
public:
    explicit UnconfirmedWork(QSqlDatabase& db)
        : m_db(db) {
        QSqlQuery query(db);
        m_any =
            !query.exec(u"SELECT 1 FROM outbox WHERE state IN ('pending', 'sent') LIMIT 1"_s) || query.next();
    }

    bool on(const QString& entityId) const {
        return m_any &&
               pulled::anyRow(
                   m_db,
                   u"SELECT 1 FROM outbox WHERE entity_id = ? AND state IN ('pending', 'sent') LIMIT 1"_s,
                   entityId);
    }

private:
    QSqlDatabase& m_db;
    bool m_any = true;
};

// The discretion standards' signing keys shipped with the program (the same file a local install trusts).
QList<security::TrustedKey> shippedPackKeys() {
    static const QList<security::TrustedKey> keys = [] {
        QFile file(u":/discretion/trusted-keys.json"_s);
        QString error;
        return file.open(QIODevice::ReadOnly)
                   ? security::DetachedSignature::parseTrustedKeys(file.readAll(), &error)
                   : QList<security::TrustedKey>();
    }();
    return keys;
}

// A record of a type the device keeps only in the shadow never replaces the shadow of another type's record
// with the same id: the bureau names a case's document draft with the case's id.
StoreResult saveShadow(QSqlDatabase& db, const sync::EntityChange& change, bool pendingApply) {
    QSqlQuery fallback(db);
    QSqlQuery* query = PreparedStatements::prepare(
        db,
        u"INSERT INTO sync_shadow(entity_id, entity_type, version, fields, pending_apply) "
        u"VALUES (?, ?, ?, ?, ?) ON CONFLICT(entity_id) DO UPDATE SET entity_type = excluded.entity_type, "
        u"version = excluded.version, fields = excluded.fields, pending_apply = excluded.pending_apply "
        u"WHERE sync_shadow.entity_type = excluded.entity_type OR ? = 1"_s,
        fallback);
    if (!query)
        return queryFailure(fallback);
    query->addBindValue(Uuid7::toText(change.id));
    query->addBindValue(change.type);
    query->addBindValue(change.version);
    query->addBindValue(compactJson(change.fields));
    query->addBindValue(pendingApply ? 1 : 0);
    query->addBindValue(PulledRecords::keepsInTable(change.type) ? 1 : 0);
    return query->exec() ? StoreResult() : queryFailure(*query);
}

StoreResult refusedChange(const QString& type, const QString& id, const QString& why) {
    return StoreResult::failure(
        SyncState::tr("The bureau's %1 %2 could not be saved on this device: %3").arg(type, id, why));
}

struct Applied {
    StoreResult result;
    bool waiting = false; // local work the server has not confirmed, or a record it refers to not here yet
};

// One record the bureau sent, written to the domain tables unless this device has unconfirmed work on it.
// A record refused for a reason a person must know (a discretion standard that fails its checks) is added to
// `refusals` and the page goes on.
Applied applyChange(const UnconfirmedWork& unconfirmed, PulledRecords& records,
                    const sync::EntityChange& change, QStringList& refusals) {
    const QString id = Uuid7::toText(change.id);
    if (unconfirmed.on(id))
        return {{}, true};
    const PulledRecords::Outcome outcome = records.apply(change.type, id, change.version, change.fields);
    if (!outcome.error.isEmpty())
        return {refusedChange(change.type, id, outcome.error)};
    if (!outcome.refusal.isEmpty())
        refusals << outcome.refusal;
    return {{}, outcome.waiting};
}

// Records that waited for a record they refer to, or for local work to be confirmed, are tried again until
// a round makes no progress.
StoreResult applyWaitingRecords(QSqlDatabase& db, const UnconfirmedWork& unconfirmed, PulledRecords& records,
                                QStringList& refusals) {
    for (bool progress = true; progress;) {
        progress = false;
        QSqlQuery query(db);
        if (!query.exec(
                u"SELECT entity_id, entity_type, version, fields FROM sync_shadow WHERE pending_apply <> 0"_s))
            return queryFailure(query);
        QList<sync::EntityChange> waiting;
        while (query.next()) {
            sync::EntityChange change;
            change.id = QUuid::fromString(query.value(0).toString());
            change.type = query.value(1).toString();
            change.version = query.value(2).toLongLong();
            change.fields = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
            waiting.append(change);
        }
        query.finish();
        for (const sync::EntityChange& change : std::as_const(waiting)) {
            const Applied applied = applyChange(unconfirmed, records, change, refusals);
            if (!applied.result)
                return applied.result;
            if (applied.waiting)
                continue;
            query.prepare(u"UPDATE sync_shadow SET pending_apply = 0 WHERE entity_id = ?"_s);
            query.addBindValue(Uuid7::toText(change.id));
            if (!query.exec())
                return queryFailure(query);
            progress = true;
        }
    }
    return {};
}

StoreResult writeSyncValue(QSqlDatabase& db, const QString& key, const QString& value) {
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO sync_state(key, value) VALUES (?, ?) "
                  u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(sql::text(value));
    return query.exec() ? StoreResult() : queryFailure(query);
}

SyncConflict conflictFrom(const QSqlQuery& query) {
    SyncConflict conflict;
    conflict.id = QUuid::fromString(query.value(0).toString());
    conflict.entityType = query.value(1).toString();
    conflict.entityId = QUuid::fromString(query.value(2).toString());
    conflict.field = query.value(3).toString();
    conflict.base = jsonValue(query.value(4).toString());
    conflict.theirs = jsonValue(query.value(5).toString());
    conflict.ours = jsonValue(query.value(6).toString());
    conflict.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    conflict.resolvedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    if (!query.value(9).isNull())
        conflict.resolution = jsonValue(query.value(9).toString());
    return conflict;
}

const QString ConflictColumns =
    u"id, entity_type, entity_id, field, base, theirs, ours, created_at, resolved_at, resolution"_s;

} // namespace

QString SyncState::value(const QString& key) const {
    QSqlQuery query(m_store.connection());
    query.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

StoreResult SyncState::setValues(const QList<std::pair<QString, QString>>& values) {
    QSqlDatabase db = m_store.connection();
    if (!db.transaction())
        return StoreResult::failure(
            SyncState::tr("The case database is busy: %1").arg(db.lastError().text()));
    for (const auto& [key, value] : values) {
        if (StoreResult written = writeSyncValue(db, key, value); !written) {
            db.rollback();
            return written;
        }
    }
    return db.commit() ? StoreResult() : StoreResult::failure(db.lastError().text());
}

QList<sync::OutgoingMutation> SyncState::pendingMutations(int limit, qint64 afterSeq) const {
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true); // a scrollable query would keep a copy of all 500 rows
    query.prepare(u"SELECT device_seq, mutation_id, device_id, hlc, user_id, kind, entity_id, base_version, "
                  u"changes FROM outbox WHERE state IN ('pending', 'sent') AND device_seq > ? "
                  u"ORDER BY device_seq LIMIT ?"_s);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    QList<sync::OutgoingMutation> mutations;
    if (!query.exec())
        return mutations;
    while (query.next()) {
        // The header from its columns, the changes as the text they were stored as.
        Mutation m;
        m.deviceSeq = query.value(0).toLongLong();
        m.mutationId = QUuid::fromString(query.value(1).toString());
        m.deviceId = QUuid::fromString(query.value(2).toString());
        m.hlc = HlcTimestamp::fromString(query.value(3).toString());
        m.userId = QUuid::fromString(query.value(4).toString());
        m.kind = query.value(5).toString();
        m.entityId = QUuid::fromString(query.value(6).toString());
        m.baseVersion = query.value(7).toLongLong();
        mutations.append({m.deviceSeq, m.mutationId, m.toJsonText(query.value(8).toString().toUtf8())});
    }
    return mutations;
}

StoreResult SyncState::markSent(const QList<sync::OutgoingMutation>& mutations) {
    if (mutations.isEmpty())
        return {};
    QSqlQuery query(m_store.connection());
    query.prepare(
        u"UPDATE outbox SET state = 'sent' WHERE state = 'pending' AND device_seq BETWEEN ? AND ?"_s);
    query.addBindValue(mutations.first().deviceSeq);
    query.addBindValue(mutations.last().deviceSeq);
    return query.exec() ? StoreResult() : queryFailure(query);
}

StoreResult SyncState::recordResults(const QList<sync::MutationResult>& results) {
    if (results.isEmpty())
        return {};
    QJsonObject details{{u"results"_s, results.size()},
                        {u"first_seq"_s, results.first().deviceSeq},
                        {u"last_seq"_s, results.last().deviceSeq}};
    int rejected = 0;
    int conflicts = 0;
    for (const sync::MutationResult& r : results) {
        rejected += r.status == sync::MutationStatus::Rejected;
        conflicts += int(r.conflicts.size());
    }
    details.insert(u"rejected"_s, rejected);
    details.insert(u"conflicts"_s, conflicts);
    return m_store.bulkLoad({}, u"sync.push"_s, details, [&](QSqlDatabase& db) -> StoreResult {
        // Prepared once for the whole batch: preparing per result cost more than running the statements.
        QSqlQuery outbox(db);
        QSqlQuery stored(db);
        if (!outbox.prepare(u"UPDATE outbox SET state = ? WHERE device_seq = ? AND mutation_id = ?"_s))
            return queryFailure(outbox);
        if (!stored.prepare(
                u"INSERT INTO sync_results(device_seq, status, code, message, conflicts) "
                u"VALUES (?, ?, ?, ?, ?) ON CONFLICT(device_seq) DO UPDATE SET status = excluded.status, "
                u"code = excluded.code, message = excluded.message, conflicts = excluded.conflicts"_s))
            return queryFailure(stored);
        for (const sync::MutationResult& r : results) {
            outbox.bindValue(0, r.status == sync::MutationStatus::Rejected ? u"rejected"_s : u"applied"_s);
            outbox.bindValue(1, r.deviceSeq);
            outbox.bindValue(2, Uuid7::toText(r.mutationId));
            if (!outbox.exec())
                return queryFailure(outbox);
            if (outbox.numRowsAffected() != 1)
                return StoreResult::failure(
                    SyncState::tr("The bureau answered for change %1, which this device did not send.")
                        .arg(r.deviceSeq));
            QJsonArray conflictList;
            for (const sync::FieldConflict& c : r.conflicts)
                conflictList.append(c.toJson());
            stored.bindValue(0, r.deviceSeq);
            stored.bindValue(1, sync::statusKey(r.status));
            stored.bindValue(2, sql::text(r.code));
            stored.bindValue(3, sql::text(r.message));
            stored.bindValue(4, compactJson(conflictList));
            if (!stored.exec())
                return queryFailure(stored);
        }
        return StoreResult();
    });
}

StoreResult SyncState::applyPage(const QUuid& userId, const sync::PullPage& page, QStringList* refusals) {
    if (page.changes.isEmpty() && page.cursor == pullCursor()) {
        QSqlQuery query(m_store.connection());
        if (query.exec(u"SELECT 1 FROM sync_shadow WHERE pending_apply <> 0 LIMIT 1"_s) && !query.next())
            return {}; // nothing new and nothing waiting: no transaction, no audit event
    }
    const QJsonObject details{{u"cursor"_s, page.cursor}, {u"changes"_s, page.changes.size()}};
    QStringList refused;
    const StoreResult applied =
        m_store.bulkLoad(userId, u"sync.pull"_s, details, [&](QSqlDatabase& db) -> StoreResult {
            const PreparedStatements kept(db);
            PulledRecords records(db, packKeys());
            const UnconfirmedWork unconfirmed(db);
            for (const sync::EntityChange& change : page.changes) {
                const Applied outcome = applyChange(unconfirmed, records, change, refused);
                if (!outcome.result)
                    return outcome.result;
                if (StoreResult saved = saveShadow(db, change, outcome.waiting); !saved)
                    return saved;
            }
            if (StoreResult waiting = applyWaitingRecords(db, unconfirmed, records, refused); !waiting)
                return waiting;
            return writeSyncValue(db, QLatin1String(syncKeys::PullCursor), QString::number(page.cursor));
        });
    if (refusals)
        *refusals = applied ? refused : QStringList();
    return applied;
}

QList<security::TrustedKey> SyncState::packKeys() const {
    return m_packKeys ? *m_packKeys : shippedPackKeys();
}

std::optional<SyncConflict> SyncState::conflict(const QUuid& id) const {
    QSqlQuery query(m_store.connection());
    query.prepare(u"SELECT %1 FROM sync_conflicts WHERE id = ?"_s.arg(ConflictColumns));
    query.addBindValue(Uuid7::toText(id));
    if (query.exec() && query.next())
        return conflictFrom(query);
    return std::nullopt;
}

QList<SyncConflict> SyncState::openConflicts() const {
    QSqlQuery query(m_store.connection());
    QList<SyncConflict> conflicts;
    if (query.exec(u"SELECT %1 FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY created_at, id"_s.arg(
            ConflictColumns))) {
        while (query.next())
            conflicts.append(conflictFrom(query));
    }
    return conflicts;
}

StoreResult SyncState::resolveConflict(const QUuid& userId, const QUuid& conflictId,
                                       const QJsonValue& chosen) {
    const std::optional<SyncConflict> open = conflict(conflictId);
    if (!open)
        return StoreResult::failure(SyncState::tr("The conflict no longer exists."));
    if (!open->isOpen())
        return StoreResult::failure(SyncState::tr("The conflict was already resolved."));
    const QString entityId = Uuid7::toText(open->entityId);
    qint64 baseVersion = 0;
    {
        QSqlQuery query(m_store.connection());
        query.prepare(u"SELECT version FROM sync_shadow WHERE entity_id = ?"_s);
        query.addBindValue(entityId);
        if (query.exec() && query.next())
            baseVersion = query.value(0).toLongLong();
    }
    const QList<Action> actions{
        {open->entityType + u".update"_s,
         open->entityType,
         open->entityId,
         baseVersion,
         {{open->field, open->theirs, chosen}},
         {{u"conflict_id"_s, Uuid7::toText(conflictId)}}},
        {u"conflict.resolve"_s,
         u"conflict"_s,
         conflictId,
         0,
         {{u"resolved"_s, false, true}, {u"value"_s, QJsonValue(), chosen}},
         {{u"entity_id"_s, entityId}, {u"field"_s, open->field}}},
    };
    return m_store.perform(userId, actions, [&](QSqlDatabase& db) -> StoreResult {
        QSqlQuery query(db);
        query.prepare(u"UPDATE sync_conflicts SET resolved_at = ?, resolution = ? "
                      u"WHERE id = ? AND resolved_at IS NULL"_s);
        query.addBindValue(nowText());
        query.addBindValue(jsonText(chosen));
        query.addBindValue(Uuid7::toText(conflictId));
        if (!query.exec())
            return queryFailure(query);
        if (query.numRowsAffected() != 1)
            return StoreResult::failure(SyncState::tr("The conflict was already resolved."));
        // The local row shows the choice at once; a record the device does not keep is only sent.
        const PulledRecords::Outcome outcome =
            PulledRecords(db, packKeys()).applyChoice(open->entityType, entityId, open->field, chosen);
        if (!outcome.error.isEmpty() || outcome.waiting)
            return StoreResult::failure(
                SyncState::tr("The chosen value could not be saved: %1")
                    .arg(outcome.waiting ? SyncState::tr("it names a record this device does not have")
                                         : outcome.error));
        return StoreResult();
    });
}

std::optional<sync::MutationResult> SyncState::result(qint64 deviceSeq) const {
    QSqlQuery query(m_store.connection());
    query.prepare(u"SELECT r.status, r.code, r.message, r.conflicts, o.mutation_id FROM sync_results r "
                  u"JOIN outbox o ON o.device_seq = r.device_seq WHERE r.device_seq = ?"_s);
    query.addBindValue(deviceSeq);
    if (!query.exec() || !query.next())
        return std::nullopt;
    sync::MutationResult r;
    r.deviceSeq = deviceSeq;
    r.status = sync::statusFromKey(query.value(0).toString()).value_or(sync::MutationStatus::Rejected);
    r.code = query.value(1).toString();
    r.message = query.value(2).toString();
    for (const QJsonValue& c : QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array())
        r.conflicts.append(sync::FieldConflict::fromJson(c.toObject()));
    r.mutationId = QUuid::fromString(query.value(4).toString());
    return r;
}

QList<sync::MutationResult> SyncState::rejectedResults() const {
    QSqlQuery query(m_store.connection());
    QList<sync::MutationResult> results;
    if (!query.exec(u"SELECT device_seq FROM sync_results WHERE status = 'rejected' ORDER BY device_seq"_s))
        return results;
    while (query.next()) {
        if (std::optional<sync::MutationResult> r = result(query.value(0).toLongLong()))
            results.append(*r);
    }
    return results;
}

QList<EvidenceUpload> SyncState::pendingUploads() const {
    QSqlQuery query(m_store.connection());
    // The push registers the evidence record first; the bureau accepts the file of a record it knows.
    query.prepare(u"SELECT e.id, e.sha256, e.size, coalesce(u.upload_url, ''), coalesce(u.offset, 0), "
                  u"coalesce(u.state, 'pending'), coalesce(u.last_error, '') FROM evidence e "
                  u"LEFT JOIN evidence_uploads u ON u.evidence_id = e.id "
                  u"WHERE e.device_id = ? AND coalesce(u.state, 'pending') <> 'done' "
                  u"AND EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = e.id AND o.state = 'applied') "
                  u"ORDER BY e.row"_s);
    query.addBindValue(Uuid7::toText(m_store.deviceId()));
    QList<EvidenceUpload> uploads;
    if (!query.exec())
        return uploads;
    while (query.next()) {
        uploads.append({QUuid::fromString(query.value(0).toString()), query.value(1).toString(),
                        query.value(2).toLongLong(), query.value(3).toString(), query.value(4).toLongLong(),
                        query.value(5).toString(), query.value(6).toString()});
    }
    return uploads;
}

StoreResult SyncState::saveUpload(const EvidenceUpload& upload) {
    QSqlQuery query(m_store.connection());
    query.prepare(
        u"INSERT INTO evidence_uploads(evidence_id, upload_url, offset, state, last_error) "
        u"VALUES (?, ?, ?, ?, ?) ON CONFLICT(evidence_id) DO UPDATE SET upload_url = excluded.upload_url, "
        u"offset = excluded.offset, state = excluded.state, last_error = excluded.last_error"_s);
    query.addBindValue(Uuid7::toText(upload.evidenceId));
    query.addBindValue(sql::text(upload.uploadUrl));
    query.addBindValue(upload.offset);
    query.addBindValue(upload.state);
    query.addBindValue(sql::text(upload.lastError));
    return query.exec() ? StoreResult() : queryFailure(query);
}

SyncCounts SyncState::counts() const {
    SyncCounts counts;
    QSqlQuery query(m_store.connection());
    if (query.exec(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')"_s) && query.next())
        counts.pendingMutations = query.value(0).toInt();
    query.prepare(u"SELECT coalesce(sum(e.size - coalesce(u.offset, 0)), 0) FROM evidence e "
                  u"LEFT JOIN evidence_uploads u ON u.evidence_id = e.id "
                  u"WHERE e.device_id = ? AND coalesce(u.state, 'pending') <> 'done'"_s);
    query.addBindValue(Uuid7::toText(m_store.deviceId()));
    if (query.exec() && query.next())
        counts.pendingUploadBytes = query.value(0).toLongLong();
    if (query.exec(u"SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s) && query.next())
        counts.openConflicts = query.value(0).toInt();
    return counts;
}

StoreResult SyncState::saveOnlineLogin(const User& user, const QString& verifier) {
    if (verifier.isEmpty())
        return StoreResult::failure(
            SyncState::tr("The bureau sent no password verifier for offline sign-in."));
    const QString id = Uuid7::toText(user.id);
    return m_store.bulkLoad(
        user.id, u"sync.login"_s, {{u"login"_s, user.login}}, [&](QSqlDatabase& db) -> StoreResult {
            QJsonObject fields{{u"login"_s, user.login},
                               {u"name"_s, user.name},
                               {u"roles"_s, rolesToKeys(user.roles)},
                               {u"certificate_number"_s, user.certificateNumber}};
            if (!user.unitId.isNull() && rowExists(db, u"units"_s, Uuid7::toText(user.unitId)))
                fields.insert(u"unit_id"_s, Uuid7::toText(user.unitId));
            const PulledRecords::Outcome outcome = PulledRecords(db, {}).apply(u"user"_s, id, 0, fields);
            if (!outcome.error.isEmpty())
                return refusedChange(u"user"_s, id, outcome.error);
            QSqlQuery query(db);
            query.prepare(u"UPDATE users SET password_verifier = ?, failed_logins = 0 WHERE id = ?"_s);
            query.addBindValue(verifier);
            query.addBindValue(id);
            return query.exec() ? StoreResult() : queryFailure(query);
        });
}

SyncState::Removal SyncState::removeSyncedData(const QUuid& userId) {
    Removal removal;
    // Dependants before what they refer to: interviews before cases, cases and tasks before subjects, users
    // and units. Inspections stay: their check-ins are part of the record of a visit.
    const QList<std::pair<QString, QString>> order{
        {u"interview"_s, u"interviews"_s}, {u"task"_s, u"tasks"_s}, {u"case"_s, u"cases"_s},
        {u"subject"_s, u"subjects"_s},     {u"user"_s, u"users"_s}, {u"unit"_s, u"units"_s}};
    removal.result =
        m_store.bulkLoad(userId, u"sync.remove_synced_data"_s, {}, [&](QSqlDatabase& db) -> StoreResult {
            QSqlQuery query(db);
            for (const auto& [type, table] : order) {
                query.prepare(u"SELECT s.entity_id FROM sync_shadow s WHERE s.entity_type = ? "
                              u"AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = s.entity_id)"_s);
                query.addBindValue(type);
                if (!query.exec())
                    return queryFailure(query);
                QStringList ids;
                while (query.next())
                    ids << query.value(0).toString();
                query.finish();
                for (const QString& id : std::as_const(ids)) {
                    // One statement per row: a row the store refuses to delete (referred to by a kept row, or
                    // a user with a local password) stays, and the rest goes.
                    query.prepare(type == u"user"_s
                                      ? u"DELETE FROM users WHERE id = ? AND password_verifier = ''"_s
                                      : u"DELETE FROM %1 WHERE id = ?"_s.arg(table));
                    query.addBindValue(id);
                    if (query.exec() && query.numRowsAffected() == 1)
                        ++removal.deleted;
                    else if (rowExists(db, table, id))
                        ++removal.kept;
                }
            }
            for (const char* table :
                 {"sync_state", "sync_shadow", "sync_results", "sync_conflicts", "evidence_uploads"}) {
                if (!query.exec(u"DELETE FROM "_s + QLatin1String(table)))
                    return queryFailure(query);
            }
            return StoreResult();
        });
    if (!removal.result)
        removal.deleted = removal.kept = 0;
    return removal;
}

} // namespace fieldcase::store
