// The case procedure state machine: who may take each action from which state, where it leads, and every
// precondition present and missing. The expected tables here are written out from the brief and the domain
// notes, not derived from the code under test, so a change to a role, a source state or a target fails here.
#include "procedure/Procedure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::procedure;

Q_DECLARE_METATYPE(fieldcase::CaseState)
Q_DECLARE_METATYPE(fieldcase::procedure::CaseAction)
Q_DECLARE_METATYPE(fieldcase::Roles)

// Readable QCOMPARE failures: states and actions by their keys.
namespace fieldcase {
char* toString(const CaseState& state) {
    return qstrdup(qPrintable(enumKey(state)));
}
namespace procedure {
char* toString(const CaseAction& action) {
    return qstrdup(qPrintable(enumKey(action)));
}
} // namespace procedure
} // namespace fieldcase

namespace {

using S = CaseState;
using A = CaseAction;

// One row of the procedure as the brief states it.
struct Expected {
    CaseAction action;
    const char* key;
    Role role;
    QList<CaseState> from;
    CaseState target; // with readyFacts(): a small fine, no hearing, so review steps lead to the decision
    bool comment;
};

QList<CaseState> unfinishedStates() {
    QList<CaseState> states;
    for (CaseState state : enumValues<CaseState>()) {
        if (state != S::Closed && state != S::Archived && state != S::Withdrawn)
            states << state;
    }
    return states;
}

const QList<Expected>& table() {
    static const QList<Expected> rows = {
        {A::SubmitForOpening, "submit_for_opening", Role::Inspector, {S::Lead}, S::OpeningApproval, false},
        {A::ApproveOpening,
         "approve_opening",
         Role::TeamLeader,
         {S::OpeningApproval},
         S::Investigating,
         false},
        {A::ReturnLead, "return_lead", Role::TeamLeader, {S::OpeningApproval}, S::Lead, true},
        {A::SubmitReport, "submit_report", Role::Inspector, {S::Investigating}, S::CaseReview, false},
        {A::ReturnForInvestigation,
         "return_for_investigation",
         Role::TeamLeader,
         {S::CaseReview},
         S::Investigating,
         true},
        {A::IssueAdvanceNotice,
         "issue_advance_notice",
         Role::TeamLeader,
         {S::CaseReview},
         S::AdvanceNotice,
         false},
        {A::DecideNoPenalty, "decide_no_penalty", Role::TeamLeader, {S::CaseReview}, S::NoPenalty, false},
        {A::Transfer, "transfer", Role::TeamLeader, {S::Investigating, S::CaseReview}, S::Transferred, false},
        {A::RequestHearing, "request_hearing", Role::Inspector, {S::AdvanceNotice}, S::Hearing, false},
        {A::CloseDefence, "close_defence", Role::Inspector, {S::AdvanceNotice}, S::Decision, false},
        // readyFacts(FinishHearing) has the hearing held, which sends the case to legal review.
        {A::FinishHearing, "finish_hearing", Role::Inspector, {S::Hearing}, S::LegalReview, false},
        {A::CompleteLegalReview,
         "complete_legal_review",
         Role::LegalReviewer,
         {S::LegalReview},
         S::Decision,
         false},
        {A::CompleteCollectiveDiscussion,
         "complete_collective_discussion",
         Role::TeamLeader,
         {S::CollectiveDiscussion},
         S::Decision,
         false},
        {A::Decide, "decide", Role::TeamLeader, {S::Decision}, S::Service, false},
        {A::RecordService, "record_service", Role::Inspector, {S::Service}, S::Execution, false},
        {A::CompleteExecution,
         "complete_execution",
         Role::Inspector,
         {S::Execution},
         S::ClosingApproval,
         false},
        {A::SubmitForClosing,
         "submit_for_closing",
         Role::Inspector,
         {S::NoPenalty, S::Transferred},
         S::ClosingApproval,
         false},
        {A::ApproveClosing, "approve_closing", Role::TeamLeader, {S::ClosingApproval}, S::Closed, false},
        {A::Archive, "archive", Role::EvidenceClerk, {S::Closed}, S::Archived, false},
        {A::Withdraw, "withdraw", Role::TeamLeader, unfinishedStates(), S::Withdrawn, true},
    };
    return rows;
}

const Expected& expected(CaseAction action) {
    for (const Expected& row : table()) {
        if (row.action == action)
            return row;
    }
    qFatal("action missing from the test table");
    return table().first();
}

const QDate Served(2026, 3, 2); // the windows end on 2026-03-07

// A case in `state` where every precondition of every action holds: two certified officers on each record,
// recusal declared, a saved discretion result for a small fine (no hearing, no legal review), the notice
// served and both windows passed, evidence verified, execution done.
CaseFacts completeFacts(CaseState state) {
    CaseFacts f;
    f.state = state;
    f.records = {{QStringLiteral("site_inspection"), QStringLiteral("Site 1"), 2},
                 {QStringLiteral("interview"), QStringLiteral("Interview 1"), 3},
                 {QStringLiteral("sampling"), QStringLiteral("Sampling 1"), 1}};
    f.recusalDeclared = true;
    f.violations = 1;
    f.discretionSaved = true;
    f.intendedFine = 50000;
    f.noticeServedOn = Served;
    f.evidenceCount = 4;
    f.serviceRecorded = true;
    f.executionDone = true;
    f.today = QDate(2026, 3, 10);
    f.comment = QStringLiteral("The party's address is wrong.");
    return f;
}

// completeFacts() in the action's first source state, adjusted so the action itself is possible.
CaseFacts readyFacts(CaseAction action) {
    CaseFacts f = completeFacts(expected(action).from.first());
    if (action == A::RequestHearing) {
        f.intendedFine = 200000; // exactly the organisation threshold
        f.today = Served.addDays(5);
    } else if (action == A::FinishHearing) {
        f.hearingRequested = true;
        f.hearingHeld = true;
    } else if (action == A::CompleteLegalReview) {
        f.legalReviewDone = true; // the opinion is recorded before the review is completed
    } else if (action == A::CompleteCollectiveDiscussion) {
        f.collectiveDiscussionDone = true;
    }
    return f;
}

QStringList keysOf(const QList<Requirement>& missing) {
    QStringList keys;
    for (const Requirement& r : missing)
        keys << r.key;
    return keys;
}

QStringList keysOf(const TransitionCheck& c) {
    return keysOf(c.missing);
}

const ProcedureSettings Defaults;

TransitionCheck checkAs(CaseAction action, const CaseFacts& facts, const ProcedureSettings& s = Defaults) {
    return check(action, expected(action).role, facts, s);
}

QString describe(const TransitionCheck& c) {
    return keysOf(c).join(QLatin1Char(',')) + QStringLiteral(" | ") +
           c.messages().join(QStringLiteral(" | "));
}

} // namespace

