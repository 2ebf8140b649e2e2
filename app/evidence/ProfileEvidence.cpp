#include "ProfileEvidence.h"

#include "EvidenceRecords.h"
#include "Profile.h"
#include "Uuid7.h"

namespace fieldcase::evidence {

using namespace Qt::StringLiterals;

QString ProfileEvidence::keyName(const QUuid& deviceId) {
    return u"device-key/"_s + Uuid7::toText(deviceId);
}

ProfileEvidence::ProfileEvidence(store::Profile& profile, security::SecretStore& secrets)
    : m_vault(profile.vaultPath()) {
    m_leftoversRemoved = m_vault.removeLeftovers();
    store::Store& store = profile.store();
    store::EvidenceRecords records(store);
    const QByteArray recordedPublicKey = records.devicePublicKey(store.deviceId());
    security::LoadedDeviceKey loaded =
        security::DeviceKey::loadOrCreate(secrets, keyName(store.deviceId()), recordedPublicKey);
    if (loaded.key && recordedPublicKey.isEmpty()) {
        if (const store::StoreResult saved =
                records.setDevicePublicKey(store.deviceId(), loaded.key->publicKey());
            !saved)
            loaded = {.key = std::nullopt, .created = false, .error = saved.message()};
    }
    m_key = std::move(loaded.key);
    m_keyCreated = loaded.created;
    m_keyError = loaded.error;
    m_service = std::make_unique<EvidenceService>(store, m_vault, m_key ? &*m_key : nullptr);
}

} // namespace fieldcase::evidence
