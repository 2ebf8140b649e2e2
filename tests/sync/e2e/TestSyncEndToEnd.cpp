#include "ServedBureau.h"
#include "SyncedDevice.h"

#include "AuditLog.h"
#include "CaseProcedure.h"
#include "Cases.h"
#include "DocumentDrafts.h"
#include "Subjects.h"

#include <QSqlQuery>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::sync;
using Fixture = fieldcase::sync::server::testing::ServerFixture;
using namespace Qt::StringLiterals;

namespace {

Subject newSubject(const QString& name, const QString& creditCode) {
    Subject subject;
    subject.id = Uuid7::create();
    subject.name = name;
    subject.creditCode = creditCode;
    subject.address = u"宁江市江北路1号"_s;
    subject.industry = u"化工"_s;
    return subject;
}

// A case of the device's user and unit about `subject`.
Case newCase(const SyncedDevice& device, const QUuid& subject, const QString& label, const QString& cause) {
    Case c;
    c.id = Uuid7::create();
    c.provisionalLabel = label;
    c.subjectId = subject;
    c.cause = cause;
    c.unitId = device.user.unitId;
    c.leadOfficerId = device.user.id;
    c.openedAt = QDateTime::currentDateTimeUtc();
    return c;
}

// A new case of the device's user about a new subject, saved on the device and not yet synced.
std::optional<Case> caseOn(SyncedDevice& device, const QString& subjectName, const QString& label) {
    const Subject subject = newSubject(subjectName, u"91320100MA1ABCDE0C"_s);
    const Case c = newCase(device, subject.id, label, u"超标排放案"_s);
    if (!store::Subjects(device.store()).create(device.user.id, subject) ||
        !store::Cases(device.store()).create(device.user.id, c))
        return std::nullopt;
    return c;
}

QString scalar(QSqlDatabase db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace

// Devices and the real bureau server, over TLS, as they meet in the field: the first sync, two people editing
// the same record, a server that dies in the middle of a push, refusals by role and scope, a revoked device.
class TestSyncEndToEnd : public QObject {
    Q_OBJECT

    std::unique_ptr<Fixture> m_bureau;
    std::unique_ptr<ServerProcess> m_server;

    // A device signed in at the bureau as `login`, after its first sync.
    std::unique_ptr<SyncedDevice> deviceFor(const QString& login) {
        auto device = std::make_unique<SyncedDevice>();
        const QString enrolled = device->enrol(m_server->url(), m_bureau->api->accounts().createEnrolCode());
        if (!enrolled.isEmpty())
            qWarning("enrolment failed: %s", qPrintable(enrolled));
        const QString signedIn = device->login(login, Fixture::passwordOf(login));
        if (!signedIn.isEmpty())
            qWarning("sign-in failed: %s", qPrintable(signedIn));
        // The first sync brings the units, the roster and the directory before anyone works.
        if (const SyncedDevice::Outcome first = device->sync(); !first.finished)
            qWarning("first sync failed: %s", qPrintable(first.error.message));
        return device;
    }

    // What the bureau holds of one entity (its fields as JSON text), read from its own database.
    QJsonObject atBureau(const QString& type, const QUuid& id) {
        QSqlQuery query(m_bureau->database->connection());
        query.prepare(u"SELECT fields FROM entities WHERE type = ? AND id = ?"_s);
        query.addBindValue(type);
        query.addBindValue(Uuid7::toText(id));
        return query.exec() && query.next() ? QJsonDocument::fromJson(query.value(0).toByteArray()).object()
                                            : QJsonObject();
    }

private slots:
    void initTestCase_data() { servedBureau::addBackends(); }

    void init() { FIELDCASE_START_SERVED_BUREAU(m_bureau, m_server); }

    void cleanup() {
        m_server.reset();
        m_bureau.reset();
    }

    void firstSyncBringsTheRosterAndSendsTheWork() {
        auto device = deviceFor(Fixture::InspectorA);
        QVERIFY(!device->user.id.isNull());
        const Subject subject = newSubject(u"宁江化工有限公司"_s, u"91320100MA1ABCDE0C"_s);
        QVERIFY(store::Subjects(device->store()).create(device->user.id, subject));

        const SyncedDevice::Outcome outcome = device->sync();
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.summary.pushed, 1);
        QCOMPARE(outcome.summary.rejected, 0);
        QCOMPARE(atBureau(u"subject"_s, subject.id).value(u"name"_s).toString(), subject.name);
        // The roster arrived: the other people of the bureau are known on the device.
        QVERIFY(countRows(device->db(), u"users"_s) >= 7);
        QCOMPARE(device->state().counts().pendingMutations, 0);
        QVERIFY(store::AuditLog(device->db()).verify(device->store().deviceId()).isIntact());
    }

    void twoDevicesMergeDisjointEditsAndKeepAConflictForAPerson() {
        auto first = deviceFor(Fixture::InspectorA);
        auto second = deviceFor(Fixture::InspectorA2);
        Subject subject = newSubject(u"宁江印染厂"_s, u"91320100MA1XYW120K"_s);
        QVERIFY(store::Subjects(first->store()).create(first->user.id, subject));
        QVERIFY(first->sync().finished);
        QVERIFY(second->sync().finished);
        QVERIFY(store::Subjects(second->store()).subject(subject.id));

        // Offline on both: different fields, and the same field with different values.
        Subject onFirst = *store::Subjects(first->store()).subject(subject.id);
        onFirst.address = u"宁江市纬七路8号"_s;
        onFirst.grid = u"G-07"_s;
        QVERIFY(store::Subjects(first->store()).update(first->user.id, onFirst));
        Subject onSecond = *store::Subjects(second->store()).subject(subject.id);
        onSecond.industry = u"纺织印染"_s;
        onSecond.grid = u"G-09"_s;
        QVERIFY(store::Subjects(second->store()).update(second->user.id, onSecond));

        QVERIFY(first->sync().finished);
        const SyncedDevice::Outcome outcome = second->sync();
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.summary.conflicts, 1);

        const Subject merged = *store::Subjects(second->store()).subject(subject.id);
        QCOMPARE(merged.address, u"宁江市纬七路8号"_s); // the first device's field
        QCOMPARE(merged.industry, u"纺织印染"_s);       // the second device's field
        QCOMPARE(merged.grid, u"G-07"_s);               // the bureau kept the value it had
        const QList<store::SyncConflict> conflicts = second->state().openConflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().field, u"grid"_s);
        QCOMPARE(conflicts.first().theirs.toString(), u"G-07"_s);
        QCOMPARE(conflicts.first().ours.toString(), u"G-09"_s);

