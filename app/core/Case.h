#pragma once

#include "EnumTable.h"

#include <QDate>
#include <QList>
#include <QUuid>

namespace fieldcase {

// Where a case stands in the procedure (see shared domain notes). The states a leader must act on
// are the ones for which needsLeaderDecision() is true; procedure/Procedure.h holds the actions that move a
// case between them and their preconditions.
//
// The main line comes first, in procedure order, so that walking it value by value (the demo data does)
// and comparisons such as `state >= CaseState::Investigating` ("the case has been opened") stay meaningful.
// The side outcomes (no penalty, transfer, withdrawal) come after it: they branch off the main line and
// never lie "between" two of its steps, so do not compare them by order. Values are never stored (the key
// is), so the order may change; keys never do.
enum class CaseState : quint8 {
    Lead,                 // 线索登记
    OpeningApproval,      // 立案审批
    Investigating,        // 调查取证
    CaseReview,           // 案件审查 (investigation report reviewed by the leader)
    AdvanceNotice,        // 事先告知: the party may state, defend and (where available) ask for a hearing
    Hearing,              // 听证
    LegalReview,          // 法制审核
    CollectiveDiscussion, // 集体讨论
    Decision,             // 待决定
    Service,              // 送达
    Execution,            // 执行
    ClosingApproval,      // 结案审批
    Closed,               // 已结案
    Archived,             // 已归档
    NoPenalty,            // 不予处罚: decided after review, then closed
    Transferred,          // 移送: to the police, prosecutors or another agency, then closed
    Withdrawn,            // 已销案
};

template <> struct EnumTable<CaseState> {
    static constexpr const char* context = "CaseState";
    static constexpr EnumEntry<CaseState> entries[] = {
        {CaseState::Lead, "lead", QT_TRANSLATE_NOOP("CaseState", "Lead registered")},
        {CaseState::OpeningApproval, "opening_approval",
         QT_TRANSLATE_NOOP("CaseState", "Awaiting approval to open")},
        {CaseState::Investigating, "investigating", QT_TRANSLATE_NOOP("CaseState", "Investigating")},
        {CaseState::CaseReview, "case_review", QT_TRANSLATE_NOOP("CaseState", "Awaiting case review")},
        {CaseState::AdvanceNotice, "advance_notice",
         QT_TRANSLATE_NOOP("CaseState", "Advance notice: statement and defence")},
        {CaseState::Hearing, "hearing", QT_TRANSLATE_NOOP("CaseState", "Hearing")},
        {CaseState::LegalReview, "legal_review", QT_TRANSLATE_NOOP("CaseState", "Legal review")},
        {CaseState::CollectiveDiscussion, "collective_discussion",
         QT_TRANSLATE_NOOP("CaseState", "Awaiting collective discussion")},
        {CaseState::Decision, "decision", QT_TRANSLATE_NOOP("CaseState", "Awaiting decision")},
        {CaseState::Service, "service", QT_TRANSLATE_NOOP("CaseState", "Serving the decision")},
        {CaseState::Execution, "execution", QT_TRANSLATE_NOOP("CaseState", "Execution")},
        {CaseState::ClosingApproval, "closing_approval",
         QT_TRANSLATE_NOOP("CaseState", "Awaiting approval to close")},
        {CaseState::Closed, "closed", QT_TRANSLATE_NOOP("CaseState", "Closed")},
        {CaseState::Archived, "archived", QT_TRANSLATE_NOOP("CaseState", "Archived")},
        {CaseState::NoPenalty, "no_penalty", QT_TRANSLATE_NOOP("CaseState", "No penalty decided")},
        {CaseState::Transferred, "transferred", QT_TRANSLATE_NOOP("CaseState", "Transferred")},
        {CaseState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("CaseState", "Withdrawn")},
    };
};

// The leader's review queue: the states in which the case waits for a leader's decision. Collective
// discussion is held by the agency's heads (行政处罚法 Art. 57), and the team leader records its outcome.
constexpr bool needsLeaderDecision(CaseState state) {
    return state == CaseState::OpeningApproval || state == CaseState::CaseReview ||
           state == CaseState::CollectiveDiscussion || state == CaseState::Decision ||
           state == CaseState::ClosingApproval;
}

// The clerk's archive list: cases whose procedure has ended. "No penalty" and "transferred" are not ended:
// they still go through the closing approval (结案审批) like any other case.
constexpr bool isFinished(CaseState state) {
    return state == CaseState::Closed || state == CaseState::Archived || state == CaseState::Withdrawn;
}

struct Violation {
    QUuid id;
    QString description;
    QString legalBasis;
    // The act's dates decide which law applies (从旧兼从轻) and when the limitation period ends.
    QDate actStart;
    QDate actEnd;
    bool operator==(const Violation&) const = default;
};

struct Case {
    QUuid id;
    // Shown until the bureau assigns the official number (案号) at sync; never a key.
    QString provisionalLabel;
    QString officialNumber;
    QUuid subjectId;
    QString cause; // 案由
    CaseState state = CaseState::Lead;
    QUuid leadOfficerId;
    QUuid unitId;
    QDateTime openedAt;
    QList<Violation> violations;
    qint64 version = 0;

    QString displayNumber() const { return officialNumber.isEmpty() ? provisionalLabel : officialNumber; }
};

} // namespace fieldcase
