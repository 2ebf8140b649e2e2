// The case procedure in the store: records that can never change, the facts the core's preconditions
// read, steps refused with every missing item named and nothing written, leaders' steps signed by the
// real device key (gnome-keyring) over the case's content and evidence hashes, a decided case frozen by
// the store itself, and site inspection records completed with two officers and the party's signature.
#include "Accounts.h"
#include "CaseProcedure.h"
#include "CaseSignOff.h"
#include "CheckIns.h"
#include "DeviceKey.h"
#include "EvidenceProfile.h"
#include "InkFixture.h"
#include "Signatures.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QSqlError>

using namespace fieldcase;
using namespace fieldcase::store;
using procedure::CaseAction;

namespace {

QStringList keys(const QList<procedure::Requirement>& requirements) {
    QStringList list;
    for (const procedure::Requirement& r : requirements)
        list.append(r.key);
    return list;
}

} // namespace

class TestCaseProcedure : public QObject {
    Q_OBJECT

    std::unique_ptr<EvidenceProfile> m_profile;
    User m_leader;
    User m_inspector;
    User m_partner;
    const QDate m_today{2026, 11, 29};

    User makeUser(const QString& login, const QString& name, Roles roles, const QString& certificate) {
        User user;
        user.id = Uuid7::create();
        user.login = login;
        user.name = name;
        user.roles = roles;
        user.certificateNumber = certificate;
        if (!Accounts(m_profile->store()).createUser({}, user, QStringLiteral("现场执法2026!")))
            qFatal("cannot create %s", qPrintable(login));
        return user;
    }

    void setState(CaseState state) {
        QSqlQuery query(m_profile->db());
        QVERIFY(query.exec(QStringLiteral("UPDATE cases SET state = '%1' WHERE id = '%2'")
                               .arg(enumKey(state), Uuid7::toText(m_profile->caseId))));
    }

    void addRecord(CaseRecordKind kind, const QDate& on, const QJsonObject& body = {}) {
        CaseRecord record;
        record.caseId = m_profile->caseId;
        record.kind = kind;
        record.onDate = on;
        record.body = body;
        QVERIFY(CaseProcedure(m_profile->store()).addRecord(m_inspector.id, record));
    }

    evidence::CaseSignOff signOffService() {
        return evidence::CaseSignOff(m_profile->service(), m_profile->evidence->deviceKey());
    }

private slots:
    void init() {
        m_profile = std::make_unique<EvidenceProfile>();
        QVERIFY(m_profile->evidence->canSign());
        m_leader = makeUser(QStringLiteral("lina"), QStringLiteral("李娜"),
                            Role::TeamLeader | Role::Inspector, QStringLiteral("32011520002"));
        m_inspector = makeUser(QStringLiteral("zhangwei"), QStringLiteral("张伟"), Role::Inspector,
                               QStringLiteral("32011520001"));
        m_partner = makeUser(QStringLiteral("zhaoqiang"), QStringLiteral("赵强"), Role::Inspector, QString());
    }

    void recordsAreNeverChanged() {
        addRecord(CaseRecordKind::Interference, m_today,
                  {{QLatin1String(record_keys::who), QStringLiteral("某局领导")},
                   {QLatin1String(record_keys::request), QStringLiteral("要求从轻处理")}});
        const QList<CaseRecord> records =
            CaseProcedure(m_profile->store()).records(m_profile->caseId, CaseRecordKind::Interference);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().body[QLatin1String(record_keys::request)].toString(),
                 QStringLiteral("要求从轻处理"));
        QSqlQuery query(m_profile->db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE case_records SET body = '{}'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM case_records")));
        QCOMPARE(countRows(m_profile->db(), QStringLiteral("case_records")), 1);
    }

