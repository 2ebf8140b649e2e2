#include "AuditLog.h"
#include "CaseProcedure.h"
#include "CheckIns.h"
#include "DetachedSignature.h"
#include "DeviceKey.h"
#include "DiscretionStore.h"
#include "DocumentDrafts.h"
#include "EvidenceRecords.h"
#include "Interviews.h"
#include "Lists.h"
#include "Signatures.h"
#include "SyncState.h"
#include "TempProfile.h"
#include "Uuid7.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlRecord>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::store;
using namespace Qt::StringLiterals;

// Records of every type the bureau sends land in the device's tables as the device that made them stored
// them. A "source" profile does the real store action; its outbox mutations are what the bureau keeps (their
// `new` values, merged per entity as the bureau merges them); a "target" profile pulls them.
namespace {

const QString CreditA = u"91350100M000100Y43"_s;

// Every row of a table (all columns but the local row number), for comparing two profiles or two moments.
QStringList rowsOf(QSqlDatabase db, const QString& table, const QString& columns = u"*"_s) {
    QSqlQuery query(db);
    QStringList rows;
    if (!query.exec(u"SELECT %1 FROM %2 ORDER BY 1"_s.arg(columns, table)))
        return {query.lastError().text()};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i) {
            if (query.record().fieldName(i) != u"row"_s)
                values << (query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
        }
        rows << values.join(u'|');
    }
    return rows;
}

QVariant scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

// What the bureau holds of one entity after the source's mutations: each change's new value, in order.
QJsonObject bureauFields(Store& source, const QUuid& entityId) {
    QJsonObject fields;
    for (const sync::OutgoingMutation& outgoing : SyncState(source).pendingMutations(1000)) {
        const Mutation mutation = outgoing.parsed();
        if (mutation.entityId != entityId)
            continue;
        for (const FieldChange& change : mutation.changes)
            fields.insert(change.field, change.newValue);
    }
    return fields;
}

sync::PullPage pageOf(qint64 cursor, const QList<sync::EntityChange>& changes) {
    sync::PullPage page;
    page.changes = changes;
    page.cursor = cursor;
    return page;
}

// The roster, a subject and a case, as both profiles receive them from the bureau.
struct Bureau {
    QUuid unit = Uuid7::create();
    QUuid inspector = Uuid7::create();
    QUuid colleague = Uuid7::create();
    QUuid subject = Uuid7::create();
    QUuid caseId = Uuid7::create();

    sync::EntityChange unitChange() const { return {1, u"unit"_s, unit, 1, {{u"name"_s, u"执法一大队"_s}}}; }
    sync::EntityChange userChange(const QUuid& id, const QString& login, const QString& certificate) const {
        return {2,
                u"user"_s,
                id,
                1,
                {{u"login"_s, login},
                 {u"name"_s, login.toUpper()},
                 {u"roles"_s, QJsonArray{u"inspector"_s}},
                 {u"certificate_number"_s, certificate},
                 {u"unit_id"_s, Uuid7::toText(unit)}}};
    }
    sync::EntityChange subjectChange() const {
        return {3,
                u"subject"_s,
                subject,
                1,
                {{u"name"_s, u"东方化工有限公司"_s},
                 {u"credit_code"_s, CreditA},
                 {u"class"_s, u"key"_s},
                 {u"latitude"_s, 26.08},
                 {u"longitude"_s, 119.3}}};
    }
    sync::EntityChange caseChange() const {
        return {4,
                u"case"_s,
                caseId,
                1,
                {{u"provisional_label"_s, u"临-2026-AB12-0001"_s},
                 {u"subject_id"_s, Uuid7::toText(subject)},
                 {u"cause"_s, u"超标排放案"_s},
                 {u"state"_s, u"investigating"_s},
                 {u"lead_officer_id"_s, Uuid7::toText(inspector)},
                 {u"unit_id"_s, Uuid7::toText(unit)},
                 {u"opened_at"_s, u"2026-11-01T08:00:00Z"_s}}};
    }
    // Admin.cpp's `task assign`.
    sync::EntityChange taskChange(const QUuid& id, const QUuid& officer, const QString& state) const {
        return {5,
                u"task"_s,
                id,
                1,
                {{u"source"_s, u"annual_plan"_s},
                 {u"subject_id"_s, Uuid7::toText(subject)},
                 {u"officers"_s, QJsonArray{Uuid7::toText(officer)}},
                 {u"assignee_id"_s, Uuid7::toText(officer)},
                 {u"due_date"_s, u"2026-12-31"_s},
                 {u"state"_s, state},
                 {u"note"_s, u"年度检查"_s}}};
    }
    sync::PullPage basics() const {
        return pageOf(4, {unitChange(), userChange(inspector, u"wang"_s, u"闽环执 001"_s),
                          userChange(colleague, u"li"_s, u"闽环执 002"_s), subjectChange(), caseChange()});
    }
};

