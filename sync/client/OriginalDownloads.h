#pragma once

#include "BlobDownload.h"
#include "PinnedNetwork.h"

#include "SecretStore.h"
#include "Store.h"
#include "Vault.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace fieldcase::sync::client {

// Originals of evidence that arrived as records only (a team leader's or evidence clerk's device), fetched
// from the bureau on request (GET /v1/blobs/{sha256}). A file ends in the vault exactly as a local capture
// does: plain bytes under vault.pathFor(sha256), read-only, flushed to the disk. Until then its bytes
// collect in "<vault>/.downloads/<sha256>.part", which the vault's own clean-up leaves alone, so a download
// cancelled, broken off or interrupted by a restart resumes where it stopped. Bytes whose SHA-256 is not
// the record's are refused and removed. Asynchronous on the thread that made it (the GUI thread): one
// BlobDownload per file, several at once.
class OriginalDownloads : public QObject {
    Q_OBJECT

public:
    OriginalDownloads(store::Store& store, security::SecretStore& secrets, const QString& vaultDirectory,
                      QObject* parent = nullptr);
    ~OriginalDownloads() override;

    bool isLocal(const QString& sha256) const { return m_vault.contains(sha256); }
    bool isDownloading(const QString& sha256) const { return m_running.contains(sha256); }
    // Bytes of the file already on this device from an earlier, unfinished download.
    qint64 bytesKept(const QString& sha256) const;

    // Starts (or resumes) the download of the original `sha256`; nothing if it is running or already here
    // (then finished() at once). The bureau and the signed-in user's session are read now, so a sign-in
    // done meanwhile counts.
    void start(const QString& sha256);
    // Stops the download; what arrived stays for the next start().
    void cancel(const QString& sha256);

    // For tests: the wait before a retry after a network fault (BlobDownload's default otherwise).
    void setBackoff(const Backoff& backoff) { m_backoff = backoff; }

signals:
    void progress(const QString& sha256, qint64 bytesReceived, qint64 bytesTotal);
    void finished(const QString& sha256);
    // `message` is translated and says what to do.
    void failed(const QString& sha256, const QString& message);
    void cancelled(const QString& sha256);

private:
    QString downloadPath(const QString& sha256) const;
    // Moves a verified download to its vault name, read-only and durable.
    QString moveIntoVault(const QString& downloaded, const QString& sha256) const;
    void end(const QString& sha256);

    store::Store& m_store;
    security::SecretStore& m_secrets;
    evidence::Vault m_vault;
    PinnedNetwork m_network;
    std::optional<Backoff> m_backoff;
    QHash<QString, QPointer<BlobDownload>> m_running;
};

} // namespace fieldcase::sync::client
