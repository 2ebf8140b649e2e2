#pragma once

#include "EnumTable.h"

#include <QDate>
#include <QList>
#include <QUuid>

namespace fieldcase {

// Where an inspection task came from.
enum class TaskSource : quint8 { RandomDraw, AnnualPlan, Complaint, Transfer, FollowUp };

template <> struct EnumTable<TaskSource> {
    static constexpr const char* context = "TaskSource";
    static constexpr EnumEntry<TaskSource> entries[] = {
        {TaskSource::RandomDraw, "random_draw", QT_TRANSLATE_NOOP("TaskSource", "Random draw")},
        {TaskSource::AnnualPlan, "annual_plan", QT_TRANSLATE_NOOP("TaskSource", "Annual plan")},
        {TaskSource::Complaint, "complaint", QT_TRANSLATE_NOOP("TaskSource", "Complaint")},
        {TaskSource::Transfer, "transfer",
         QT_TRANSLATE_NOOP("TaskSource", "Transfer from another department")},
        {TaskSource::FollowUp, "follow_up", QT_TRANSLATE_NOOP("TaskSource", "Follow-up inspection")},
    };
};

enum class TaskState : quint8 { Assigned, InProgress, Completed, Cancelled };

template <> struct EnumTable<TaskState> {
    static constexpr const char* context = "TaskState";
    static constexpr EnumEntry<TaskState> entries[] = {
        {TaskState::Assigned, "assigned", QT_TRANSLATE_NOOP("TaskState", "Assigned")},
        {TaskState::InProgress, "in_progress", QT_TRANSLATE_NOOP("TaskState", "In progress")},
        {TaskState::Completed, "completed", QT_TRANSLATE_NOOP("TaskState", "Completed")},
        {TaskState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("TaskState", "Cancelled")},
    };
};

struct InspectionTask {
    QUuid id;
    TaskSource source = TaskSource::AnnualPlan;
    QUuid subjectId;
    QList<QUuid> officerIds;
    QDate dueDate;
    TaskState state = TaskState::Assigned;
    QString note;
    qint64 version = 0;
};

enum class InspectionOutcome : quint8 { Pending, NoProblem, CorrectionRequired, OpenCase };

template <> struct EnumTable<InspectionOutcome> {
    static constexpr const char* context = "InspectionOutcome";
    static constexpr EnumEntry<InspectionOutcome> entries[] = {
        {InspectionOutcome::Pending, "pending", QT_TRANSLATE_NOOP("InspectionOutcome", "Not concluded")},
        {InspectionOutcome::NoProblem, "no_problem",
         QT_TRANSLATE_NOOP("InspectionOutcome", "No problem found")},
        {InspectionOutcome::CorrectionRequired, "correction_required",
         QT_TRANSLATE_NOOP("InspectionOutcome", "Problems found, correction required")},
        {InspectionOutcome::OpenCase, "open_case", QT_TRANSLATE_NOOP("InspectionOutcome", "Open a case")},
    };
};

// One officer present at an inspection, with the certificate number shown to the party.
struct OfficerPresence {
    QUuid userId;
    QString name;
    QString certificateNumber;
    bool operator==(const OfficerPresence&) const = default;
};

struct Inspection {
    QUuid id;
    QUuid taskId;
    QUuid subjectId;
    QList<OfficerPresence> officers;
    QDateTime startedAt;
    QDateTime endedAt;
    QString findings;
    InspectionOutcome outcome = InspectionOutcome::Pending;
    qint64 version = 0;

    // 行政处罚法 Art. 42: at least two officers holding enforcement certificates act together.
    static constexpr int MinimumOfficers = 2;
    bool hasEnoughCertifiedOfficers() const;
};

} // namespace fieldcase
