#include "Procedure.h"

#include "discretion/Engine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>

namespace fieldcase::procedure {

namespace {

// Dates in messages are ISO dates: the same in both languages and unambiguous on a printed form.
QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

// Amounts as the discretion engine shows them ("1,250,000"), so a threshold and a recommended penalty look
// alike on the same screen.
QString yuan(qint64 amount) {
    return discretion::formatYuan(static_cast<double>(amount));
}

QString roleNames(Roles roles) {
    QStringList names;
    for (Role role : enumValues<Role>()) {
        if (roles.testFlag(role))
            names << enumDisplayName(role);
    }
    return names.join(QStringLiteral(" / "));
}

QString stateNames(const QList<CaseState>& states) {
    QStringList names;
    for (CaseState state : states)
        names << enumDisplayName(state);
    return names.join(QStringLiteral(", "));
}

Requirement need(const char* key, const QString& message) {
    return {QString::fromLatin1(key), message};
}

// An amount trigger needs a fine: a warning alone (fine 0) never reaches a threshold, even one set to 0.
bool reaches(qint64 fine, qint64 threshold) {
    return fine > 0 && fine >= threshold;
}

// 期间开始的日不计算在期间内: a window of N days after the notice ends on the Nth day after the day it was
// served, and that whole day still belongs to the party.
QDate defenceWindowEnd(const CaseFacts& facts, const ProcedureSettings& settings) {
    return facts.noticeServedOn.addDays(settings.defenceWindowDays);
}

QDate hearingRequestEnd(const CaseFacts& facts, const ProcedureSettings& settings) {
    return facts.noticeServedOn.addDays(settings.hearingRequestDays);
}

// What still keeps the party's statement and defence open after a served notice. A written waiver or a held
// hearing ends it at once; otherwise both windows must have passed. The hearing window is named only when it
// ends later than the defence window (with the default settings the two end on the same day), and only when
// the party has a hearing to ask for and has not asked yet.
void appendOpenWindows(const CaseFacts& facts, const ProcedureSettings& settings,
                       QList<Requirement>& missing) {
    if (facts.defenceWaived || facts.hearingHeld)
        return;
    const QDate defenceEnd = defenceWindowEnd(facts, settings);
    if (facts.today <= defenceEnd)
        missing << need(keys::DefenceWindow,
                        QCoreApplication::translate("Procedure",
                                                    "The defence window ends on %1; wait until then "
                                                    "or record the party's written waiver.")
                            .arg(isoDate(defenceEnd)));
    const QDate hearingEnd = hearingRequestEnd(facts, settings);
    if (hearingEnd > defenceEnd && facts.today <= hearingEnd && !facts.hearingRequested &&
        hearingAvailable(facts, settings))
        missing << need(keys::HearingWindow,
                        QCoreApplication::translate("Procedure",
                                                    "The party may request a hearing until %1; wait "
                                                    "until then or record the party's written waiver.")
                            .arg(isoDate(hearingEnd)));
}

Requirement noticeNotServed() {
    return need(keys::Notice, QCoreApplication::translate(
                                  "Procedure", "The advance notice (事先告知书) has not been served."));
}

Requirement recusalNotDeclared() {
    return need(keys::Recusal,
                QCoreApplication::translate("Procedure",
                                            "The officers have not declared that they have no conflict of "
                                            "interest in the case (recusal)."));
}

Requirement noEvidence() {
    return need(keys::Evidence, QCoreApplication::translate("Procedure", "The case has no evidence."));
}

Requirement noViolation() {
    return need(keys::Violations, QCoreApplication::translate("Procedure", "The case records no violation."));
}

Requirement commentMissing(CaseAction action) {
    switch (action) {
    case CaseAction::ReturnLead:
        return need(keys::Comment, QCoreApplication::translate(
                                       "Procedure", "Write in the comment why the lead is returned."));
    case CaseAction::ReturnForInvestigation:
        return need(keys::Comment, QCoreApplication::translate(
                                       "Procedure", "Write in the comment what must still be investigated."));
    default:
        return need(keys::Comment, QCoreApplication::translate(
                                       "Procedure", "Write in the comment why the case is withdrawn."));
    }
}

// SubmitReport: the investigation is complete enough for the leader to review.
void appendReportPreconditions(const CaseFacts& facts, QList<Requirement>& missing) {
    if (facts.records.isEmpty())
        missing << need(keys::Records,
                        QCoreApplication::translate("Procedure",
                                                    "The case has no investigation record (site inspection "
                                                    "record, interview record or another record)."));
    // 行政处罚法 Art. 42, 55: records made in front of the party need two certified officers; a record of
    // another kind (a sampling label, a photo log) does not carry that rule.
    for (const RecordFacts& record : facts.records) {
        if (record.certifiedOfficers >= Inspection::MinimumOfficers)
            continue;
        if (record.kind == QLatin1String(SiteInspectionRecord))
            missing << need(keys::RecordOfficers,
                            QCoreApplication::translate("Procedure",
                                                        "The site inspection record “%1” has %n certified "
                                                        "officer(s); at least two are required.",
                                                        nullptr, record.certifiedOfficers)
                                .arg(record.label));
        else if (record.kind == QLatin1String(InterviewRecord))
            missing << need(
                keys::RecordOfficers,
                QCoreApplication::translate("Procedure",
                                            "The interview record “%1” has %n certified officer(s); "
                                            "at least two are required.",
                                            nullptr, record.certifiedOfficers)
                    .arg(record.label));
    }
    if (!facts.recusalDeclared)
        missing << recusalNotDeclared();
    if (facts.violations < 1)
        missing << noViolation();
    if (facts.evidenceCount < 1)
        missing << noEvidence();
}

// Decide: the decision is signed here, so this is the sign-off condition. The routing before it already sent
// the case through legal review and collective discussion where required; they are checked again because
// the intended penalty may have changed since (a new discretion result after the hearing).
void appendDecisionPreconditions(const CaseFacts& facts, const ProcedureSettings& settings,
                                 QList<Requirement>& missing) {
    if (!facts.noticeServedOn.isValid())
        missing << noticeNotServed();
    else
        appendOpenWindows(facts, settings, missing);
    if (!facts.legalReviewDone) {
        for (const QString& reason : legalReviewReasons(facts, settings))
            missing << Requirement{QString::fromLatin1(keys::LegalReview), reason};
    }
    if (!facts.collectiveDiscussionDone) {
        for (const QString& reason : collectiveDiscussionReasons(facts, settings))
            missing << Requirement{QString::fromLatin1(keys::CollectiveDiscussion), reason};
    }
    if (facts.evidenceCount < 1)
        missing << noEvidence();
    // Evidence the decision relies on must have passed the integrity check: a leader signs what was verified.
    if (facts.unverifiedEvidence > 0)
        missing << need(keys::UnverifiedEvidence,
                        QCoreApplication::translate("Procedure",
                                                    "%n piece(s) of evidence have not been verified; verify "
                                                    "them before the decision is signed.",
                                                    nullptr, facts.unverifiedEvidence));
}

void appendPreconditions(CaseAction action, const CaseFacts& facts, const ProcedureSettings& settings,
                         QList<Requirement>& missing) {
    if (needsComment(action) && facts.comment.trimmed().isEmpty())
        missing << commentMissing(action);

    switch (action) {
    case CaseAction::SubmitReport:
        appendReportPreconditions(facts, missing);
        break;
    case CaseAction::IssueAdvanceNotice:
        // The notice states the intended penalty, which comes from the saved discretion result.
        if (!facts.discretionSaved)
            missing << need(keys::Discretion, QCoreApplication::translate(
                                                  "Procedure", "No discretion result (the recommended "
                                                               "penalty) has been saved for the case."));
        if (facts.violations < 1)
            missing << noViolation();
        break;
    case CaseAction::RequestHearing:
        if (!facts.noticeServedOn.isValid())
            missing << noticeNotServed();
        if (!hearingAvailable(facts, settings)) {
            const qint64 threshold = facts.partyIsIndividual ? settings.hearingThresholdIndividual
                                                             : settings.hearingThresholdOrganisation;
            missing << need(keys::HearingRights,
                            facts.partyIsIndividual
                                ? QCoreApplication::translate(
                                      "Procedure",
                                      "The party has no right to a hearing: the fine of %1 yuan is below the "
                                      "threshold of %2 yuan for an individual, and no penalty that gives a "
                                      "hearing is intended.")
                                      .arg(yuan(facts.intendedFine), yuan(threshold))
                                : QCoreApplication::translate(
                                      "Procedure",
                                      "The party has no right to a hearing: the fine of %1 yuan is below the "
                                      "threshold of %2 yuan for an organisation, and no penalty that gives a "
                                      "hearing is intended.")
                                      .arg(yuan(facts.intendedFine), yuan(threshold)));
        }
        if (facts.noticeServedOn.isValid() && facts.today > hearingRequestEnd(facts, settings))
            missing << need(keys::HearingDeadline, QCoreApplication::translate(
                                                       "Procedure",
                                                       "The time to request a hearing ended on %1 (%n day(s) "
                                                       "after the notice was served).",
                                                       nullptr, settings.hearingRequestDays)
                                                       .arg(isoDate(hearingRequestEnd(facts, settings))));
        break;
    case CaseAction::CloseDefence:
        if (!facts.noticeServedOn.isValid())
            missing << noticeNotServed();
        if (facts.hearingRequested)
            missing << need(keys::HearingRequested,
                            QCoreApplication::translate("Procedure",
                                                        "The party has requested a hearing: record "
                                                        "the request instead of closing statement "
                                                        "and defence."));
        if (facts.noticeServedOn.isValid())
            appendOpenWindows(facts, settings, missing);
        break;
    case CaseAction::FinishHearing:
        if (!facts.hearingHeld)
            missing << need(keys::HearingHeld, QCoreApplication::translate(
                                                   "Procedure", "The hearing has not been recorded as held "
                                                                "(听证笔录)."));
        break;
    case CaseAction::Decide:
        appendDecisionPreconditions(facts, settings, missing);
        break;
    case CaseAction::CompleteExecution:
        if (!facts.executionDone)
            missing << need(keys::Execution,
                            QCoreApplication::translate("Procedure", "Execution has not been recorded as "
                                                                     "complete (payment or enforcement)."));
        break;
    // A step that closes a review needs the review's written record: the opinion is what the file keeps.
    case CaseAction::CompleteLegalReview:
        if (!facts.legalReviewDone)
            missing << need(keys::LegalReviewOpinion,
                            QCoreApplication::translate("Procedure",
                                                        "The legal review opinion (法制审核意见) has not "
                                                        "been recorded."));
        break;
    case CaseAction::CompleteCollectiveDiscussion:
        if (!facts.collectiveDiscussionDone)
            missing << need(keys::CollectiveDiscussionRecord,
                            QCoreApplication::translate("Procedure",
                                                        "The record of the collective discussion "
                                                        "(集体讨论记录) has not been made."));
        break;
    case CaseAction::RecordService:
        if (!facts.serviceRecorded)
            missing << need(keys::ServiceRecord,
                            QCoreApplication::translate("Procedure", "How and when the decision was served "
                                                                     "(送达回证) has not been recorded."));
        break;
    // Approvals, routing steps and the side paths need nothing beyond the role, the state and (for returns
    // and withdrawal) the comment.
    case CaseAction::SubmitForOpening:
    case CaseAction::ApproveOpening:
    case CaseAction::ReturnLead:
    case CaseAction::ReturnForInvestigation:
    case CaseAction::DecideNoPenalty:
    case CaseAction::Transfer:
    case CaseAction::SubmitForClosing:
    case CaseAction::ApproveClosing:
    case CaseAction::Archive:
    case CaseAction::Withdraw:
        break;
    }
}

CaseState targetOf(CaseAction action, const CaseFacts& facts, const ProcedureSettings& settings) {
    switch (action) {
    case CaseAction::SubmitForOpening:
        return CaseState::OpeningApproval;
    case CaseAction::ApproveOpening:
        return CaseState::Investigating;
    case CaseAction::ReturnLead:
        return CaseState::Lead;
    case CaseAction::SubmitReport:
        return CaseState::CaseReview;
    case CaseAction::ReturnForInvestigation:
        return CaseState::Investigating;
    case CaseAction::IssueAdvanceNotice:
        return CaseState::AdvanceNotice;
    case CaseAction::DecideNoPenalty:
        return CaseState::NoPenalty;
    case CaseAction::Transfer:
        return CaseState::Transferred;
    case CaseAction::RequestHearing:
        return CaseState::Hearing;
    case CaseAction::CloseDefence:
    case CaseAction::FinishHearing:
        return nextReviewStep(facts, settings);
    case CaseAction::CompleteLegalReview: {
        // The review being completed now counts as done, so the routing moves past it.
        CaseFacts reviewed = facts;
        reviewed.legalReviewDone = true;
        return nextReviewStep(reviewed, settings);
    }
    case CaseAction::CompleteCollectiveDiscussion:
        return CaseState::Decision;
    case CaseAction::Decide:
        return CaseState::Service;
    case CaseAction::RecordService:
        return CaseState::Execution;
    case CaseAction::CompleteExecution:
    case CaseAction::SubmitForClosing:
        return CaseState::ClosingApproval;
    case CaseAction::ApproveClosing:
        return CaseState::Closed;
    case CaseAction::Archive:
        return CaseState::Archived;
    case CaseAction::Withdraw:
        return CaseState::Withdrawn;
    }
    return facts.state;
}

// Known penalty kinds and their names, for messages.
struct PenaltyKindName {
    const char* key;
    const char* name;
};

constexpr PenaltyKindName PenaltyKindNames[] = {
    {penalty::Warning, QT_TRANSLATE_NOOP("PenaltyKind", "warning")},
    {penalty::Fine, QT_TRANSLATE_NOOP("PenaltyKind", "fine")},
    {penalty::Confiscation, QT_TRANSLATE_NOOP("PenaltyKind", "confiscation of illegal gains or property")},
    {penalty::LowerQualification, QT_TRANSLATE_NOOP("PenaltyKind", "lowering of the qualification grade")},
    {penalty::RevokePermit, QT_TRANSLATE_NOOP("PenaltyKind", "revocation of the permit")},
    {penalty::SuspendProduction, QT_TRANSLATE_NOOP("PenaltyKind", "suspension of production")},
    {penalty::CloseDown, QT_TRANSLATE_NOOP("PenaltyKind", "closing down")},
    {penalty::RestrictPractice, QT_TRANSLATE_NOOP("PenaltyKind", "restriction of practice")},
    {penalty::DetentionTransfer,
     QT_TRANSLATE_NOOP("PenaltyKind", "transfer to the police for administrative detention")},
};

} // namespace

QString penaltyKindName(const QString& key) {
    for (const PenaltyKindName& entry : PenaltyKindNames) {
        if (key == QLatin1String(entry.key))
            return QCoreApplication::translate("PenaltyKind", entry.name);
    }
    return key;
}

// --- settings --------------------------------------------------------------------------------------------

namespace {

constexpr char HearingThresholdOrganisationKey[] = "hearing_threshold_organisation";
constexpr char HearingThresholdIndividualKey[] = "hearing_threshold_individual";
constexpr char HearingPenaltyKindsKey[] = "hearing_penalty_kinds";
constexpr char LegalReviewAmountKey[] = "legal_review_amount";
constexpr char LegalReviewOnHearingKey[] = "legal_review_on_hearing";
constexpr char LegalReviewPenaltyKindsKey[] = "legal_review_penalty_kinds";
constexpr char CollectiveDiscussionAmountKey[] = "collective_discussion_amount";
constexpr char CollectiveDiscussionPenaltyKindsKey[] = "collective_discussion_penalty_kinds";
constexpr char DefenceWindowDaysKey[] = "defence_window_days";
constexpr char HearingRequestDaysKey[] = "hearing_request_days";

// A whole, non-negative number; anything else leaves `target` as it was.
template <typename T> void readCount(const QJsonObject& object, const char* key, T& target) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return;
    const double number = value.toDouble();
    // JSON numbers are doubles: beyond 2^53 they are no longer whole numbers one can trust.
    if (!(number >= 0 && number <= 9007199254740992.0) || number != std::floor(number))
        return;
    if (number > static_cast<double>(std::numeric_limits<T>::max()))
        return;
    target = static_cast<T>(number);
}

void readBool(const QJsonObject& object, const char* key, bool& target) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isBool())
        target = value.toBool();
}

