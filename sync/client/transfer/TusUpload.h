#pragma once

// Uploads one evidence file to the bureau with tus 1.0 (PROTOCOL.md "tus 1.0 uploads"): creates the upload
// or resumes a stored one, sends the file in checksummed chunks read one at a time (memory stays small for
// any file size), resends a chunk the server found corrupt, and retries with backoff after network faults.
// Asynchronous; lives in the thread whose event loop runs it.

#include "PinnedNetwork.h"
#include "Transfer.h"

#include <QFile>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace fieldcase::sync::client {

class TusUpload : public QObject {
    Q_OBJECT

public:
    // The server holds a whole chunk in memory while it arrives (Qt HTTP Server buffers bodies), so the
    // chunk size times the uploads in flight is its memory: 20 uploads peaked at 384-463 MB with 4 MiB
    // chunks and 133-140 MB with 1 MiB ones. One upload runs at the same speed with 1, 2 or 4 MiB chunks
    // (85-90 MB/s on loopback; ./dev bench sync).
    static constexpr qint64 DefaultChunkSize = 1 * 1024 * 1024;
    static constexpr int MaxChecksumResends = 3;

    TusUpload(PinnedNetwork* network, BureauEndpoint endpoint, QObject* parent = nullptr);
    ~TusUpload() override;

    void setChunkSize(qint64 bytes);
    void setBackoff(const Backoff& backoff);

    // Uploads `filePath`, whose SHA-256 (hex) is `sha256`, as the file of evidence `evidenceId`. With the
    // `uploadUrl` a previous run reported (uploadUrlChanged), it resumes that upload.
    void start(const QString& filePath, const QUuid& evidenceId, const QString& sha256,
               const QUrl& uploadUrl = {});
    // Stops after dropping the request in flight; start() with uploadUrl() resumes later.
    void pause();
    // Stops and deletes the upload on the server (tus termination); emits canceled().
    void cancel();

    QUrl uploadUrl() const { return uploadUrl_; }
    bool isRunning() const { return running_; }

signals:
    // The server's address of this upload: persist it, so that a restart resumes instead of starting over.
    void uploadUrlChanged(const QUrl& url);
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void finished();
    void failed(fieldcase::sync::client::TransferFailure failure, const QString& message);
    void canceled();

private:
    void create();
    void probe();
    void sendChunk();
    void onCreated(QNetworkReply* reply);
    void onProbed(QNetworkReply* reply);
    void onChunkAnswered(QNetworkReply* reply, qint64 chunkSize);
    // Handles a reply that did not succeed: retry later (probing the server's offset first) or fail.
    void retryOrFail(QNetworkReply* reply);
    void fail(TransferFailure failure);
    QNetworkReply* send(const QByteArray& verb, const QUrl& url,
                        const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body = {});
    void dropReply();

    PinnedNetwork* network_;
    BureauEndpoint endpoint_;
    qint64 chunkSize_ = DefaultChunkSize;
    Backoff backoff_;
    // Children, so that moveToThread() takes them along.
    QTimer retryTimer_{this};

    QFile file_{this};
    QUuid evidenceId_;
    QString sha256_;
    QUrl uploadUrl_;
    qint64 total_ = 0;
    qint64 offset_ = 0;
    int checksumResends_ = 0;
    bool running_ = false;
    QPointer<QNetworkReply> reply_;
};

} // namespace fieldcase::sync::client
