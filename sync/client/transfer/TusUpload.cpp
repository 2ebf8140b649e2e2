#include "TusUpload.h"

#include "Sha256.h"

#include "Protocol.h"

#include <QNetworkReply>

namespace fieldcase::sync::client {

using namespace Qt::StringLiterals;

TusUpload::TusUpload(PinnedNetwork* network, BureauEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , network_(network)
    , endpoint_(std::move(endpoint)) {
    retryTimer_.setSingleShot(true);
    connect(&retryTimer_, &QTimer::timeout, this, &TusUpload::probe);
    connect(&chunks_, &ChunkConnection::bodySent, this,
            [this](qint64 sent, qint64) { emit progress(offset_ + sent, total_); });
    connect(&chunks_, &ChunkConnection::answered, this, &TusUpload::onChunkAnswered);
}

TusUpload::~TusUpload() {
    dropReply();
}

void TusUpload::setChunkSize(qint64 bytes) {
    chunkSize_ = qBound<qint64>(1, bytes, limits::MaxUploadChunk);
}

void TusUpload::setBackoff(const Backoff& backoff) {
    backoff_ = backoff;
}

void TusUpload::start(const QString& filePath, const QUuid& evidenceId, const QString& sha256,
                      const QUrl& uploadUrl) {
    dropReply();
    retryTimer_.stop();
    file_.close();
    file_.setFileName(filePath);
    evidenceId_ = evidenceId;
    sha256_ = sha256;
    uploadUrl_ = uploadUrl;
    offset_ = 0;
    nextChunk_ = {};
    checksumResends_ = 0;
    backoff_.reset();
    running_ = true;
    if (!file_.open(QIODevice::ReadOnly))
        return fail(TransferFailure::FileUnreadable);
    total_ = file_.size();
    if (uploadUrl_.isValid())
        probe();
    else
        create();
}

void TusUpload::pause() {
    dropReply();
    chunks_.abort();
    retryTimer_.stop();
    running_ = false;
}

void TusUpload::cancel() {
    pause();
    if (!uploadUrl_.isValid()) {
        emit canceled();
        return;
    }
    // Whatever the server answers, this device is done with the upload; an upload left behind expires.
    QNetworkReply* reply = send("DELETE", uploadUrl_, {});
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        uploadUrl_.clear();
        emit canceled();
    });
}

void TusUpload::create() {
    const QByteArray metadata = "evidence_id " +
                                evidenceId_.toString(QUuid::WithoutBraces).toLatin1().toBase64() +
                                ",sha256 " + sha256_.toLatin1().toBase64();
    QNetworkReply* reply =
        send("POST", endpoint_.url(QLatin1String(paths::Files)),
             {{"Upload-Length", QByteArray::number(total_)}, {"Upload-Metadata", metadata}});
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onCreated(reply); });
}

void TusUpload::onCreated(QNetworkReply* reply) {
    if (Transfer::status(reply) != 201)
        return retryOrFail(reply);
    uploadUrl_ = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    offset_ = 0;
    emit uploadUrlChanged(uploadUrl_);
    if (total_ == 0) { // the server finished an empty file on creation
        running_ = false;
        emit finished();
        return;
    }
    sendChunk();
}

void TusUpload::probe() {
    if (!uploadUrl_.isValid())
        return create();
    QNetworkReply* reply = send("HEAD", uploadUrl_, {});
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onProbed(reply); });
}

void TusUpload::onProbed(QNetworkReply* reply) {
    const int status = Transfer::status(reply);
    if (status == 404 || status == 410) { // finished, terminated or expired: this device starts over
        uploadUrl_.clear();
        return create();
    }
    if (status != 200)
        return retryOrFail(reply);
    bool offsetOk = false;
    const qint64 offset = reply->rawHeader("Upload-Offset").toLongLong(&offsetOk);
    if (!offsetOk || offset < 0 || offset > total_ ||
        reply->rawHeader("Upload-Length").toLongLong() != total_) {
        // Not the upload of this file as it is now: a new one.
        uploadUrl_.clear();
        return create();
    }
    offset_ = offset;
    emit progress(offset_, total_);
    if (offset_ < total_)
        return sendChunk();
    // The server finished (and checked) the file while this device was not listening.
    running_ = false;
    file_.close();
    emit finished();
}

std::optional<TusUpload::Chunk> TusUpload::readChunk(const QString& path, qint64 offset, qint64 size,
                                                     QByteArray buffer) {
    QFile file(path);
    buffer.resize(size);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset) || file.read(buffer.data(), size) != size)
        return std::nullopt;
    Chunk chunk{offset, std::move(buffer), {}};
    chunk.checksum = "sha256 " + security::Sha256::of(chunk.bytes).toBase64();
    return chunk;
}