class TestProcedure : public QObject {
    Q_OBJECT

private slots:
    void closingAReviewNeedsItsWrittenRecord() {
        const struct {
            CaseAction action;
            const char* key;
            bool CaseFacts::*fact;
        } cases[] = {{A::CompleteLegalReview, keys::LegalReviewOpinion, &CaseFacts::legalReviewDone},
                     {A::CompleteCollectiveDiscussion, keys::CollectiveDiscussionRecord,
                      &CaseFacts::collectiveDiscussionDone},
                     {A::RecordService, keys::ServiceRecord, &CaseFacts::serviceRecorded}};
        for (const auto& c : cases) {
            CaseFacts f = readyFacts(c.action);
            QVERIFY2(checkAs(c.action, f).allowed(), c.key);
            f.*(c.fact) = false;
            QCOMPARE(keysOf(checkAs(c.action, f)), QStringList{QString::fromLatin1(c.key)});
        }
    }

    // --- states and actions as data ------------------------------------------------------------------

    void caseStatesKeepTheirKeysInProcedureOrder() {
        QStringList keys;
        for (CaseState state : enumValues<CaseState>())
            keys << enumKey(state);
        QCOMPARE(keys, QStringList({"lead", "opening_approval", "investigating", "case_review",
                                    "advance_notice", "hearing", "legal_review", "collective_discussion",
                                    "decision", "service", "execution", "closing_approval", "closed",
                                    "archived", "no_penalty", "transferred", "withdrawn"}));
        for (CaseState state : enumValues<CaseState>()) {
            QVERIFY(!enumDisplayName(state).isEmpty());
            QVERIFY(enumFromKey<CaseState>(enumKey(state)) == state);
        }
        // The main line in order: the demo walks it value by value.
        QVERIFY(S::CaseReview < S::AdvanceNotice && S::AdvanceNotice < S::Hearing &&
                S::Hearing < S::LegalReview);
        QVERIFY(S::LegalReview < S::CollectiveDiscussion && S::CollectiveDiscussion < S::Decision);
        QVERIFY(S::Decision < S::Service && S::Service < S::Execution && S::Execution < S::ClosingApproval);
    }

    void leaderQueueAndArchive() {
        QList<CaseState> leader;
        QList<CaseState> finished;
        for (CaseState state : enumValues<CaseState>()) {
            if (needsLeaderDecision(state))
                leader << state;
            if (isFinished(state))
                finished << state;
        }
        QCOMPARE(leader, QList<CaseState>({S::OpeningApproval, S::CaseReview, S::CollectiveDiscussion,
                                           S::Decision, S::ClosingApproval}));
        QCOMPARE(finished, QList<CaseState>({S::Closed, S::Archived, S::Withdrawn}));
    }

    void actionKeysAreStable() {
        QStringList keys;
        for (CaseAction action : enumValues<CaseAction>()) {
            keys << enumKey(action);
            QVERIFY(!enumDisplayName(action).isEmpty());
        }
        QStringList expectedKeys;
        for (const Expected& row : table())
            expectedKeys << QString::fromLatin1(row.key);
        QCOMPARE(keys, expectedKeys);
        QVERIFY(enumFromKey<CaseAction>(u"close_defence") == A::CloseDefence);
        QVERIFY(!enumFromKey<CaseAction>(u"close_defense"));
    }

    void rolesSourcesAndComments() {
        for (const Expected& row : table()) {
            QCOMPARE(rolesFor(row.action), Roles(row.role));
            QCOMPARE(sourceStates(row.action), row.from);
            QCOMPARE(needsComment(row.action), row.comment);
        }
    }