// An array of strings; an array with anything else in it is refused as a whole.
void readKinds(const QJsonObject& object, const char* key, QStringList& target) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isArray())
        return;
    QStringList kinds;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return;
        kinds << item.toString();
    }
    target = kinds;
}

} // namespace

QJsonObject ProcedureSettings::toJson() const {
    return {
        {QLatin1String(HearingThresholdOrganisationKey), hearingThresholdOrganisation},
        {QLatin1String(HearingThresholdIndividualKey), hearingThresholdIndividual},
        {QLatin1String(HearingPenaltyKindsKey), QJsonArray::fromStringList(hearingPenaltyKinds)},
        {QLatin1String(LegalReviewAmountKey), legalReviewAmount},
        {QLatin1String(LegalReviewOnHearingKey), legalReviewOnHearing},
        {QLatin1String(LegalReviewPenaltyKindsKey), QJsonArray::fromStringList(legalReviewPenaltyKinds)},
        {QLatin1String(CollectiveDiscussionAmountKey), collectiveDiscussionAmount},
        {QLatin1String(CollectiveDiscussionPenaltyKindsKey),
         QJsonArray::fromStringList(collectiveDiscussionPenaltyKinds)},
        {QLatin1String(DefenceWindowDaysKey), defenceWindowDays},
        {QLatin1String(HearingRequestDaysKey), hearingRequestDays},
    };
}

