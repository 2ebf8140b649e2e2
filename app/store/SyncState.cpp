#include "SyncState.h"

#include "Case.h"
#include "CaseRecord.h"
#include "SqlValues.h"
#include "Subject.h"
#include "Uuid7.h"

#include <QCoreApplication>
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

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A single JSON value (string, number, null…) as text, for the TEXT columns of conflicts and results.
QString jsonText(const QJsonValue& value) {
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue jsonValue(const QString& text) {
    return QJsonDocument::fromJson("[" + text.toUtf8() + "]").array().at(0);
}

QString compactJson(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool rowExists(QSqlDatabase& db, const QString& table, const QString& id) {
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table));
    query.addBindValue(id);
    return query.exec() && query.next();
}

bool hasUnconfirmedWork(QSqlDatabase& db, const QString& entityId) {
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM outbox WHERE entity_id = ? AND state IN ('pending', 'sent') LIMIT 1"_s);
    query.addBindValue(entityId);
    return query.exec() && query.next();
}

// ---- How a pulled record maps onto a domain table ---------------------------------------------------------

enum class ColumnKind {
    Text,         // NOT NULL text: a missing value is ''
    NullableText, // references and dates: empty is NULL
    Number,       // REAL or NULL
    Json,         // an object or array kept as compact JSON text
    Roles,        // "inspector,team_leader", sent as that text or as an array of keys
};

struct Column {
    QString field; // the same name as the column
    ColumnKind kind = ColumnKind::Text;
    bool requiredToInsert = false;
    bool (*valid)(QStringView) = nullptr; // for keys of a domain enum
    QString references = {};              // the table a non-empty value must name a row of
};

struct TableSpec {
    QString table;
    QList<Column> columns;
    bool appendOnly = false; // inserted once, never updated (case records)
    bool hasVersion = true;
    QList<std::pair<QString, QVariant>> insertDefaults = {}; // columns the server does not send
};

template <typename E> bool isKeyOf(QStringView key) {
    return enumFromKey<E>(key).has_value();
}

const QHash<QString, TableSpec>& tableSpecs() {
    using K = ColumnKind;
    static const QHash<QString, TableSpec> specs{
        {u"unit"_s, {u"units"_s, {{u"name"_s, K::Text, true}}}},
        // The roster has no password data: a user the device learns of here has no local password until they
        // sign in online once (an empty verifier never matches); an existing verifier is kept.
        {u"user"_s,
         {u"users"_s,
          {{u"login"_s, K::Text, true},
           {u"name"_s, K::Text, true},
           {u"roles"_s, K::Roles},
           {u"certificate_number"_s, K::Text},
           {u"unit_id"_s, K::NullableText, false, nullptr, u"units"_s}},
          false,
          true,
          {{u"password_verifier"_s, u""_s}}}},
        // The synchronised fields of Subjects.cpp's fieldsOf().
        {u"subject"_s,
         {u"subjects"_s,
          {{u"name"_s, K::Text, true},
           {u"credit_code"_s, K::Text, true},
           {u"address"_s, K::Text},
           {u"latitude"_s, K::Number},
           {u"longitude"_s, K::Number},
           {u"industry"_s, K::Text},
           {u"class"_s, K::Text, true, isKeyOf<SubjectClass>},
           {u"permit_number"_s, K::Text},
           {u"grid"_s, K::Text},
           {u"contacts"_s, K::Json}}}},
        {u"case"_s,
         {u"cases"_s,
          {{u"provisional_label"_s, K::Text},
           {u"official_number"_s, K::Text},
           {u"subject_id"_s, K::NullableText, true, nullptr, u"subjects"_s},
           {u"cause"_s, K::Text, true},
           {u"state"_s, K::Text, true, isKeyOf<CaseState>},
           {u"lead_officer_id"_s, K::NullableText, false, nullptr, u"users"_s},
           {u"unit_id"_s, K::NullableText, false, nullptr, u"units"_s},
           {u"opened_at"_s, K::Text, true}}}},
        {u"case_record"_s,
         {u"case_records"_s,
          {{u"case_id"_s, K::NullableText, true, nullptr, u"cases"_s},
           {u"kind"_s, K::Text, true, isKeyOf<CaseRecordKind>},
           {u"on_date"_s, K::NullableText},
           {u"body"_s, K::Json},
           {u"recorded_by"_s, K::NullableText, false, nullptr, u"users"_s},
           {u"recorded_at"_s, K::Text, true}},
          true,
          false}},
    };
    return specs;
}

