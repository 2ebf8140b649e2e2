#include "OriginalDownloads.h"

#include "Enrolment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace fieldcase::sync::client {

using namespace Qt::StringLiterals;

namespace {

const QString DownloadFolder = u".downloads"_s;

// A rename is only durable once the file's bytes and then the directory entry are on the disk.
bool syncToDisk(const QString& path, int flags) {
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

OriginalDownloads::OriginalDownloads(store::Store& store, security::SecretStore& secrets,
                                     const QString& vaultDirectory, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_vault(vaultDirectory)
    , m_network(this) {}

OriginalDownloads::~OriginalDownloads() {
    // The part files stay: the next session resumes them.
    for (const QPointer<BlobDownload>& download : std::as_const(m_running)) {
        if (download)
            download->pause();
    }
}

QString OriginalDownloads::downloadPath(const QString& sha256) const {
    return m_vault.directory() + u'/' + DownloadFolder + u'/' + sha256;
}

qint64 OriginalDownloads::bytesKept(const QString& sha256) const {
    return QFileInfo(BlobDownload::partPathFor(downloadPath(sha256))).size();
}

void OriginalDownloads::start(const QString& sha256) {
    if (isDownloading(sha256))
        return;
    if (isLocal(sha256)) {
        emit finished(sha256);
        return;
    }
    SyncError error;
    const std::optional<BureauEndpoint> endpoint = Enrolment(m_store, m_secrets).endpoint(&error);
    if (!endpoint) {
        emit failed(sha256, error.message);
        return;
    }
    if (endpoint->sessionToken.isEmpty()) {
        emit failed(sha256, tr("Sign in at the bureau (Sync) to download originals."));
        return;
    }
    if (!QDir().mkpath(m_vault.directory() + u'/' + DownloadFolder)) {
        emit failed(sha256, Transfer::describe(TransferFailure::FileUnreadable));
        return;
    }

    auto* download = new BlobDownload(&m_network, *endpoint, this);
    if (m_backoff)
        download->setBackoff(*m_backoff);
    m_running.insert(sha256, download);
    connect(download, &BlobDownload::progress, this,
            [this, sha256](qint64 received, qint64 total) { emit progress(sha256, received, total); });
    connect(download, &BlobDownload::finished, this, [this, sha256](const QString& downloaded) {
        end(sha256);
        const QString problem = moveIntoVault(downloaded, sha256);
        if (problem.isEmpty())
            emit finished(sha256);
        else
            emit failed(sha256, problem);
    });
    connect(download, &BlobDownload::failed, this,
            [this, sha256](TransferFailure failure, const QString& message) {
                end(sha256);
                // BlobDownload has removed the bytes (and tried once more from the start): the bureau's
                // copy is not the file the record names, and no file is kept.
                emit failed(sha256, failure == TransferFailure::FileChanged
                                        ? tr("The bureau's copy of this original does not match the evidence "
                                             "record's fingerprint (SHA-256), so it was not saved. Tell the "
                                             "evidence clerk at the bureau.")
                                        : message);
            });
    download->start(sha256, downloadPath(sha256));
}

void OriginalDownloads::cancel(const QString& sha256) {
    const QPointer<BlobDownload> download = m_running.value(sha256);
    if (!download)
        return;
    download->pause();
    end(sha256);
    emit cancelled(sha256);
}

void OriginalDownloads::end(const QString& sha256) {
    if (const QPointer<BlobDownload> download = m_running.take(sha256))
        download->deleteLater();
}

QString OriginalDownloads::moveIntoVault(const QString& downloaded, const QString& sha256) const {
    const QString target = m_vault.pathFor(sha256);
    const QString folder = QFileInfo(target).absolutePath();
    if (!syncToDisk(downloaded, O_RDONLY) || !QDir().mkpath(folder))
        return Transfer::describe(TransferFailure::FileUnreadable);
    if (QFileInfo::exists(target)) { // the same bytes arrived meanwhile (a capture, an import)
        QFile::remove(downloaded);
        return {};
    }
    if (::rename(QFile::encodeName(downloaded).constData(), QFile::encodeName(target).constData()) != 0)
        return tr("The original could not be put into the evidence store: %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    // Read-only, as the vault keeps every evidence file.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadUser);
    syncToDisk(folder, O_RDONLY | O_DIRECTORY);
    return {};
}

} // namespace fieldcase::sync::client
