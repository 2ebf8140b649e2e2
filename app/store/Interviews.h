#pragma once

#include "Store.h"
#include "StoreResult.h"

#include "Interview.h"

#include <QStringList>

#include <optional>

namespace fieldcase::store {

// Interview records (调查询问笔录) of cases. Saving a draft and confirming it are each one action: the row,
// one outbox mutation ("interview.save", "interview.confirm") and one audit event. A confirmed record is
// never changed: save() refuses it, and the table's triggers refuse it even to raw SQL.
class Interviews {
public:
    explicit Interviews(Store& store)
        : m_store(store) {}

    // Inserts the record (a null id gets a new one, written back into `interview`) or updates the draft;
    // `interview.version` becomes the stored version. Refused once the record is confirmed, for an unknown
    // case, without a start time, or when another device changed the draft since it was read.
    StoreResult save(const QUuid& actorId, Interview& interview);

    // Freezes the record. Refused, with every missing item on its own line, without two officers holding
    // enforcement certificates, a question with its answer, the interviewee's name, and the interviewee's
    // signature (or a refusal with a witness) at the place "interviewee".
    StoreResult confirm(const QUuid& actorId, const QUuid& interviewId);

    // What confirm() would still refuse for the stored record, one translated line each; empty: nothing.
    QStringList missingForConfirmation(const Interview& interview) const;

    std::optional<Interview> byId(const QUuid& interviewId) const;
    // The interviews of a case, oldest first.
    QList<Interview> forCase(const QUuid& caseId) const;

    // The signature place of the interviewee, and the entity type signatures of interviews carry.
    static QString intervieweePlace();
    static QString entityType();

private:
    QList<Interview> select(const QString& where, const QString& id) const;
    Store& m_store;
};

} // namespace fieldcase::store
