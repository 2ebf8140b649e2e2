#pragma once

#include <QByteArray>
#include <QString>

namespace fieldcase::security {

// The system's secret store (Secret Service / gnome-keyring, the Windows Credential Manager, the macOS
// Keychain). Secrets never sit in a plain file; this is the one place the program keeps them.
class SecretStore {
public:
    struct Read {
        QByteArray secret;
        bool found = false;
        QString error; // translated; empty when the store answered (found or not)
        bool ok() const { return error.isEmpty(); }
    };

    virtual ~SecretStore() = default;
    virtual Read read(const QString& key) = 0;
    virtual QString write(const QString& key, const QByteArray& secret) = 0; // error, empty on success
    virtual QString remove(const QString& key) = 0;
};

// The real store through QtKeychain. Each call waits for the store's answer (the secret service
// answers in milliseconds; an unreachable one times out with an error rather than hanging).
class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("FieldCase"));
    Read read(const QString& key) override;
    QString write(const QString& key, const QByteArray& secret) override;
    QString remove(const QString& key) override;

private:
    QString m_service;
};

} // namespace fieldcase::security