    void actionsFromEachState() {
        for (CaseState state : enumValues<CaseState>()) {
            QList<CaseAction> want;
            for (const Expected& row : table()) {
                if (row.from.contains(state))
                    want << row.action;
            }
            QCOMPARE(actionsFrom(state), want);
        }
        // Spelled out for the busiest states.
        QCOMPARE(actionsFrom(S::CaseReview),
                 QList<CaseAction>({A::ReturnForInvestigation, A::IssueAdvanceNotice, A::DecideNoPenalty,
                                    A::Transfer, A::Withdraw}));
        QCOMPARE(actionsFrom(S::Closed), QList<CaseAction>({A::Archive}));
        QCOMPARE(actionsFrom(S::Archived), QList<CaseAction>());
        QCOMPARE(actionsFrom(S::Withdrawn), QList<CaseAction>());
    }

    void actionsForRoles() {
        QCOMPARE(actionsFor(S::CaseReview, Role::Inspector), QList<CaseAction>());
        QCOMPARE(actionsFor(S::CaseReview, Role::TeamLeader),
                 QList<CaseAction>({A::ReturnForInvestigation, A::IssueAdvanceNotice, A::DecideNoPenalty,
                                    A::Transfer, A::Withdraw}));
        QCOMPARE(actionsFor(S::Investigating, Role::Inspector), QList<CaseAction>({A::SubmitReport}));
        QCOMPARE(actionsFor(S::Investigating, Role::Inspector | Role::TeamLeader),
                 QList<CaseAction>({A::SubmitReport, A::Transfer, A::Withdraw}));
        QCOMPARE(actionsFor(S::LegalReview, Role::LegalReviewer),
                 QList<CaseAction>({A::CompleteLegalReview}));
        QCOMPARE(actionsFor(S::Closed, Role::EvidenceClerk), QList<CaseAction>({A::Archive}));
        // The administrator has no procedure rights anywhere.
        for (CaseState state : enumValues<CaseState>())
            QCOMPARE(actionsFor(state, Role::Admin), QList<CaseAction>());
    }

    // --- every action for every role ----------------------------------------------------------------

    void everyActionForEveryRole_data() {
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<Roles>("roles");
        QTest::addColumn<bool>("allowed");
        const QList<QPair<const char*, Roles>> people = {
            {"inspector", Role::Inspector},
            {"team_leader", Role::TeamLeader},
            {"legal_reviewer", Role::LegalReviewer},
            {"evidence_clerk", Role::EvidenceClerk},
            {"admin", Role::Admin},
            {"inspector+team_leader", Role::Inspector | Role::TeamLeader},
            {"no_role", Roles()},
        };
        for (const Expected& row : table()) {
            for (const auto& [name, roles] : people) {
                QTest::addRow("%s/%s", row.key, name) << row.action << roles << roles.testFlag(row.role);
            }
        }
    }

    void everyActionForEveryRole() {
        QFETCH(CaseAction, action);
        QFETCH(Roles, roles);
        QFETCH(bool, allowed);
        const TransitionCheck c = check(action, roles, readyFacts(action), Defaults);
        QVERIFY2(c.allowed() == allowed, qPrintable(describe(c)));
        QCOMPARE(c.roleRefused, !allowed);
        QCOMPARE(c.target, expected(action).target);
        if (allowed) {
            QCOMPARE(keysOf(c), QStringList());
        } else {
            // Only the role stands in the way, and the message names the role that may.
            QCOMPARE(keysOf(c), QStringList({"role"}));
            QVERIFY2(c.missing.first().message.contains(enumDisplayName(expected(action).role)),
                     qPrintable(c.missing.first().message));
            QVERIFY2(c.missing.first().message.contains(enumDisplayName(action)),
                     qPrintable(c.missing.first().message));
        }
    }

    void everyActionFromEveryWrongState_data() {
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<CaseState>("state");
        for (const Expected& row : table()) {
            for (CaseState state : enumValues<CaseState>()) {
                if (!row.from.contains(state))
                    QTest::addRow("%s/%s", row.key, qPrintable(enumKey(state))) << row.action << state;
            }
        }
    }

    void everyActionFromEveryWrongState() {
        QFETCH(CaseAction, action);
        QFETCH(CaseState, state);
        CaseFacts facts = readyFacts(action);
        facts.state = state;
        const TransitionCheck c = checkAs(action, facts);
        QVERIFY(!c.allowed());
        QVERIFY(!c.roleRefused);
        // Only the state: preconditions of a step the case cannot take are not listed.
        QCOMPARE(keysOf(c), QStringList({"state"}));
        QVERIFY2(c.missing.first().message.contains(enumDisplayName(state)),
                 qPrintable(c.missing.first().message));
    }

    void wrongRoleAndWrongStateTogether() {
        CaseFacts facts = completeFacts(S::Lead);
        const TransitionCheck c = check(A::Decide, Role::Admin, facts, Defaults);
        QVERIFY(c.roleRefused);
        QCOMPARE(keysOf(c), QStringList({"role", "state"}));
        QCOMPARE(c.missing[0].message, QStringLiteral("“Sign the decision” is for the role: Team leader."));
        QCOMPARE(c.missing[1].message, QStringLiteral("The case is in the state “Lead registered”; “Sign the "
                                                      "decision” is possible only in: Awaiting decision."));
    }

