#include "EvidenceRecords.h"

#include "SqlValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

using namespace Qt::StringLiterals;

namespace {

const QString Columns =
    u"id, case_id, inspection_id, kind, sha256, size, media_type, captured_at_device, received_at, "
    u"captured_at_gps, latitude, longitude, accuracy_m, position_source, position_received_at, "
    u"position_taken_at, satellites, captured_by, officers_present, device_id, description, intake, "
    u"source_detail, original_name, original_created, original_modified, signature"_s;

QVariant timeOrNull(const QDateTime& time) {
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime timeFrom(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QUuid idFrom(const QVariant& value) {
    return value.isNull() ? QUuid() : QUuid::fromString(value.toString());
}

QString officersToJson(const QList<OfficerPresence>& officers) {
    QJsonArray array;
    for (const OfficerPresence& officer : officers)
        array.append(QJsonObject{{u"user"_s, Uuid7::toText(officer.userId)},
                                 {u"name"_s, officer.name},
                                 {u"certificate"_s, officer.certificateNumber}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<OfficerPresence> officersFromJson(const QString& text) {
    QList<OfficerPresence> officers;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        officers.append({QUuid::fromString(object.value(u"user"_s).toString()),
                         object.value(u"name"_s).toString(), object.value(u"certificate"_s).toString()});
    }
    return officers;
}

EvidenceRecord recordFrom(const QSqlQuery& q) {
    EvidenceRecord r;
    r.id = idFrom(q.value(0));
    r.caseId = idFrom(q.value(1));
    r.inspectionId = idFrom(q.value(2));
    r.kind = enumFromKey<EvidenceKind>(q.value(3).toString()).value_or(EvidenceKind::AudioVisual);
    r.sha256 = q.value(4).toString();
    r.size = q.value(5).toLongLong();
    r.mediaType = q.value(6).toString();
    r.capturedAtDevice = timeFrom(q.value(7));
    r.receivedAt = timeFrom(q.value(8));
    r.position.gpsTime = timeFrom(q.value(9));
    if (!q.value(10).isNull() && !q.value(11).isNull())
        r.position.position = GeoPoint{q.value(10).toDouble(), q.value(11).toDouble()};
    r.position.accuracyMeters = q.value(12).isNull() ? -1 : q.value(12).toDouble();
    r.position.source = q.value(13).toString();
    r.position.receivedAt = timeFrom(q.value(14));
    r.position.takenAt = timeFrom(q.value(15));
    r.position.satellitesInUse = q.value(16).toInt();
    r.capturedBy = idFrom(q.value(17));
    r.officersPresent = officersFromJson(q.value(18).toString());
    r.deviceId = idFrom(q.value(19));
    r.description = q.value(20).toString();
    r.intake = enumFromKey<EvidenceIntake>(q.value(21).toString()).value_or(EvidenceIntake::File);
    r.sourceDetail = q.value(22).toString();
    r.originalName = q.value(23).toString();
    r.originalCreated = timeFrom(q.value(24));
    r.originalModified = timeFrom(q.value(25));
    r.signature = q.value(26).toByteArray();
    return r;
}

} // namespace

EvidenceRecords::EvidenceRecords(Store& store)
    : m_store(store) {}

StoreResult EvidenceRecords::add(const QUuid& actorId, const EvidenceRecord& r) {
    const bool captured = r.intake == EvidenceIntake::Camera || r.intake == EvidenceIntake::Microphone;
    Action action;
    action.kind = captured ? u"evidence.captured"_s : u"evidence.imported"_s;
    action.entityType = u"evidence"_s;
    action.entityId = r.id;
    // The bureau receives the signed canonical record as it is and verifies it with the device's
    // registered key; the signature travels beside it.
    action.changes = {
        {u"record"_s, {}, QString::fromUtf8(r.canonicalBytes())},
        {u"signature"_s, {}, QString::fromLatin1(r.signature.toBase64())},
    };
    action.auditDetails = QJsonObject{{u"sha256"_s, r.sha256},
                                      {u"size"_s, QString::number(r.size)},
                                      {u"case"_s, r.caseId.isNull() ? QString() : Uuid7::toText(r.caseId)},
                                      {u"intake"_s, enumKey(r.intake)},
                                      {u"original_name"_s, r.originalName}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) { return insertRow(db, r); });
}

StoreResult EvidenceRecords::insertRow(QSqlDatabase& db, const EvidenceRecord& r) {
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO evidence (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
              u"?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(Columns));
    const std::optional<GeoPoint>& where = r.position.position;
    for (const QVariant& value : {
             QVariant(Uuid7::toText(r.id)),
             sql::idOrNull(r.caseId),
             sql::idOrNull(r.inspectionId),
             QVariant(enumKey(r.kind)),
             QVariant(r.sha256),
             QVariant(r.size),
             sql::text(r.mediaType),
             timeOrNull(r.capturedAtDevice),
             timeOrNull(r.receivedAt),
             timeOrNull(r.position.gpsTime),
             where ? QVariant(where->latitude) : QVariant(),
             where ? QVariant(where->longitude) : QVariant(),
             r.position.accuracyMeters >= 0 ? QVariant(r.position.accuracyMeters) : QVariant(),
             sql::text(r.position.source),
             timeOrNull(r.position.receivedAt),
             timeOrNull(r.position.takenAt),
             QVariant(r.position.satellitesInUse),
             sql::idOrNull(r.capturedBy),
             QVariant(officersToJson(r.officersPresent)),
             QVariant(Uuid7::toText(r.deviceId)),
             sql::text(r.description),
             QVariant(enumKey(r.intake)),
             sql::text(r.sourceDetail),
             sql::text(r.originalName),
             timeOrNull(r.originalCreated),
             timeOrNull(r.originalModified),
             QVariant(r.signature),
         })
        q.addBindValue(value);
    if (!q.exec())
        return StoreResult::failure(
            QCoreApplication::translate("EvidenceRecords", "The evidence record could not be saved: %1")
                .arg(q.lastError().text()));
    return StoreResult();
}

QList<EvidenceRecord> EvidenceRecords::select(const QString& where, const QVariant& value) const {
    QSqlQuery q(m_store.connection());
    q.prepare(u"SELECT %1 FROM evidence %2 ORDER BY row"_s.arg(Columns, where));
    if (value.isValid())
        q.addBindValue(value);
    QList<EvidenceRecord> records;
    if (!q.exec())
        return records;
    while (q.next())
        records.append(recordFrom(q));
    return records;
}

std::optional<EvidenceRecord> EvidenceRecords::byId(const QUuid& id) const {
    const QList<EvidenceRecord> found = select(u"WHERE id = ?"_s, Uuid7::toText(id));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<EvidenceRecord> EvidenceRecords::forCase(const QUuid& caseId) const {
    return select(u"WHERE case_id = ?"_s, Uuid7::toText(caseId));
}

QList<EvidenceRecord> EvidenceRecords::forInspection(const QUuid& inspectionId) const {
    return select(u"WHERE inspection_id = ?"_s, Uuid7::toText(inspectionId));
}

QList<EvidenceRecord> EvidenceRecords::all() const {
    return select(QString(), QVariant());
}

bool EvidenceRecords::hasFile(const QString& sha256, const QUuid& caseId, const QUuid& inspectionId) const {
    QSqlQuery q(m_store.connection());
    q.prepare(caseId.isNull() ? u"SELECT 1 FROM evidence WHERE sha256 = ? AND inspection_id = ?"_s
                              : u"SELECT 1 FROM evidence WHERE sha256 = ? AND case_id = ?"_s);
    q.addBindValue(sha256);
    q.addBindValue(Uuid7::toText(caseId.isNull() ? inspectionId : caseId));
    return q.exec() && q.next();
}

QString EvidenceRecords::publicKeyMetaKey(const QUuid& deviceId) {
    return u"device_public_key/"_s + Uuid7::toText(deviceId);
}

QByteArray EvidenceRecords::devicePublicKey(const QUuid& deviceId) const {
    return QByteArray::fromBase64(m_store.metaValue(publicKeyMetaKey(deviceId)).toLatin1());
}

StoreResult EvidenceRecords::setDevicePublicKey(const QUuid& deviceId, const QByteArray& publicKey) {
    return m_store.setMetaValue(publicKeyMetaKey(deviceId), QString::fromLatin1(publicKey.toBase64()));
}

} // namespace fieldcase::store
