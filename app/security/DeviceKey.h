#pragma once

#include "SecretStore.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fieldcase::security {

// The device's Ed25519 identity. Made once, at the first run of a profile; the private key lives only
// in the secret store, the public key is registered with the bureau at enrolment and kept in the
// profile so anyone can verify what the device signed.
struct LoadedDeviceKey;

class DeviceKey {
public:
    // Reads the key named `name` from `secrets`, or makes and stores a new one when there is none.
    // `expectedPublicKey`, when not empty, is the public key the profile recorded: a different key in
    // the store (another profile's, a restored keyring) is refused rather than silently used.
    static LoadedDeviceKey loadOrCreate(SecretStore& secrets, const QString& name,
                                        const QByteArray& expectedPublicKey = {});

    DeviceKey(const DeviceKey&) = default;
    DeviceKey& operator=(const DeviceKey&) = default;
    ~DeviceKey();

    QByteArray publicKey() const { return m_publicKey; }
    static constexpr int PublicKeyBytes = 32; // Ed25519 (crypto_sign_PUBLICKEYBYTES)
    QByteArray sign(const QByteArray& message) const;
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

private:
    DeviceKey(QByteArray secretKey, QByteArray publicKey);
    QByteArray m_secretKey; // libsodium's 64-byte secret key (seed + public key)
    QByteArray m_publicKey;
};

struct LoadedDeviceKey {
    std::optional<DeviceKey> key;
    bool created = false;
    QString error; // translated
};

} // namespace fieldcase::security