ProcedureSettings ProcedureSettings::fromJson(const QJsonObject& object) {
    ProcedureSettings s;
    readCount(object, HearingThresholdOrganisationKey, s.hearingThresholdOrganisation);
    readCount(object, HearingThresholdIndividualKey, s.hearingThresholdIndividual);
    readKinds(object, HearingPenaltyKindsKey, s.hearingPenaltyKinds);
    readCount(object, LegalReviewAmountKey, s.legalReviewAmount);
    readBool(object, LegalReviewOnHearingKey, s.legalReviewOnHearing);
    readKinds(object, LegalReviewPenaltyKindsKey, s.legalReviewPenaltyKinds);
    readCount(object, CollectiveDiscussionAmountKey, s.collectiveDiscussionAmount);
    readKinds(object, CollectiveDiscussionPenaltyKindsKey, s.collectiveDiscussionPenaltyKinds);
    readCount(object, DefenceWindowDaysKey, s.defenceWindowDays);
    readCount(object, HearingRequestDaysKey, s.hearingRequestDays);
    return s;
}

// --- the state machine -----------------------------------------------------------------------------------

bool TransitionCheck::has(const QString& key) const {
    for (const Requirement& r : missing) {
        if (r.key == key)
            return true;
    }
    return false;
}

QStringList TransitionCheck::messages() const {
    QStringList list;
    for (const Requirement& r : missing)
        list << r.message;
    return list;
}

