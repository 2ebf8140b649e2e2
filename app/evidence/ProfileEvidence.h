#pragma once

#include "EvidenceService.h"
#include "Vault.h"

#include "DeviceKey.h"

#include <memory>
#include <optional>

namespace fieldcase::store {
class Profile;
}
namespace fieldcase::security {
class SecretStore;
}

namespace fieldcase::evidence {

// The evidence side of an open profile: its vault, the device key and the service over both. Opening
// makes the device key on the first run (the public key is kept in the profile, the private key only
// in the secret store) and clears temporary files a killed import left in the vault.
class ProfileEvidence {
public:
    ProfileEvidence(store::Profile& profile, security::SecretStore& secrets);

    EvidenceService& service() { return *m_service; }
    Vault& vault() { return m_vault; }
    // Whether evidence can be added; when not, keyError() says why (translated).
    bool canSign() const { return m_key.has_value(); }
    QString keyError() const { return m_keyError; }
    bool keyCreated() const { return m_keyCreated; }
    // The device key, for what else the device signs (sign-offs); null when canSign() is false.
    const security::DeviceKey* deviceKey() const { return m_key ? &*m_key : nullptr; }
    int leftoversRemoved() const { return m_leftoversRemoved; }

    // The name of the device key in the secret store: one key per profile's device id.
    static QString keyName(const QUuid& deviceId);

private:
    Vault m_vault;
    std::optional<security::DeviceKey> m_key;
    QString m_keyError;
    bool m_keyCreated = false;
    int m_leftoversRemoved = 0;
    std::unique_ptr<EvidenceService> m_service;
};

} // namespace fieldcase::evidence
