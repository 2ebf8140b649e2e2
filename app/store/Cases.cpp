#include "Cases.h"

#include "AuditLog.h"
#include "SqlValues.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

namespace {

StoreResult queryFailure(const QSqlQuery& query) {
    return StoreResult::failure(query.lastError().text());
}

} // namespace

QString Cases::nextProvisionalLabel(int year) const {
    // 临 marks a provisional label; the device part keeps labels made offline on two devices apart.
    const QString prefix =
        QStringLiteral("临-%1-%2-").arg(year).arg(Uuid7::toText(m_store.deviceId()).right(4).toUpper());
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE provisional_label LIKE ?"));
    query.addBindValue(prefix + QLatin1Char('%'));
    const int used = query.exec() && query.next() ? query.value(0).toInt() : 0;
    return prefix + QStringLiteral("%1").arg(used + 1, 4, 10, QLatin1Char('0'));
}

StoreResult Cases::create(const QUuid& actorId, const Case& c) {
    if (c.cause.trimmed().isEmpty())
        return StoreResult::failure(
            QCoreApplication::translate("Cases", "The case needs a cause of action."));
    for (const Violation& v : c.violations) {
        if (v.actStart.isValid() && v.actEnd.isValid() && v.actEnd < v.actStart)
            return StoreResult::failure(
                QCoreApplication::translate("Cases", "A violation cannot end before it started."));
    }
    Action action{QStringLiteral("case.create"),
                  QStringLiteral("case"),
                  c.id,
                  0,
                  {{QStringLiteral("provisional_label"), {}, c.provisionalLabel},
                   {QStringLiteral("subject_id"), {}, Uuid7::toText(c.subjectId)},
                   {QStringLiteral("cause"), {}, c.cause},
                   {QStringLiteral("state"), {}, enumKey(c.state)},
                   {QStringLiteral("lead_officer_id"),
                    {},
                    c.leadOfficerId.isNull() ? QString() : Uuid7::toText(c.leadOfficerId)},
                   {QStringLiteral("opened_at"), {}, c.openedAt.toString(Qt::ISODate)}},
                  {{QStringLiteral("label"), c.provisionalLabel}}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO cases(id, provisional_label, official_number, subject_id, "
                                     "subject_name, cause, state, "
                                     "lead_officer_id, unit_id, opened_at) "
                                     "SELECT ?, ?, ?, id, name, ?, ?, ?, ?, ? FROM subjects WHERE id = ?"));
        query.addBindValue(Uuid7::toText(c.id));
        query.addBindValue(c.provisionalLabel);
        query.addBindValue(sql::text(c.officialNumber));
        query.addBindValue(c.cause.trimmed());
        query.addBindValue(enumKey(c.state));
        query.addBindValue(sql::idOrNull(c.leadOfficerId));
        query.addBindValue(sql::idOrNull(c.unitId));
        query.addBindValue(c.openedAt.toUTC().toString(Qt::ISODate));
        query.addBindValue(Uuid7::toText(c.subjectId));
        if (!query.exec())
            return queryFailure(query);
        if (query.numRowsAffected() != 1)
            return StoreResult::failure(
                QCoreApplication::translate("Cases", "The subject of the case does not exist."));
        for (const Violation& v : c.violations) {
            query.prepare(
                QStringLiteral("INSERT INTO violations(id, case_id, description, legal_basis, act_start, "
                               "act_end) VALUES (?, ?, ?, ?, ?, ?)"));
            query.addBindValue(Uuid7::toText(v.id.isNull() ? Uuid7::create() : v.id));
            query.addBindValue(Uuid7::toText(c.id));
            query.addBindValue(v.description);
            query.addBindValue(sql::text(v.legalBasis));
            query.addBindValue(sql::dateOrNull(v.actStart));
            query.addBindValue(sql::dateOrNull(v.actEnd));
            if (!query.exec())
                return queryFailure(query);
        }
        return StoreResult();
    });
}

StoreResult Cases::transition(const QUuid& actorId, const QUuid& caseId, CaseState from, CaseState to) {
    const std::optional<Case> current = caseById(caseId);
    if (!current)
        return StoreResult::failure(QCoreApplication::translate("Cases", "The case no longer exists."));
    Action action{QStringLiteral("case.transition"),
                  QStringLiteral("case"),
                  caseId,
                  current->version,
                  {{QStringLiteral("state"), enumKey(from), enumKey(to)}},
                  {{QStringLiteral("from"), enumKey(from)}, {QStringLiteral("to"), enumKey(to)}}};
    return m_store.perform(actorId, action,
                           [&](QSqlDatabase& db) { return moveState(db, caseId, from, to); });
}

StoreResult Cases::moveState(QSqlDatabase& db, const QUuid& caseId, CaseState from, CaseState to) {
    QSqlQuery query(db);
    // The expected state is part of the WHERE clause: a case someone else moved is not moved twice.
    query.prepare(
        QStringLiteral("UPDATE cases SET state = ?, version = version + 1 WHERE id = ? AND state = ?"));
    query.addBindValue(enumKey(to));
    query.addBindValue(Uuid7::toText(caseId));
    query.addBindValue(enumKey(from));
    if (!query.exec())
        return queryFailure(query);
    if (query.numRowsAffected() != 1)
        return StoreResult::failure(
            QCoreApplication::translate("Cases",
                                        "The case is no longer in the state \"%1\"; reload it and try again.")
                .arg(enumDisplayName(from)));
    return StoreResult();
}

