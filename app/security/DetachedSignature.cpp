#include "DetachedSignature.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace fieldcase::security {

namespace {

bool ensureSodium() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const QString Algorithm = QStringLiteral("ed25519");

} // namespace

DetachedSignature::KeyPair DetachedSignature::generateKeyPair() {
    KeyPair pair;
    if (!ensureSodium())
        return pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char*>(pair.secretKey.data()));
    return pair;
}

QByteArray DetachedSignature::sign(const QByteArray& content, const QByteArray& secretKey,
                                   const QString& keyId) {
    if (!ensureSodium() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(content.constData()),
                         static_cast<unsigned long long>(content.size()),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    const QJsonObject object{{QStringLiteral("algorithm"), Algorithm},
                             {QStringLiteral("key_id"), keyId},
                             {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

DetachedSignature::Check DetachedSignature::verify(const QByteArray& content, const QByteArray& signatureFile,
                                                   const QList<TrustedKey>& trusted) {
    Check check;
    const auto refuse = [&](const QString& message) {
        check.message = message;
        return check;
    };
    if (!ensureSodium())
        return refuse(QCoreApplication::translate(
            "DetachedSignature", "The signature cannot be checked: the cryptography library did not start."));
    if (signatureFile.trimmed().isEmpty())
        return refuse(QCoreApplication::translate("DetachedSignature", "The file is not signed."));
    const QJsonObject object = QJsonDocument::fromJson(signatureFile).object();
    if (object.value(QStringLiteral("algorithm")).toString() != Algorithm)
        return refuse(QCoreApplication::translate(
            "DetachedSignature", "The signature file is damaged or uses an unknown algorithm."));
    check.keyId = object.value(QStringLiteral("key_id")).toString();
    const QByteArray signature =
        QByteArray::fromBase64(object.value(QStringLiteral("signature")).toString().toLatin1());
    if (signature.size() != crypto_sign_BYTES)
        return refuse(QCoreApplication::translate("DetachedSignature", "The signature file is damaged."));
    const TrustedKey* key = nullptr;
    for (const TrustedKey& candidate : trusted) {
        if (candidate.keyId == check.keyId)
            key = &candidate;
    }
    if (!key)
        return refuse(QCoreApplication::translate(
                          "DetachedSignature",
                          "The file is signed with the key \"%1\", which this device does not trust.")
                          .arg(check.keyId));
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                    reinterpret_cast<const unsigned char*>(content.constData()),
                                    static_cast<unsigned long long>(content.size()),
                                    reinterpret_cast<const unsigned char*>(key->publicKey.constData())) != 0)
        return refuse(QCoreApplication::translate(
                          "DetachedSignature",
                          "The signature does not match the file: it was changed after %1 signed it.")
                          .arg(key->bureau));
    check.ok = true;
    check.bureau = key->bureau;
    return check;
}

QList<TrustedKey> DetachedSignature::parseTrustedKeys(const QByteArray& json, QString* error) {
    QList<TrustedKey> keys;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array[i].toObject();
        TrustedKey key{o.value(QStringLiteral("key_id")).toString(),
                       QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1()),
                       o.value(QStringLiteral("bureau")).toString()};
        if (key.keyId.isEmpty() || key.publicKey.size() != crypto_sign_PUBLICKEYBYTES) {
            if (error)
                *error =
                    QCoreApplication::translate("DetachedSignature",
                                                "Trusted key %1 is incomplete or not an Ed25519 public key.")
                        .arg(i + 1);
            return {};
        }
        keys.append(key);
    }
    return keys;
}

} // namespace fieldcase::security
