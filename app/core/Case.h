#pragma once

#include "EnumTable.h"

#include <QDate>
#include <QList>
#include <QUuid>

namespace fieldcase {

// Where a case stands in the procedure (see shared domain notes). The states a leader must act on
// are the ones for which needsLeaderDecision() is true.
enum class CaseState : quint8 {
    Lead,            // 线索登记
    OpeningApproval, // 立案审批
    Investigating,   // 调查取证
    CaseReview,      // 案件审查
    LegalReview,     // 法制审核
    Decision,        // 待决定
    Execution,       // 执行
    ClosingApproval, // 结案审批
    Closed,          // 已结案
    Archived,        // 已归档
    Withdrawn,       // 已销案
};

template <> struct EnumTable<CaseState> {
    static constexpr const char* context = "CaseState";
    static constexpr EnumEntry<CaseState> entries[] = {
        {CaseState::Lead, "lead", QT_TRANSLATE_NOOP("CaseState", "Lead registered")},
        {CaseState::OpeningApproval, "opening_approval",
         QT_TRANSLATE_NOOP("CaseState", "Awaiting approval to open")},
        {CaseState::Investigating, "investigating", QT_TRANSLATE_NOOP("CaseState", "Investigating")},
        {CaseState::CaseReview, "case_review", QT_TRANSLATE_NOOP("CaseState", "Awaiting case review")},
        {CaseState::LegalReview, "legal_review", QT_TRANSLATE_NOOP("CaseState", "Legal review")},
        {CaseState::Decision, "decision", QT_TRANSLATE_NOOP("CaseState", "Awaiting decision")},
        {CaseState::Execution, "execution", QT_TRANSLATE_NOOP("CaseState", "Execution")},
        {CaseState::ClosingApproval, "closing_approval",
         QT_TRANSLATE_NOOP("CaseState", "Awaiting approval to close")},
        {CaseState::Closed, "closed", QT_TRANSLATE_NOOP("CaseState", "Closed")},
        {CaseState::Archived, "archived", QT_TRANSLATE_NOOP("CaseState", "Archived")},
        {CaseState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("CaseState", "Withdrawn")},
    };
};

// The leader's review queue: the states in which the case waits for a leader's decision.
constexpr bool needsLeaderDecision(CaseState state) {
    return state == CaseState::OpeningApproval || state == CaseState::CaseReview ||
           state == CaseState::Decision || state == CaseState::ClosingApproval;
}

// The clerk's archive list: cases whose procedure has ended.
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
