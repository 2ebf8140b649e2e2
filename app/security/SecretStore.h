#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

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
// QtKeychain's jobs are not thread-safe (its job queue lives on the thread that made the first job), so a
// call from another thread (the sync engine's) runs on the thread that created this store and waits for it.
// That thread must therefore never block waiting for a thread that may be using the store.
class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("FieldCase"));
    ~KeychainSecretStore() override;
    Read read(const QString& key) override;
    QString write(const QString& key, const QByteArray& secret) override;
    QString remove(const QString& key) override;

private:
    template <typename Call> auto onOwnerThread(Call call);
    Read readHere(const QString& key);
    QString writeHere(const QString& key, const QByteArray& secret);
    QString removeHere(const QString& key);

    QString m_service;
    std::unique_ptr<QObject> m_owner; // lives on the creating thread
};

} // namespace fieldcase::security
