// Interview records in the store: a draft is saved and updated (one outbox mutation and one audit event
// each), confirming it is refused with every missing item named, and a confirmed record is frozen both for
// the API and for raw SQL (the triggers). The case's procedure facts count the record's certified officers.
#include "Accounts.h"
#include "CaseProcedure.h"
#include "Cases.h"
#include "Interviews.h"
#include "Signatures.h"
#include "Subjects.h"
#include "TempProfile.h"
#include "Uuid7.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace fieldcase;
using namespace fieldcase::store;

class TestInterviews : public QObject {
    Q_OBJECT

    std::unique_ptr<TempProfile> m_profile;
    User m_inspector;
    User m_partner;
    User m_uncertified;
    QUuid m_caseId;

    int count(const QString& table) { return countRows(m_profile->db(), table); }

    static OfficerPresence presence(const User& user) { return {user.id, user.name, user.certificateNumber}; }

    Interview draft() {
        Interview interview;
        interview.caseId = m_caseId;
        interview.startedAt = QDateTime::currentDateTimeUtc().addSecs(-1800);
        interview.place = QStringLiteral("东方化工有限公司会议室");
        interview.interviewee = {QStringLiteral("王经理"),
                                 QStringLiteral("男"),
                                 QStringLiteral("320102198001011234"),
                                 QStringLiteral("东方化工有限公司"),
                                 QStringLiteral("环保负责人"),
                                 QStringLiteral("13800000000"),
                                 QStringLiteral("员工"),
                                 QStringLiteral("不申请")};
        interview.officers = {presence(m_inspector)};
        interview.recorder = m_inspector.name;
        interview.exchanges = {
            {QStringLiteral("废水处理设施何时停运？"), QStringLiteral("三月十日起停运。")}};
        return interview;
    }

    void sign(const QUuid& interviewId, bool refuse = false) {
        SignatureRecord signature;
        signature.caseId = m_caseId;
        signature.entityType = Interviews::entityType();
        signature.entityId = interviewId;
        signature.place = Interviews::intervieweePlace();
        signature.signerName = QStringLiteral("王经理");
        if (refuse) {
            signature.refused = true;
            signature.witnessName = QStringLiteral("李村长");
        } else {
            signature.png = QByteArray("\x89PNG\r\n\x1a\nnot really an image", 27);
        }
        const StoreResult added = Signatures(m_profile->store()).add(m_inspector.id, signature);
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }

private slots:
    void init() {
        m_profile = std::make_unique<TempProfile>();
        m_inspector = {Uuid7::create(), QStringLiteral("zhangwei"),    QStringLiteral("张伟"),
                       Role::Inspector, QStringLiteral("32011520001"), {}};
        m_partner = {Uuid7::create(), QStringLiteral("zhaoqiang"),   QStringLiteral("赵强"),
                     Role::Inspector, QStringLiteral("32011520005"), {}};
        m_uncertified = {
            Uuid7::create(), QStringLiteral("sunli"), QStringLiteral("孙丽"), Role::Inspector, {}, {}};
        Accounts accounts(m_profile->store());
        for (const User& user : {m_inspector, m_partner, m_uncertified})
            QVERIFY(accounts.createUser({}, user, QStringLiteral("现场执法2026!")));
        Subject subject;
        subject.id = Uuid7::create();
        subject.name = QStringLiteral("东方化工有限公司");
        subject.creditCode = QStringLiteral("91350100M000100Y43");
        QVERIFY(Subjects(m_profile->store()).create({}, subject));
        Case theCase;
        theCase.id = Uuid7::create();
        theCase.provisionalLabel = QStringLiteral("临-2026-0001");
        theCase.subjectId = subject.id;
        theCase.cause = QStringLiteral("超标排放水污染物案");
        theCase.state = CaseState::Investigating;
        theCase.leadOfficerId = m_inspector.id;
        theCase.openedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(Cases(m_profile->store()).create({}, theCase));
        m_caseId = theCase.id;
    }
    void cleanup() { m_profile.reset(); }