    void withdrawFromEveryUnfinishedState() {
        for (CaseState state : enumValues<CaseState>()) {
            CaseFacts facts = completeFacts(state);
            const TransitionCheck c = check(A::Withdraw, Role::TeamLeader, facts, Defaults);
            const bool finished = state == S::Closed || state == S::Archived || state == S::Withdrawn;
            QVERIFY2(c.allowed() == !finished, qPrintable(enumKey(state) + QLatin1Char(' ') + describe(c)));
            QCOMPARE(c.target, S::Withdrawn);
        }
    }

    // --- comments -----------------------------------------------------------------------------------

    void returnsAndWithdrawalNeedAComment_data() {
        QTest::addColumn<CaseAction>("action");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<bool>("allowed");
        for (CaseAction action : {A::ReturnLead, A::ReturnForInvestigation, A::Withdraw}) {
            const QByteArray key = enumKey(action).toLatin1();
            QTest::addRow("%s/empty", key.constData()) << action << QString() << false;
            QTest::addRow("%s/blank", key.constData()) << action << QStringLiteral(" \n\t ") << false;
            QTest::addRow("%s/written", key.constData()) << action << QStringLiteral("补充调查取证") << true;
        }
        // Other actions do not ask for one.
        QTest::newRow("approve_opening/empty") << A::ApproveOpening << QString() << true;
        QTest::newRow("decide/empty") << A::Decide << QString() << true;
    }

    void returnsAndWithdrawalNeedAComment() {
        QFETCH(CaseAction, action);
        QFETCH(QString, comment);
        QFETCH(bool, allowed);
        CaseFacts facts = readyFacts(action);
        facts.comment = comment;
        const TransitionCheck c = checkAs(action, facts);
        QCOMPARE(keysOf(c), allowed ? QStringList() : QStringList({"comment"}));
    }

    // --- preconditions ------------------------------------------------------------------------------

    void submitReportPreconditions() {
        const CaseFacts ready = readyFacts(A::SubmitReport);
        QCOMPARE(keysOf(checkAs(A::SubmitReport, ready)), QStringList());

        CaseFacts f = ready;
        f.records.clear();
        QCOMPARE(keysOf(checkAs(A::SubmitReport, f)), QStringList({"records"}));

        f = ready;
        f.recusalDeclared = false;
        QCOMPARE(keysOf(checkAs(A::SubmitReport, f)), QStringList({"recusal"}));

        f = ready;
        f.violations = 0;
        QCOMPARE(keysOf(checkAs(A::SubmitReport, f)), QStringList({"violations"}));

        f = ready;
        f.evidenceCount = 0;
        QCOMPARE(keysOf(checkAs(A::SubmitReport, f)), QStringList({"evidence"}));

        // Everything missing is listed at once, not just the first.
        f = ready;
        f.records.clear();
        f.recusalDeclared = false;
        f.violations = 0;
        f.evidenceCount = 0;
        QCOMPARE(keysOf(checkAs(A::SubmitReport, f)),
                 QStringList({"records", "recusal", "violations", "evidence"}));
    }

    void everyRecordNeedsTwoCertifiedOfficers() {
        CaseFacts f = readyFacts(A::SubmitReport);
        f.records = {{QStringLiteral("site_inspection"), QStringLiteral("现场检查笔录 3月2日"), 1},
                     {QStringLiteral("interview"), QStringLiteral("询问笔录 王某"), 0},
                     {QStringLiteral("site_inspection"), QStringLiteral("Second visit"), 2},
                     // Not a record made before the party: the two-officer rule does not apply.
                     {QStringLiteral("sampling"), QStringLiteral("Sample A"), 0}};
        const TransitionCheck c = checkAs(A::SubmitReport, f);
        QCOMPARE(keysOf(c), QStringList({"record_officers", "record_officers"}));
        QCOMPARE(c.missing[0].message,
                 QStringLiteral("The site inspection record “现场检查笔录 3月2日” has 1 "
                                "certified officer(s); at least two are required."));
        QCOMPARE(c.missing[1].message, QStringLiteral("The interview record “询问笔录 王某” has 0 certified "
                                                      "officer(s); at least two are required."));
    }

    void issueAdvanceNoticePreconditions() {
        const CaseFacts ready = readyFacts(A::IssueAdvanceNotice);
        QCOMPARE(keysOf(checkAs(A::IssueAdvanceNotice, ready)), QStringList());
        CaseFacts f = ready;
        f.discretionSaved = false;
        QCOMPARE(keysOf(checkAs(A::IssueAdvanceNotice, f)), QStringList({"discretion"}));
        f.violations = 0;
        QCOMPARE(keysOf(checkAs(A::IssueAdvanceNotice, f)), QStringList({"discretion", "violations"}));
        f = ready;
        f.violations = 0;
        QCOMPARE(keysOf(checkAs(A::IssueAdvanceNotice, f)), QStringList({"violations"}));
    }