    void factsComeFromTheRecords() {
        CaseProcedure procedure(m_profile->store());
        procedure::CaseFacts facts = procedure.facts(m_profile->caseId, m_today);
        QVERIFY(!facts.noticeServedOn.isValid());
        QVERIFY(!facts.defenceWaived && !facts.legalReviewDone && !facts.recusalDeclared);
        addRecord(CaseRecordKind::NoticeServed, m_today.addDays(-3));
        addRecord(CaseRecordKind::DefenceWaived, m_today.addDays(-2));
        addRecord(CaseRecordKind::LegalReview, m_today.addDays(-1));
        addRecord(CaseRecordKind::RecusalDeclared, m_today.addDays(-9));
        QVERIFY(m_profile->service()
                    .add(m_profile->makeFile(QStringLiteral("a.jpg"), "photo-a"),
                         m_profile->draftFor(m_profile->caseId))
                    .ok());
        facts = procedure.facts(m_profile->caseId, m_today);
        QCOMPARE(facts.noticeServedOn, m_today.addDays(-3));
        QVERIFY(facts.defenceWaived && facts.legalReviewDone && facts.recusalDeclared);
        QCOMPARE(facts.evidenceCount, 1);
        QCOMPARE(facts.unverifiedEvidence, 1); // only a re-hash proves an item

        addRecord(CaseRecordKind::ClockPaused, m_today.addDays(-5),
                  {{QLatin1String(record_keys::reason), QStringLiteral("testing")}});
        addRecord(CaseRecordKind::ClockResumed, m_today.addDays(-2));
        const procedure::ClockFacts clocks = procedure.clockFacts(m_profile->caseId);
        QCOMPARE(clocks.pauses.size(), 1);
        QCOMPARE(clocks.pauses.first().from, m_today.addDays(-5));
        QCOMPARE(clocks.pauses.first().to, m_today.addDays(-2));
    }

    void aRefusedStepNamesWhatIsMissingAndWritesNothing() {
        setState(CaseState::Investigating);
        const int outboxBefore = countRows(m_profile->db(), QStringLiteral("outbox"));
        const auto result = signOffService().apply(m_inspector.id, m_inspector.roles, m_profile->caseId,
                                                   CaseAction::SubmitReport, {}, {}, m_today);
        QVERIFY(!result.ok());
        const QStringList missing = keys(result.outcome.check.missing);
        QVERIFY2(missing.contains(QStringLiteral("recusal")), qPrintable(missing.join(u',')));
        QVERIFY2(missing.contains(QStringLiteral("evidence")), qPrintable(missing.join(u',')));
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(countRows(m_profile->db(), QStringLiteral("outbox")), outboxBefore);
        QCOMPARE(Cases(m_profile->store()).caseById(m_profile->caseId)->state, CaseState::Investigating);

        // An inspector cannot take a leader's step.
        setState(CaseState::OpeningApproval);
        const auto refused = signOffService().apply(m_inspector.id, m_inspector.roles, m_profile->caseId,
                                                    CaseAction::ApproveOpening, {}, {}, m_today);
        QVERIFY(!refused.ok());
        QVERIFY(refused.outcome.check.roleRefused);
        QCOMPARE(countRows(m_profile->db(), QStringLiteral("sign_offs")), 0);
    }