Roles rolesFor(CaseAction action) {
    switch (action) {
    // The officers in charge of the case move it forward. A hearing request comes from the party; the
    // inspector records it, and records that the hearing was held.
    case CaseAction::SubmitForOpening:
    case CaseAction::SubmitReport:
    case CaseAction::RequestHearing:
    case CaseAction::CloseDefence:
    case CaseAction::FinishHearing:
    case CaseAction::RecordService:
    case CaseAction::CompleteExecution:
    case CaseAction::SubmitForClosing:
        return Role::Inspector;
    // Everything that approves, returns, decides or ends a case is the leader's (负责人审批).
    case CaseAction::ApproveOpening:
    case CaseAction::ReturnLead:
    case CaseAction::ReturnForInvestigation:
    case CaseAction::IssueAdvanceNotice:
    case CaseAction::DecideNoPenalty:
    case CaseAction::Transfer:
    case CaseAction::CompleteCollectiveDiscussion:
    case CaseAction::Decide:
    case CaseAction::ApproveClosing:
    case CaseAction::Withdraw:
        return Role::TeamLeader;
    // Legal review is done by the legal department, not by anyone who handled the case (Art. 58).
    case CaseAction::CompleteLegalReview:
        return Role::LegalReviewer;
    case CaseAction::Archive:
        return Role::EvidenceClerk;
    }
    return {};
}

