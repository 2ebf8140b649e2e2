#pragma once

#include "Vault.h"

#include "Evidence.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fieldcase::store {
class Store;
}
namespace fieldcase::security {
class DeviceKey;
}

namespace fieldcase::evidence {

// Brings files into a profile as evidence: copied into the vault and hashed on the way, described,
// signed by the device key, and recorded (row + outbox mutation + custody audit event in one
// transaction). Reads the records back and verifies them.
class EvidenceService {
public:
    struct Added {
        EvidenceRecord record;
        bool duplicate = false; // the same bytes are already evidence of this case or inspection
        bool cancelled = false;
        QString error; // translated; names the file
        bool ok() const { return error.isEmpty() && !cancelled && !duplicate; }
    };

    // `key` may be null: the profile can then still list and verify, but adding is refused.
    EvidenceService(store::Store& store, Vault& vault, const security::DeviceKey* key);

    // Adds the file at `path`. `draft` carries what the caller knows: kind, case or inspection, who
    // captured it and who was present, description, intake and source, position stamp, and the
    // capture time when it is known (a camera's EXIF time); the service fills the hash, size, media
    // type, original name and times, receive time, device id, id and signature. When the capture time
    // is not given the file's modification time is used.
    Added add(const QString& path, EvidenceRecord draft, const ProgressFn& progress = {});

    std::optional<EvidenceRecord> record(const QUuid& id) const;
    QList<EvidenceRecord> forCase(const QUuid& caseId) const;
    QList<EvidenceRecord> forInspection(const QUuid& inspectionId) const;
    QList<EvidenceRecord> all() const;

    // True when the record's signature is the device key's over its canonical bytes.
    bool signatureHolds(const EvidenceRecord& record) const;

    // Custody: viewing, exporting and verifying an item become events of the audit chain.
    enum class Custody { Viewed, Exported, Verified };
    void recordCustody(const QUuid& userId, const EvidenceRecord& record, Custody what,
                       const QJsonObject& details = {});

    store::Store& store() { return m_store; }
    Vault& vault() { return m_vault; }

private:
    store::Store& m_store;
    Vault& m_vault;
    const security::DeviceKey* m_key;
};

} // namespace fieldcase::evidence
