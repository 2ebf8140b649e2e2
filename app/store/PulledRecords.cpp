#include "PulledRecords.h"

#include "Case.h"
#include "CaseProcedure.h"
#include "CaseRecord.h"
#include "DeviceKey.h"
#include "DiscretionStore.h"
#include "DocumentDrafts.h"
#include "Evidence.h"
#include "EvidenceRecords.h"
#include "InspectionTask.h"
#include "PreparedStatements.h"
#include "Subject.h"
#include "Uuid7.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

using namespace Qt::StringLiterals;

namespace pulled {

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

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool anyRow(QSqlDatabase& db, const QString& sql, const QString& value) {
    QSqlQuery fallback(db);
    QSqlQuery* query = PreparedStatements::prepare(db, sql, fallback);
    if (!query)
        return false;
    query->addBindValue(value);
    const bool found = query->exec() && query->next();
    query->finish();
    return found;
}

bool rowExists(QSqlDatabase& db, const QString& table, const QString& id) {
    return anyRow(db, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table), id);
}

} // namespace pulled

namespace {

using pulled::compactJson;
using pulled::jsonText;
using pulled::nowText;
using pulled::rowExists;
using Outcome = PulledRecords::Outcome;

Outcome failed(const QSqlQuery& query) {
    return {false, query.lastError().text(), {}};
}

const Outcome Waiting{true, {}, {}};

enum class ColumnKind {
    Text,         // NOT NULL text: a missing value is ''
    NullableText, // references and dates: empty is NULL
    Number,       // REAL or NULL
    Flag,         // a JSON boolean kept as 0 or 1
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

// A field listing the ids of other records (a task's officers): each must be here before the record.
struct IdList {
    QString field;
    QString references;
};

struct TableSpec {
    QString table;
    QList<Column> columns;
    bool appendOnly = false; // inserted once, never updated
    bool hasVersion = true;
    QList<std::pair<QString, QVariant>> insertDefaults = {}; // columns the bureau does not send
    QList<IdList> idLists = {};
    // Rows of other tables that belong to the record, written after its own row.
    Outcome (*writeDependants)(QSqlDatabase& db, QSet<QString>& knownRows, const QString& id,
                               const QJsonObject& fields) = nullptr;
};

template <typename E> bool isKeyOf(QStringView key) {
    return enumFromKey<E>(key).has_value();
}

QStringList idsIn(const QJsonValue& list) {
    QStringList ids;
    for (const QJsonValue& id : list.toArray())
        ids << id.toString();
    return ids;
}

Outcome writeRecord(QSqlDatabase& db, QSet<QString>& knownRows, const TableSpec& spec, const QString& id,
                    qint64 version, const QJsonObject& fields);

// A task's officers as the bureau lists them (the `officers` of `task assign`): the set is replaced when it
// changed, so the task shows in each officer's task list.
Outcome writeTaskOfficers(QSqlDatabase& db, QSet<QString>&, const QString& taskId,
                          const QJsonObject& fields) {
    if (!fields.contains(u"officers"_s))
        return {};
    const QStringList wanted = idsIn(fields.value(u"officers"_s));
    QSqlQuery query(db);
    query.prepare(u"SELECT user_id FROM task_officers WHERE task_id = ?"_s);
    query.addBindValue(taskId);
    if (!query.exec())
        return failed(query);
    QSet<QString> current;
    while (query.next())
        current.insert(query.value(0).toString());
    query.finish();
    if (current == QSet<QString>(wanted.begin(), wanted.end()))
        return {};
    query.prepare(u"DELETE FROM task_officers WHERE task_id = ?"_s);
    query.addBindValue(taskId);
    if (!query.exec())
        return failed(query);
    for (const QString& userId : wanted) {
        query.prepare(u"INSERT OR IGNORE INTO task_officers(task_id, user_id) VALUES (?, ?)"_s);
        query.addBindValue(taskId);
        query.addBindValue(userId);
        if (!query.exec())
            return failed(query);
    }
    return {};
}

// The check-in object of "inspection.start" (CheckIns.cpp's checkInJson): its names are the columns and its
// times are in the columns' format. The device that checked in knows who did; the bureau does not send it.
const TableSpec& checkInSpec() {
    using K = ColumnKind;
    static const TableSpec spec{u"check_ins"_s,
                                {{u"inspection_id"_s, K::NullableText, true, nullptr, u"inspections"_s},
                                 {u"checked_in_at"_s, K::Text, true},
                                 {u"gps_time"_s, K::NullableText},
                                 {u"latitude"_s, K::Number},
                                 {u"longitude"_s, K::Number},
                                 {u"accuracy_m"_s, K::Number},
                                 {u"position_source"_s, K::Text},
                                 {u"position_received_at"_s, K::NullableText},
                                 {u"satellites"_s, K::Number},
                                 {u"distance_m"_s, K::Number},
                                 {u"radius_m"_s, K::Number, true}},
                                true,
                                false};
    return spec;
}

// An inspection's officers with their names and certificates as the roster has them (as the starting
// device copied them from its roster), and its check-in; both are written once.
Outcome writeInspectionDependants(QSqlDatabase& db, QSet<QString>& knownRows, const QString& inspectionId,
                                  const QJsonObject& fields) {
    QSqlQuery query(db);
    for (const QString& userId : idsIn(fields.value(u"officers"_s))) {
        query.prepare(
            u"INSERT OR IGNORE INTO inspection_officers(inspection_id, user_id, name, "
            u"certificate_number) SELECT ?, id, name, certificate_number FROM users WHERE id = ?"_s);
        query.addBindValue(inspectionId);
        query.addBindValue(userId);
        if (!query.exec())
            return failed(query);
    }
    const QJsonObject checkIn = fields.value(u"check_in"_s).toObject();
    const QString checkInId = checkIn.value(u"id"_s).toString();
    if (checkInId.isEmpty())
        return {};
    QJsonObject columns = checkIn;
    columns.insert(u"inspection_id"_s, inspectionId);
    return writeRecord(db, knownRows, checkInSpec(), checkInId, 0, columns);
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
        // Admin.cpp's `task assign`; `assignee_id` is the bureau's scope column, the officers are the list.
        {u"task"_s,
         {u"tasks"_s,
          {{u"source"_s, K::Text, true, isKeyOf<TaskSource>},
           {u"subject_id"_s, K::NullableText, true, nullptr, u"subjects"_s},
           {u"due_date"_s, K::NullableText},
           {u"state"_s, K::Text, true, isKeyOf<TaskState>},
           {u"note"_s, K::Text}},
          false,
          true,
          {},
          {{u"officers"_s, u"users"_s}},
          writeTaskOfficers}},
        // "inspection.start" and "inspection.complete" of CheckIns.cpp. The case an inspection opened travels
        // only inside its `case` field (the bureau makes no case of it), so case_id is not written here.
        {u"inspection"_s,
         {u"inspections"_s,
          {{u"task_id"_s, K::NullableText, false, nullptr, u"tasks"_s},
           {u"subject_id"_s, K::NullableText, true, nullptr, u"subjects"_s},
           {u"started_at"_s, K::NullableText},
           {u"ended_at"_s, K::NullableText},
           {u"findings"_s, K::Text},
           {u"outcome"_s, K::Text, false, isKeyOf<InspectionOutcome>},
           {u"recusal_declared"_s, K::Flag}},
          false,
          true,
          {},
          {{u"officers"_s, u"users"_s}},
          writeInspectionDependants}},
        // "interview.save" and "interview.confirm" of Interviews.cpp. A confirmed record is frozen by its
        // trigger: only a real change is written, so a resent copy passes.
        {u"interview"_s,
         {u"interviews"_s,
          {{u"case_id"_s, K::NullableText, true, nullptr, u"cases"_s},
           {u"started_at"_s, K::Text, true},
           {u"ended_at"_s, K::NullableText},
           {u"place"_s, K::Text},
           {u"interviewee"_s, K::Json},
           {u"officers"_s, K::Json},
           {u"recorder"_s, K::Text},
           {u"exchanges"_s, K::Json},
           {u"confirmation"_s, K::Text},
           {u"confirmed_at"_s, K::NullableText}}}},
        // "signature.add" of Signatures.cpp. The image, its strokes, the signer's user id, the refusal note
        // and the signing device are not sent: the row says who signed what and when, and the image hash.
        {u"signature"_s,
         {u"signatures"_s,
          {{u"case_id"_s, K::NullableText, false, nullptr, u"cases"_s},
           {u"entity_type"_s, K::Text, true},
           {u"entity_id"_s, K::Text, true},
           {u"place"_s, K::Text, true},
           {u"signer_name"_s, K::Text},
           {u"sha256"_s, K::Text},
           {u"refused"_s, K::Flag},
           {u"witness_name"_s, K::Text},
           {u"signed_at"_s, K::Text, true}},
          true,
          false,
          {{u"device_id"_s, u""_s}}}},
        // "document.issue" of DocumentNumbers.cpp (category, year and serial are the number's parts).
        {u"issued_document"_s,
         {u"issued_documents"_s,
          {{u"case_id"_s, K::NullableText, false, nullptr, u"cases"_s},
           {u"kind"_s, K::Text, true},
           {u"number"_s, K::Text},
           {u"pdf_sha256"_s, K::Text, true},
           {u"issued_at"_s, K::Text, true}},
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
    case ColumnKind::Flag:
        return value.toBool() ? 1 : 0;
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
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

// Whether the row a record refers to is here. `knownRows` ("table id") keeps the rows found: a page's
// records name the same case and user hundreds of times, and nothing here deletes a row, so a row found once
// stays for the rest of the transaction.
bool referenceExists(QSqlDatabase& db, QSet<QString>& knownRows, const QString& table, const QString& id) {
    const QString key = table + u' ' + id;
    if (knownRows.contains(key))
        return true;
    if (!rowExists(db, table, id))
        return false;
    knownRows.insert(key);
    return true;
}

bool allExist(QSqlDatabase& db, QSet<QString>& knownRows, const QString& table, const QStringList& ids) {
    for (const QString& id : ids) {
        if (!referenceExists(db, knownRows, table, id))
            return false;
    }
    return true;
}

// Writes `fields` of one record into its table: inserts it when missing (every required field present),
// otherwise updates the columns whose value differs (only those: the triggers that freeze a decided case or
// a confirmed interview fire on any SET of a frozen column). `version` 0 leaves the row's version as it is.
Outcome writeRecord(QSqlDatabase& db, QSet<QString>& knownRows, const TableSpec& spec, const QString& id,
                    qint64 version, const QJsonObject& fields) {
    QList<std::pair<QString, QVariant>> values;
    for (const Column& column : spec.columns) {
        if (!fields.contains(column.field))
            continue;
        const QVariant value = columnValue(column, fields.value(column.field));
        if (column.valid && !column.valid(value.toString()))
            return {false,
                    PulledRecords::tr("\"%1\" is not a valid %2.").arg(value.toString(), column.field),
                    {}};
        if (!column.references.isEmpty() && !value.isNull() &&
            !referenceExists(db, knownRows, column.references, value.toString()))
            return Waiting;
        values.append({column.field, value});
    }
    for (const IdList& list : spec.idLists) {
        if (!allExist(db, knownRows, list.references, idsIn(fields.value(list.field))))
            return Waiting;
    }

    const bool exists = rowExists(db, spec.table, id);
    if (exists && spec.appendOnly)
        return {};

    const auto withSubjectName = [&](QList<std::pair<QString, QVariant>>& row) {
        // The case row keeps a copy of its subject's name for sorting (see migration 1).
        for (const auto& [column, value] : std::as_const(row)) {
            if (spec.table == u"cases"_s && column == u"subject_id"_s) {
                QSqlQuery fallback(db);
                QSqlQuery* name =
                    PreparedStatements::prepare(db, u"SELECT name FROM subjects WHERE id = ?"_s, fallback);
                QString subjectName;
                if (name) {
                    name->addBindValue(value);
                    if (name->exec() && name->next())
                        subjectName = name->value(0).toString();
                    name->finish();
                }
                row.append({u"subject_name"_s, subjectName});
                return;
            }
        }
    };

    QSqlQuery fallback(db);
    if (!exists) {
        for (const Column& column : spec.columns) {
            if (column.requiredToInsert && !fields.contains(column.field))
                return {false, PulledRecords::tr("the field \"%1\" is missing").arg(column.field), {}};
        }
        QList<std::pair<QString, QVariant>> row = values;
        withSubjectName(row);
        row.append(spec.insertDefaults);
        if (spec.hasVersion && version > 0)
            row.append({u"version"_s, version});
        QStringList columns{u"id"_s};
        for (const auto& [column, value] : std::as_const(row))
            columns << column;
        QSqlQuery* query =
            PreparedStatements::prepare(db,
                                        u"INSERT INTO %1(%2) VALUES (?%3)"_s.arg(
                                            spec.table, columns.join(u", "_s), u", ?"_s.repeated(row.size())),
                                        fallback);
        if (!query)
            return failed(fallback);
        query->addBindValue(id);
        for (const auto& [column, value] : std::as_const(row))
            query->addBindValue(value);
        if (!query->exec())
            return failed(*query);
        return spec.writeDependants ? spec.writeDependants(db, knownRows, id, fields) : Outcome{};
    }

    // The version is compared like the other columns, so a resent record writes nothing.
    if (spec.hasVersion && version > 0)
        values.append({u"version"_s, version});
    QStringList columns;
    for (const auto& [column, value] : std::as_const(values))
        columns << column;
    QList<std::pair<QString, QVariant>> changed;
    if (!columns.isEmpty()) {
        QSqlQuery* query = PreparedStatements::prepare(
            db, u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns.join(u", "_s), spec.table), fallback);
        if (!query)
            return failed(fallback);
        query->addBindValue(id);
        if (!query->exec() || !query->next())
            return failed(*query);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!sameValue(query->value(int(i)), values[i].second))
                changed.append(values[i]);
        }
        query->finish();
    }
    withSubjectName(changed);
    if (!changed.isEmpty()) {
        QStringList assignments;
        for (const auto& [column, value] : std::as_const(changed))
            assignments << column + u" = ?"_s;
        QSqlQuery* query = PreparedStatements::prepare(
            db, u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(spec.table, assignments.join(u", "_s)), fallback);
        if (!query)
            return failed(fallback);
        for (const auto& [column, value] : std::as_const(changed))
            query->addBindValue(value);
        query->addBindValue(id);
        if (!query->exec())
            return failed(*query);
    }
    return spec.writeDependants ? spec.writeDependants(db, knownRows, id, fields) : Outcome{};
}

// A conflict the server recorded: kept as sent; a resolution made on this device is not undone by an older
// copy of the conflict that still says "open".
Outcome writeConflict(QSqlDatabase& db, const QString& id, const QJsonObject& fields) {
    const QString entityId = fields.value(u"entity_id"_s).toString();
    if (fields.value(u"entity_type"_s).toString().isEmpty() || QUuid::fromString(entityId).isNull() ||
        fields.value(u"field"_s).toString().isEmpty())
        return {false, PulledRecords::tr("the conflict does not name its record and field"), {}};
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
    return query.exec() ? Outcome{} : failed(query);
}

QUuid idFrom(const QJsonValue& value) {
    return QUuid::fromString(value.toString());
}

QDateTime timeFrom(const QJsonValue& value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// The signed canonical record of Evidence.cpp read back. Only a record whose canonical bytes come out the
// same is accepted: then the row holds exactly what the capturing device signed, and its signature holds.
std::optional<EvidenceRecord> evidenceFromCanonical(const QByteArray& bytes) {
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const std::optional<EvidenceKind> kind = enumFromKey<EvidenceKind>(o.value(u"kind"_s).toString());
    const std::optional<EvidenceIntake> intake = enumFromKey<EvidenceIntake>(o.value(u"intake"_s).toString());
    if (o.value(u"format"_s).toString() != u"fieldcase-evidence/1"_s || !kind || !intake)
        return std::nullopt;
    EvidenceRecord r;
    r.id = idFrom(o.value(u"id"_s));
    r.caseId = idFrom(o.value(u"case"_s));
    r.inspectionId = idFrom(o.value(u"inspection"_s));
    r.kind = *kind;
    r.sha256 = o.value(u"sha256"_s).toString();
    r.size = o.value(u"size"_s).toString().toLongLong();
    r.mediaType = o.value(u"media_type"_s).toString();
    r.capturedAtDevice = timeFrom(o.value(u"captured_at_device"_s));
    r.receivedAt = timeFrom(o.value(u"received_at"_s));
    const QJsonObject where = o.value(u"position"_s).toObject();
    r.position.source = where.value(u"source"_s).toString();
    r.position.gpsTime = timeFrom(where.value(u"gps_time"_s));
    r.position.receivedAt = timeFrom(where.value(u"received_at"_s));
    r.position.takenAt = timeFrom(where.value(u"taken_at"_s));
    r.position.accuracyMeters = where.value(u"accuracy_m"_s).toDouble(-1);
    r.position.satellitesInUse = where.value(u"satellites"_s).toInt(-1);
    if (where.contains(u"latitude"_s) && where.contains(u"longitude"_s))
        r.position.position =
            GeoPoint{where.value(u"latitude"_s).toDouble(), where.value(u"longitude"_s).toDouble()};
    r.capturedBy = idFrom(o.value(u"captured_by"_s));
    for (const QJsonValue& officer : o.value(u"officers_present"_s).toArray())
        r.officersPresent.append({idFrom(officer[u"user"_s]), officer[u"name"_s].toString(),
                                  officer[u"certificate"_s].toString()});
    r.deviceId = idFrom(o.value(u"device"_s));
    r.description = o.value(u"description"_s).toString();
    r.intake = *intake;
    r.sourceDetail = o.value(u"source_detail"_s).toString();
    r.originalName = o.value(u"original_name"_s).toString();
    r.originalCreated = timeFrom(o.value(u"original_created"_s));
    r.originalModified = timeFrom(o.value(u"original_modified"_s));
    if (r.canonicalBytes() != bytes)
        return std::nullopt;
    return r;
}

} // namespace

PulledRecords::PulledRecords(QSqlDatabase& db, const QList<security::TrustedKey>& packKeys)
    : m_db(db)
    , m_packKeys(packKeys) {}

bool PulledRecords::keepsInTable(const QString& type) {
    return tableSpecs().contains(type) || type == u"conflict"_s || type == u"evidence"_s ||
           type == u"pack"_s || type == u"device"_s || type == u"document_draft"_s || type == u"sign_off"_s;
}

PulledRecords::Outcome PulledRecords::apply(const QString& type, const QString& id, qint64 version,
                                            const QJsonObject& fields) {
    if (type == u"conflict"_s)
        return writeConflict(m_db, id, fields);
    if (type == u"evidence"_s)
        return applyEvidence(id, fields);
    if (type == u"pack"_s)
        return applyPack(fields);
    if (type == u"device"_s)
        return applyDevice(id, fields);
    if (type == u"document_draft"_s)
        return applyDocumentDraft(id, fields);
    if (type == u"sign_off"_s)
        return applySignOff(id, fields);
    const auto spec = tableSpecs().constFind(type);
    if (spec == tableSpecs().constEnd())
        return {}; // kept in the shadow only
    return writeRecord(m_db, m_knownRows, *spec, id, version, fields);
}

PulledRecords::Outcome PulledRecords::applyChoice(const QString& type, const QString& id,
                                                  const QString& field, const QJsonValue& value) {
    if (type == u"document_draft"_s) {
        const StoreResult written = DocumentDrafts::writeSyncedField(m_db, id, field, value);
        return written ? Outcome{} : Outcome{false, written.message(), {}};
    }
    const auto spec = tableSpecs().constFind(type);
    if (spec == tableSpecs().constEnd() || spec->appendOnly || !rowExists(m_db, spec->table, id))
        return {};
    return writeRecord(m_db, m_knownRows, *spec, id, 0, {{field, value}});
}

// "evidence.captured" / "evidence.imported" of EvidenceRecords.cpp: the signed canonical record and its
// signature. The row is written as the capturing device wrote it (the triggers freeze it from then on); the
// file stays at the bureau until someone opens it (the vault having the file is what says it is here).
PulledRecords::Outcome PulledRecords::applyEvidence(const QString& id, const QJsonObject& fields) {
    if (rowExists(m_db, u"evidence"_s, id))
        return {};
    std::optional<EvidenceRecord> record =
        evidenceFromCanonical(fields.value(u"record"_s).toString().toUtf8());
    if (!record || Uuid7::toText(record->id) != id)
        return {false, tr("the signed evidence record cannot be read"), {}};
    record->signature = QByteArray::fromBase64(fields.value(u"signature"_s).toString().toLatin1());
    if (record->signature.isEmpty())
        return {false, tr("the evidence record has no signature"), {}};
    const QList<std::pair<QUuid, QString>> references{{record->caseId, u"cases"_s},
                                                      {record->inspectionId, u"inspections"_s},
                                                      {record->capturedBy, u"users"_s}};
    for (const auto& [referenced, table] : references) {
        if (!referenced.isNull() && !referenceExists(m_db, m_knownRows, table, Uuid7::toText(referenced)))
            return Waiting;
    }
    const StoreResult inserted = EvidenceRecords::insertRow(m_db, *record);
    return inserted ? Outcome{} : Outcome{false, inserted.message(), {}};
}

// "sign_off.add" of CaseProcedure.cpp: a leader's or reviewer's signed step, kept as it was signed (the
// table's triggers freeze it). Whether the signature holds is checked where it is shown, with the signing
// device's key, which may arrive after the sign-off.
PulledRecords::Outcome PulledRecords::applySignOff(const QString& id, const QJsonObject& fields) {
    if (rowExists(m_db, u"sign_offs"_s, id))
        return {};
    std::optional<SignOff> signOff = SignOff::fromSignedBytes(fields.value(u"record"_s).toString().toUtf8());
    if (!signOff || Uuid7::toText(signOff->id) != id)
        return {false, tr("the signed sign-off record cannot be read"), {}};
    signOff->signature = QByteArray::fromBase64(fields.value(u"signature"_s).toString().toLatin1());
    if (signOff->signature.isEmpty())
        return {false, tr("the sign-off has no signature"), {}};
    if (!referenceExists(m_db, m_knownRows, u"cases"_s, Uuid7::toText(signOff->caseId)) ||
        !referenceExists(m_db, m_knownRows, u"users"_s, Uuid7::toText(signOff->signedBy)))
        return Waiting;
    const StoreResult inserted = CaseProcedure::insertSignOff(m_db, *signOff);
    return inserted ? Outcome{} : Outcome{false, inserted.message(), {}};
}

// "document_draft.save" of DocumentDrafts.cpp: what was typed into one document of a case, once the case
// is here.
PulledRecords::Outcome PulledRecords::applyDocumentDraft(const QString& id, const QJsonObject& fields) {
    const QString caseId = fields.value(u"case_id"_s).toString();
    if (!caseId.isEmpty() && !referenceExists(m_db, m_knownRows, u"cases"_s, caseId))
        return Waiting;
    const StoreResult written = DocumentDrafts::writeSynced(m_db, id, fields);
    return written ? Outcome{} : Outcome{false, written.message(), {}};
}

// A discretion standard the bureau published (Admin.cpp's `pack publish`): the file's bytes and its detached
// signature. It goes through the checks of a local install; one that fails them is not installed, and the
// page goes on without it.
// An enrolled device's public key, so that the signatures of the evidence it captured can be checked here.
// A device's key never changes: the first one this profile learnt (its own, or the bureau's earlier word)
// stays, and a different one is refused rather than trusted.
PulledRecords::Outcome PulledRecords::applyDevice(const QString& id, const QJsonObject& fields) {
    const QByteArray key = QByteArray::fromBase64(fields.value(u"public_key"_s).toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != security::DeviceKey::PublicKeyBytes)
        return {}; // an enrolment without a signing key (a test device): nothing to learn
    const QString metaKey = EvidenceRecords::publicKeyMetaKey(QUuid::fromString(id));
    const QString text = QString::fromLatin1(key.toBase64());
    QSqlQuery query(m_db);
    // This device's own key comes from its secret store, never from the bureau.
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(QString::fromLatin1(Store::DeviceIdMetaKey));
    if (!query.exec())
        return failed(query);
    if (query.next() && query.value(0).toString() == id)
        return {};
    query.finish();
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(metaKey);
    if (!query.exec())
        return failed(query);
    if (query.next()) {
        if (query.value(0).toString() == text)
            return {};
        return {false,
                {},
                tr("The bureau sent another signing key for device %1 (%2) than the one this device knows; "
                   "the known key is kept.")
                    .arg(fields.value(u"name"_s).toString(), id)};
    }
    query.finish();
    query.prepare(u"INSERT INTO meta(key, value) VALUES (?, ?)"_s);
    query.addBindValue(metaKey);
    query.addBindValue(text);
    return query.exec() ? Outcome{} : failed(query);
}

PulledRecords::Outcome PulledRecords::applyPack(const QJsonObject& fields) {
    const QByteArray content = fields.value(u"content"_s).toString().toUtf8();
    const QByteArray signature = fields.value(u"signature"_s).toString().toUtf8();
    const QString sha256 = fields.value(u"sha256"_s).toString();
    QSqlQuery installed(m_db);
    installed.prepare(u"SELECT 1 FROM discretion_packs WHERE sha256 = ?"_s);
    installed.addBindValue(sha256);
    if (!installed.exec())
        return failed(installed);
    if (installed.next())
        return {};
    if (signature.isEmpty())
        return {false,
                {},
                tr("The discretion standard %1 was refused: the bureau sent it without a signature.")
                    .arg(sha256)};
    const DiscretionStore::CheckedPack checked = DiscretionStore::check(content, signature, m_packKeys);
    if (!checked.pack)
        return {false, {}, checked.message};
    if (QString::fromLatin1(checked.pack->sha256Hex) != sha256)
        return {
            false,
            {},
            tr("The discretion standard %1 was refused: its content does not match its hash.").arg(sha256)};
    const StoreResult inserted = DiscretionStore::insert(m_db, checked, content, signature);
    return inserted ? Outcome{} : Outcome{false, {}, inserted.message()};
}

} // namespace fieldcase::store