bool needsComment(CaseAction action) {
    return action == CaseAction::ReturnLead || action == CaseAction::ReturnForInvestigation ||
           action == CaseAction::Withdraw;
}

QList<CaseState> sourceStates(CaseAction action) {
    switch (action) {
    case CaseAction::SubmitForOpening:
        return {CaseState::Lead};
    case CaseAction::ApproveOpening:
    case CaseAction::ReturnLead:
        return {CaseState::OpeningApproval};
    case CaseAction::SubmitReport:
        return {CaseState::Investigating};
    case CaseAction::ReturnForInvestigation:
    case CaseAction::IssueAdvanceNotice:
    case CaseAction::DecideNoPenalty:
        return {CaseState::CaseReview};
    // A case may be handed to the police or prosecutors as soon as the facts point to a crime.
    case CaseAction::Transfer:
        return {CaseState::Investigating, CaseState::CaseReview};
    case CaseAction::RequestHearing:
    case CaseAction::CloseDefence:
        return {CaseState::AdvanceNotice};
    case CaseAction::FinishHearing:
        return {CaseState::Hearing};
    case CaseAction::CompleteLegalReview:
        return {CaseState::LegalReview};
    case CaseAction::CompleteCollectiveDiscussion:
        return {CaseState::CollectiveDiscussion};
    case CaseAction::Decide:
        return {CaseState::Decision};
    case CaseAction::RecordService:
        return {CaseState::Service};
    case CaseAction::CompleteExecution:
        return {CaseState::Execution};
    case CaseAction::SubmitForClosing:
        return {CaseState::NoPenalty, CaseState::Transferred};
    case CaseAction::ApproveClosing:
        return {CaseState::ClosingApproval};
    case CaseAction::Archive:
        return {CaseState::Closed};
    case CaseAction::Withdraw: {
        QList<CaseState> states;
        for (CaseState state : enumValues<CaseState>()) {
            if (!isFinished(state))
                states << state;
        }
        return states;
    }
    }
    return {};
}

