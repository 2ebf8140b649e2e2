#include "EvidenceService.h"

#include "DeviceKey.h"
#include "EvidenceRecords.h"
#include "Store.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace fieldcase::evidence {

using namespace Qt::StringLiterals;

EvidenceService::EvidenceService(store::Store& store, Vault& vault, const security::DeviceKey* key)
    : m_store(store)
    , m_vault(vault)
    , m_key(key) {}

EvidenceService::Added EvidenceService::add(const QString& path, EvidenceRecord draft,
                                            const ProgressFn& progress) {
    Added added;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!m_key) {
        added.error = QCoreApplication::translate("EvidenceService",
                                                  "%1 was not added: this device has no signing key.")
                          .arg(name);
        return added;
    }
    if (draft.caseId.isNull() && draft.inspectionId.isNull()) {
        added.error = QCoreApplication::translate("EvidenceService",
                                                  "%1 was not added: it belongs to no case or inspection.")
                          .arg(name);
        return added;
    }
    // Hashed as it is copied: what the vault holds is exactly what was read, byte for byte.
    const Vault::Stored stored = m_vault.storeFile(path, progress);
    if (stored.cancelled) {
        added.cancelled = true;
        return added;
    }
    if (!stored.ok()) {
        added.error =
            QCoreApplication::translate("EvidenceService", "%1 was not added: %2").arg(name, stored.error);
        return added;
    }
    store::EvidenceRecords records(m_store);
    if (records.hasFile(stored.sha256, draft.caseId, draft.inspectionId)) {
        added.duplicate = true;
        added.record = draft;
        added.record.sha256 = stored.sha256;
        return added;
    }
    EvidenceRecord& r = draft;
    r.id = Uuid7::create();
    r.sha256 = stored.sha256;
    r.size = stored.size;
    if (r.mediaType.isEmpty()) {
        // From the name and the vault's copy: the source is read exactly once (it may be a stream).
        QFile copy(m_vault.pathFor(stored.sha256));
        copy.open(QIODevice::ReadOnly);
        r.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(name, &copy).name();
    }
    if (r.originalName.isEmpty())
        r.originalName = name;
    r.originalCreated = info.birthTime().toUTC();
    r.originalModified = info.lastModified().toUTC();
    if (!r.capturedAtDevice.isValid())
        r.capturedAtDevice = r.originalModified;
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.deviceId = m_store.deviceId();
    r.signature = m_key->sign(r.canonicalBytes());
    if (const store::StoreResult result = records.add(r.capturedBy, r); !result) {
        // The file stays in the vault under its hash: harmless, and the next attempt finds it there.
        added.error = QCoreApplication::translate("EvidenceService", "%1 was not added: %2")
                          .arg(name, result.message());
        return added;
    }
    added.record = r;
    return added;
}

std::optional<EvidenceRecord> EvidenceService::record(const QUuid& id) const {
    return store::EvidenceRecords(m_store).byId(id);
}

QList<EvidenceRecord> EvidenceService::forCase(const QUuid& caseId) const {
    return store::EvidenceRecords(m_store).forCase(caseId);
}

QList<EvidenceRecord> EvidenceService::forInspection(const QUuid& inspectionId) const {
    return store::EvidenceRecords(m_store).forInspection(inspectionId);
}

QList<EvidenceRecord> EvidenceService::all() const {
    return store::EvidenceRecords(m_store).all();
}

bool EvidenceService::signatureHolds(const EvidenceRecord& record) const {
    const QByteArray publicKey = store::EvidenceRecords(m_store).devicePublicKey(record.deviceId);
    return security::DeviceKey::verify(publicKey, record.canonicalBytes(), record.signature);
}

void EvidenceService::recordCustody(const QUuid& userId, const EvidenceRecord& record, Custody what,
                                    const QJsonObject& details) {
    static const char* const actions[] = {"evidence.viewed", "evidence.exported", "evidence.verified"};
    QJsonObject event = details;
    event.insert(u"sha256"_s, record.sha256);
    m_store.recordEvent(userId, QString::fromLatin1(actions[static_cast<int>(what)]), u"evidence"_s,
                        record.id, event);
}

} // namespace fieldcase::evidence
