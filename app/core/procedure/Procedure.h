#pragma once

#include "Case.h"
#include "EnumTable.h"
#include "InspectionTask.h"
#include "User.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The case procedure as a state machine: which action moves a case from which state to which, who may take
// it, and what must be true first. Pure logic over plain facts: the store gathers the facts (records,
// evidence, dates) and asks check() before it writes a transition, and the UI asks the same function to
// show what is still missing. Nothing here reads a database or the clock: "today" is a fact like any other,
// so the same facts always give the same answer, on a device and on the server.
namespace fieldcase::procedure {

// What a person does to a case. Each action has one role that may take it (rolesFor) and the states it
// starts from (sourceStates). The key is stored in audit events; the display name labels buttons.
enum class CaseAction : quint8 {
    SubmitForOpening,             // 提请立案: Lead -> OpeningApproval
    ApproveOpening,               // 批准立案: OpeningApproval -> Investigating
    ReturnLead,                   // 退回线索: OpeningApproval -> Lead (comment)
    SubmitReport,                 // 提交调查报告: Investigating -> CaseReview
    ReturnForInvestigation,       // 退回补充调查: CaseReview -> Investigating (comment)
    IssueAdvanceNotice,           // 事先告知: CaseReview -> AdvanceNotice
    DecideNoPenalty,              // 不予处罚: CaseReview -> NoPenalty
    Transfer,                     // 移送: Investigating or CaseReview -> Transferred
    RequestHearing,               // 当事人申请听证: AdvanceNotice -> Hearing
    CloseDefence,                 // 陈述申辩结束: AdvanceNotice -> the next review step
    FinishHearing,                // 听证结束: Hearing -> the next review step
    CompleteLegalReview,          // 法制审核完成: LegalReview -> CollectiveDiscussion or Decision
    CompleteCollectiveDiscussion, // 集体讨论完成: CollectiveDiscussion -> Decision
    Decide,                       // 作出决定: Decision -> Service
    RecordService,                // 送达: Service -> Execution
    CompleteExecution,            // 执行完毕: Execution -> ClosingApproval
    SubmitForClosing,             // 提请结案: NoPenalty or Transferred -> ClosingApproval
    ApproveClosing,               // 批准结案: ClosingApproval -> Closed
    Archive,                      // 归档: Closed -> Archived
    Withdraw,                     // 销案: any unfinished state -> Withdrawn (comment)
};

} // namespace fieldcase::procedure

namespace fieldcase {

template <> struct EnumTable<procedure::CaseAction> {
    using A = procedure::CaseAction;
    static constexpr const char* context = "CaseAction";
    static constexpr EnumEntry<A> entries[] = {
        {A::SubmitForOpening, "submit_for_opening",
         QT_TRANSLATE_NOOP("CaseAction", "Submit for approval to open")},
        {A::ApproveOpening, "approve_opening", QT_TRANSLATE_NOOP("CaseAction", "Approve opening the case")},
        {A::ReturnLead, "return_lead", QT_TRANSLATE_NOOP("CaseAction", "Return the lead")},
        {A::SubmitReport, "submit_report",
         QT_TRANSLATE_NOOP("CaseAction", "Submit the investigation report")},
        {A::ReturnForInvestigation, "return_for_investigation",
         QT_TRANSLATE_NOOP("CaseAction", "Return for further investigation")},
        {A::IssueAdvanceNotice, "issue_advance_notice",
         QT_TRANSLATE_NOOP("CaseAction", "Issue the advance notice")},
        {A::DecideNoPenalty, "decide_no_penalty", QT_TRANSLATE_NOOP("CaseAction", "Decide not to penalise")},
        {A::Transfer, "transfer", QT_TRANSLATE_NOOP("CaseAction", "Transfer the case")},
        {A::RequestHearing, "request_hearing", QT_TRANSLATE_NOOP("CaseAction", "Record the hearing request")},
        {A::CloseDefence, "close_defence", QT_TRANSLATE_NOOP("CaseAction", "Close statement and defence")},
        {A::FinishHearing, "finish_hearing", QT_TRANSLATE_NOOP("CaseAction", "Finish the hearing")},
        {A::CompleteLegalReview, "complete_legal_review",
         QT_TRANSLATE_NOOP("CaseAction", "Complete the legal review")},
        {A::CompleteCollectiveDiscussion, "complete_collective_discussion",
         QT_TRANSLATE_NOOP("CaseAction", "Complete the collective discussion")},
        {A::Decide, "decide", QT_TRANSLATE_NOOP("CaseAction", "Sign the decision")},
        {A::RecordService, "record_service",
         QT_TRANSLATE_NOOP("CaseAction", "Record service of the decision")},
        {A::CompleteExecution, "complete_execution", QT_TRANSLATE_NOOP("CaseAction", "Complete execution")},
        {A::SubmitForClosing, "submit_for_closing", QT_TRANSLATE_NOOP("CaseAction", "Submit for closing")},
        {A::ApproveClosing, "approve_closing", QT_TRANSLATE_NOOP("CaseAction", "Approve closing the case")},
        {A::Archive, "archive", QT_TRANSLATE_NOOP("CaseAction", "Archive")},
        {A::Withdraw, "withdraw", QT_TRANSLATE_NOOP("CaseAction", "Withdraw the case")},
    };
};

} // namespace fieldcase