    void aLeadersDecisionIsSignedAndFreezesTheCase() {
        QVERIFY(m_profile->service()
                    .add(m_profile->makeFile(QStringLiteral("b.jpg"), "photo-b"),
                         m_profile->draftFor(m_profile->caseId))
                    .ok());
        setState(CaseState::Decision);
        addRecord(CaseRecordKind::NoticeServed, m_today.addDays(-10));
        const QString contentBefore = CaseProcedure(m_profile->store()).contentSha256(m_profile->caseId);

        const auto result =
            signOffService().apply(m_leader.id, m_leader.roles, m_profile->caseId, CaseAction::Decide,
                                   QStringLiteral("同意处罚"), {}, m_today);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QVERIFY(result.integrity.intact());
        QCOMPARE(result.integrity.checked, 1);
        QCOMPARE(Cases(m_profile->store()).caseById(m_profile->caseId)->state, CaseState::Service);

        CaseProcedure procedure(m_profile->store());
        const QList<SignOff> signOffs = procedure.signOffs(m_profile->caseId);
        QCOMPARE(signOffs.size(), 1);
        const SignOff& signOff = signOffs.first();
        QCOMPARE(signOff.action, QStringLiteral("decide"));
        QCOMPARE(signOff.signerName, QStringLiteral("李娜"));
        QCOMPARE(signOff.comment, QStringLiteral("同意处罚"));
        QCOMPARE(signOff.evidence.size(), 1);
        QCOMPARE(signOff.evidence.first()[QStringLiteral("sha256")].toString(),
                 m_profile->service().forCase(m_profile->caseId).first().sha256);
        QVERIFY(procedure.signatureHolds(signOff));
        // The state moved on, the signed content did not: the hash still matches what was signed.
        QCOMPARE(signOff.stateSha256, contentBefore);
        QCOMPARE(procedure.contentSha256(m_profile->caseId), contentBefore);
        // A changed comment no longer carries the device's signature.
        SignOff forged = signOff;
        forged.comment = QStringLiteral("不同意");
        QVERIFY(!procedure.signatureHolds(forged));

        // The store refuses changes to what was decided.
        QSqlQuery query(m_profile->db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE cases SET cause = '改' WHERE id = '%1'")
                                .arg(Uuid7::toText(m_profile->caseId))));
        QVERIFY(query.lastError().text().contains(QLatin1String("amendment")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE sign_offs SET comment = 'x'")));
    }

    void aDecisionWaitsForIntactEvidence() {
        QVERIFY(m_profile->service()
                    .add(m_profile->makeFile(QStringLiteral("c.jpg"), "photo-c"),
                         m_profile->draftFor(m_profile->caseId))
                    .ok());
        const EvidenceRecord record = m_profile->service().forCase(m_profile->caseId).first();
        QFile file(m_profile->evidence->vault().pathFor(record.sha256));
        file.setPermissions(file.permissions() | QFile::WriteOwner);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("tampered");
        file.close();
        setState(CaseState::Decision);
        addRecord(CaseRecordKind::NoticeServed, m_today.addDays(-10));
        const auto result = signOffService().apply(m_leader.id, m_leader.roles, m_profile->caseId,
                                                   CaseAction::Decide, {}, {}, m_today);
        QVERIFY(!result.ok());
        QCOMPARE(result.integrity.problems.size(), 1);
        QVERIFY(keys(result.outcome.check.missing).contains(QStringLiteral("unverified_evidence")));
        QCOMPARE(countRows(m_profile->db(), QStringLiteral("sign_offs")), 0);
        QCOMPARE(Cases(m_profile->store()).caseById(m_profile->caseId)->state, CaseState::Decision);
    }

    void recordsFollowRolesAndTheClock() {
        CaseProcedure procedure(m_profile->store());
        CaseRecord review;
        review.caseId = m_profile->caseId;
        review.kind = CaseRecordKind::LegalReview;
        review.onDate = m_today;
        QVERIFY(!procedure.record(m_inspector.id, m_inspector.roles, review)); // the legal reviewer's
        CaseRecord resume = review;
        resume.kind = CaseRecordKind::ClockResumed;
        QVERIFY(!procedure.record(m_inspector.id, m_inspector.roles, resume)); // nothing is paused
        CaseRecord pause = resume;
        pause.kind = CaseRecordKind::ClockPaused;
        QVERIFY(procedure.record(m_inspector.id, m_inspector.roles, pause));
        QVERIFY(!procedure.record(m_inspector.id, m_inspector.roles, pause)); // already paused
        resume.onDate = m_today.addDays(-1);
        QVERIFY(!procedure.record(m_inspector.id, m_inspector.roles, resume)); // before the pause
        resume.onDate = m_today.addDays(4);
        QVERIFY(procedure.record(m_inspector.id, m_inspector.roles, resume));

        // Two 30-day extensions at most, the second after a collective discussion; only a leader approves.
        CaseRecord extension = review;
        extension.kind = CaseRecordKind::DecisionExtended;
        QVERIFY(!procedure.record(m_inspector.id, m_inspector.roles, extension));
        QVERIFY(procedure.record(m_leader.id, m_leader.roles, extension));
        QVERIFY(!procedure.record(m_leader.id, m_leader.roles, extension));
        CaseRecord discussion = review;
        discussion.kind = CaseRecordKind::CollectiveDiscussion;
        QVERIFY(procedure.record(m_leader.id, m_leader.roles, discussion));
        QVERIFY(procedure.record(m_leader.id, m_leader.roles, extension));
        QVERIFY(!procedure.record(m_leader.id, m_leader.roles, extension));
        QCOMPARE(procedure.clockFacts(m_profile->caseId).decisionExtensions, 2);
    }

    void theIntendedPenaltyDecidesTheReviews() {
        CaseProcedure procedure(m_profile->store());
        QVERIFY(!procedure::legalReviewRequired(procedure.facts(m_profile->caseId, m_today), {}));
        addRecord(CaseRecordKind::IntendedPenalty, m_today,
                  {{QLatin1String(record_keys::penaltyKinds), QJsonArray{QStringLiteral("warning")}}});
        addRecord(CaseRecordKind::IntendedPenalty, m_today,
                  {{QLatin1String(record_keys::penaltyKinds),
                    QJsonArray{QLatin1String(procedure::penalty::SuspendProduction)}}});
        // The latest statement counts; suspending production needs legal review and gives a hearing.
        const procedure::CaseFacts facts = procedure.facts(m_profile->caseId, m_today);
        QCOMPARE(facts.penaltyKinds, QStringList{QLatin1String(procedure::penalty::SuspendProduction)});
        QVERIFY(procedure::legalReviewRequired(facts, {}));
        QVERIFY(procedure::hearingAvailable(facts, {}));
    }

    void measuresRunTheirClocks() {
        CaseProcedure procedure(m_profile->store());
        const auto add = [&](CaseRecordKind kind, const QDate& on, const User& by) {
            CaseRecord record;
            record.caseId = m_profile->caseId;
            record.kind = kind;
            record.onDate = on;
            return procedure.record(by.id, by.roles, record);
        };
        QVERIFY(add(CaseRecordKind::CorrectionOrderServed, QDate(2026, 11, 10), m_inspector));
        QVERIFY(add(CaseRecordKind::SealUpDecided, QDate(2026, 11, 20), m_inspector));
        QVERIFY(!add(CaseRecordKind::SealUpExtended, m_today, m_inspector)); // a leader approves it
        QVERIFY(add(CaseRecordKind::SealUpExtended, m_today, m_leader));
        QVERIFY(!add(CaseRecordKind::SealUpExtended, m_today, m_leader)); // once only
        const procedure::ClockFacts clocks = procedure.clockFacts(m_profile->caseId);
        QCOMPARE(clocks.correctionOrderServed, QDate(2026, 11, 10));
        QCOMPARE(clocks.sealUpDecided, QDate(2026, 11, 20));
        QCOMPARE(clocks.sealUpExtensions, 1);
        QStringList keys;
        for (const procedure::Deadline& deadline : procedure::caseDeadlines(clocks, m_today, {}))
            keys << deadline.key;
        QVERIFY2(keys.contains(QLatin1String(procedure::clocks::Reinspection)), qPrintable(keys.join(u',')));
        QVERIFY2(keys.contains(QLatin1String(procedure::clocks::SealUp)), qPrintable(keys.join(u',')));
    }

    void anAmendmentNeedsItsOwnSignOff() {
        CaseProcedure procedure(m_profile->store());
        CaseRecord amendment;
        amendment.caseId = m_profile->caseId;
        amendment.kind = CaseRecordKind::Amendment;
        amendment.onDate = m_today;
        amendment.body = {{QLatin1String(record_keys::corrects), QStringLiteral("违法行为开始日期")},
                          {QLatin1String(record_keys::correction), QStringLiteral("2026-03-02")},
                          {QLatin1String(record_keys::comment), QStringLiteral("笔误")}};
        QVERIFY(procedure.record(m_inspector.id, m_inspector.roles, amendment));
        const QList<CaseRecord> pending = procedure.pendingAmendments(m_profile->caseId);
        QCOMPARE(pending.size(), 1);
        const security::DeviceKey* key = m_profile->evidence->deviceKey();
        const Signer signer = [key](const QByteArray& bytes) { return key->sign(bytes); };
        QVERIFY(!procedure.signAmendment(m_inspector.id, m_inspector.roles, m_profile->caseId,
                                         pending.first().id, {}, signer));
        QVERIFY(!procedure.signAmendment(m_leader.id, m_leader.roles, m_profile->caseId, pending.first().id,
                                         {}, {}));
        QVERIFY(procedure.signAmendment(m_leader.id, m_leader.roles, m_profile->caseId, pending.first().id,
                                        QStringLiteral("同意更正"), signer));
        QVERIFY(procedure.pendingAmendments(m_profile->caseId).isEmpty());
        const SignOff signOff = procedure.signOffs(m_profile->caseId).last();
        QCOMPARE(signOff.amendmentId, pending.first().id);
        QVERIFY(procedure.signatureHolds(signOff));
        QVERIFY(!procedure.signAmendment(m_leader.id, m_leader.roles, m_profile->caseId, pending.first().id,
                                         {}, signer));
    }

    void anInspectionNeedsTwoCertifiedOfficersAndTheParty() {
        // A task for the inspector and a partner without a certificate, started with a check-in.
        InspectionTask task;
        task.id = Uuid7::create();
        task.subjectId = Cases(m_profile->store()).caseById(m_profile->caseId)->subjectId;
        task.officerIds = {m_inspector.id, m_partner.id};
        task.dueDate = m_today;
        QVERIFY(Tasks(m_profile->store()).create({}, task));
        Inspections inspections(m_profile->store());
        QVERIFY(inspections.startWithCheckIn(m_inspector.id, task.id, {}, 500));
        const Inspection started = *inspections.ofTask(task.id);

        Inspections::Conclusion conclusion;
        conclusion.findings = QStringLiteral("废水总排口pH超标");
        conclusion.outcome = InspectionOutcome::OpenCase;
        conclusion.recusalDeclared = true;
        conclusion.caseCause = QStringLiteral("超标排放水污染物案");
        auto completed = inspections.complete(m_inspector.id, started.id, conclusion);
        QVERIFY(!completed.ok());
        const QStringList missing = keys(completed.missing);
        QVERIFY2(missing.contains(QStringLiteral("officers")), qPrintable(missing.join(u',')));
        QVERIFY(missing.contains(QStringLiteral("party_signature")));
        QCOMPARE(inspections.byId(started.id)->outcome, InspectionOutcome::Pending);

        // The partner's certificate is entered; the inspection's officers were copied at the start, so
        // the record is fixed by adding the leader as the second certified officer.
        QSqlQuery query(m_profile->db());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO inspection_officers VALUES ('%1', '%2', '李娜', '32011520002')")
                .arg(Uuid7::toText(started.id), Uuid7::toText(m_leader.id))));
        SignatureRecord party;
        party.entityType = QStringLiteral("inspection");
        party.entityId = started.id;
        party.place = QStringLiteral("party");
        party.signerName = QStringLiteral("王经理");
        party.png = inkPng();
        party.sha256 = QStringLiteral("0000"); // a hash that does not match the image is refused
        QVERIFY(!Signatures(m_profile->store()).add(m_inspector.id, party));
        party.sha256.clear();
        QVERIFY(Signatures(m_profile->store()).add(m_inspector.id, party));
        QCOMPARE(Signatures(m_profile->store()).forEntity(started.id).first().sha256.size(), 64);

        completed = inspections.complete(m_inspector.id, started.id, conclusion);
        QVERIFY2(completed.ok(), qPrintable(completed.result.message()));
        const std::optional<Case> lead = Cases(m_profile->store()).caseById(completed.caseId);
        QVERIFY(lead);
        QCOMPARE(lead->state, CaseState::Lead);
        QCOMPARE(lead->cause, QStringLiteral("超标排放水污染物案"));
        QCOMPARE(Tasks(m_profile->store()).task(task.id)->state, TaskState::Completed);
        const procedure::CaseFacts facts = CaseProcedure(m_profile->store()).facts(lead->id, m_today);
        QCOMPARE(facts.records.size(), 1);
        QCOMPARE(facts.records.first().certifiedOfficers, 2);
        QVERIFY(facts.recusalDeclared);
        // Completed once: a second completion is refused.
        QVERIFY(!inspections.complete(m_inspector.id, started.id, conclusion).ok());
    }
};

QTEST_GUILESS_MAIN(TestCaseProcedure)
#include "TestCaseProcedure.moc"