    void requestHearingPreconditions() {
        const CaseFacts ready = readyFacts(A::RequestHearing);
        QCOMPARE(keysOf(checkAs(A::RequestHearing, ready)), QStringList()); // on the last day, 2026-03-07

        CaseFacts f = ready;
        f.today = Served.addDays(6);
        TransitionCheck c = checkAs(A::RequestHearing, f);
        QCOMPARE(keysOf(c), QStringList({"hearing_deadline"}));
        QVERIFY2(c.missing[0].message.contains(QLatin1String("2026-03-07")),
                 qPrintable(c.missing[0].message));

        f = ready;
        f.intendedFine = 199999;
        c = checkAs(A::RequestHearing, f);
        QCOMPARE(keysOf(c), QStringList({"hearing_rights"}));
        QCOMPARE(c.missing[0].message,
                 QStringLiteral("The party has no right to a hearing: the fine of 199,999 yuan is below the "
                                "threshold of 200,000 yuan for an organisation, and no penalty that gives a "
                                "hearing is intended."));

        f = ready;
        f.noticeServedOn = QDate();
        QCOMPARE(keysOf(checkAs(A::RequestHearing, f)), QStringList({"notice"}));

        // All at once.
        f = ready;
        f.intendedFine = 1000;
        f.partyIsIndividual = true;
        f.today = Served.addDays(30);
        c = checkAs(A::RequestHearing, f);
        QCOMPARE(keysOf(c), QStringList({"hearing_rights", "hearing_deadline"}));
        QVERIFY(c.missing[0].message.contains(QLatin1String("5,000 yuan for an individual")));
    }

    void hearingAvailability_data() {
        QTest::addColumn<qint64>("fine");
        QTest::addColumn<bool>("individual");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<bool>("available");
        QTest::newRow("organisation below") << qint64(199999) << false << QStringList() << false;
        QTest::newRow("organisation at threshold") << qint64(200000) << false << QStringList() << true;
        QTest::newRow("organisation, individual threshold")
            << qint64(5000) << false << QStringList() << false;
        QTest::newRow("individual below") << qint64(4999) << true << QStringList() << false;
        QTest::newRow("individual at threshold") << qint64(5000) << true << QStringList() << true;
        QTest::newRow("revoke permit, no fine") << qint64(0) << false << QStringList{"revoke_permit"} << true;
        QTest::newRow("suspend production")
            << qint64(1000) << false << QStringList{"suspend_production"} << true;
        QTest::newRow("close down") << qint64(0) << true << QStringList{"close_down"} << true;
        QTest::newRow("warning only") << qint64(0) << true << QStringList{"warning"} << false;
        QTest::newRow("unknown kind") << qint64(0) << false << QStringList{"something_else"} << false;
    }

    void hearingAvailability() {
        QFETCH(qint64, fine);
        QFETCH(bool, individual);
        QFETCH(QStringList, kinds);
        QFETCH(bool, available);
        CaseFacts f = completeFacts(S::AdvanceNotice);
        f.intendedFine = fine;
        f.partyIsIndividual = individual;
        f.penaltyKinds = kinds;
        QCOMPARE(hearingAvailable(f, Defaults), available);
    }

    void closeDefencePreconditions() {
        const CaseFacts ready = readyFacts(A::CloseDefence);
        QCOMPARE(keysOf(checkAs(A::CloseDefence, ready)), QStringList());

        // The last day of the window still belongs to the party.
        CaseFacts f = ready;
        f.today = Served.addDays(5);
        TransitionCheck c = checkAs(A::CloseDefence, f);
        QCOMPARE(keysOf(c), QStringList({"defence_window"}));
        QCOMPARE(c.missing[0].message,
                 QStringLiteral("The defence window ends on 2026-03-07; wait until then or "
                                "record the party's written waiver."));
        f.today = Served.addDays(6);
        QCOMPARE(keysOf(checkAs(A::CloseDefence, f)), QStringList());

        // A written waiver ends it early.
        f = ready;
        f.today = Served.addDays(1);
        f.defenceWaived = true;
        QCOMPARE(keysOf(checkAs(A::CloseDefence, f)), QStringList());

        f = ready;
        f.hearingRequested = true;
        QCOMPARE(keysOf(checkAs(A::CloseDefence, f)), QStringList({"hearing_requested"}));

        f = ready;
        f.noticeServedOn = QDate();
        QCOMPARE(keysOf(checkAs(A::CloseDefence, f)), QStringList({"notice"}));

        f = ready;
        f.today = Served;
        f.hearingRequested = true;
        QCOMPARE(keysOf(checkAs(A::CloseDefence, f)), QStringList({"hearing_requested", "defence_window"}));
    }

    void aLongerHearingWindowKeepsTheDefenceOpen() {
        ProcedureSettings s;
        s.hearingRequestDays = 10;
        CaseFacts f = readyFacts(A::CloseDefence);
        f.intendedFine = 300000; // a hearing is available
        f.today = Served.addDays(6);
        TransitionCheck c = checkAs(A::CloseDefence, f, s);
        QCOMPARE(keysOf(c), QStringList({"hearing_window"}));
        QVERIFY2(c.missing[0].message.contains(QLatin1String("2026-03-12")),
                 qPrintable(c.missing[0].message));
        f.today = Served.addDays(11);
        QCOMPARE(keysOf(checkAs(A::CloseDefence, f, s)), QStringList());
        // Without hearing rights the hearing window does not matter.
        f.today = Served.addDays(6);
        f.intendedFine = 50000;
        QCOMPARE(keysOf(checkAs(A::CloseDefence, f, s)), QStringList());
    }

    void finishHearingNeedsTheHearingHeld() {
        CaseFacts f = readyFacts(A::FinishHearing);
        QCOMPARE(keysOf(checkAs(A::FinishHearing, f)), QStringList());
        f.hearingHeld = false;
        QCOMPARE(keysOf(checkAs(A::FinishHearing, f)), QStringList({"hearing_held"}));
    }