QList<CaseAction> actionsFrom(CaseState state) {
    QList<CaseAction> actions;
    for (CaseAction action : enumValues<CaseAction>()) {
        if (sourceStates(action).contains(state))
            actions << action;
    }
    return actions;
}

QList<CaseAction> actionsFor(CaseState state, Roles roles) {
    QList<CaseAction> actions;
    for (CaseAction action : actionsFrom(state)) {
        if (roles & rolesFor(action))
            actions << action;
    }
    return actions;
}

bool hearingAvailable(const CaseFacts& facts, const ProcedureSettings& settings) {
    const qint64 threshold =
        facts.partyIsIndividual ? settings.hearingThresholdIndividual : settings.hearingThresholdOrganisation;
    if (reaches(facts.intendedFine, threshold))
        return true;
    for (const QString& kind : facts.penaltyKinds) {
        if (settings.hearingPenaltyKinds.contains(kind))
            return true;
    }
    return false;
}

QStringList legalReviewReasons(const CaseFacts& facts, const ProcedureSettings& settings) {
    QStringList reasons;
    if (reaches(facts.intendedFine, settings.legalReviewAmount))
        reasons << QCoreApplication::translate("Procedure",
                                               "Legal review (法制审核) is required: the fine of %1 "
                                               "yuan reaches the threshold of %2 yuan.")
                       .arg(yuan(facts.intendedFine), yuan(settings.legalReviewAmount));
    for (const QString& kind : facts.penaltyKinds) {
        if (settings.legalReviewPenaltyKinds.contains(kind))
            reasons << QCoreApplication::translate(
                           "Procedure", "Legal review (法制审核) is required: the intended penalty "
                                        "“%1” is on the bureau's list for legal review.")
                           .arg(penaltyKindName(kind));
    }
    // Art. 58(2): a decision that went through a hearing.
    if (settings.legalReviewOnHearing && facts.hearingHeld)
        reasons << QCoreApplication::translate("Procedure",
                                               "Legal review (法制审核) is required: a hearing was held.");
    return reasons;
}

bool legalReviewRequired(const CaseFacts& facts, const ProcedureSettings& settings) {
    return !legalReviewReasons(facts, settings).isEmpty();
}

QStringList collectiveDiscussionReasons(const CaseFacts& facts, const ProcedureSettings& settings) {
    QStringList reasons;
    if (reaches(facts.intendedFine, settings.collectiveDiscussionAmount))
        reasons << QCoreApplication::translate("Procedure",
                                               "Collective discussion (集体讨论) is required: the "
                                               "fine of %1 yuan reaches the threshold of %2 yuan.")
                       .arg(yuan(facts.intendedFine), yuan(settings.collectiveDiscussionAmount));
    for (const QString& kind : facts.penaltyKinds) {
        if (settings.collectiveDiscussionPenaltyKinds.contains(kind))
            reasons << QCoreApplication::translate(
                           "Procedure", "Collective discussion (集体讨论) is required: the intended "
                                        "penalty “%1” is on the bureau's list for collective "
                                        "discussion.")
                           .arg(penaltyKindName(kind));
    }
    return reasons;
}