    void savingInsertsThenUpdatesTheDraft() {
        Interviews interviews(m_profile->store());
        const int outboxBefore = count(QStringLiteral("outbox"));
        const int auditBefore = count(QStringLiteral("audit_events"));
        Interview interview = draft();
        interview.exchanges.append({QStringLiteral("  "), QString()}); // an empty row is not kept
        const StoreResult saved = interviews.save(m_inspector.id, interview);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QVERIFY(!interview.id.isNull());
        QCOMPARE(interview.version, 1);
        QCOMPARE(count(QStringLiteral("interviews")), 1);
        QCOMPARE(count(QStringLiteral("outbox")), outboxBefore + 1);
        QCOMPARE(count(QStringLiteral("audit_events")), auditBefore + 1);

        std::optional<Interview> stored = interviews.byId(interview.id);
        QVERIFY(stored);
        QCOMPARE(stored->interviewee, draft().interviewee);
        QCOMPARE(stored->officers, QList<OfficerPresence>{presence(m_inspector)});
        QCOMPARE(stored->exchanges.size(), 1);
        QCOMPARE(stored->place, QStringLiteral("东方化工有限公司会议室"));
        QCOMPARE(stored->startedAt.toSecsSinceEpoch(), interview.startedAt.toSecsSinceEpoch());
        QVERIFY(!stored->isConfirmed());

        interview.officers.append(presence(m_partner));
        interview.exchanges.append({QStringLiteral("排放口在哪里？"), QStringLiteral("在厂区东侧。")});
        QVERIFY(interviews.save(m_inspector.id, interview));
        QCOMPARE(interview.version, 2);
        QCOMPARE(count(QStringLiteral("interviews")), 1);
        QCOMPARE(count(QStringLiteral("outbox")), outboxBefore + 2);
        stored = interviews.byId(interview.id);
        QCOMPARE(stored->exchanges.size(), 2);
        QCOMPARE(stored->officers.size(), 2);
        QCOMPARE(interviews.forCase(m_caseId).size(), 1);

        QSqlQuery query(m_profile->db());
        QVERIFY(query.exec(QStringLiteral("SELECT kind FROM outbox ORDER BY device_seq DESC LIMIT 1")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("interview.save"));

        // A copy read before the second save is stale: it does not overwrite the newer draft.
        Interview stale = interview;
        stale.version = 1;
        QVERIFY(!interviews.save(m_inspector.id, stale));
    }

    void savingIsRefusedWithoutCaseOrStart() {
        Interviews interviews(m_profile->store());
        Interview noStart = draft();
        noStart.startedAt = {};
        QVERIFY(!interviews.save(m_inspector.id, noStart));
        Interview noCase = draft();
        noCase.caseId = Uuid7::create();
        QVERIFY(!interviews.save(m_inspector.id, noCase));
        QCOMPARE(count(QStringLiteral("interviews")), 0);
    }

    void confirmingListsEveryMissingItem() {
        Interviews interviews(m_profile->store());
        Interview interview = draft();
        interview.interviewee.name.clear();
        interview.exchanges.clear();
        interview.officers.append(presence(m_uncertified)); // no certificate: not counted
        QVERIFY(interviews.save(m_inspector.id, interview));
        const int outboxBefore = count(QStringLiteral("outbox"));
        const StoreResult refused = interviews.confirm(m_inspector.id, interview.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.message().split(QLatin1Char('\n')).size(), 4); // officers, name, exchange, signature
        QCOMPARE(count(QStringLiteral("outbox")), outboxBefore);
        QVERIFY(!interviews.byId(interview.id)->isConfirmed());

        interview.interviewee.name = QStringLiteral("王经理");
        interview.exchanges = draft().exchanges;
        interview.officers.append(presence(m_partner));
        QVERIFY(interviews.save(m_inspector.id, interview));
        QCOMPARE(interviews.missingForConfirmation(interview).size(), 1); // only the signature
        QVERIFY(!interviews.confirm(m_inspector.id, interview.id));
    }

    void aWitnessedRefusalIsEnoughToConfirm() {
        Interviews interviews(m_profile->store());
        Interview interview = draft();
        interview.officers.append(presence(m_partner));
        QVERIFY(interviews.save(m_inspector.id, interview));
        sign(interview.id, true);
        const StoreResult confirmed = interviews.confirm(m_inspector.id, interview.id);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.message()));
        QVERIFY(interviews.byId(interview.id)->isConfirmed());
    }

    void aConfirmedRecordIsFrozen() {
        Interviews interviews(m_profile->store());
        Interview interview = draft();
        interview.officers.append(presence(m_partner));
        QVERIFY(interviews.save(m_inspector.id, interview));
        sign(interview.id);
        const int outboxBefore = count(QStringLiteral("outbox"));
        const int auditBefore = count(QStringLiteral("audit_events"));
        const StoreResult confirmed = interviews.confirm(m_inspector.id, interview.id);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.message()));
        QCOMPARE(count(QStringLiteral("outbox")), outboxBefore + 1);
        QCOMPARE(count(QStringLiteral("audit_events")), auditBefore + 1);
        QSqlQuery query(m_profile->db());
        QVERIFY(query.exec(QStringLiteral("SELECT kind FROM outbox ORDER BY device_seq DESC LIMIT 1")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("interview.confirm"));
        query.finish();

        const Interview frozen = *interviews.byId(interview.id);
        QVERIFY(frozen.isConfirmed());
        QVERIFY(frozen.endedAt.isValid());

        // Through the API: refused with a message, nothing written.
        Interview changed = frozen;
        changed.exchanges.first().answer = QStringLiteral("从未停运。");
        const StoreResult refused = interviews.save(m_inspector.id, changed);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.message().isEmpty());
        QVERIFY(!interviews.confirm(m_inspector.id, interview.id));
        QCOMPARE(count(QStringLiteral("outbox")), outboxBefore + 1);

        // Through raw SQL: the triggers refuse it.
        QVERIFY(!query.exec(QStringLiteral("UPDATE interviews SET exchanges = '[]'")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE interviews SET confirmed_at = NULL")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM interviews")));
        QCOMPARE(interviews.byId(interview.id)->exchanges, frozen.exchanges);
        QVERIFY(interviews.byId(interview.id)->isConfirmed());
    }

    void factsCountTheCertifiedOfficersOfTheInterview() {
        Interviews interviews(m_profile->store());
        Interview interview = draft();
        interview.officers.append(presence(m_uncertified));
        QVERIFY(interviews.save(m_inspector.id, interview));
        auto interviewRecords = [this] {
            QList<procedure::RecordFacts> found;
            for (const procedure::RecordFacts& record :
                 CaseProcedure(m_profile->store()).facts(m_caseId, QDate::currentDate()).records) {
                if (record.kind == QLatin1String(procedure::InterviewRecord))
                    found.append(record);
            }
            return found;
        };
        QCOMPARE(interviewRecords().size(), 1);
        QCOMPARE(interviewRecords().first().certifiedOfficers, 1);

        interview.officers.append(presence(m_partner));
        QVERIFY(interviews.save(m_inspector.id, interview));
        QCOMPARE(interviewRecords().first().certifiedOfficers, 2);
    }
};

QTEST_GUILESS_MAIN(TestInterviews)
#include "TestInterviews.moc"