void TusUpload::sendChunk() {
    std::optional<Chunk> chunk;
    if (nextChunk_.valid() && nextChunkOffset_ == offset_)
        chunk = nextChunk_.get();
    nextChunk_ = {};
    if (!chunk)
        chunk = readChunk(file_.fileName(), offset_, qMin(chunkSize_, total_ - offset_), {});
    if (!chunk)
        return fail(file_.size() == total_ ? TransferFailure::FileUnreadable : TransferFailure::FileChanged);
    chunks_.send(endpoint_, "PATCH", uploadUrl_,
                 {{headers::TusResumable, headers::TusVersion},
                  {"Upload-Offset", QByteArray::number(offset_)},
                  {"Content-Type", "application/offset+octet-stream"},
                  {"Upload-Checksum", chunk->checksum}},
                 chunk->bytes);
    sentChunkSize_ = chunk->bytes.size();
    QByteArray spare = std::exchange(sentBytes_, chunk->bytes); // the chunk before: the connection dropped it
    // The next chunk is read and hashed on another thread while this one travels: done here, it kept this
    // thread's event loop from feeding the socket. A read that fails there is tried again, and reported,
    // when that chunk is due.
    nextChunkOffset_ = offset_ + sentChunkSize_;
    if (nextChunkOffset_ < total_)
        nextChunk_ = std::async(std::launch::async, &TusUpload::readChunk, file_.fileName(), nextChunkOffset_,
                                qMin(chunkSize_, total_ - nextChunkOffset_), std::move(spare));
}

void TusUpload::onChunkAnswered(const ChunkAnswer& answer) {
    const qint64 chunkSize = sentChunkSize_;
    if (answer.status == 460) {
        // A whole-file mismatch resets the upload to 0: the file here is not the one that was recorded.
        if (offset_ + chunkSize == total_ && answer.header("Upload-Offset") == "0")
            return fail(TransferFailure::FileChanged);
        if (++checksumResends_ > MaxChecksumResends)
            return fail(TransferFailure::Rejected);
        return sendChunk(); // the chunk was damaged on the way: send it again
    }
    if (answer.status == 409) // another offset on the server: ask it where to go on
        return probe();
    if (answer.status != 204) {
        TransferFailure failure = TransferFailure::Rejected;
        const ReplyOutcome outcome =
            Transfer::judge(answer.status, answer.body, answer.refusedByPin, &failure);
        return retryOrFail(outcome, failure);
    }
    checksumResends_ = 0;
    backoff_.reset();
    bool offsetOk = false;
    const qint64 offset = answer.header("Upload-Offset").toLongLong(&offsetOk);
    offset_ = offsetOk ? offset : offset_ + chunkSize;
    emit progress(offset_, total_);
    if (offset_ < total_)
        return sendChunk();
    running_ = false;
    sentBytes_ = {};
    file_.close();
    emit finished();
}

void TusUpload::retryOrFail(QNetworkReply* reply) {
    TransferFailure failure = TransferFailure::Rejected;
    const ReplyOutcome outcome = Transfer::judge(reply, &failure);
    retryOrFail(outcome, failure);
}

void TusUpload::retryOrFail(ReplyOutcome outcome, TransferFailure failure) {
    if (outcome == ReplyOutcome::Retry && !backoff_.exhausted()) {
        // Whether the request reached the server is unknown: the next try asks for the offset first.
        retryTimer_.start(backoff_.next());
        return;
    }
    fail(failure);
}

void TusUpload::fail(TransferFailure failure) {
    running_ = false;
    nextChunk_ = {};
    sentBytes_ = {};
    file_.close();
    emit failed(failure, Transfer::describe(failure));
}

QNetworkReply* TusUpload::send(const QByteArray& verb, const QUrl& url,
                               const QList<std::pair<QByteArray, QByteArray>>& headers,
                               const QByteArray& body) {
    QList<std::pair<QByteArray, QByteArray>> allHeaders = headers;
    allHeaders.append(std::pair<QByteArray, QByteArray>(headers::TusResumable, headers::TusVersion));
    QNetworkReply* reply = network_->send(endpoint_, verb, url, allHeaders, body);
    reply_ = reply;
    // The finished slots read the reply; it goes away afterwards.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    return reply;
}

void TusUpload::dropReply() {
    if (!reply_)
        return;
    reply_->disconnect(this);
    reply_->abort();
    reply_->deleteLater();
    reply_ = nullptr;
}

} // namespace fieldcase::sync::client