    void decidePreconditions() {
        const CaseFacts ready = readyFacts(A::Decide);
        QCOMPARE(keysOf(checkAs(A::Decide, ready)), QStringList());

        CaseFacts f = ready;
        f.unverifiedEvidence = 2;
        TransitionCheck c = checkAs(A::Decide, f);
        QCOMPARE(keysOf(c), QStringList({"unverified_evidence"}));
        QVERIFY2(c.missing[0].message.startsWith(QLatin1String("2 piece(s) of evidence")),
                 qPrintable(c.missing[0].message));

        f = ready;
        f.evidenceCount = 0;
        QCOMPARE(keysOf(checkAs(A::Decide, f)), QStringList({"evidence"}));

        f = ready;
        f.noticeServedOn = QDate();
        QCOMPARE(keysOf(checkAs(A::Decide, f)), QStringList({"notice"}));

        f = ready;
        f.today = Served.addDays(3);
        QCOMPARE(keysOf(checkAs(A::Decide, f)), QStringList({"defence_window"}));
        f.defenceWaived = true;
        QCOMPARE(keysOf(checkAs(A::Decide, f)), QStringList());
        f.defenceWaived = false;
        f.hearingHeld = true; // a hearing ends the defence, and brings legal review with it
        QCOMPARE(keysOf(checkAs(A::Decide, f)), QStringList({"legal_review"}));
        f.legalReviewDone = true;
        QCOMPARE(keysOf(checkAs(A::Decide, f)), QStringList());

        f = ready;
        f.intendedFine = 100000;
        c = checkAs(A::Decide, f);
        QCOMPARE(keysOf(c), QStringList({"legal_review"}));
        QCOMPARE(c.missing[0].message,
                 QStringLiteral("Legal review (法制审核) is required: the fine of 100,000 "
                                "yuan reaches the threshold of 100,000 yuan."));
        f.legalReviewDone = true;
        QCOMPARE(keysOf(checkAs(A::Decide, f)), QStringList());

        f = ready;
        f.intendedFine = 500000;
        f.legalReviewDone = true;
        c = checkAs(A::Decide, f);
        QCOMPARE(keysOf(c), QStringList({"collective_discussion"}));
        QCOMPARE(c.missing[0].message,
                 QStringLiteral("Collective discussion (集体讨论) is required: the fine of "
                                "500,000 yuan reaches the threshold of 500,000 yuan."));
        f.collectiveDiscussionDone = true;
        QCOMPARE(keysOf(checkAs(A::Decide, f)), QStringList());

        // Everything missing at once, one legal-review requirement per reason.
        f = ready;
        f.noticeServedOn = QDate();
        f.intendedFine = 600000;
        f.penaltyKinds = {QStringLiteral("suspend_production")};
        f.evidenceCount = 0;
        f.unverifiedEvidence = 1;
        c = checkAs(A::Decide, f);
        QCOMPARE(keysOf(c), QStringList({"notice", "legal_review", "legal_review", "collective_discussion",
                                         "evidence", "unverified_evidence"}));
        QCOMPARE(c.missing[2].message,
                 QStringLiteral("Legal review (法制审核) is required: the intended penalty "
                                "“suspension of production” is on the bureau's list for "
                                "legal review."));
    }

    void completeExecutionNeedsExecutionDone() {
        CaseFacts f = readyFacts(A::CompleteExecution);
        QCOMPARE(keysOf(checkAs(A::CompleteExecution, f)), QStringList());
        f.executionDone = false;
        QCOMPARE(keysOf(checkAs(A::CompleteExecution, f)), QStringList({"execution"}));
    }

    void stepsWithoutPreconditionsNeedOnlyRoleAndState() {
        // Nothing at all is known about the case: these steps still go through.
        for (CaseAction action : {A::SubmitForOpening, A::ApproveOpening, A::DecideNoPenalty, A::Transfer,
                                  A::SubmitForClosing, A::ApproveClosing, A::Archive}) {
            CaseFacts bare;
            bare.state = expected(action).from.first();
            const TransitionCheck c = checkAs(action, bare);
            QVERIFY2(c.allowed(), qPrintable(enumKey(action) + QLatin1Char(' ') + describe(c)));
        }
    }

    // --- the next review step -----------------------------------------------------------------------

