#pragma once

// Uploads one evidence file to the bureau with tus 1.0 (PROTOCOL.md "tus 1.0 uploads"): creates the upload
// or resumes a stored one, sends the file in checksummed chunks (memory stays small for any file size) over
// its own ChunkConnection, resends a chunk the server found corrupt, and retries with backoff after network
// faults. Asynchronous; lives in the thread whose event loop runs it.

#include "ChunkConnection.h"
#include "PinnedNetwork.h"
#include "Transfer.h"

#include <QFile>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <future>
#include <optional>

namespace fieldcase::sync::client {

class TusUpload : public QObject {
    Q_OBJECT

public:
    // The server writes a chunk to disk as it arrives, so the size only weighs the round trip per chunk
    // against what a broken connection resends. Here a chunk is in memory twice (the one travelling and
    // the next one, read and hashed meanwhile).
    static constexpr qint64 DefaultChunkSize = 8 * 1024 * 1024;
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
    // A piece of the file as it goes out: its bytes and their Upload-Checksum header.
    struct Chunk {
        qint64 offset = 0;
        QByteArray bytes;
        QByteArray checksum;
    };

    // The `size` bytes at `offset` of the file at `path`, read into `buffer` (whose memory is reused when
    // nothing else holds it); nullopt when they cannot be read (any more).
    static std::optional<Chunk> readChunk(const QString& path, qint64 offset, qint64 size, QByteArray buffer);
    void create();
    void probe();
    void sendChunk();
    void onCreated(QNetworkReply* reply);
    void onProbed(QNetworkReply* reply);
    void onChunkAnswered(const ChunkAnswer& answer);
    // Handles a reply that did not succeed: retry later (probing the server's offset first) or fail.
    void retryOrFail(QNetworkReply* reply);
    void retryOrFail(ReplyOutcome outcome, TransferFailure failure);
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
    ChunkConnection chunks_{this};

    QFile file_{this};
    QUuid evidenceId_;
    QString sha256_;
    QUrl uploadUrl_;
    qint64 total_ = 0;
    qint64 offset_ = 0;
    std::future<std::optional<Chunk>> nextChunk_; // read and hashed while the chunk before it travels
    qint64 nextChunkOffset_ = 0;
    qint64 sentChunkSize_ = 0; // of the chunk in flight
    // The bytes of the chunk in flight, read into again for the chunk after next once the connection has
    // let them go, rather than a new 8 MiB buffer for every chunk that glibc maps and faults in afresh.
    QByteArray sentBytes_;
    int checksumResends_ = 0;
    bool running_ = false;
    QPointer<QNetworkReply> reply_;
};

} // namespace fieldcase::sync::client