namespace fieldcase::procedure {

// Penalty kinds as stable keys, the same strings CaseFacts::penaltyKinds and the settings' lists use.
// A bureau may use keys not listed here; they work in the lists, and messages show the key itself.
namespace penalty {
inline constexpr char Warning[] = "warning";                        // 警告
inline constexpr char Fine[] = "fine";                              // 罚款
inline constexpr char Confiscation[] = "confiscation";              // 没收违法所得、非法财物
inline constexpr char LowerQualification[] = "lower_qualification"; // 降低资质等级
inline constexpr char RevokePermit[] = "revoke_permit";             // 吊销许可证件
inline constexpr char SuspendProduction[] = "suspend_production";   // 责令停产整治、停产停业
inline constexpr char CloseDown[] = "close_down";                   // 责令关闭
inline constexpr char RestrictPractice[] = "restrict_practice";     // 限制从业
inline constexpr char DetentionTransfer[] = "detention_transfer";   // 移送公安机关行政拘留
} // namespace penalty

// The translated name of a penalty kind key; an unknown key is returned as it is.
QString penaltyKindName(const QString& key);

// The numbers and lists that vary by bureau or province. Defaults follow the domain notes: hearing
// thresholds from 办法 Art. 89, the 5-day windows from 行政处罚法 Art. 44-45 and 63-64; the legal-review and
// collective-discussion triggers are local rules (marked [U] there), hence settings.
struct ProcedureSettings {
    // 听证: a fine at or above the threshold gives the party the right to a hearing (行政处罚法 Art. 63).
    qint64 hearingThresholdOrganisation = 200000; // yuan
    qint64 hearingThresholdIndividual = 5000;     // yuan
    // Penalties that give a hearing whatever the amount (Art. 63: revoking permits, suspending production,
    // closing down, restricting practice, lowering qualifications). Art. 63 also names confiscating "large"
    // amounts; what is large is a local rule, so "confiscation" is left for a bureau to add.
    QStringList hearingPenaltyKinds{
        QString::fromLatin1(penalty::RevokePermit), QString::fromLatin1(penalty::SuspendProduction),
        QString::fromLatin1(penalty::CloseDown), QString::fromLatin1(penalty::RestrictPractice),
        QString::fromLatin1(penalty::LowerQualification)};

    // 法制审核 (Art. 58): a fine at or above the amount, a hearing held (when legalReviewOnHearing), or one
    // of the listed penalty kinds.
    qint64 legalReviewAmount = 100000; // yuan
    bool legalReviewOnHearing = true;
    QStringList legalReviewPenaltyKinds{QString::fromLatin1(penalty::SuspendProduction),
                                        QString::fromLatin1(penalty::RevokePermit),
                                        QString::fromLatin1(penalty::DetentionTransfer)};

    // 集体讨论 (Art. 57): a fine at or above the amount, or one of the listed kinds (none by default).
    qint64 collectiveDiscussionAmount = 500000; // yuan
    QStringList collectiveDiscussionPenaltyKinds;

    // Calendar days after the day the advance notice is served (the day itself does not count).
    int defenceWindowDays = 5;
    int hearingRequestDays = 5;

    // Keys in snake_case ("hearing_threshold_organisation", "legal_review_penalty_kinds", ...).
    QJsonObject toJson() const;
    // Missing keys keep their defaults, and so does a value of the wrong type or a negative number: a bureau
    // file with a typo must not switch a safeguard off.
    static ProcedureSettings fromJson(const QJsonObject& object);