bool collectiveDiscussionRequired(const CaseFacts& facts, const ProcedureSettings& settings) {
    return !collectiveDiscussionReasons(facts, settings).isEmpty();
}

CaseState nextReviewStep(const CaseFacts& facts, const ProcedureSettings& settings) {
    if (!facts.legalReviewDone && legalReviewRequired(facts, settings))
        return CaseState::LegalReview;
    if (!facts.collectiveDiscussionDone && collectiveDiscussionRequired(facts, settings))
        return CaseState::CollectiveDiscussion;
    return CaseState::Decision;
}

TransitionCheck check(CaseAction action, Roles roles, const CaseFacts& facts,
                      const ProcedureSettings& settings) {
    TransitionCheck result;
    result.target = targetOf(action, facts, settings);
    const Roles allowedRoles = rolesFor(action);
    if (!(roles & allowedRoles)) {
        result.roleRefused = true;
        result.missing << need(keys::Role,
                               QCoreApplication::translate("Procedure", "“%1” is for the role: %2.")
                                   .arg(enumDisplayName(action), roleNames(allowedRoles)));
    }
    const QList<CaseState> from = sourceStates(action);
    if (!from.contains(facts.state)) {
        result.missing << need(
            keys::State,
            QCoreApplication::translate("Procedure", "The case is in the state “%1”; “%2” is possible "
                                                     "only in: %3.")
                .arg(enumDisplayName(facts.state), enumDisplayName(action), stateNames(from)));
        return result;
    }
    appendPreconditions(action, facts, settings, result.missing);
    return result;
}

// --- inspections -----------------------------------------------------------------------------------------

bool InspectionCompletionCheck::has(const QString& key) const {
    for (const Requirement& r : missing) {
        if (r.key == key)
            return true;
    }
    return false;
}

InspectionCompletionCheck checkInspectionCompletion(const Inspection& inspection, bool recusalDeclared) {
    InspectionCompletionCheck result;
    if (!inspection.hasEnoughCertifiedOfficers()) {
        // Counted as hasEnoughCertifiedOfficers() counts: distinct people with a certificate number.
        QSet<QUuid> certified;
        for (const OfficerPresence& officer : inspection.officers) {
            if (!officer.certificateNumber.trimmed().isEmpty())
                certified.insert(officer.userId);
        }
        // A plain variable as the count: lupdate 6.4 silently drops the message for a cast expression.
        const int certifiedCount = int(certified.size());
        result.missing << need(keys::Officers, QCoreApplication::translate(
                                                   "Procedure",
                                                   "The inspection lists %n officer(s) with a certificate "
                                                   "number; at least two are required.",
                                                   nullptr, certifiedCount));
    }
    if (!recusalDeclared)
        result.missing << recusalNotDeclared();
    if (inspection.findings.trimmed().isEmpty())
        result.missing << need(
            keys::Findings, QCoreApplication::translate("Procedure", "The findings are empty; write what was "
                                                                     "found, or that nothing was found."));
    if (inspection.outcome == InspectionOutcome::Pending)
        result.missing << need(
            keys::Outcome, QCoreApplication::translate("Procedure", "Choose the outcome: no problem found, "
                                                                    "correction required, or open a case."));
    if (!inspection.startedAt.isValid())
        result.missing << need(keys::StartTime,
                               QCoreApplication::translate("Procedure", "The start time of the inspection is "
                                                                        "missing."));
    if (!inspection.endedAt.isValid()) {
        result.missing << need(keys::EndTime, QCoreApplication::translate(
                                                  "Procedure", "The end time of the inspection is missing."));
    } else if (inspection.startedAt.isValid() && inspection.endedAt <= inspection.startedAt) {
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
        result.missing << need(
            keys::EndTime,
            QCoreApplication::translate("Procedure", "The end time %1 is not after the start time %2.")
                .arg(inspection.endedAt.toLocalTime().toString(format),
                     inspection.startedAt.toLocalTime().toString(format)));
    }
    return result;
}

} // namespace fieldcase::procedure