QVariant columnValue(const Column& column, const QJsonValue& value) {
    switch (column.kind) {
    case ColumnKind::Text:
        return value.isDouble() ? QVariant(QString::number(value.toDouble()))
                                : QVariant(value.toString(u""_s));
    case ColumnKind::NullableText:
        return value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
    case ColumnKind::Number:
        return value.isDouble() ? QVariant(value.toDouble()) : QVariant();
    case ColumnKind::Json:
        if (value.isObject())
            return compactJson(value.toObject());
        if (value.isArray())
            return compactJson(value.toArray());
        return value.isString() ? QVariant(value.toString()) : QVariant();
    case ColumnKind::Roles:
        if (value.isArray())
            return value.toVariant().toStringList().join(u',');
        return value.toString(u""_s);
    }
    return {};
}

bool sameValue(const QVariant& a, const QVariant& b) {
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

// What became of one pulled record: written, waiting for a record it refers to, or refused (error).
struct Outcome {
    bool waiting = false;
    QString error;
};

// Writes `fields` of one record into its table: inserts it when missing (every required field present),
// otherwise updates the columns whose value differs (only those: the triggers that freeze a decided case
// fire on any SET of a frozen column). `version` 0 leaves the row's version as it is.
Outcome writeRecord(QSqlDatabase& db, const TableSpec& spec, const QString& id, qint64 version,
                    const QJsonObject& fields) {
    QList<std::pair<QString, QVariant>> values;
    for (const Column& column : spec.columns) {
        if (!fields.contains(column.field))
            continue;
        const QVariant value = columnValue(column, fields.value(column.field));
        if (column.valid && !column.valid(value.toString()))
            return {false, SyncState::tr("\"%1\" is not a valid %2.").arg(value.toString(), column.field)};
        if (!column.references.isEmpty() && !value.isNull() &&
            !rowExists(db, column.references, value.toString()))
            return {true, {}};
        values.append({column.field, value});
    }

    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(spec.table));
    query.addBindValue(id);
    if (!query.exec())
        return {false, query.lastError().text()};
    const bool exists = query.next();
    query.finish();
    if (exists && spec.appendOnly)
        return {};

    const auto withSubjectName = [&](QList<std::pair<QString, QVariant>>& row) {
        // The case row keeps a copy of its subject's name for sorting (see migration 1).
        for (const auto& [column, value] : std::as_const(row)) {
            if (spec.table == u"cases"_s && column == u"subject_id"_s) {
                QSqlQuery name(db);
                name.prepare(u"SELECT name FROM subjects WHERE id = ?"_s);
                name.addBindValue(value);
                row.append(
                    {u"subject_name"_s, name.exec() && name.next() ? name.value(0).toString() : u""_s});
                return;
            }
        }
    };

    if (!exists) {
        for (const Column& column : spec.columns) {
            if (column.requiredToInsert && !fields.contains(column.field))
                return {false, SyncState::tr("the field \"%1\" is missing").arg(column.field)};
        }
        QList<std::pair<QString, QVariant>> row = values;
        withSubjectName(row);
        row.append(spec.insertDefaults);
        if (spec.hasVersion && version > 0)
            row.append({u"version"_s, version});
        QStringList columns{u"id"_s};
        for (const auto& [column, value] : std::as_const(row))
            columns << column;
        query.prepare(u"INSERT INTO %1(%2) VALUES (?%3)"_s.arg(spec.table, columns.join(u", "_s),
                                                               u", ?"_s.repeated(row.size())));
        query.addBindValue(id);
        for (const auto& [column, value] : std::as_const(row))
            query.addBindValue(value);
        return query.exec() ? Outcome{} : Outcome{false, query.lastError().text()};
    }

    QStringList columns;
    for (const auto& [column, value] : std::as_const(values))
        columns << column;
    QList<std::pair<QString, QVariant>> changed;
    if (!columns.isEmpty()) {
        query.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns.join(u", "_s), spec.table));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return {false, query.lastError().text()};
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!sameValue(query.value(int(i)), values[i].second))
                changed.append(values[i]);
        }
        query.finish();
    }
    withSubjectName(changed);
    if (spec.hasVersion && version > 0)
        changed.append({u"version"_s, version});
    if (changed.isEmpty())
        return {};
    QStringList assignments;
    for (const auto& [column, value] : std::as_const(changed))
        assignments << column + u" = ?"_s;
    query.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(spec.table, assignments.join(u", "_s)));
    for (const auto& [column, value] : std::as_const(changed))
        query.addBindValue(value);
    query.addBindValue(id);
    return query.exec() ? Outcome{} : Outcome{false, query.lastError().text()};
}