    bool operator==(const ProcedureSettings&) const = default;
};

// One investigation record of the case, as far as the procedure cares.
struct RecordFacts {
    QString
        kind; // "site_inspection", "interview", or another kind (sampling, ...) without the two-officer rule
    QString label;             // how the officer knows it, named in messages
    int certifiedOfficers = 0; // distinct officers with a certificate number who signed it
};

inline constexpr char SiteInspectionRecord[] = "site_inspection";
inline constexpr char InterviewRecord[] = "interview";

// Everything the preconditions look at. The store fills it from the case, its records and its history.
struct CaseFacts {
    CaseState state = CaseState::Lead;
    QList<RecordFacts> records;
    bool recusalDeclared = false; // the officers declared no conflict of interest (Art. 43)
    int violations = 0;
    bool discretionSaved = false; // a discretion result is saved for the case
    qint64 intendedFine = 0;      // yuan, total of the intended fines
    QStringList penaltyKinds;     // intended penalties besides the fine (keys, see namespace penalty)
    bool partyIsIndividual = false;
    QDate noticeServedOn;       // the advance notice; null until served
    bool defenceWaived = false; // the party waived statement, defence and hearing in writing
    bool hearingRequested = false;
    bool hearingHeld = false;
    bool legalReviewDone = false;
    bool collectiveDiscussionDone = false;
    int evidenceCount = 0;
    int unverifiedEvidence = 0;   // evidence whose hash or signature has not been verified
    bool serviceRecorded = false; // the service of the decision (送达回证) is recorded
    bool executionDone = false;
    QDate today;
    QString comment; // the comment the person wrote with the action
};

// One thing that stands in the way of an action. `key` is stable (tests and the UI match on it); the
// message is translated and names exactly what is missing.
struct Requirement {
    QString key;
    QString message;
    bool operator==(const Requirement&) const = default;
};

// Requirement keys. Several requirements may share a key (one "record_officers" per record short of
// officers, one "legal_review" per reason).
namespace keys {
inline constexpr char Role[] = "role";
inline constexpr char State[] = "state";
inline constexpr char Comment[] = "comment";
inline constexpr char Records[] = "records";
inline constexpr char RecordOfficers[] = "record_officers";
inline constexpr char Recusal[] = "recusal";
inline constexpr char Violations[] = "violations";
inline constexpr char Evidence[] = "evidence";
inline constexpr char UnverifiedEvidence[] = "unverified_evidence";
inline constexpr char Discretion[] = "discretion";
inline constexpr char Notice[] = "notice";
inline constexpr char HearingRights[] = "hearing_rights";
inline constexpr char HearingDeadline[] = "hearing_deadline";
inline constexpr char HearingRequested[] = "hearing_requested";
inline constexpr char HearingWindow[] = "hearing_window";
inline constexpr char DefenceWindow[] = "defence_window";
inline constexpr char HearingHeld[] = "hearing_held";
inline constexpr char LegalReview[] = "legal_review";
inline constexpr char CollectiveDiscussion[] = "collective_discussion";
inline constexpr char Execution[] = "execution";
inline constexpr char LegalReviewOpinion[] = "legal_review_opinion";
inline constexpr char CollectiveDiscussionRecord[] = "collective_discussion_record";
inline constexpr char ServiceRecord[] = "service_record";
// Inspections (checkInspectionCompletion)
inline constexpr char Officers[] = "officers";
inline constexpr char Findings[] = "findings";
inline constexpr char Outcome[] = "outcome";
inline constexpr char StartTime[] = "start_time";
inline constexpr char EndTime[] = "end_time";
// Clock extensions (CaseClocks.h)
inline constexpr char ExtensionLimit[] = "extension_limit";
} // namespace keys

struct TransitionCheck {
    // Allowed when the role may take the action and nothing is missing.
    bool allowed() const { return !roleRefused && missing.isEmpty(); }
    bool has(const QString& key) const;
    QStringList messages() const;

    bool roleRefused = false;
    // Everything that stands in the way, all at once. A refused role is listed first (key "role"); a wrong
    // state comes next (key "state") and then nothing else, since preconditions of a step the case cannot
    // take would only be noise.
    QList<Requirement> missing;
    // Where the action leads with these facts (also when it is refused, so the UI can say where it would go).
    CaseState target = CaseState::Lead;
};

// Checks whether a person with `roles` may take `action` on a case with `facts`.
TransitionCheck check(CaseAction action, Roles roles, const CaseFacts& facts,
                      const ProcedureSettings& settings);

// Every action that starts from `state`, in the order of the enum.
QList<CaseAction> actionsFrom(CaseState state);
// The actions from `state` that a person with `roles` may try (preconditions not checked).
QList<CaseAction> actionsFor(CaseState state, Roles roles);
// The states an action starts from.
QList<CaseState> sourceStates(CaseAction action);
// The roles that may take an action. The administrator has no procedure rights.
Roles rolesFor(CaseAction action);
// Returning or withdrawing a case needs a written reason.
bool needsComment(CaseAction action);

// The party has the right to a hearing (听证, 行政处罚法 Art. 63).
bool hearingAvailable(const CaseFacts& facts, const ProcedureSettings& settings);
// Legal review (法制审核) must precede the decision; the reasons are full translated sentences, empty
// when it is not required.
bool legalReviewRequired(const CaseFacts& facts, const ProcedureSettings& settings);
QStringList legalReviewReasons(const CaseFacts& facts, const ProcedureSettings& settings);
// Collective discussion (集体讨论) must precede the decision.
bool collectiveDiscussionRequired(const CaseFacts& facts, const ProcedureSettings& settings);
QStringList collectiveDiscussionReasons(const CaseFacts& facts, const ProcedureSettings& settings);
// The step after statement and defence or the hearing: legal review where required and not yet done, else
// collective discussion where required and not yet done, else the decision.
CaseState nextReviewStep(const CaseFacts& facts, const ProcedureSettings& settings);

// Whether an inspection record may be completed (现场检查笔录, 行政处罚法 Art. 42-43, 55).
struct InspectionCompletionCheck {
    bool allowed() const { return missing.isEmpty(); }
    bool has(const QString& key) const;
    QList<Requirement> missing;
};

InspectionCompletionCheck checkInspectionCompletion(const Inspection& inspection, bool recusalDeclared);

} // namespace fieldcase::procedure