std::optional<QUuid> Cases::find(const QString& reference) const {
    const QUuid asId = QUuid::fromString(reference);
    if (!asId.isNull() && caseById(asId))
        return asId;
    return idByNumber(reference);
}

std::optional<QUuid> Cases::idByNumber(const QString& number) const {
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT id FROM cases WHERE number = ?"));
    query.addBindValue(number.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QUuid::fromString(query.value(0).toString());
}

std::optional<Case> Cases::caseById(const QUuid& id) const {
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT provisional_label, official_number, subject_id, cause, state, "
                                 "lead_officer_id, unit_id, opened_at, version FROM cases WHERE id = ?"));
    query.addBindValue(Uuid7::toText(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    Case c;
    c.id = id;
    c.provisionalLabel = query.value(0).toString();
    c.officialNumber = query.value(1).toString();
    c.subjectId = QUuid::fromString(query.value(2).toString());
    c.cause = query.value(3).toString();
    c.state = enumFromKey<CaseState>(query.value(4).toString()).value_or(CaseState::Lead);
    c.leadOfficerId = QUuid::fromString(query.value(5).toString());
    c.unitId = QUuid::fromString(query.value(6).toString());
    c.openedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
    c.version = query.value(8).toLongLong();
    query.finish();

    query.prepare(QStringLiteral("SELECT id, description, legal_basis, act_start, act_end FROM violations "
                                 "WHERE case_id = ? ORDER BY row"));
    query.addBindValue(Uuid7::toText(id));
    if (query.exec()) {
        while (query.next()) {
            c.violations.append({QUuid::fromString(query.value(0).toString()), query.value(1).toString(),
                                 query.value(2).toString(),
                                 QDate::fromString(query.value(3).toString(), Qt::ISODate),
                                 QDate::fromString(query.value(4).toString(), Qt::ISODate)});
        }
    }
    return c;
}

QString Cases::subjectName(const QUuid& caseId) const {
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT subject_name FROM cases WHERE id = ?"));
    query.addBindValue(Uuid7::toText(caseId));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QList<AuditEvent> Cases::events(const QUuid& caseId) const {
    return AuditLog(m_store.connection()).eventsFor(caseId);
}

int Cases::count() const {
    QSqlQuery query(m_store.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM cases")) && query.next() ? query.value(0).toInt()
                                                                                    : 0;
}

StoreResult Tasks::create(const QUuid& actorId, const InspectionTask& task) {
    QStringList officers;
    for (const QUuid& id : task.officerIds)
        officers << Uuid7::toText(id);
    Action action{QStringLiteral("task.create"),
                  QStringLiteral("task"),
                  task.id,
                  0,
                  {{QStringLiteral("source"), {}, enumKey(task.source)},
                   {QStringLiteral("subject_id"), {}, Uuid7::toText(task.subjectId)},
                   {QStringLiteral("officers"), {}, QJsonValue::fromVariant(officers)},
                   {QStringLiteral("due_date"), {}, task.dueDate.toString(Qt::ISODate)},
                   {QStringLiteral("state"), {}, enumKey(task.state)}},
                  {}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO tasks(id, source, subject_id, due_date, state, note) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(Uuid7::toText(task.id));
        query.addBindValue(enumKey(task.source));
        query.addBindValue(Uuid7::toText(task.subjectId));
        query.addBindValue(sql::dateOrNull(task.dueDate));
        query.addBindValue(enumKey(task.state));
        query.addBindValue(sql::text(task.note));
        if (!query.exec())
            return queryFailure(query);
        for (const QString& officer : officers) {
            query.prepare(QStringLiteral("INSERT INTO task_officers(task_id, user_id) VALUES (?, ?)"));
            query.addBindValue(Uuid7::toText(task.id));
            query.addBindValue(officer);
            if (!query.exec())
                return queryFailure(query);
        }
        return StoreResult();
    });
}

std::optional<InspectionTask> Tasks::task(const QUuid& id) const {
    QSqlQuery query(m_store.connection());
    query.prepare(
        QStringLiteral("SELECT source, subject_id, due_date, state, note, version FROM tasks WHERE id = ?"));
    query.addBindValue(Uuid7::toText(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    InspectionTask task;
    task.id = id;
    task.source = enumFromKey<TaskSource>(query.value(0).toString()).value_or(TaskSource::AnnualPlan);
    task.subjectId = QUuid::fromString(query.value(1).toString());
    task.dueDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    task.state = enumFromKey<TaskState>(query.value(3).toString()).value_or(TaskState::Assigned);
    task.note = query.value(4).toString();
    task.version = query.value(5).toLongLong();
    query.finish();
    query.prepare(QStringLiteral("SELECT user_id FROM task_officers WHERE task_id = ?"));
    query.addBindValue(Uuid7::toText(id));
    if (query.exec()) {
        while (query.next())
            task.officerIds.append(QUuid::fromString(query.value(0).toString()));
    }
    return task;
}

} // namespace fieldcase::store
