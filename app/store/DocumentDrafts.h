#pragma once

#include "Store.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace fieldcase::store {

// What an officer typed into a document that the case's rows do not hold (the penalty as worded, the
// correction required and its deadline, the payment account, the evidence and what each proves…), kept
// per case and document kind by field id ("penalty.decision"), so the document can be finished later.
//
// For sync the draft of one document of one case is one record ("document_draft"). Its id is derived from
// the case and the kind, so every device names the same draft alike and the drafts of two documents of a
// case stay two records. The record holds `case_id` and `kind`, and each typed field under "fields." (so
// that edits of different fields on two devices merge field by field).
class DocumentDrafts {
    Q_DECLARE_TR_FUNCTIONS(DocumentDrafts)

public:
    explicit DocumentDrafts(Store& store)
        : m_store(store) {}

    static QUuid entityId(const QUuid& caseId, const QString& kind);
    static constexpr QLatin1String FieldPrefix{"fields."};

    QJsonObject fields(const QUuid& caseId, const QString& kind) const;
    // Replaces the draft's fields (one action: row, outbox mutation, audit event).
    StoreResult save(const QUuid& actorId, const QUuid& caseId, const QString& kind,
                     const QJsonObject& fields);

    // Writes a draft as the bureau holds it (the sync record's fields).
    static StoreResult writeSynced(QSqlDatabase& db, const QString& id, const QJsonObject& record);
    // Sets one field of the sync record ("fields.<id>") of a draft held here; a draft not held is left alone.
    static StoreResult writeSyncedField(QSqlDatabase& db, const QString& id, const QString& field,
                                        const QJsonValue& value);

private:
    // The draft's fields, or nullopt when there is no draft of this document yet.
    std::optional<QJsonObject> held(const QUuid& caseId, const QString& kind) const;

    Store& m_store;
};

} // namespace fieldcase::store
