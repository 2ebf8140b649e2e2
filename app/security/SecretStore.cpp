#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace fieldcase::security {

namespace {

// A secret service that does not answer (no D-Bus session, a locked keyring whose prompt cannot show)
// must not hang the program; the caller gets an error and can say so.
constexpr int AnswerTimeoutMs = 15000;

QString storeError(const QKeychain::Job& job) {
    return QCoreApplication::translate("SecretStore", "The system secret store did not answer: %1")
        .arg(job.errorString());
}

// Runs `job` and waits for its answer. The job's own `finished` ends the wait; a timer bounds it.
bool runAndWait(QKeychain::Job& job) {
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(AnswerTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
    , m_owner(std::make_unique<QObject>()) {}

KeychainSecretStore::~KeychainSecretStore() = default;

template <typename Call> auto KeychainSecretStore::onOwnerThread(Call call) {
    if (QThread::currentThread() == m_owner->thread())
        return call();
    decltype(call()) result;
    QMetaObject::invokeMethod(
        m_owner.get(), [&] { result = call(); }, Qt::BlockingQueuedConnection);
    return result;
}

SecretStore::Read KeychainSecretStore::read(const QString& key) {
    return onOwnerThread([&] { return readHere(key); });
}

QString KeychainSecretStore::write(const QString& key, const QByteArray& secret) {
    return onOwnerThread([&] { return writeHere(key, secret); });
}

QString KeychainSecretStore::remove(const QString& key) {
    return onOwnerThread([&] { return removeHere(key); });
}

SecretStore::Read KeychainSecretStore::readHere(const QString& key) {
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain file
    job.setKey(key);
    Read result;
    if (!runAndWait(job)) {
        result.error = QCoreApplication::translate("SecretStore", "The system secret store did not answer.");
        return result;
    }
    if (job.error() == QKeychain::EntryNotFound)
        return result;
    if (job.error() != QKeychain::NoError) {
        result.error = storeError(job);
        return result;
    }
    result.found = true;
    result.secret = job.binaryData();
    return result;
}

QString KeychainSecretStore::writeHere(const QString& key, const QByteArray& secret) {
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(secret);
    if (!runAndWait(job))
        return QCoreApplication::translate("SecretStore", "The system secret store did not answer.");
    return job.error() == QKeychain::NoError ? QString() : storeError(job);
}

QString KeychainSecretStore::removeHere(const QString& key) {
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runAndWait(job))
        return QCoreApplication::translate("SecretStore", "The system secret store did not answer.");
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound ? QString()
                                                                                        : storeError(job);
}

} // namespace fieldcase::security
