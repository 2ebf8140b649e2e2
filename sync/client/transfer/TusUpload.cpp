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

void TusUpload::sendChunk() {
    QByteArray chunk;
    if (file_.seek(offset_))
        chunk = file_.read(qMin(chunkSize_, total_ - offset_));
    if (chunk.size() != qMin(chunkSize_, total_ - offset_))
        return fail(file_.size() == total_ ? TransferFailure::FileUnreadable : TransferFailure::FileChanged);
    const QByteArray checksum = "sha256 " + security::Sha256::of(chunk).toBase64();
    QNetworkReply* reply = send("PATCH", uploadUrl_,
                                {{"Upload-Offset", QByteArray::number(offset_)},
                                 {"Content-Type", "application/offset+octet-stream"},
                                 {"Upload-Checksum", checksum}},
                                chunk);
    const qint64 chunkOffset = offset_;
    connect(reply, &QNetworkReply::uploadProgress, this,
            [this, chunkOffset](qint64 sent, qint64) { emit progress(chunkOffset + sent, total_); });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, size = chunk.size()] { onChunkAnswered(reply, size); });
}

void TusUpload::onChunkAnswered(QNetworkReply* reply, qint64 chunkSize) {
    const int status = Transfer::status(reply);
    if (status == 460) {
        // A whole-file mismatch resets the upload to 0: the file here is not the one that was recorded.
        if (offset_ + chunkSize == total_ && reply->rawHeader("Upload-Offset") == "0")
            return fail(TransferFailure::FileChanged);
        if (++checksumResends_ > MaxChecksumResends)
            return fail(TransferFailure::Rejected);
        return sendChunk(); // the chunk was damaged on the way: send it again
    }
    if (status == 409) // another offset on the server: ask it where to go on
        return probe();
    if (status != 204)
        return retryOrFail(reply);
    checksumResends_ = 0;
    backoff_.reset();
    bool offsetOk = false;
    const qint64 offset = reply->rawHeader("Upload-Offset").toLongLong(&offsetOk);
    offset_ = offsetOk ? offset : offset_ + chunkSize;
    emit progress(offset_, total_);
    if (offset_ < total_)
        return sendChunk();
    running_ = false;
    file_.close();
    emit finished();
}

void TusUpload::retryOrFail(QNetworkReply* reply) {
    TransferFailure failure = TransferFailure::Rejected;
    if (Transfer::judge(reply, &failure) == ReplyOutcome::Retry && !backoff_.exhausted()) {
        // Whether the request reached the server is unknown: the next try asks for the offset first.
        retryTimer_.start(backoff_.next());
        return;
    }
    fail(failure);
}

void TusUpload::fail(TransferFailure failure) {
    running_ = false;
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
