#include "DeviceKey.h"

#include <sodium.h>

#include <QCoreApplication>

static_assert(fieldcase::security::DeviceKey::PublicKeyBytes == crypto_sign_PUBLICKEYBYTES);

namespace fieldcase::security {

DeviceKey::DeviceKey(QByteArray secretKey, QByteArray publicKey)
    : m_secretKey(std::move(secretKey))
    , m_publicKey(std::move(publicKey)) {}

DeviceKey::~DeviceKey() {
    // The last copy of the secret key to leave memory wipes it. (Copies share one buffer; wiping a
    // shared one would detach, that is copy the key once more, so only the sole owner wipes.)
    if (!m_secretKey.isEmpty() && m_secretKey.isDetached())
        sodium_memzero(m_secretKey.data(), static_cast<size_t>(m_secretKey.size()));
}

LoadedDeviceKey DeviceKey::loadOrCreate(SecretStore& secrets, const QString& name,
                                        const QByteArray& expectedPublicKey) {
    LoadedDeviceKey loaded;
    if (sodium_init() < 0) {
        loaded.error = QCoreApplication::translate("DeviceKey", "The cryptography library could not start.");
        return loaded;
    }
    const SecretStore::Read read = secrets.read(name);
    if (!read.ok()) {
        loaded.error = read.error;
        return loaded;
    }
    if (read.found) {
        if (read.secret.size() != crypto_sign_SECRETKEYBYTES) {
            loaded.error = QCoreApplication::translate(
                "DeviceKey", "The device key in the system secret store is damaged.");
            return loaded;
        }
        // libsodium's secret key ends with the public key.
        QByteArray publicKey = read.secret.right(crypto_sign_PUBLICKEYBYTES);
        if (!expectedPublicKey.isEmpty() && publicKey != expectedPublicKey) {
            loaded.error = QCoreApplication::translate(
                "DeviceKey", "The device key in the system secret store is not this profile's key.");
            return loaded;
        }
        loaded.key = DeviceKey(read.secret, std::move(publicKey));
        return loaded;
    }
    if (!expectedPublicKey.isEmpty()) {
        // The profile has signed with a key that is gone (another user's keyring, a wiped store). A new
        // key would sign under the same device id with a different identity; refuse instead.
        loaded.error = QCoreApplication::translate(
            "DeviceKey", "This profile's device key is missing from the system secret store. Evidence "
                         "can be viewed and verified, but not added, until the key is restored.");
        return loaded;
    }
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                        reinterpret_cast<unsigned char*>(secretKey.data()));
    if (const QString error = secrets.write(name, secretKey); !error.isEmpty()) {
        sodium_memzero(secretKey.data(), static_cast<size_t>(secretKey.size()));
        loaded.error = error;
        return loaded;
    }
    loaded.key = DeviceKey(std::move(secretKey), std::move(publicKey));
    loaded.created = true;
    return loaded;
}

QByteArray DeviceKey::sign(const QByteArray& message) const {
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secretKey.constData()));
    return signature;
}

bool DeviceKey::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature) {
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    if (sodium_init() < 0)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace fieldcase::security
