#pragma once

#include "Store.h"
#include "StoreResult.h"

#include "Evidence.h"

#include <QList>

#include <optional>

namespace fieldcase::store {

// The evidence rows of a profile. A row is written once, with its signature, and never changed
// (migration 5's triggers refuse it); the files live in the evidence vault.
class EvidenceRecords {
public:
    explicit EvidenceRecords(Store& store);

    // Writes the record with its outbox mutation and a custody event: "evidence.captured" for the
    // camera and microphone, "evidence.imported" for files and body cameras.
    StoreResult add(const QUuid& actorId, const EvidenceRecord& record);
    // The record's row as add() writes it, inside the caller's transaction (a record the bureau sent).
    static StoreResult insertRow(QSqlDatabase& db, const EvidenceRecord& record);

    std::optional<EvidenceRecord> byId(const QUuid& id) const;
    QList<EvidenceRecord> forCase(const QUuid& caseId) const;
    QList<EvidenceRecord> forInspection(const QUuid& inspectionId) const;
    QList<EvidenceRecord> all() const;
    // Whether the same bytes are already evidence of this case (or, without a case, this inspection).
    bool hasFile(const QString& sha256, const QUuid& caseId, const QUuid& inspectionId) const;

    // The public keys of the devices whose signatures this profile can check, by device id.
    QByteArray devicePublicKey(const QUuid& deviceId) const;
    StoreResult setDevicePublicKey(const QUuid& deviceId, const QByteArray& publicKey);
    // The profile meta key under which a device's public key (base64) is kept.
    static QString publicKeyMetaKey(const QUuid& deviceId);

private:
    QList<EvidenceRecord> select(const QString& where, const QVariant& value) const;
    Store& m_store;
};

} // namespace fieldcase::store
