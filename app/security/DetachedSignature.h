#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace fieldcase::security {

// A public key the device trusts to sign published data (discretion standard packs, later the subject
// directory), as configured by the bureau.
struct TrustedKey {
    QString keyId;
    QByteArray publicKey; // 32 bytes, Ed25519
    QString bureau;
};

// Ed25519 signatures (libsodium) kept next to the file they sign, in a small JSON file:
//   {"algorithm": "ed25519", "key_id": "...", "signature": "<base64>"}
// The signature covers the file's exact bytes, so nothing has to be canonicalised and the SHA-256 a case
// records identifies the same bytes that were verified.
class DetachedSignature {
public:
    struct KeyPair {
        QByteArray publicKey; // 32 bytes
        QByteArray secretKey; // 64 bytes (seed and public key, libsodium's layout)
    };
    static KeyPair generateKeyPair();

    // The signature file's bytes; empty if the secret key is not a valid Ed25519 secret key.
    static QByteArray sign(const QByteArray& content, const QByteArray& secretKey, const QString& keyId);

    struct Check {
        bool ok = false;
        QString keyId;
        QString bureau;
        QString message; // translated, when !ok
    };
    static Check verify(const QByteArray& content, const QByteArray& signatureFile,
                        const QList<TrustedKey>& trusted);

    // [{"key_id": ..., "public_key": "<base64>", "bureau": ...}]; `error` names the first bad entry.
    static QList<TrustedKey> parseTrustedKeys(const QByteArray& json, QString* error);
};

} // namespace fieldcase::security
