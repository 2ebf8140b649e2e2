#pragma once

#include "Store.h"
#include "StoreResult.h"

#include "GeoDistance.h"
#include "InspectionTask.h"
#include "PositionStamp.h"

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

private:
    std::optional<GeoPoint> registeredPosition(const QUuid& subjectId) const;
    Store& m_store;
};

} // namespace fieldcase::store