    void nextReviewStepRouting_data() {
        QTest::addColumn<qint64>("fine");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<bool>("hearingHeld");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<CaseState>("afterDefence"); // CloseDefence, or FinishHearing when a hearing was held
        QTest::addColumn<CaseState>("afterLegalReview"); // CompleteLegalReview
        const QJsonObject defaults;
        QTest::newRow("small fine") << qint64(50000) << QStringList() << false << defaults << S::Decision
                                    << S::Decision;
        QTest::newRow("just under legal review")
            << qint64(99999) << QStringList() << false << defaults << S::Decision << S::Decision;
        QTest::newRow("legal review amount")
            << qint64(100000) << QStringList() << false << defaults << S::LegalReview << S::Decision;
        QTest::newRow("just under collective discussion")
            << qint64(499999) << QStringList() << false << defaults << S::LegalReview << S::Decision;
        QTest::newRow("collective discussion amount") << qint64(500000) << QStringList() << false << defaults
                                                      << S::LegalReview << S::CollectiveDiscussion;
        QTest::newRow("suspend production, no fine") << qint64(0) << QStringList{"suspend_production"}
                                                     << false << defaults << S::LegalReview << S::Decision;
        QTest::newRow("revoke permit") << qint64(20000) << QStringList{"revoke_permit"} << false << defaults
                                       << S::LegalReview << S::Decision;
        QTest::newRow("detention transfer") << qint64(0) << QStringList{"detention_transfer"} << false
                                            << defaults << S::LegalReview << S::Decision;
        QTest::newRow("warning only")
            << qint64(0) << QStringList{"warning"} << false << defaults << S::Decision << S::Decision;
        QTest::newRow("hearing held, small fine")
            << qint64(6000) << QStringList() << true << defaults << S::LegalReview << S::Decision;
        QTest::newRow("hearing held, no legal review on hearing")
            << qint64(6000) << QStringList() << true << QJsonObject{{"legal_review_on_hearing", false}}
            << S::Decision << S::Decision;
        QTest::newRow("hearing held, large fine") << qint64(800000) << QStringList() << true << defaults
                                                  << S::LegalReview << S::CollectiveDiscussion;
        QTest::newRow("collective discussion without legal review")
            << qint64(600000) << QStringList() << false << QJsonObject{{"legal_review_amount", 1000000}}
            << S::CollectiveDiscussion << S::CollectiveDiscussion;
        QTest::newRow("collective discussion by kind")
            << qint64(0) << QStringList{"close_down"} << false
            << QJsonObject{{"collective_discussion_penalty_kinds", QJsonArray{"close_down"}}}
            << S::CollectiveDiscussion << S::CollectiveDiscussion;
        QTest::newRow("no legal review list")
            << qint64(0) << QStringList{"suspend_production"} << false
            << QJsonObject{{"legal_review_penalty_kinds", QJsonArray()}} << S::Decision << S::Decision;
    }

    void nextReviewStepRouting() {
        QFETCH(qint64, fine);
        QFETCH(QStringList, kinds);
        QFETCH(bool, hearingHeld);
        QFETCH(QJsonObject, settings);
        QFETCH(CaseState, afterDefence);
        QFETCH(CaseState, afterLegalReview);
        const ProcedureSettings s = ProcedureSettings::fromJson(settings);

        const CaseAction closing = hearingHeld ? A::FinishHearing : A::CloseDefence;
        CaseFacts f = readyFacts(closing);
        f.intendedFine = fine;
        f.penaltyKinds = kinds;
        f.partyIsIndividual = true;
        f.hearingHeld = hearingHeld;
        f.hearingRequested = hearingHeld;
        TransitionCheck c = checkAs(closing, f, s);
        QVERIFY2(c.allowed(), qPrintable(describe(c)));
        QCOMPARE(c.target, afterDefence);
        QCOMPARE(nextReviewStep(f, s), afterDefence);
        QCOMPARE(legalReviewRequired(f, s), afterDefence == S::LegalReview);

        f.state = S::LegalReview;
        f.legalReviewDone = true; // the reviewer's opinion is on record
        c = checkAs(A::CompleteLegalReview, f, s);
        QVERIFY2(c.allowed(), qPrintable(describe(c)));
        QCOMPARE(c.target, afterLegalReview);
        QCOMPARE(collectiveDiscussionRequired(f, s), afterLegalReview == S::CollectiveDiscussion);
    }

    void reviewStepsAlreadyDoneAreSkipped() {
        CaseFacts f = readyFacts(A::CloseDefence);
        f.intendedFine = 700000;
        QCOMPARE(nextReviewStep(f, Defaults), S::LegalReview);
        f.legalReviewDone = true;
        QCOMPARE(nextReviewStep(f, Defaults), S::CollectiveDiscussion);
        f.collectiveDiscussionDone = true;
        QCOMPARE(nextReviewStep(f, Defaults), S::Decision);
        QCOMPARE(checkAs(A::CloseDefence, f).target, S::Decision);
    }

    void legalReviewReasonsAreAllListed() {
        CaseFacts f = completeFacts(S::Decision);
        f.intendedFine = 150000;
        f.penaltyKinds = {QStringLiteral("revoke_permit"), QStringLiteral("warning")};
        f.hearingHeld = true;
        const QStringList reasons = legalReviewReasons(f, Defaults);
        QCOMPARE(reasons.size(), 3);
        QVERIFY(reasons[0].contains(QLatin1String("150,000")));
        QVERIFY(reasons[1].contains(QLatin1String("revocation of the permit")));
        QCOMPARE(reasons[2], QStringLiteral("Legal review (法制审核) is required: a hearing was held."));
        QCOMPARE(legalReviewReasons(completeFacts(S::Decision), Defaults), QStringList());
    }

    // --- settings -----------------------------------------------------------------------------------

    void settingsDefaults() {
        const ProcedureSettings s;
        QCOMPARE(s.hearingThresholdOrganisation, qint64(200000));
        QCOMPARE(s.hearingThresholdIndividual, qint64(5000));
        QCOMPARE(s.legalReviewAmount, qint64(100000));
        QCOMPARE(s.legalReviewOnHearing, true);
        QCOMPARE(s.legalReviewPenaltyKinds,
                 QStringList({"suspend_production", "revoke_permit", "detention_transfer"}));
        QCOMPARE(s.collectiveDiscussionAmount, qint64(500000));
        QCOMPARE(s.collectiveDiscussionPenaltyKinds, QStringList());
        QCOMPARE(s.defenceWindowDays, 5);
        QCOMPARE(s.hearingRequestDays, 5);
        // An empty object is the defaults.
        QCOMPARE(ProcedureSettings::fromJson({}), s);
    }

