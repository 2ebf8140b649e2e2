#pragma once

#include "EnumTable.h"
#include "User.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace fieldcase {

// What happened in a case besides its state changes, as the law asks it to be recorded. Each record is
// written once and never changed: the procedure's preconditions and clocks are read from them, and a
// court reads them as the case's history.
enum class CaseRecordKind : quint8 {
    ProcedureStep,        // a transition taken, with the comment given (returns, withdrawals)
    RecusalDeclared,      // 回避: the officers declared no conflict of interest
    NoticeServed,         // the advance notice (事先告知书) reached the party: the defence window starts
    DefenceWaived,        // the party gave up statement and defence in writing
    HearingRequested,     // 听证申请
    HearingHeld,          // 听证会
    LegalReview,          // 法制审核意见
    CollectiveDiscussion, // 集体讨论记录
    DecisionServed,       // 送达: method, recipient, place
    ExecutionCompleted,   // paid, or enforced by the court
    ClockPaused,          // suspension, hearing, testing, notice or service time does not count
    ClockResumed,
    OpeningExtended,       // +15 days to open the case, approved
    DecisionExtended,      // +30 days to decide, approved (at most twice)
    Interference,          // 干预留痕: an attempt to interfere with the case
    Amendment,             // a correction of a signed record; needs its own sign-off
    CorrectionOrderServed, // 责令改正决定书 served: the re-inspection is due within 30 days
    Reinspected,           // 复查: whether the violation continues (daily continuing penalty)
    PreservationStarted,   // 先行登记保存: a decision on the items is due within 7 days
    PreservationDecided,
    SealUpDecided, // 查封（扣押）: 30 days, extended once by 30 with approval
    SealUpExtended,
    SealUpLifted,    // lifted, or turned into confiscation
    IntendedPenalty, // the penalties besides the fine the case heads for: they decide hearing and review
};

template <> struct EnumTable<CaseRecordKind> {
    static constexpr const char* context = "CaseRecordKind";
    static constexpr EnumEntry<CaseRecordKind> entries[] = {
        {CaseRecordKind::ProcedureStep, "procedure_step",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Procedure step")},
        {CaseRecordKind::RecusalDeclared, "recusal_declared",
         QT_TRANSLATE_NOOP("CaseRecordKind", "No conflict of interest declared")},
        {CaseRecordKind::NoticeServed, "notice_served",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Advance notice served")},
        {CaseRecordKind::DefenceWaived, "defence_waived",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Statement and defence waived in writing")},
        {CaseRecordKind::HearingRequested, "hearing_requested",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Hearing requested")},
        {CaseRecordKind::HearingHeld, "hearing_held", QT_TRANSLATE_NOOP("CaseRecordKind", "Hearing held")},
        {CaseRecordKind::LegalReview, "legal_review",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Legal review opinion")},
        {CaseRecordKind::CollectiveDiscussion, "collective_discussion",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Collective discussion")},
        {CaseRecordKind::DecisionServed, "decision_served",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Decision served")},
        {CaseRecordKind::ExecutionCompleted, "execution_completed",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Execution completed")},
        {CaseRecordKind::ClockPaused, "clock_paused",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Case clock paused")},
        {CaseRecordKind::ClockResumed, "clock_resumed",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Case clock resumed")},
        {CaseRecordKind::OpeningExtended, "opening_extended",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Time to open the case extended")},
        {CaseRecordKind::DecisionExtended, "decision_extended",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Time to decide extended")},
        {CaseRecordKind::Interference, "interference",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Attempt to interfere recorded")},
        {CaseRecordKind::Amendment, "amendment", QT_TRANSLATE_NOOP("CaseRecordKind", "Amendment")},
        {CaseRecordKind::CorrectionOrderServed, "correction_order_served",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Correction order served")},
        {CaseRecordKind::Reinspected, "reinspected",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Re-inspection made")},
        {CaseRecordKind::PreservationStarted, "preservation_started",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Evidence registered for preservation")},
        {CaseRecordKind::PreservationDecided, "preservation_decided",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Decision on preserved evidence made")},
        {CaseRecordKind::SealUpDecided, "seal_up_decided",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Seal-up or seizure decided")},
        {CaseRecordKind::SealUpExtended, "seal_up_extended",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Seal-up or seizure extended")},
        {CaseRecordKind::IntendedPenalty, "intended_penalty",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Intended penalties besides the fine")},
        {CaseRecordKind::SealUpLifted, "seal_up_lifted",
         QT_TRANSLATE_NOOP("CaseRecordKind", "Seal-up or seizure lifted")},
    };
};

struct CaseRecord {
    QUuid id;
    QUuid caseId;
    CaseRecordKind kind = CaseRecordKind::ProcedureStep;
    QDate onDate;     // the day the fact took effect (served, held, paused…), which the clocks count from
    QJsonObject body; // what the kind needs: see the keys below
    QUuid recordedBy;
    QDateTime recordedAt;
};

// Who may write a record of each kind: a legal review is the legal reviewer's, a collective discussion and
// the approval of an extension are the leader's, what happened with the party is any officer's, and an
// attempt to interfere may be recorded by anyone at all (干预留痕 must not depend on rank).
constexpr Roles rolesForRecord(CaseRecordKind kind) {
    switch (kind) {
    case CaseRecordKind::LegalReview:
        return Role::LegalReviewer;
    case CaseRecordKind::CollectiveDiscussion:
    case CaseRecordKind::OpeningExtended:
    case CaseRecordKind::DecisionExtended:
    case CaseRecordKind::SealUpExtended:
        return Role::TeamLeader;
    case CaseRecordKind::Interference:
        return Role::Inspector | Role::TeamLeader | Role::LegalReviewer | Role::EvidenceClerk | Role::Admin;
    case CaseRecordKind::ProcedureStep: // written by the steps themselves
        return {};
    default:
        return Role::Inspector | Role::TeamLeader;
    }
}

constexpr bool mayRecord(CaseRecordKind kind, Roles roles) {
    return (rolesForRecord(kind) & roles) != Roles();
}

// The body keys of the kinds a person fills in, shared by the store, the documents and the UI.
namespace record_keys {
inline constexpr char comment[] = "comment"; // ProcedureStep, DefenceWaived, …
inline constexpr char action[] = "action";   // ProcedureStep: the CaseAction's key
inline constexpr char reason[] = "reason";   // ClockPaused: suspension, hearing, testing, notice, service
inline constexpr char opinion[] = "opinion"; // LegalReview, CollectiveDiscussion
inline constexpr char conclusion[] = "conclusion";     // LegalReview: agree / revise; CollectiveDiscussion
inline constexpr char participants[] = "participants"; // CollectiveDiscussion: names
inline constexpr char who[] = "who";                   // Interference: the person who tried
inline constexpr char position[] = "position";         // Interference: their post
inline constexpr char channel[] = "channel";           // Interference: in person, phone, message…
inline constexpr char request[] = "request";           // Interference: what was asked
inline constexpr char occurredAt[] = "occurred_at";    // Interference: when (ISO time)
inline constexpr char method[] = "method";             // DecisionServed: in person, by post, left, notice…
inline constexpr char recipient[] = "recipient";       // DecisionServed
inline constexpr char place[] = "place";               // DecisionServed
inline constexpr char corrects[] = "corrects";         // Amendment: what it corrects (record or field)
inline constexpr char correction[] = "correction";
inline constexpr char penaltyKinds[] =
    "penalty_kinds"; // IntendedPenalty: keys of procedure::penalty     // Amendment: the corrected text
} // namespace record_keys

} // namespace fieldcase