// A conflict the server recorded: kept as sent; a resolution made on this device is not undone by an older
// copy of the conflict that still says "open".
Outcome writeConflict(QSqlDatabase& db, const QString& id, const QJsonObject& fields) {
    const QString entityId = fields.value(u"entity_id"_s).toString();
    if (fields.value(u"entity_type"_s).toString().isEmpty() || QUuid::fromString(entityId).isNull() ||
        fields.value(u"field"_s).toString().isEmpty())
        return {false, SyncState::tr("the conflict does not name its record and field")};
    const bool resolved =
        fields.value(u"resolved"_s).toBool() || !fields.value(u"resolved_at"_s).toString().isEmpty();
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO sync_conflicts(id, entity_type, entity_id, field, base, theirs, ours, created_at, "
        u"resolved_at, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        u"ON CONFLICT(id) DO UPDATE SET theirs = excluded.theirs, "
        u"resolved_at = coalesce(sync_conflicts.resolved_at, excluded.resolved_at), "
        u"resolution = coalesce(sync_conflicts.resolution, excluded.resolution)"_s);
    query.addBindValue(id);
    query.addBindValue(fields.value(u"entity_type"_s).toString());
    query.addBindValue(entityId);
    query.addBindValue(fields.value(u"field"_s).toString());
    query.addBindValue(jsonText(fields.value(u"base"_s)));
    query.addBindValue(jsonText(fields.value(u"theirs"_s)));
    query.addBindValue(jsonText(fields.value(u"ours"_s)));
    const QString createdAt = fields.value(u"created_at"_s).toString();
    query.addBindValue(createdAt.isEmpty() ? nowText() : createdAt);
    const QString resolvedAt = fields.value(u"resolved_at"_s).toString();
    query.addBindValue(resolved ? QVariant(resolvedAt.isEmpty() ? nowText() : resolvedAt) : QVariant());
    query.addBindValue(resolved ? QVariant(jsonText(fields.value(u"value"_s))) : QVariant());
    return query.exec() ? Outcome{} : Outcome{false, query.lastError().text()};
}

Outcome applyToDomain(QSqlDatabase& db, const QString& type, const QString& id, qint64 version,
                      const QJsonObject& fields) {
    if (type == u"conflict"_s)
        return writeConflict(db, id, fields);
    const auto spec = tableSpecs().constFind(type);
    if (spec == tableSpecs().constEnd())
        return {}; // kept in the shadow only
    return writeRecord(db, *spec, id, version, fields);
}

StoreResult saveShadow(QSqlDatabase& db, const sync::EntityChange& change, bool pendingApply) {
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO sync_shadow(entity_id, entity_type, version, fields, pending_apply) "
        u"VALUES (?, ?, ?, ?, ?) ON CONFLICT(entity_id) DO UPDATE SET entity_type = excluded.entity_type, "
        u"version = excluded.version, fields = excluded.fields, pending_apply = excluded.pending_apply"_s);
    query.addBindValue(Uuid7::toText(change.id));
    query.addBindValue(change.type);
    query.addBindValue(change.version);
    query.addBindValue(compactJson(change.fields));
    query.addBindValue(pendingApply ? 1 : 0);
    return query.exec() ? StoreResult() : queryFailure(query);
}

StoreResult refusedChange(const QString& type, const QString& id, const QString& why) {
    return StoreResult::failure(
        SyncState::tr("The bureau's %1 %2 could not be saved on this device: %3").arg(type, id, why));
}