EvidenceRecord evidenceOf(const Bureau& bureau, const QUuid& deviceId) {
    EvidenceRecord r;
    r.id = Uuid7::create();
    r.caseId = bureau.caseId;
    r.kind = EvidenceKind::AudioVisual;
    r.sha256 = QString(64, u'a');
    r.size = 123456;
    r.mediaType = u"image/jpeg"_s;
    r.capturedAtDevice = QDateTime::fromString(u"2026-11-02T09:00:00.125Z"_s, Qt::ISODateWithMs);
    r.receivedAt = r.capturedAtDevice;
    r.position.position = GeoPoint{26.0801, 119.3002};
    r.position.accuracyMeters = 4.5;
    r.position.source = u"nmea:serial"_s;
    r.position.gpsTime = r.capturedAtDevice.addSecs(-2);
    r.position.receivedAt = r.capturedAtDevice.addSecs(-1);
    r.position.takenAt = r.capturedAtDevice;
    r.position.satellitesInUse = 9;
    r.capturedBy = bureau.inspector;
    r.officersPresent = {{bureau.inspector, u"WANG"_s, u"闽环执 001"_s},
                         {bureau.colleague, u"LI"_s, u"闽环执 002"_s}};
    r.deviceId = deviceId;
    r.description = u"排污口"_s;
    r.intake = EvidenceIntake::Camera;
    r.sourceDetail = u"后置摄像头"_s;
    r.signature = QByteArray(64, '\x5a');
    return r;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPulledRecords : public QObject {
    Q_OBJECT

private slots:
    void aTaskShowsInItsOfficersTaskList() {
        TempProfile p;
        SyncState state(p.store());
        const Bureau bureau;
        const QUuid task = Uuid7::create();
        // The task comes before its subject and officer: it waits, and lands with them.
        QVERIFY(state.applyPage({}, pageOf(5, {bureau.taskChange(task, bureau.inspector, u"assigned"_s)})));
        QCOMPARE(countRows(p.db(), u"tasks"_s), 0);
        QVERIFY(state.applyPage({}, bureau.basics()));
        const QList<TaskRow> tasks = tasksForOfficer(p.db(), bureau.inspector);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks[0].id, task);
        QCOMPARE(tasks[0].source, TaskSource::AnnualPlan);
        QCOMPARE(tasks[0].subjectName, u"东方化工有限公司"_s);
        QCOMPARE(tasks[0].dueDate, QDate(2026, 12, 31));
        QCOMPARE(tasks[0].state, TaskState::Assigned);
        QCOMPARE(scalar(p.db(), u"SELECT note || '|' || version FROM tasks"_s).toString(), u"年度检查|1"_s);
        QCOMPARE(scalar(p.db(), u"SELECT count(*) FROM sync_shadow WHERE pending_apply <> 0"_s).toInt(), 0);

        // Reassigned and cancelled at the bureau: the officers are replaced.
        sync::EntityChange moved = bureau.taskChange(task, bureau.colleague, u"cancelled"_s);
        moved.version = 2;
        QVERIFY(state.applyPage({}, pageOf(6, {moved})));
        QVERIFY(tasksForOfficer(p.db(), bureau.inspector).isEmpty());
        QCOMPARE(tasksForOfficer(p.db(), bureau.colleague).size(), 1);
        QCOMPARE(tasksForOfficer(p.db(), bureau.colleague)[0].state, TaskState::Cancelled);

        // The same page again changes nothing.
        const QStringList before = rowsOf(p.db(), u"tasks"_s) + rowsOf(p.db(), u"task_officers"_s);
        QVERIFY(state.applyPage({}, pageOf(7, {moved})));
        QCOMPARE(rowsOf(p.db(), u"tasks"_s) + rowsOf(p.db(), u"task_officers"_s), before);
    }

    void evidenceArrivesAsMetadataAsSignedAndFrozen() {
        const Bureau bureau;
        TempProfile source;
        QVERIFY(SyncState(source.store()).applyPage({}, bureau.basics()));
        const EvidenceRecord made = evidenceOf(bureau, source.store().deviceId());
        QVERIFY(EvidenceRecords(source.store()).add(bureau.inspector, made));
        const sync::EntityChange evidence{9, u"evidence"_s, made.id, 1,
                                          bureauFields(source.store(), made.id)};

        TempProfile p;
        SyncState state(p.store());
        // Before its case and officer: it waits.
        QVERIFY(state.applyPage({}, pageOf(9, {evidence})));
        QCOMPARE(countRows(p.db(), u"evidence"_s), 0);
        QVERIFY(state.applyPage({}, bureau.basics()));
        const std::optional<EvidenceRecord> pulled = EvidenceRecords(p.store()).byId(made.id);
        QVERIFY(pulled);
        QCOMPARE(pulled->canonicalBytes(), made.canonicalBytes());
        QCOMPARE(pulled->signature, made.signature);
        QCOMPARE(rowsOf(p.db(), u"evidence"_s), rowsOf(source.db(), u"evidence"_s));
        QCOMPARE(EvidenceRecords(p.store()).forCase(bureau.caseId).size(), 1);
        // Only the record: the file stays at the bureau, and this device has nothing to upload.
        QVERIFY(state.pendingUploads().isEmpty());
        QCOMPARE(state.counts().pendingUploadBytes, 0);

        // Frozen like a local record; a resent copy is not written again.
        QSqlQuery update(p.db());
        QVERIFY(!update.exec(u"UPDATE evidence SET description = 'x'"_s));
        QVERIFY(!update.exec(u"DELETE FROM evidence"_s));
        QVERIFY(state.applyPage({}, pageOf(10, {evidence})));
        QCOMPARE(rowsOf(p.db(), u"evidence"_s), rowsOf(source.db(), u"evidence"_s));

        // A record whose signed bytes were altered on the way is refused with the page.
        TempProfile other;
        SyncState otherState(other.store());
        QVERIFY(otherState.applyPage({}, bureau.basics()));
        sync::EntityChange altered = evidence;
        altered.fields.insert(u"record"_s,
                              altered.fields.value(u"record"_s).toString().replace(u"排污口"_s, u"别处"_s) +
                                  u" "_s);
        const StoreResult refused = otherState.applyPage({}, pageOf(9, {altered}));
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(Uuid7::toText(made.id)), qPrintable(refused.message()));
        QCOMPARE(countRows(other.db(), u"evidence"_s), 0);
    }

    void aDevicesSigningKeyIsLearntOnceAndNeverReplaced() {
        TempProfile p;
        SyncState state(p.store());
        const QUuid camera = Uuid7::create();
        const QByteArray key(security::DeviceKey::PublicKeyBytes, '\x11');
        const auto deviceChange = [&](qint64 seq, const QByteArray& publicKey) {
            return sync::EntityChange{seq,
                                      u"device"_s,
                                      camera,
                                      1,
                                      {{u"name"_s, u"执法仪-03"_s},
                                       {u"public_key"_s, QString::fromLatin1(publicKey.toBase64())},
                                       {u"enrolled_at"_s, u"2026-11-01T08:00:00.000Z"_s}}};
        };
        QVERIFY(state.applyPage({}, pageOf(1, {deviceChange(1, key)})));
        QCOMPARE(EvidenceRecords(p.store()).devicePublicKey(camera), key);

        // The same key again (a revocation, a resent page) is quiet; another key is refused, the first kept.
        QStringList refusals;
        QVERIFY(state.applyPage({}, pageOf(2, {deviceChange(2, key)}), &refusals));
        QVERIFY(refusals.isEmpty());
        const QByteArray forged(security::DeviceKey::PublicKeyBytes, '\x22');
        QVERIFY(state.applyPage({}, pageOf(3, {deviceChange(3, forged)}), &refusals));
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().contains(u"执法仪-03"_s), qPrintable(refusals.first()));
        QCOMPARE(EvidenceRecords(p.store()).devicePublicKey(camera), key);
        QCOMPARE(state.pullCursor(), 3);

        // This device's own key is never replaced by what the bureau says.
        const QByteArray own = EvidenceRecords(p.store()).devicePublicKey(p.store().deviceId());
        sync::EntityChange self = deviceChange(4, forged);
        self.id = p.store().deviceId();
        QVERIFY(state.applyPage({}, pageOf(4, {self}), &refusals));
        QCOMPARE(EvidenceRecords(p.store()).devicePublicKey(p.store().deviceId()), own);
    }

    void interviewsSignaturesAndDocumentsArriveFromTheirMutations() {
        const Bureau bureau;
        TempProfile source;
        QVERIFY(SyncState(source.store()).applyPage({}, bureau.basics()));
        Interview interview;
        interview.caseId = bureau.caseId;
        interview.startedAt = QDateTime::fromString(u"2026-11-03T09:00:00Z"_s, Qt::ISODate);
        interview.place = u"公司会议室"_s;
        interview.interviewee.name = u"张三"_s;
        interview.officers = {{bureau.inspector, u"WANG"_s, u"闽环执 001"_s}};
        interview.recorder = u"WANG"_s;
        interview.exchanges = {{u"问"_s, u"答"_s}};
        QVERIFY(Interviews(source.store()).save(bureau.inspector, interview));
        interview.place = u"公司办公室"_s;
        QVERIFY(Interviews(source.store()).save(bureau.inspector, interview));

        SignatureRecord signature;
        signature.id = Uuid7::create();
        signature.caseId = bureau.caseId;
        signature.entityType = u"interview"_s;
        signature.entityId = interview.id;
        signature.place = u"party"_s;
        signature.signerName = u"张三"_s;
        signature.png = "\x89PNG not really";
        signature.signedAt = QDateTime::fromString(u"2026-11-03T10:00:00.250Z"_s, Qt::ISODateWithMs);
        QVERIFY(Signatures(source.store()).add(bureau.inspector, signature));

        // DocumentNumbers.cpp's "document.issue" changes.
        const QUuid document = Uuid7::create();
        const QJsonObject issued{{u"case_id"_s, Uuid7::toText(bureau.caseId)},
                                 {u"kind"_s, u"penalty_decision"_s},
                                 {u"category"_s, u"罚"_s},
                                 {u"year"_s, 2026},
                                 {u"serial"_s, 7},
                                 {u"number"_s, u"宁环罚〔2026〕7号"_s},
                                 {u"pdf_sha256"_s, QString(64, u'b')},
                                 {u"issued_at"_s, u"2026-11-04T08:00:00Z"_s}};

        // The source's own work the bureau has not confirmed is not overwritten by an older copy.
        QJsonObject older = bureauFields(source.store(), interview.id);
        older.insert(u"place"_s, u"旧地点"_s);
        QVERIFY(SyncState(source.store())
                    .applyPage({}, pageOf(5, {{5, u"interview"_s, interview.id, 1, older}})));
        QCOMPARE(Interviews(source.store()).forCase(bureau.caseId)[0].place, u"公司办公室"_s);

        TempProfile p;
        SyncState state(p.store());
        const sync::PullPage page =
            pageOf(12, {{10, u"signature"_s, signature.id, 1, bureauFields(source.store(), signature.id)},
                        {11, u"interview"_s, interview.id, 2, bureauFields(source.store(), interview.id)},
                        {12, u"issued_document"_s, document, 1, issued}});
        QVERIFY(state.applyPage({}, page)); // all three wait for their case
        QCOMPARE(countRows(p.db(), u"interviews"_s), 0);
        QVERIFY(state.applyPage({}, bureau.basics()));

        const QString interviewColumns = u"id, case_id, started_at, ended_at, place, interviewee, officers, "
                                         u"recorder, exchanges, confirmation, confirmed_at"_s;
        QCOMPARE(rowsOf(p.db(), u"interviews"_s, interviewColumns),
                 rowsOf(source.db(), u"interviews"_s, interviewColumns));
        QCOMPARE(Interviews(p.store()).forCase(bureau.caseId).size(), 1);
        QCOMPARE(Interviews(p.store()).forCase(bureau.caseId)[0].place, u"公司办公室"_s);
        QCOMPARE(scalar(p.db(), u"SELECT version FROM interviews"_s).toInt(), 2);

        // What the bureau has of a signature: everything but the image, its strokes and the signing device.
        const QString signatureColumns = u"id, case_id, entity_type, entity_id, place, signer_name, sha256, "
                                         u"refused, witness_name, signed_at"_s;
        QCOMPARE(rowsOf(p.db(), u"signatures"_s, signatureColumns),
                 rowsOf(source.db(), u"signatures"_s, signatureColumns));
        QCOMPARE(scalar(p.db(), u"SELECT image IS NULL FROM signatures"_s).toInt(), 1);

        QCOMPARE(rowsOf(p.db(), u"issued_documents"_s, u"id, case_id, kind, number, pdf_sha256, issued_at"_s),
                 QStringList{Uuid7::toText(document) + u"|"_s + Uuid7::toText(bureau.caseId) +
                             u"|penalty_decision|宁环罚〔2026〕7号|"_s + QString(64, u'b') +
                             u"|2026-11-04T08:00:00Z"_s});

        // A confirmed interview is frozen by its trigger; the confirmation and a resent page still pass.
        sync::EntityChange confirmed = page.changes[1];
        confirmed.version = 3;
        confirmed.fields.insert(u"confirmed_at"_s, u"2026-11-03T11:00:00Z"_s);
        confirmed.fields.insert(u"ended_at"_s, u"2026-11-03T11:00:00Z"_s);
        QVERIFY(state.applyPage({}, pageOf(13, {confirmed})));
        QVERIFY(Interviews(p.store()).forCase(bureau.caseId)[0].isConfirmed());
        const QStringList before = rowsOf(p.db(), u"interviews"_s) + rowsOf(p.db(), u"signatures"_s) +
                                   rowsOf(p.db(), u"issued_documents"_s);
        const sync::PullPage resent = pageOf(14, {page.changes[0], page.changes[2], confirmed});
        QVERIFY2(state.applyPage({}, resent), qPrintable(state.applyPage({}, resent).message()));
        QCOMPARE(rowsOf(p.db(), u"interviews"_s) + rowsOf(p.db(), u"signatures"_s) +
                     rowsOf(p.db(), u"issued_documents"_s),
                 before);
    }

    void anInspectionBringsItsOfficersAndCheckIn() {
        const Bureau bureau;
        const QUuid task = Uuid7::create();
        const sync::PullPage withTask = pageOf(
            5, bureau.basics().changes + QList{bureau.taskChange(task, bureau.inspector, u"assigned"_s)});
        TempProfile source;
        QVERIFY(SyncState(source.store()).applyPage({}, withTask));
        PositionStamp stamp;
        stamp.position = GeoPoint{26.0802, 119.3001};
        stamp.accuracyMeters = 6;
        stamp.source = u"nmea:serial"_s;
        stamp.takenAt = QDateTime::currentDateTimeUtc();
        stamp.receivedAt = stamp.takenAt;
        stamp.gpsTime = stamp.takenAt;
        stamp.satellitesInUse = 8;
        QVERIFY(Inspections(source.store()).startWithCheckIn(bureau.inspector, task, stamp, 200));
        const std::optional<Inspection> started = Inspections(source.store()).ofTask(task);
        QVERIFY(started);

        TempProfile p;
        SyncState state(p.store());
        const sync::EntityChange inspection{6, u"inspection"_s, started->id, 1,
                                            bureauFields(source.store(), started->id)};
        QVERIFY(state.applyPage({}, pageOf(6, {inspection}))); // waits for its task
        QCOMPARE(countRows(p.db(), u"inspections"_s), 0);
        QVERIFY(state.applyPage({}, withTask));
        const QString inspectionColumns =
            u"id, task_id, subject_id, started_at, ended_at, findings, outcome"_s;
        QCOMPARE(rowsOf(p.db(), u"inspections"_s, inspectionColumns),
                 rowsOf(source.db(), u"inspections"_s, inspectionColumns));
        QCOMPARE(rowsOf(p.db(), u"inspection_officers"_s), rowsOf(source.db(), u"inspection_officers"_s));
        // The bureau does not know who checked in; everything else is as the starting device stored it.
        const QString checkInColumns = u"id, inspection_id, checked_in_at, gps_time, latitude, longitude, "
                                       u"accuracy_m, position_source, position_received_at, satellites, "
                                       u"distance_m, radius_m"_s;
        QCOMPARE(rowsOf(p.db(), u"check_ins"_s, checkInColumns),
                 rowsOf(source.db(), u"check_ins"_s, checkInColumns));
        QVERIFY(CheckIns(p.store()).forInspection(started->id));

        const QStringList before = rowsOf(p.db(), u"inspections"_s) + rowsOf(p.db(), u"check_ins"_s) +
                                   rowsOf(p.db(), u"inspection_officers"_s);
        QVERIFY(state.applyPage({}, pageOf(7, {inspection})));
        QCOMPARE(rowsOf(p.db(), u"inspections"_s) + rowsOf(p.db(), u"check_ins"_s) +
                     rowsOf(p.db(), u"inspection_officers"_s),
                 before);
    }

    void aStandardIsInstalledOnlyWithAValidSignature() {
        const security::DetachedSignature::KeyPair key = security::DetachedSignature::generateKeyPair();
        const QList<security::TrustedKey> trusted{{u"test-key"_s, key.publicKey, u"测试局"_s}};
        const QByteArray content =
            readFile(QStringLiteral(FIELDCASE_TEST_DATA) + u"/packs/valid-minimal.json"_s);
        QVERIFY(!content.isEmpty());
        const QByteArray signatureFile =
            security::DetachedSignature::sign(content, key.secretKey, u"test-key"_s);
        const QString sha256 =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        // Admin.cpp's `pack publish`.
        const auto packChange = [&](qint64 seq, const QByteArray& bytes, const QByteArray& signature) {
            return sync::EntityChange{seq,
                                      u"pack"_s,
                                      QUuid::createUuidV5(QUuid(), sha256),
                                      1,
                                      {{u"sha256"_s, sha256},
                                       {u"content"_s, QString::fromUtf8(bytes)},
                                       {u"signature"_s, QString::fromUtf8(signature)},
                                       {u"published_at"_s, u"2026-11-01T00:00:00Z"_s}}};
        };
        const Bureau bureau;

        TempProfile p;
        SyncState state(p.store());
        state.setTrustedPackKeys(trusted);
        QByteArray tampered = content;
        tampered.replace("\"", "\" ");
        QStringList refusals;
        QVERIFY(state.applyPage({}, pageOf(2, {bureau.unitChange(), packChange(2, tampered, signatureFile)}),
                                &refusals));
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals[0].contains(u"refused"_s), qPrintable(refusals[0]));
        QCOMPARE(countRows(p.db(), u"discretion_packs"_s), 0);
        QCOMPARE(countRows(p.db(), u"units"_s), 1); // the rest of the page is applied
        QCOMPARE(state.pullCursor(), 2);

        // Without a signature, or signed by a key the device does not trust: refused too.
        QVERIFY(state.applyPage({}, pageOf(3, {packChange(3, content, {})}), &refusals));
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals[0].contains(u"signature"_s), qPrintable(refusals[0]));
        SyncState untrusting(p.store());
        untrusting.setTrustedPackKeys({});
        QVERIFY(untrusting.applyPage({}, pageOf(4, {packChange(4, content, signatureFile)}), &refusals));
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(countRows(p.db(), u"discretion_packs"_s), 0);

        QVERIFY(state.applyPage({}, pageOf(5, {packChange(5, content, signatureFile)}), &refusals));
        QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(u'\n')));
        QCOMPARE(DiscretionStore(p.store()).packBySha256(sha256).has_value(), true);
        QCOMPARE(scalar(p.db(), u"SELECT key_id FROM discretion_packs"_s).toString(), u"test-key"_s);
        QVERIFY(state.applyPage({}, pageOf(6, {packChange(6, content, signatureFile)}), &refusals));
        QVERIFY(refusals.isEmpty());
        QCOMPARE(countRows(p.db(), u"discretion_packs"_s), 1);
        QVERIFY(AuditLog(p.db()).verify(p.store().deviceId()).isIntact());
    }

    void aDocumentDraftArrivesOnceItsCaseIsHere() {
        const Bureau bureau;
        TempProfile p;
        SyncState state(p.store());
        const QUuid draftId = DocumentDrafts::entityId(bureau.caseId, u"penalty_decision"_s);
        const sync::EntityChange draft{5,
                                       u"document_draft"_s,
                                       draftId,
                                       2,
                                       {{u"case_id"_s, Uuid7::toText(bureau.caseId)},
                                        {u"kind"_s, u"penalty_decision"_s},
                                        {u"fields.penalty.fine"_s, u"五万元"_s},
                                        {u"fields.payment.bank"_s, QJsonValue()}}};
        QVERIFY(state.applyPage({}, pageOf(5, {draft})));
        QCOMPARE(countRows(p.db(), u"document_drafts"_s), 0); // waits for its case
        QVERIFY(state.applyPage({}, bureau.basics()));
        // A field the bureau holds as null (cleared on some device) is not a field of the draft.
        QCOMPARE(DocumentDrafts(p.store()).fields(bureau.caseId, u"penalty_decision"_s),
                 QJsonObject({{u"penalty.fine"_s, u"五万元"_s}}));
        QVERIFY(DocumentDrafts(p.store()).fields(bureau.caseId, u"correction_order"_s).isEmpty());
        QCOMPARE(scalar(p.db(), u"SELECT id FROM document_drafts"_s).toString(), Uuid7::toText(draftId));
    }

    void aDocumentDraftUnderAnotherIdIsRefused() {
        // The id must be the one its case and kind give, or two devices would keep two drafts of one
        // document.
        const Bureau bureau;
        TempProfile p;
        SyncState state(p.store());
        QVERIFY(state.applyPage({}, bureau.basics()));
        const sync::EntityChange draft{7,
                                       u"document_draft"_s,
                                       bureau.caseId,
                                       1,
                                       {{u"case_id"_s, Uuid7::toText(bureau.caseId)},
                                        {u"kind"_s, u"penalty_decision"_s},
                                        {u"fields.penalty.fine"_s, u"五万元"_s}}};
        QVERIFY(!state.applyPage({}, pageOf(7, {draft})));
        QCOMPARE(countRows(p.db(), u"document_drafts"_s), 0);
    }

    void aSignOffIsKeptOnlyAsItWasSigned() {
        const Bureau bureau;
        TempProfile p;
        SyncState state(p.store());
        SignOff signOff;
        signOff.id = Uuid7::create();
        signOff.caseId = bureau.caseId;
        signOff.action = u"decide"_s;
        signOff.signedBy = bureau.colleague;
        signOff.signerName = u"LI"_s;
        signOff.signedAt = QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        signOff.stateSha256 = QString(64, u'a');
        signOff.deviceId = Uuid7::create();
        const auto changeOf = [&](qint64 seq, const QByteArray& record) {
            return sync::EntityChange{seq,
                                      u"sign_off"_s,
                                      signOff.id,
                                      1,
                                      {{u"case_id"_s, Uuid7::toText(bureau.caseId)},
                                       {u"record"_s, QString::fromUtf8(record)},
                                       {u"signature"_s, QString::fromLatin1(QByteArray("sig").toBase64())}}};
        };
        // A record changed after it was signed (here: another comment, the bytes no longer the signed ones).
        QByteArray altered = signOff.signedBytes();
        altered.replace("\"comment\":\"\"", "\"comment\":\"同意\"");
        QVERIFY(altered != signOff.signedBytes());
        QVERIFY(state.applyPage({}, bureau.basics()));
        QVERIFY(!state.applyPage({}, pageOf(5, {changeOf(5, altered + ' ')})));
        QCOMPARE(countRows(p.db(), u"sign_offs"_s), 0);

        // As signed, it is kept byte for byte. The
        // decision it signs freezes the case on this device as on the leader's.
        QVERIFY(state.applyPage({}, pageOf(5, {changeOf(5, signOff.signedBytes())})));
        const QList<SignOff> kept = CaseProcedure(p.store()).signOffs(bureau.caseId);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].signedBytes(), signOff.signedBytes());
        QSqlQuery query(p.db());
        QVERIFY(!query.exec(
            u"UPDATE cases SET cause = '改' WHERE id = '%1'"_s.arg(Uuid7::toText(bureau.caseId))));
    }
};

QTEST_GUILESS_MAIN(TestPulledRecords)
#include "TestPulledRecords.moc"