    void settingsJsonKeys() {
        const QJsonObject json = ProcedureSettings().toJson();
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys, QStringList({"collective_discussion_amount", "collective_discussion_penalty_kinds",
                                    "defence_window_days", "hearing_penalty_kinds", "hearing_request_days",
                                    "hearing_threshold_individual", "hearing_threshold_organisation",
                                    "legal_review_amount", "legal_review_on_hearing",
                                    "legal_review_penalty_kinds"}));
        QCOMPARE(json.value("hearing_threshold_organisation").toInteger(), qint64(200000));
        QCOMPARE(json.value("legal_review_penalty_kinds").toArray().size(), 3);
    }

    void settingsRoundTrip() {
        ProcedureSettings s;
        s.hearingThresholdOrganisation = 300000;
        s.hearingThresholdIndividual = 10000;
        s.hearingPenaltyKinds = {QStringLiteral("revoke_permit")};
        s.legalReviewAmount = 50000;
        s.legalReviewOnHearing = false;
        s.legalReviewPenaltyKinds = {QStringLiteral("close_down")};
        s.collectiveDiscussionAmount = 1000000;
        s.collectiveDiscussionPenaltyKinds = {QStringLiteral("revoke_permit"), QStringLiteral("close_down")};
        s.defenceWindowDays = 3;
        s.hearingRequestDays = 7;
        QVERIFY(!(s == ProcedureSettings()));
        // Through text, as a bureau file would travel.
        const QByteArray text = QJsonDocument(s.toJson()).toJson();
        QCOMPARE(ProcedureSettings::fromJson(QJsonDocument::fromJson(text).object()), s);
    }

    void settingsMissingOrBadKeysKeepDefaults() {
        const ProcedureSettings partial =
            ProcedureSettings::fromJson(QJsonObject{{"legal_review_amount", 80000}});
        QCOMPARE(partial.legalReviewAmount, qint64(80000));
        ProcedureSettings want;
        want.legalReviewAmount = 80000;
        QCOMPARE(partial, want);

        const QJsonObject bad{{"hearing_threshold_organisation", "200000"},
                              {"hearing_threshold_individual", -1},
                              {"legal_review_amount", 1.5},
                              {"legal_review_on_hearing", 0},
                              {"legal_review_penalty_kinds", QJsonArray{"revoke_permit", 3}},
                              {"collective_discussion_penalty_kinds", "close_down"},
                              {"defence_window_days", 1e12},
                              {"hearing_request_days", QJsonValue()}};
        QCOMPARE(ProcedureSettings::fromJson(bad), ProcedureSettings());
    }

    // --- inspections --------------------------------------------------------------------------------

    void inspectionCompletion() {
        Inspection ok;
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        ok.officers = {{a, QStringLiteral("张伟"), QStringLiteral("32011520001")},
                       {b, QStringLiteral("赵强"), QStringLiteral("32011520004")}};
        ok.startedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        ok.endedAt = ok.startedAt.addSecs(3600);
        ok.findings = QStringLiteral("废水处理设施未运行。");
        ok.outcome = InspectionOutcome::CorrectionRequired;
        QVERIFY(checkInspectionCompletion(ok, true).allowed());

        Inspection i = ok;
        i.officers[1].certificateNumber = QStringLiteral("  ");
        InspectionCompletionCheck c = checkInspectionCompletion(i, true);
        QCOMPARE(keysOf(c.missing), QStringList({"officers"}));
        QCOMPARE(c.missing[0].message, QStringLiteral("The inspection lists 1 officer(s) with a certificate "
                                                      "number; at least two are required."));

        // The same officer twice is one officer.
        i = ok;
        i.officers[1].userId = a;
        QCOMPARE(keysOf(checkInspectionCompletion(i, true).missing), QStringList({"officers"}));

        QCOMPARE(keysOf(checkInspectionCompletion(ok, false).missing), QStringList({"recusal"}));

        i = ok;
        i.findings = QStringLiteral(" ");
        QCOMPARE(keysOf(checkInspectionCompletion(i, true).missing), QStringList({"findings"}));

        i = ok;
        i.outcome = InspectionOutcome::Pending;
        QCOMPARE(keysOf(checkInspectionCompletion(i, true).missing), QStringList({"outcome"}));

        i = ok;
        i.endedAt = i.startedAt;
        c = checkInspectionCompletion(i, true);
        QCOMPARE(keysOf(c.missing), QStringList({"end_time"}));
        QVERIFY(c.has(QStringLiteral("end_time")));

        i = ok;
        i.endedAt = QDateTime();
        QCOMPARE(keysOf(checkInspectionCompletion(i, true).missing), QStringList({"end_time"}));

        // All at once.
        Inspection empty;
        c = checkInspectionCompletion(empty, false);
        QCOMPARE(keysOf(c.missing),
                 QStringList({"officers", "recusal", "findings", "outcome", "start_time", "end_time"}));
        QVERIFY(!c.allowed());
    }
};

QTEST_GUILESS_MAIN(TestProcedure)
#include "TestProcedure.moc"