// Records that waited for a record they refer to, or for local work to be confirmed, are tried again until
// a round makes no progress.
StoreResult applyWaitingRecords(QSqlDatabase& db) {
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
            const QString id = Uuid7::toText(change.id);
            if (hasUnconfirmedWork(db, id))
                continue;
            const Outcome outcome = applyToDomain(db, change.type, id, change.version, change.fields);
            if (!outcome.error.isEmpty())
                return refusedChange(change.type, id, outcome.error);
            if (outcome.waiting)
                continue;
            query.prepare(u"UPDATE sync_shadow SET pending_apply = 0 WHERE entity_id = ?"_s);
            query.addBindValue(id);
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

QList<Mutation> SyncState::pendingMutations(int limit) const {
    QSqlQuery query(m_store.connection());
    query.prepare(u"SELECT device_seq, mutation_id, device_id, hlc, user_id, kind, entity_id, base_version, "
                  u"changes FROM outbox WHERE state IN ('pending', 'sent') ORDER BY device_seq LIMIT ?"_s);
    query.addBindValue(limit);
    QList<Mutation> mutations;
    if (!query.exec())
        return mutations;
    while (query.next()) {
        Mutation m = Mutation::fromJson(
            {{u"changes"_s, QJsonDocument::fromJson(query.value(8).toString().toUtf8()).array()}});
        m.deviceSeq = query.value(0).toLongLong();
        m.mutationId = QUuid::fromString(query.value(1).toString());
        m.deviceId = QUuid::fromString(query.value(2).toString());
        m.hlc = HlcTimestamp::fromString(query.value(3).toString());
        m.userId = QUuid::fromString(query.value(4).toString());
        m.kind = query.value(5).toString();
        m.entityId = QUuid::fromString(query.value(6).toString());
        m.baseVersion = query.value(7).toLongLong();
        mutations.append(m);
    }
    return mutations;
}

StoreResult SyncState::markSent(const QList<Mutation>& mutations) {
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
        QSqlQuery query(db);
        for (const sync::MutationResult& r : results) {
            query.prepare(u"UPDATE outbox SET state = ? WHERE device_seq = ? AND mutation_id = ?"_s);
            query.addBindValue(r.status == sync::MutationStatus::Rejected ? u"rejected"_s : u"applied"_s);
            query.addBindValue(r.deviceSeq);
            query.addBindValue(Uuid7::toText(r.mutationId));
            if (!query.exec())
                return queryFailure(query);
            if (query.numRowsAffected() != 1)
                return StoreResult::failure(
                    SyncState::tr("The bureau answered for change %1, which this device did not send.")
                        .arg(r.deviceSeq));
            QJsonArray conflictList;
            for (const sync::FieldConflict& c : r.conflicts)
                conflictList.append(c.toJson());
            query.prepare(
                u"INSERT INTO sync_results(device_seq, status, code, message, conflicts) "
                u"VALUES (?, ?, ?, ?, ?) ON CONFLICT(device_seq) DO UPDATE SET status = excluded.status, "
                u"code = excluded.code, message = excluded.message, conflicts = excluded.conflicts"_s);
            query.addBindValue(r.deviceSeq);
            query.addBindValue(sync::statusKey(r.status));
            query.addBindValue(sql::text(r.code));
            query.addBindValue(sql::text(r.message));
            query.addBindValue(compactJson(conflictList));
            if (!query.exec())
                return queryFailure(query);
        }
        return StoreResult();
    });
}

StoreResult SyncState::applyPage(const QUuid& userId, const sync::PullPage& page) {
    if (page.changes.isEmpty() && page.cursor == pullCursor()) {
        QSqlQuery query(m_store.connection());
        if (query.exec(u"SELECT 1 FROM sync_shadow WHERE pending_apply <> 0 LIMIT 1"_s) && !query.next())
            return {}; // nothing new and nothing waiting: no transaction, no audit event
    }
    const QJsonObject details{{u"cursor"_s, page.cursor}, {u"changes"_s, page.changes.size()}};
    return m_store.bulkLoad(userId, u"sync.pull"_s, details, [&](QSqlDatabase& db) -> StoreResult {
        for (const sync::EntityChange& change : page.changes) {
            const QString id = Uuid7::toText(change.id);
            Outcome outcome{true, {}};
            if (!hasUnconfirmedWork(db, id)) {
                outcome = applyToDomain(db, change.type, id, change.version, change.fields);
                if (!outcome.error.isEmpty())
                    return refusedChange(change.type, id, outcome.error);
            }
            if (StoreResult saved = saveShadow(db, change, outcome.waiting); !saved)
                return saved;
        }
        if (StoreResult waiting = applyWaitingRecords(db); !waiting)
            return waiting;
        return writeSyncValue(db, QLatin1String(syncKeys::PullCursor), QString::number(page.cursor));
    });
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
        const auto spec = tableSpecs().constFind(open->entityType);
        if (spec == tableSpecs().constEnd() || spec->appendOnly || !rowExists(db, spec->table, entityId))
            return StoreResult();
        const Outcome outcome = writeRecord(db, *spec, entityId, 0, {{open->field, chosen}});
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
            const Outcome outcome = writeRecord(db, tableSpecs().value(u"user"_s), id, 0, fields);
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
    // Dependants before what they refer to: cases before subjects, users and units.
    const QList<std::pair<QString, QString>> order{{u"case"_s, u"cases"_s},
                                                   {u"subject"_s, u"subjects"_s},
                                                   {u"user"_s, u"users"_s},
                                                   {u"unit"_s, u"units"_s}};
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
