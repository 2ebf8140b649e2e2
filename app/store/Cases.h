#pragma once

#include "Store.h"

#include "AuditEvent.h"
#include "Case.h"
#include "InspectionTask.h"

#include <optional>

namespace fieldcase::store {

class Cases {
public:
    explicit Cases(Store& store)
        : m_store(store) {}

    StoreResult create(const QUuid& actorId, const Case& newCase);
    // A workflow step: refused unless the case is in `from` (someone else may have moved it).
    StoreResult transition(const QUuid& actorId, const QUuid& caseId, CaseState from, CaseState to);
    // The state change itself, for an action's row writer (inside its transaction).
    static StoreResult moveState(QSqlDatabase& db, const QUuid& caseId, CaseState from, CaseState to);
    std::optional<Case> caseById(const QUuid& id) const;
    // The case with this official number or provisional label ("临-2026-0001"), as clerks name cases.
    std::optional<QUuid> idByNumber(const QString& number) const;
    // A case as a person names it on a command line: its id, official number or provisional label.
    std::optional<QUuid> find(const QString& reference) const;
    // The subject's name, denormalised on the case row for sorting and display.
    QString subjectName(const QUuid& caseId) const;
    QList<AuditEvent> events(const QUuid& caseId) const;
    int count() const;

    // The next provisional label on this device: "临-YYYY-NNNN" until the bureau assigns a number.
    QString nextProvisionalLabel(int year) const;

private:
    Store& m_store;
};

class Tasks {
public:
    explicit Tasks(Store& store)
        : m_store(store) {}
    StoreResult create(const QUuid& actorId, const InspectionTask& task);
    std::optional<InspectionTask> task(const QUuid& id) const;

private:
    Store& m_store;
};

} // namespace fieldcase::store
