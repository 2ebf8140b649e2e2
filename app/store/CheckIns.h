#pragma once

#include "Store.h"
#include "StoreResult.h"

#include "GeoDistance.h"
#include "InspectionTask.h"
#include "PositionStamp.h"
#include "procedure/Procedure.h"

#include <optional>

namespace fieldcase::store {

// A check-in: where the device was when an inspection started, how well it knew it, and how far
// that was from the subject's registered position.
struct CheckIn {
    QUuid id;
    QUuid inspectionId;
    QUuid userId;
    PositionStamp stamp; // takenAt is the check-in time
    std::optional<double> distanceMeters;
    double radiusMeters = 0;

    // The marks of the check-in, from the distance measured then: the subject's registered position
    // may have been corrected since, and the record shows what the officers were told on site.
    CheckInAssessment assessment() const;
};

class CheckIns {
public:
    explicit CheckIns(Store& store)
        : m_store(store) {}

    // The first check-in of an inspection (the one that started it).
    std::optional<CheckIn> forInspection(const QUuid& inspectionId) const;

    // Writes the row; for an action's row writer, inside its transaction.
    static StoreResult insert(QSqlDatabase& db, const CheckIn& checkIn);

private:
    Store& m_store;
};

// Inspections of tasks. Starting one is a single action: the inspection with the task's officers,
// the task in progress, and the check-in, with one outbox mutation and one audit event.
class Inspections {
public:
    explicit Inspections(Store& store)
        : m_store(store) {}

    // Starts the inspection of an assigned task by one of its officers, checking in with `stamp` (a
    // stamp without a fix is recorded too, and marked) against the subject's registered position.
    StoreResult startWithCheckIn(const QUuid& actorId, const QUuid& taskId, const PositionStamp& stamp,
                                 double radiusMeters);

    std::optional<Inspection> ofTask(const QUuid& taskId) const;
    std::optional<Inspection> byId(const QUuid& inspectionId) const;

    // How the officers end an inspection: what they found, the outcome, and (for "open a case") the
    // cause of the case that is registered as a lead from it.
    struct Conclusion {
        QString findings;
        InspectionOutcome outcome = InspectionOutcome::Pending;
        bool recusalDeclared = false;
        QString caseCause;
        QDateTime endedAt;
    };
    struct Completed {
        StoreResult result;
        QList<procedure::Requirement> missing; // what the core or the record still lacks
        QUuid caseId;                          // the case registered from the inspection, if any
        bool ok() const { return result.ok(); }
    };
    // Completes the site inspection record in one action: the findings and outcome, the task completed,
    // and for "open a case" a case registered as a lead with the inspection linked to it. Refused, with
    // every missing item named, without two certified officers, the declaration of no conflict, the
    // findings, an outcome, or the inspected party's signature (or a witnessed refusal).
    Completed complete(const QUuid& actorId, const QUuid& inspectionId, const Conclusion& conclusion);

private:
    std::optional<Inspection> select(const QString& column, const QUuid& id) const;
    std::optional<GeoPoint> registeredPosition(const QUuid& subjectId) const;
    Store& m_store;
};

} // namespace fieldcase::store
