#include "CheckIns.h"

#include "Cases.h"
#include "SqlValues.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

namespace {

StoreResult queryFailure(const QSqlQuery& query) {
    return StoreResult::failure(query.lastError().text());
}

// Times keep their milliseconds: the clock skew between the device and the receiver is read from them.
QVariant timeOrNull(const QDateTime& time) {
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime timeFrom(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonValue timeJson(const QDateTime& time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue numberOrNull(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject checkInJson(const CheckIn& c) {
    const std::optional<GeoPoint>& where = c.stamp.position;
    return {{QStringLiteral("id"), Uuid7::toText(c.id)},
            {QStringLiteral("checked_in_at"), timeJson(c.stamp.takenAt)},
            {QStringLiteral("gps_time"), timeJson(c.stamp.gpsTime)},
            {QStringLiteral("latitude"), where ? QJsonValue(where->latitude) : QJsonValue()},
            {QStringLiteral("longitude"), where ? QJsonValue(where->longitude) : QJsonValue()},
            {QStringLiteral("accuracy_m"),
             c.stamp.accuracyMeters >= 0 ? QJsonValue(c.stamp.accuracyMeters) : QJsonValue()},
            {QStringLiteral("position_source"), c.stamp.source},
            {QStringLiteral("position_received_at"), timeJson(c.stamp.receivedAt)},
            {QStringLiteral("satellites"), c.stamp.satellitesInUse},
            {QStringLiteral("distance_m"), numberOrNull(c.distanceMeters)},
            {QStringLiteral("radius_m"), c.radiusMeters}};
}

} // namespace

CheckInAssessment CheckIn::assessment() const {
    CheckInAssessment assessment;
    assessment.radiusMeters = radiusMeters;
    assessment.distanceMeters = distanceMeters;
    assessment.beyondRadius = distanceMeters && *distanceMeters > radiusMeters;
    assessment.hasFix = stamp.hasFix();
    assessment.stale = stamp.isStale();
    assessment.poor = stamp.isPoor();
    return assessment;
}

std::optional<CheckIn> CheckIns::forInspection(const QUuid& inspectionId) const {
    QSqlQuery query(m_store.connection());
    query.prepare(
        QStringLiteral("SELECT id, user_id, checked_in_at, gps_time, latitude, longitude, accuracy_m, "
                       "position_source, position_received_at, satellites, distance_m, radius_m "
                       "FROM check_ins WHERE inspection_id = ? ORDER BY row LIMIT 1"));
    query.addBindValue(Uuid7::toText(inspectionId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    CheckIn c;
    c.id = QUuid::fromString(query.value(0).toString());
    c.inspectionId = inspectionId;
    c.userId = QUuid::fromString(query.value(1).toString());
    c.stamp.takenAt = timeFrom(query.value(2));
    c.stamp.gpsTime = timeFrom(query.value(3));
    if (!query.value(4).isNull() && !query.value(5).isNull())
        c.stamp.position = GeoPoint{query.value(4).toDouble(), query.value(5).toDouble()};
    c.stamp.accuracyMeters = query.value(6).isNull() ? -1 : query.value(6).toDouble();
    c.stamp.source = query.value(7).toString();
    c.stamp.receivedAt = timeFrom(query.value(8));
    c.stamp.satellitesInUse = query.value(9).toInt();
    if (!query.value(10).isNull())
        c.distanceMeters = query.value(10).toDouble();
    c.radiusMeters = query.value(11).toDouble();
    return c;
}

StoreResult CheckIns::insert(QSqlDatabase& db, const CheckIn& c) {
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO check_ins(id, inspection_id, user_id, checked_in_at, gps_time, "
                       "latitude, longitude, accuracy_m, position_source, position_received_at, "
                       "satellites, distance_m, radius_m) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const std::optional<GeoPoint>& where = c.stamp.position;
    query.addBindValue(Uuid7::toText(c.id));
    query.addBindValue(Uuid7::toText(c.inspectionId));
    query.addBindValue(sql::idOrNull(c.userId));
    query.addBindValue(timeOrNull(c.stamp.takenAt));
    query.addBindValue(timeOrNull(c.stamp.gpsTime));
    query.addBindValue(where ? QVariant(where->latitude) : QVariant());
    query.addBindValue(where ? QVariant(where->longitude) : QVariant());
    query.addBindValue(c.stamp.accuracyMeters >= 0 ? QVariant(c.stamp.accuracyMeters) : QVariant());
    query.addBindValue(sql::text(c.stamp.source));
    query.addBindValue(timeOrNull(c.stamp.receivedAt));
    query.addBindValue(c.stamp.satellitesInUse);
    query.addBindValue(c.distanceMeters ? QVariant(*c.distanceMeters) : QVariant());
    query.addBindValue(c.radiusMeters);
    return query.exec() ? StoreResult() : queryFailure(query);
}

std::optional<GeoPoint> Inspections::registeredPosition(const QUuid& subjectId) const {
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT latitude, longitude FROM subjects WHERE id = ?"));
    query.addBindValue(Uuid7::toText(subjectId));
    if (!query.exec() || !query.next() || query.value(0).isNull() || query.value(1).isNull())
        return std::nullopt;
    return GeoPoint{query.value(0).toDouble(), query.value(1).toDouble()};
}

StoreResult Inspections::startWithCheckIn(const QUuid& actorId, const QUuid& taskId,
                                          const PositionStamp& stamp, double radiusMeters) {
    const std::optional<InspectionTask> task = Tasks(m_store).task(taskId);
    if (!task)
        return StoreResult::failure(QCoreApplication::translate("Inspections", "The task no longer exists."));
    if (task->state != TaskState::Assigned)
        return StoreResult::failure(
            QCoreApplication::translate("Inspections",
                                        "The inspection of this task has already started, or the "
                                        "task is closed (%1).")
                .arg(enumDisplayName(task->state)));
    if (!task->officerIds.contains(actorId))
        return StoreResult::failure(QCoreApplication::translate(
            "Inspections", "Only an officer assigned to the task can start its inspection."));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CheckInAssessment assessment =
        assessCheckIn(stamp, registeredPosition(task->subjectId), radiusMeters);
    CheckIn checkIn;
    checkIn.id = Uuid7::create();
    checkIn.inspectionId = Uuid7::create();
    checkIn.userId = actorId;
    checkIn.stamp = stamp;
    if (!checkIn.stamp.takenAt.isValid())
        checkIn.stamp.takenAt = now;
    checkIn.distanceMeters = assessment.distanceMeters;
    checkIn.radiusMeters = radiusMeters;

    QJsonArray officers;
    for (const QUuid& id : task->officerIds)
        officers.append(Uuid7::toText(id));
    // The task's state travels in the same mutation: at sync the bureau moves the task when it applies
    // the inspection's start, so the two cannot disagree.
    Action action{
        QStringLiteral("inspection.start"),
        QStringLiteral("inspection"),
        checkIn.inspectionId,
        0,
        {{QStringLiteral("task_id"), {}, Uuid7::toText(taskId)},
         {QStringLiteral("subject_id"), {}, Uuid7::toText(task->subjectId)},
         {QStringLiteral("started_at"), {}, now.toString(Qt::ISODate)},
         {QStringLiteral("officers"), {}, officers},
         {QStringLiteral("task_state"), enumKey(TaskState::Assigned), enumKey(TaskState::InProgress)},
         {QStringLiteral("check_in"), {}, checkInJson(checkIn)}},
        {{QStringLiteral("task_id"), Uuid7::toText(taskId)},
         {QStringLiteral("has_fix"), assessment.hasFix},
         {QStringLiteral("distance_m"), numberOrNull(assessment.distanceMeters)},
         {QStringLiteral("radius_m"), radiusMeters},
         {QStringLiteral("beyond_radius"), assessment.beyondRadius},
         {QStringLiteral("stale"), assessment.stale},
         {QStringLiteral("poor"), assessment.poor}}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        // The expected state is part of the WHERE clause: a task someone else started is not started twice.
        query.prepare(
            QStringLiteral("UPDATE tasks SET state = ?, version = version + 1 WHERE id = ? AND state = ?"));
        query.addBindValue(enumKey(TaskState::InProgress));
        query.addBindValue(Uuid7::toText(taskId));
        query.addBindValue(enumKey(TaskState::Assigned));
        if (!query.exec())
            return queryFailure(query);
        if (query.numRowsAffected() != 1)
            return StoreResult::failure(QCoreApplication::translate(
                "Inspections", "Someone else has started this task's inspection; reload the task list."));

        query.prepare(QStringLiteral("INSERT INTO inspections(id, task_id, subject_id, started_at) "
                                     "VALUES (?, ?, ?, ?)"));
        query.addBindValue(Uuid7::toText(checkIn.inspectionId));
        query.addBindValue(Uuid7::toText(taskId));
        query.addBindValue(Uuid7::toText(task->subjectId));
        query.addBindValue(now.toString(Qt::ISODate));
        if (!query.exec())
            return queryFailure(query);

        // The officers' names and certificate numbers as they are today: the record shows the party
        // the certificates that were presented, even if a certificate is renewed later.
        query.prepare(
            QStringLiteral("INSERT INTO inspection_officers(inspection_id, user_id, name, "
                           "certificate_number) SELECT ?, u.id, u.name, u.certificate_number "
                           "FROM task_officers o JOIN users u ON u.id = o.user_id WHERE o.task_id = ?"));
        query.addBindValue(Uuid7::toText(checkIn.inspectionId));
        query.addBindValue(Uuid7::toText(taskId));
        if (!query.exec())
            return queryFailure(query);

        return CheckIns::insert(db, checkIn);
    });
}

std::optional<Inspection> Inspections::ofTask(const QUuid& taskId) const {
    return select(QStringLiteral("task_id"), taskId);
}

std::optional<Inspection> Inspections::byId(const QUuid& inspectionId) const {
    return select(QStringLiteral("id"), inspectionId);
}

std::optional<Inspection> Inspections::select(const QString& column, const QUuid& id) const {
    QSqlQuery query(m_store.connection());
    query.prepare(
        QStringLiteral("SELECT id, subject_id, started_at, ended_at, findings, outcome, version, task_id "
                       "FROM inspections WHERE %1 = ? ORDER BY row LIMIT 1")
            .arg(column));
    query.addBindValue(Uuid7::toText(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    Inspection inspection;
    inspection.id = QUuid::fromString(query.value(0).toString());
    inspection.taskId = QUuid::fromString(query.value(7).toString());
    inspection.subjectId = QUuid::fromString(query.value(1).toString());
    inspection.startedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
    inspection.endedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
    inspection.findings = query.value(4).toString();
    inspection.outcome =
        enumFromKey<InspectionOutcome>(query.value(5).toString()).value_or(InspectionOutcome::Pending);
    inspection.version = query.value(6).toLongLong();
    query.finish();
    query.prepare(QStringLiteral("SELECT user_id, name, certificate_number FROM inspection_officers "
                                 "WHERE inspection_id = ? ORDER BY name"));
    query.addBindValue(Uuid7::toText(inspection.id));
    if (query.exec()) {
        while (query.next())
            inspection.officers.append({QUuid::fromString(query.value(0).toString()),
                                        query.value(1).toString(), query.value(2).toString()});
    }
    return inspection;
}

Inspections::Completed Inspections::complete(const QUuid& actorId, const QUuid& inspectionId,
                                             const Conclusion& conclusion) {
    Completed completed;
    std::optional<Inspection> inspection = byId(inspectionId);
    if (!inspection) {
        completed.result = StoreResult::failure(
            QCoreApplication::translate("Inspections", "The inspection no longer exists."));
        return completed;
    }
    if (inspection->outcome != InspectionOutcome::Pending) {
        completed.result = StoreResult::failure(
            QCoreApplication::translate("Inspections", "This inspection was already completed (%1).")
                .arg(enumDisplayName(inspection->outcome)));
        return completed;
    }
    inspection->findings = conclusion.findings.trimmed();
    inspection->outcome = conclusion.outcome;
    inspection->endedAt = conclusion.endedAt.isValid() ? conclusion.endedAt : QDateTime::currentDateTimeUtc();
    completed.missing = procedure::checkInspectionCompletion(*inspection, conclusion.recusalDeclared).missing;

    // The inspected party signs the record on site, or refuses in front of a witness (Art. 55).
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM signatures WHERE entity_id = ? AND place = 'party'"));
    query.addBindValue(Uuid7::toText(inspectionId));
    if (!query.exec() || !query.next() || query.value(0).toInt() == 0)
        completed.missing.append({QStringLiteral("party_signature"),
                                  QCoreApplication::translate(
                                      "Inspections", "The inspected party has not signed the site inspection "
                                                     "record, and no refusal with a witness is recorded.")});
    const bool opensCase = conclusion.outcome == InspectionOutcome::OpenCase;
    if (opensCase && conclusion.caseCause.trimmed().isEmpty())
        completed.missing.append({QStringLiteral("case_cause"),
                                  QCoreApplication::translate(
                                      "Inspections", "A case opened from the inspection needs its cause.")});
    if (!completed.missing.isEmpty()) {
        QStringList messages;
        for (const procedure::Requirement& requirement : completed.missing)
            messages.append(requirement.message);
        completed.result = StoreResult::failure(messages.join(QLatin1Char('\n')));
        return completed;
    }

    Case lead;
    if (opensCase) {
        lead.id = Uuid7::create();
        lead.provisionalLabel = Cases(m_store).nextProvisionalLabel(QDate::currentDate().year());
        lead.subjectId = inspection->subjectId;
        lead.cause = conclusion.caseCause.trimmed();
        lead.state = CaseState::Lead;
        lead.leadOfficerId = actorId;
        lead.openedAt = QDateTime::currentDateTimeUtc();
        completed.caseId = lead.id;
    }
    const QDate today = QDate::currentDate();
    Action action{
        QStringLiteral("inspection.complete"),
        QStringLiteral("inspection"),
        inspectionId,
        inspection->version,
        {{QStringLiteral("findings"), {}, inspection->findings},
         {QStringLiteral("outcome"), enumKey(InspectionOutcome::Pending), enumKey(conclusion.outcome)},
         {QStringLiteral("ended_at"), {}, inspection->endedAt.toUTC().toString(Qt::ISODate)},
         {QStringLiteral("recusal_declared"), false, true},
         {QStringLiteral("case"),
          {},
          opensCase ? QJsonValue(QJsonObject{{QStringLiteral("id"), Uuid7::toText(lead.id)},
                                             {QStringLiteral("provisional_label"), lead.provisionalLabel},
                                             {QStringLiteral("cause"), lead.cause}})
                    : QJsonValue()}},
        {{QStringLiteral("outcome"), enumKey(conclusion.outcome)},
         {QStringLiteral("case"), opensCase ? lead.provisionalLabel : QString()}}};
    completed.result = m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery write(db);
        if (opensCase) {
            write.prepare(QStringLiteral("INSERT INTO cases(id, provisional_label, subject_id, subject_name, "
                                         "cause, state, lead_officer_id, "
                                         "opened_at, lead_received_on) SELECT ?, ?, id, name, ?, ?, ?, ?, ? "
                                         "FROM subjects WHERE id = ?"));
            write.addBindValue(Uuid7::toText(lead.id));
            write.addBindValue(lead.provisionalLabel);
            write.addBindValue(lead.cause);
            write.addBindValue(enumKey(CaseState::Lead));
            write.addBindValue(Uuid7::toText(actorId));
            write.addBindValue(lead.openedAt.toString(Qt::ISODate));
            write.addBindValue(today.toString(Qt::ISODate));
            write.addBindValue(Uuid7::toText(lead.subjectId));
            if (!write.exec())
                return queryFailure(write);
        }
        // Only a pending inspection is completed: a second device's completion is not applied twice.
        write.prepare(QStringLiteral("UPDATE inspections SET findings = ?, outcome = ?, ended_at = ?, "
                                     "recusal_declared = 1, case_id = ?, version = version + 1 "
                                     "WHERE id = ? AND outcome = 'pending'"));
        write.addBindValue(inspection->findings);
        write.addBindValue(enumKey(conclusion.outcome));
        write.addBindValue(inspection->endedAt.toUTC().toString(Qt::ISODate));
        write.addBindValue(sql::idOrNull(lead.id));
        write.addBindValue(Uuid7::toText(inspectionId));
        if (!write.exec())
            return queryFailure(write);
        if (write.numRowsAffected() != 1)
            return StoreResult::failure(QCoreApplication::translate(
                "Inspections", "Someone else has completed this inspection; reload it."));
        if (!inspection->taskId.isNull()) {
            write.prepare(QStringLiteral("UPDATE tasks SET state = ?, version = version + 1 WHERE id = ?"));
            write.addBindValue(enumKey(TaskState::Completed));
            write.addBindValue(Uuid7::toText(inspection->taskId));
            if (!write.exec())
                return queryFailure(write);
        }
        return StoreResult();
    });
    return completed;
}

} // namespace fieldcase::store
