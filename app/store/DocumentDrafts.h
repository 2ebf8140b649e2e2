#pragma once

#include "Store.h"
#include "StoreResult.h"

#include <QJsonObject>
#include <QUuid>

namespace fieldcase::store {

// What an officer typed into a document that the case's rows do not hold (the penalty as worded, the
// correction required and its deadline, the payment account, the evidence and what each proves…), kept
// per case and document kind by field id ("penalty.decision"), so the document can be finished later.
class DocumentDrafts {
public:
    explicit DocumentDrafts(Store& store)
        : m_store(store) {}

    QJsonObject fields(const QUuid& caseId, const QString& kind) const;
    // Replaces the draft's fields (one action: row, outbox mutation, audit event).
    StoreResult save(const QUuid& actorId, const QUuid& caseId, const QString& kind,
                     const QJsonObject& fields);

private:
    Store& m_store;
};

} // namespace fieldcase::store