        // A person chooses this device's value; everyone ends up with it.
        QVERIFY(second->state().resolveConflict(second->user.id, conflicts.first().id, u"G-09"_s));
        QVERIFY(second->sync().finished);
        QVERIFY(first->sync().finished);
        QCOMPARE(store::Subjects(first->store()).subject(subject.id)->grid, u"G-09"_s);
        QCOMPARE(atBureau(u"subject"_s, subject.id).value(u"grid"_s).toString(), u"G-09"_s);
        QVERIFY(second->state().openConflicts().isEmpty());
        QCOMPARE(store::Subjects(first->store()).subject(subject.id)->industry, u"纺织印染"_s);
    }

    void documentDraftsOfOneCaseStayApartAndMergeFieldByField() {
        auto first = deviceFor(Fixture::InspectorA);
        auto second = deviceFor(Fixture::InspectorA2);
        const std::optional<Case> made = caseOn(*first, u"宁江电镀厂"_s, u"临-2026-0003"_s);
        QVERIFY(made);
        const Case& c = *made;
        QVERIFY(first->sync().finished);
        QVERIFY(second->sync().finished);
        QVERIFY(store::Cases(second->store()).caseById(c.id));

        // Offline on both: the penalty decision's draft on both (two fields apart, one field alike), and
        // the correction order's draft on the second only.
        const QString penalty = u"penalty_decision"_s;
        const QString correction = u"correction_order"_s;
        QVERIFY(store::DocumentDrafts(first->store())
                    .save(first->user.id, c.id, penalty,
                          {{u"penalty.fine"_s, u"五万元"_s}, {u"payment.bank"_s, u"工商银行宁江支行"_s}}));
        QVERIFY(store::DocumentDrafts(second->store())
                    .save(second->user.id, c.id, penalty,
                          {{u"payment.account"_s, u"3201 0000 1234"_s},
                           {u"payment.bank"_s, u"农业银行宁江支行"_s}}));
        QVERIFY(store::DocumentDrafts(second->store())
                    .save(second->user.id, c.id, correction, {{u"correction.deadline"_s, u"2026-12-31"_s}}));

        QVERIFY(first->sync().finished);
        const SyncedDevice::Outcome outcome = second->sync();
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.summary.rejected, 0);
        QCOMPARE(outcome.summary.conflicts, 1);

        // Two records at the bureau, one per document, neither the case's.
        const QJsonObject penaltyAtBureau =
            atBureau(u"document_draft"_s, store::DocumentDrafts::entityId(c.id, penalty));
        QCOMPARE(penaltyAtBureau.value(u"kind"_s).toString(), penalty);
        QCOMPARE(penaltyAtBureau.value(u"case_id"_s).toString(), Uuid7::toText(c.id));
        const QJsonObject correctionAtBureau =
            atBureau(u"document_draft"_s, store::DocumentDrafts::entityId(c.id, correction));
        QCOMPARE(correctionAtBureau.value(u"fields.correction.deadline"_s).toString(), u"2026-12-31"_s);
        QVERIFY(!correctionAtBureau.contains(u"fields.penalty.fine"_s));

        const QJsonObject merged = store::DocumentDrafts(second->store()).fields(c.id, penalty);
        QCOMPARE(merged.value(u"penalty.fine"_s).toString(), u"五万元"_s);            // the first's field
        QCOMPARE(merged.value(u"payment.account"_s).toString(), u"3201 0000 1234"_s); // the second's
        QCOMPARE(merged.value(u"payment.bank"_s).toString(), u"工商银行宁江支行"_s);  // the bureau's value
        QCOMPARE(store::DocumentDrafts(second->store()).fields(c.id, correction).size(), 1);
        const QList<store::SyncConflict> conflicts = second->state().openConflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().field, u"fields.payment.bank"_s);

        // The person picks this device's bank: the draft here shows it at once, and the first device gets it.
        QVERIFY(
            second->state().resolveConflict(second->user.id, conflicts.first().id, u"农业银行宁江支行"_s));
        QCOMPARE(
            store::DocumentDrafts(second->store()).fields(c.id, penalty).value(u"payment.bank"_s).toString(),
            u"农业银行宁江支行"_s);
        QVERIFY(second->sync().finished);
        QVERIFY(first->sync().finished);
        const QJsonObject onFirst = store::DocumentDrafts(first->store()).fields(c.id, penalty);
        QCOMPARE(onFirst.value(u"payment.bank"_s).toString(), u"农业银行宁江支行"_s);
        QCOMPARE(onFirst.value(u"payment.account"_s).toString(), u"3201 0000 1234"_s);
        QCOMPARE(store::DocumentDrafts(first->store())
                     .fields(c.id, correction)
                     .value(u"correction.deadline"_s)
                     .toString(),
                 u"2026-12-31"_s);
        QVERIFY(store::AuditLog(first->db()).verify(first->store().deviceId()).isIntact());
    }

    void aLeadersSignOffReachesTheInspectorAsSigned() {
        auto inspector = deviceFor(Fixture::InspectorA);
        auto leader = deviceFor(Fixture::LeaderA);
        const std::optional<Case> made = caseOn(*inspector, u"宁江制革厂"_s, u"临-2026-0004"_s);
        QVERIFY(made);
        const Case& c = *made;
        const QDate today = QDate::currentDate();
        store::CaseProcedure onInspector(inspector->store());
        const auto submitted =
            onInspector.apply(inspector->user.id, inspector->user.roles, c.id,
                              procedure::CaseAction::SubmitForOpening, onInspector.facts(c.id, today), {});
        QVERIFY2(submitted.ok(), qPrintable(submitted.result.message()));
        QVERIFY(inspector->sync().finished);
        QVERIFY(leader->sync().finished);

        // The leader approves the opening on their own device: a step signed with that device's key.
        store::CaseProcedure onLeader(leader->store());
        procedure::CaseFacts facts = onLeader.facts(c.id, today);
        facts.comment = u"同意立案调查"_s;
        const security::DeviceKey* key = leader->evidence->deviceKey();
        const auto approved =
            onLeader.apply(leader->user.id, leader->user.roles, c.id, procedure::CaseAction::ApproveOpening,
                           facts, {}, [key](const QByteArray& bytes) { return key->sign(bytes); });
        QVERIFY2(approved.ok(), qPrintable(approved.result.message()));
        const SyncedDevice::Outcome pushed = leader->sync();
        QVERIFY2(pushed.finished, qPrintable(pushed.error.message));
        QCOMPARE(pushed.summary.rejected, 0);

        QVERIFY(inspector->sync().finished);
        const QList<store::SignOff> signOffs = onInspector.signOffs(c.id);
        QCOMPARE(signOffs.size(), 1);
        QCOMPARE(signOffs[0].signedBytes(), approved.signOff->signedBytes());
        QCOMPARE(signOffs[0].signerName, leader->user.name);
        // The inspector's device checks it with the leader device's key, which the bureau passed on.
        QVERIFY(onInspector.signatureHolds(signOffs[0]));
        QCOMPARE(store::Cases(inspector->store()).caseById(c.id)->state, CaseState::Investigating);
    }

    void aServerKilledMidPushAppliesEveryMutationOnce() {
        auto device = deviceFor(Fixture::InspectorA);
        // What the first sync sent (its blocks of document numbers).
        const QSqlDatabase bureau = m_bureau->database->connection();
        const int sentBefore = scalar(bureau, u"SELECT count(*) FROM mutation_results"_s).toInt();
        const Subject subject = newSubject(u"宁江电镀厂"_s, u"91320100MA1XYW120K"_s);
        QVERIFY(store::Subjects(device->store()).create(device->user.id, subject));
        const Case c = newCase(*device, subject.id, u"临-2026-0001"_s, u"超标排放案"_s);
        QVERIFY(store::Cases(device->store()).create(device->user.id, c));
        const int records = 1500;
        store::CaseProcedure procedure(device->store());
        for (int i = 0; i < records; ++i) {
            CaseRecord record;
            record.caseId = c.id;
            record.kind = CaseRecordKind::Interference;
            record.onDate = QDate(2026, 11, 30);
            record.body = {{u"note"_s, u"来电说情 %1"_s.arg(i)}};
            QVERIFY(procedure.addRecord(device->user.id, record));
        }

        // The server dies once the first batch is answered, with the next one on its way; then it comes back
        // on the same port.
        const QMetaObject::Connection killer =
            QObject::connect(device->engine.get(), &sync::client::SyncEngine::progress,
                             [this, records](const sync::client::SyncProgress& progress) {
                                 if (progress.recordsToGo < records)
                                     m_server->kill();
                             });
        const SyncedDevice::Outcome cut = device->sync();
        QObject::disconnect(killer);
        QVERIFY(!cut.finished);
        QVERIFY(m_server->start());
        SyncedDevice::Outcome outcome;
        for (int attempt = 0; attempt < 3 && !outcome.finished; ++attempt)
            outcome = device->sync();
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));

        QCOMPARE(scalar(bureau, u"SELECT count(*) FROM entities WHERE type = 'case_record'"_s).toInt(),
                 records);
        QCOMPARE(scalar(bureau, u"SELECT count(*) FROM mutation_results"_s).toInt(),
                 sentBefore + records + 2);
        QCOMPARE(device->state().counts().pendingMutations, 0);

        // Every reply lost: the device sends it all again and the bureau answers from what it stored.
        const QString seqBefore = scalar(bureau, u"SELECT max(seq) FROM entities"_s);
        QSqlQuery resend(device->db());
        QVERIFY(resend.exec(u"UPDATE outbox SET state = 'sent'"_s));
        const SyncedDevice::Outcome again = device->sync();
        QVERIFY2(again.finished, qPrintable(again.error.message));
        QCOMPARE(again.summary.rejected, 0);
        QCOMPARE(scalar(bureau, u"SELECT max(seq) FROM entities"_s), seqBefore);
        QCOMPARE(scalar(bureau, u"SELECT count(*) FROM entities WHERE type = 'case_record'"_s).toInt(),
                 records);
    }

    void anInspectorsSignOffIsRefusedAndOtherUnitsSeeNothing() {
        auto inspector = deviceFor(Fixture::InspectorA);
        const Subject subject = newSubject(u"宁江造纸厂"_s, u"91320100MA1ABCDE0C"_s);
        QVERIFY(store::Subjects(inspector->store()).create(inspector->user.id, subject));
        const Case c = newCase(*inspector, subject.id, u"临-2026-0002"_s, u"未批先建案"_s);
        QVERIFY(store::Cases(inspector->store()).create(inspector->user.id, c));
        // A device that skipped its own role check: the bureau is the one that refuses.
        store::Action signOff{u"sign_off.add"_s,
                              u"sign_off"_s,
                              Uuid7::create(),
                              0,
                              {{u"case_id"_s, {}, Uuid7::toText(c.id)}, {u"state_sha256"_s, {}, u"00"_s}},
                              {}};
        QVERIFY(inspector->store().perform(inspector->user.id, signOff,
                                           [](QSqlDatabase&) { return store::StoreResult(); }));
        const SyncedDevice::Outcome outcome = inspector->sync();
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message));
        QCOMPARE(outcome.summary.rejected, 1);
        const QList<MutationResult> rejected = inspector->state().rejectedResults();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().code, QLatin1String(errors::Forbidden));
        QVERIFY(atBureau(u"sign_off"_s, signOff.entityId).isEmpty());

        auto otherUnit = deviceFor(Fixture::InspectorB);
        QVERIFY(otherUnit->sync().finished);
        QVERIFY(store::Subjects(otherUnit->store()).subject(subject.id)); // the directory is shared
        QVERIFY(!store::Cases(otherUnit->store()).caseById(c.id));        // the case is not
    }

    void aRevokedDeviceStopsAndKeepsItsOwnWork() {
        auto device = deviceFor(Fixture::InspectorA);
        QVERIFY(device->sync().finished);
        const QString deviceId = device->state().value(QLatin1String(store::syncKeys::DeviceIdAtBureau));
        const ServerProcess::Run revoked = m_server->admin({u"device"_s, u"revoke"_s, deviceId});
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());

        const Subject unsent = newSubject(u"宁江水泥厂"_s, u"91320100MA1ABCDE0C"_s);
        QVERIFY(store::Subjects(device->store()).create(device->user.id, unsent));
        const SyncedDevice::Outcome outcome = device->sync();
        QVERIFY(!outcome.finished);
        QVERIFY(outcome.revoked);
        QCOMPARE(device->state().counts().pendingMutations, 1);

        QSignalSpy removed(device->engine.get(), &client::SyncEngine::syncedDataRemoved);
        device->engine->removeSyncedData();
        QVERIFY(!removed.isEmpty() || removed.wait(5000));
        QVERIFY(removed.first().at(0).toBool());
        QVERIFY(store::Subjects(device->store()).subject(unsent.id)); // its own work stays
        QVERIFY(device->state().value(QLatin1String(store::syncKeys::CertificatePin)).isEmpty());
        QVERIFY(store::AuditLog(device->db()).verify(device->store().deviceId()).isIntact());
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "TestSyncEndToEnd.moc"
