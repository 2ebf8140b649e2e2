#include "BlobDownload.h"

#include "Sha256.h"

#include "Protocol.h"

#include <QNetworkReply>

namespace fieldcase::sync::client {

using namespace Qt::StringLiterals;

namespace {

// How much of the answer may wait in memory before the network read pauses.
constexpr qint64 ReadBufferSize = 1024 * 1024;

} // namespace

BlobDownload::BlobDownload(PinnedNetwork* network, BureauEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , network_(network)
    , endpoint_(std::move(endpoint)) {
    retryTimer_.setSingleShot(true);
    connect(&retryTimer_, &QTimer::timeout, this, &BlobDownload::request);
}

BlobDownload::~BlobDownload() {
    dropReply();
}

void BlobDownload::setBackoff(const Backoff& backoff) {
    backoff_ = backoff;
}

void BlobDownload::start(const QString& sha256, const QString& targetPath) {
    pause();
    sha256_ = sha256;
    targetPath_ = targetPath;
    restartedOnce_ = false;
    backoff_.reset();
    part_.setFileName(partPathFor(targetPath));
    request();
}

void BlobDownload::pause() {
    dropReply();
    retryTimer_.stop();
    part_.close();
}

void BlobDownload::request() {
    if (!part_.isOpen() && !part_.open(QIODevice::ReadWrite))
        return fail(TransferFailure::FileUnreadable);
    const qint64 have = part_.size();
    part_.seek(have);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (have > 0)
        headers.append(std::pair<QByteArray, QByteArray>("Range", "bytes=" + QByteArray::number(have) + "-"));
    headersTaken_ = false;
    QNetworkReply* reply = network_->send(
        endpoint_, "GET", endpoint_.url(QLatin1String(paths::Blobs) + u'/' + sha256_), headers);
    reply->setReadBufferSize(ReadBufferSize);
    reply_ = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { takeBytes(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

// Decides from the status what the body is: the rest of the file (206), the whole file (200), or not
// file bytes at all. False when the body is not to be written.
bool BlobDownload::takeHeaders(QNetworkReply* reply) {
    if (headersTaken_)
        return Transfer::status(reply) == 200 || Transfer::status(reply) == 206;
    headersTaken_ = true;
    const int status = Transfer::status(reply);
    if (status == 200) { // the whole file, from the start
        part_.resize(0);
        part_.seek(0);
        total_ = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        return true;
    }
    if (status == 206) { // Content-Range: bytes first-last/total
        const QByteArray range = reply->rawHeader("Content-Range");
        const qint64 first = range.mid(6, range.indexOf('-') - 6).toLongLong();
        total_ = range.mid(range.indexOf('/') + 1).toLongLong();
        if (!range.startsWith("bytes ") || first != part_.pos()) {
            reply->abort(); // not the range asked for: start over
            part_.resize(0);
            return false;
        }
        return true;
    }
    return false;
}

void BlobDownload::takeBytes(QNetworkReply* reply) {
    if (!takeHeaders(reply))
        return;
    const QByteArray bytes = reply->readAll();
    if (part_.write(bytes) != bytes.size()) {
        dropReply();
        return fail(TransferFailure::FileUnreadable);
    }
    emit progress(part_.pos(), total_);
}

void BlobDownload::onFinished(QNetworkReply* reply) {
    reply_ = nullptr;
    const int status = Transfer::status(reply);
    if (status == 200 || status == 206) {
        takeBytes(reply);
        if (reply->error() == QNetworkReply::NoError && part_.flush())
            return verify();
    }
    if (status == 416) // the part holds everything there is (or more): see what it is
        return verify();
    // A transfer that broke off is retried from where the part ends; anything else is judged.
    TransferFailure failure = TransferFailure::Network;
    const ReplyOutcome outcome =
        status == 200 || status == 206 ? ReplyOutcome::Retry : Transfer::judge(reply, &failure);
    if (outcome == ReplyOutcome::Retry && !backoff_.exhausted()) {
        part_.flush();
        retryTimer_.start(backoff_.next());
        return;
    }
    fail(failure);
}

void BlobDownload::verify() {
    security::Sha256 hash;
    if (!part_.seek(0) || !hash.add(part_))
        return fail(TransferFailure::FileUnreadable);
    part_.close();
    if (hash.hex() == sha256_) {
        QFile::remove(targetPath_);
        if (!QFile::rename(part_.fileName(), targetPath_))
            return fail(TransferFailure::FileUnreadable);
        emit finished(targetPath_);
        return;
    }
    // Damaged bytes, or a part left from another file: one fresh download from the start.
    QFile::remove(part_.fileName());
    if (restartedOnce_)
        return fail(TransferFailure::FileChanged);
    restartedOnce_ = true;
    request();
}

void BlobDownload::fail(TransferFailure failure) {
    part_.close();
    emit failed(failure, Transfer::describe(failure));
}

void BlobDownload::dropReply() {
    if (!reply_)
        return;
    reply_->disconnect(this);
    reply_->abort();
    reply_->deleteLater();
    reply_ = nullptr;
}

} // namespace fieldcase::sync::client
