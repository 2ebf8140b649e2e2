#include "Uploads.h"

#include "ResumableSha256.h"
#include "Sha256.h"

#include "Protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>

#include <filesystem>
#include <memory>

namespace fieldcase::sync::server {

using namespace Qt::StringLiterals;

namespace {

// How long a request waits for another one (maybe in another process) working on the same upload.
constexpr int LockWaitMs = 30000;

QByteArray httpDate(const QDateTime& time) {
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

bool isUploadId(QStringView text) {
    return text.size() == 32 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

std::optional<qint64> headerNumber(const HttpRequest& request, const QByteArray& name) {
    const QByteArray text = request.header(name);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

// Upload-Metadata: comma-separated "key base64value" pairs (the value may be absent).
std::optional<QHash<QByteArray, QByteArray>> parseMetadata(const QByteArray& header) {
    QHash<QByteArray, QByteArray> metadata;
    for (const QByteArray& pair : header.split(',')) {
        const QList<QByteArray> parts = pair.trimmed().split(' ');
        if (parts.isEmpty() || parts.first().isEmpty() || parts.size() > 2)
            return std::nullopt;
        QByteArray value;
        if (parts.size() == 2) {
            auto decoded = QByteArray::fromBase64Encoding(parts[1], QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return std::nullopt;
            value = *decoded;
        }
        metadata.insert(parts.first(), value);
    }
    return metadata;
}

// This boot of the machine. The part files and infos are not synced to disk (see save()), so a running hash
// is trusted only within the boot that wrote it: after a power cut the file is hashed from disk again.
QString bootId() {
    static const QString id = [] {
        QFile file(u"/proc/sys/kernel/random/boot_id"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QString();
    }();
    return id;
}

HttpResponse badRequest(const QString& message) {
    return HttpResponse::error(400, QString::fromLatin1(errors::BadRequest), message);
}

HttpResponse internalError(const QString& message) {
    qWarning("uploads: %s", qPrintable(message));
    return HttpResponse::error(500, QString::fromLatin1(errors::Internal), message);
}

HttpResponse withTusVersion(HttpResponse response) {
    return response.withHeader(headers::TusResumable, headers::TusVersion);
}

} // namespace

struct Uploads::Upload {
    QString id;
    qint64 length = 0;
    qint64 offset = 0;     // the bytes the server vouches for: min(offset in the info, size of the part)
    bool complete = false; // checked and stored as a blob; the part is gone
    QUuid evidenceId;
    QString sha256;
    QString deviceId;
    QDateTime created;
    QDateTime expires;
    // The whole file's running SHA-256 over the first `offset` bytes (ResumableSha256::save()); empty when
    // it is not known, and then the file is hashed once more when it completes.
    QByteArray hashState;
    QString hashBoot; // bootId() when hashState was written

    QJsonObject toJson() const {
        return {{u"length"_s, length},
                {u"offset"_s, offset},
                {u"evidence_id"_s, evidenceId.toString(QUuid::WithoutBraces)},
                {u"sha256"_s, sha256},
                {u"device_id"_s, deviceId},
                {u"created"_s, created.toString(Qt::ISODateWithMs)},
                {u"expires"_s, expires.toString(Qt::ISODateWithMs)},
                {u"complete"_s, complete},
                {u"hash_state"_s, QString::fromLatin1(hashState.toBase64())},
                {u"hash_boot"_s, hashBoot}};
    }
};

// One PATCH: the chunk goes to the part file as it arrives (not buffered whole), hashed on its way for its
// Upload-Checksum and for the whole file. It holds the upload's lock from the request's header to its
// answer; a body that never completes (the connection broke) is cut off again when the sink goes.
class Uploads::Append : public BodySink {
public:
    Append(Uploads& uploads, const Upload& upload, std::unique_ptr<QLockFile> lock,
           const QByteArray& expectedChecksum)
        : uploads_(uploads)
        , upload_(upload)
        , lock_(std::move(lock))
        , part_(uploads.partPath(upload.id))
        , expectedChecksum_(expectedChecksum) {
        if (!expectedChecksum_.isEmpty())
            chunkHash_.emplace();
        if (upload_.offset == 0)
            fileHash_.emplace();
        else
            fileHash_ = security::ResumableSha256::restore(upload_.hashState);
        if (fileHash_ && fileHash_->bytesAdded() != upload_.offset)
            fileHash_.reset();
    }

    ~Append() override {
        if (!finished_ && part_.isOpen())
            part_.resize(upload_.offset);
    }

    // Bytes beyond the offset (a request cut off earlier) are cut off before the new ones are written.
    bool open() {
        // Unbuffered: the chunk arrives in pieces already, another copy through QFile's buffer buys nothing.
        if (part_.open(QIODevice::ReadWrite | QIODevice::Unbuffered) &&
            (part_.size() <= upload_.offset || part_.resize(upload_.offset)) && part_.seek(upload_.offset))
            return true;
        error_ = part_.errorString();
        return false;
    }

    bool write(const char* data, qint64 size) override {
        if (!error_.isEmpty())
            return false;
        if (part_.write(data, size) != size) {
            error_ = part_.errorString();
            return false;
        }
        if (chunkHash_)
            chunkHash_->add(data, size);
        if (fileHash_)
            fileHash_->add(data, size);
        written_ += size;
        return true;
    }

    HttpResponse finish() override {
        finished_ = true;
        if (!error_.isEmpty()) {
            part_.resize(upload_.offset);
            return withTusVersion(internalError(u"cannot write upload %1: %2"_s.arg(upload_.id, error_)));
        }
        if (chunkHash_ && chunkHash_->digest() != expectedChecksum_) {
            part_.resize(upload_.offset);
            return withTusVersion(HttpResponse::error(460, QString::fromLatin1(errors::ChecksumMismatch),
                                                      u"the chunk does not match its Upload-Checksum"_s));
        }
        part_.close();
        // Bytes first, then the offset that vouches for them: a kill in between leaves bytes beyond the
        // offset, which the next request cuts off.
        upload_.offset += written_;
        upload_.hashState = fileHash_ ? fileHash_->save() : QByteArray();
        upload_.hashBoot = bootId();
        if (!uploads_.save(upload_))
            return withTusVersion(internalError(u"cannot save upload %1"_s.arg(upload_.id)));
        if (upload_.offset == upload_.length)
            return withTusVersion(uploads_.finish(upload_));
        return withTusVersion(HttpResponse::empty(204)
                                  .withHeader("Upload-Offset", QByteArray::number(upload_.offset))
                                  .withHeader("Upload-Expires", httpDate(upload_.expires)));
    }

private:
    Uploads& uploads_;
    Upload upload_;
    std::unique_ptr<QLockFile> lock_;
    QFile part_;
    QByteArray expectedChecksum_; // the raw digest the Upload-Checksum names, empty when none was sent
    std::optional<security::Sha256> chunkHash_;
    std::optional<security::ResumableSha256> fileHash_; // nullopt when the state so far is not known
    qint64 written_ = 0;
    QString error_;
    bool finished_ = false;
};

Uploads::Uploads(const QString& dataDir)
    : directory_(QDir(dataDir).filePath(u"uploads"_s))
    , blobs_(dataDir) {}

void Uploads::setOnReceived(std::function<void(const ReceivedFile&)> onReceived) {
    onReceived_ = std::move(onReceived);
}

void Uploads::setMaxSize(qint64 bytes) {
    maxSize_ = bytes;
}

HttpResponse Uploads::handle(const HttpRequest& request, const QString& deviceId) {
    const QString collection = QLatin1String(paths::Files);
    HttpResponse response;
    if (request.method == "OPTIONS") {
        response = options();
    } else if (request.header("tus-resumable") != headers::TusVersion) {
        response = HttpResponse::error(412, QString::fromLatin1(errors::BadRequest), u"tus 1.0.0 only"_s)
                       .withHeader("Tus-Version", headers::TusVersion);
    } else if (request.path == collection) {
        response = request.method == "POST"
                       ? create(request, deviceId)
                       : HttpResponse::error(405, QString::fromLatin1(errors::BadRequest), u"use POST"_s);
    } else {
        const QString id = request.path.mid(collection.size() + 1);
        if (!request.path.startsWith(collection + u'/') || !isUploadId(id))
            return HttpResponse::error(404, QString::fromLatin1(errors::NotFound), u"no such upload"_s)
                .withHeader(headers::TusResumable, headers::TusVersion);
        auto lock = std::make_unique<QLockFile>(lockPath(id));
        lock->setStaleLockTime(0); // only a dead holder makes it stale: finishing a large file takes a while
        // A request of this process that holds the lock is waiting for the rest of its body: waiting here
        // would block the event loop that has to read it.
        qint64 holder = 0;
        QString host, application;
        const bool heldHere =
            lock->getLockInfo(&holder, &host, &application) && holder == QCoreApplication::applicationPid();
        std::optional<Upload> upload;
        if (!lock->tryLock(heldHere ? 0 : LockWaitMs)) {
            response = HttpResponse::error(409, QString::fromLatin1(errors::OffsetMismatch),
                                           u"another request is writing this upload"_s);
        } else if (upload = load(id); !upload || upload->deviceId != deviceId) {
            response = HttpResponse::error(404, QString::fromLatin1(errors::NotFound), u"no such upload"_s);
        } else if (upload->expires < QDateTime::currentDateTimeUtc()) {
            remove(id);
            response = HttpResponse::error(410, QString::fromLatin1(errors::Gone), u"the upload expired"_s);
        } else if (request.method == "HEAD") {
            response = status(*upload);
        } else if (request.method == "PATCH") {
            return append(request, *upload, std::move(lock));
        } else if (request.method == "DELETE") {
            response = terminate(*upload);
        } else {
            response = HttpResponse::error(405, QString::fromLatin1(errors::BadRequest),
                                           u"use HEAD, PATCH or DELETE"_s);
        }
    }
    return withTusVersion(response);
}

HttpResponse Uploads::options() const {
    return HttpResponse::empty(204)
        .withHeader("Tus-Version", headers::TusVersion)
        .withHeader("Tus-Extension", "creation,checksum,termination,expiration")
        .withHeader("Tus-Checksum-Algorithm", "sha256")
        .withHeader("Tus-Max-Size", QByteArray::number(maxSize_));
}

HttpResponse Uploads::create(const HttpRequest& request, const QString& deviceId) {
    const std::optional<qint64> length = headerNumber(request, "upload-length");
    if (!length)
        return badRequest(u"Upload-Length is required (deferred length is not supported)"_s);
    if (*length > maxSize_)
        return HttpResponse::error(413, QString::fromLatin1(errors::TooLarge),
                                   u"the file is larger than %1 bytes"_s.arg(maxSize_));
    const auto metadata = parseMetadata(request.header("upload-metadata"));
    if (!metadata)
        return badRequest(u"malformed Upload-Metadata"_s);
    Upload upload;
    upload.evidenceId = QUuid::fromString(QString::fromUtf8(metadata->value("evidence_id")));
    upload.sha256 = QString::fromUtf8(metadata->value("sha256"));
    if (upload.evidenceId.isNull())
        return badRequest(u"Upload-Metadata needs evidence_id (a UUID)"_s);
    if (!Blobs::isSha256(upload.sha256))
        return badRequest(u"Upload-Metadata needs sha256 (64 lower-case hex digits)"_s);
    upload.id = QUuid::createUuid().toString(QUuid::Id128);
    upload.length = *length;
    upload.deviceId = deviceId;
    upload.created = QDateTime::currentDateTimeUtc();
    upload.expires = upload.created.addDays(ExpiryDays);

    QFile part(partPath(upload.id));
    if (!QDir().mkpath(directory_) || !save(upload) || !part.open(QIODevice::WriteOnly))
        return internalError(u"cannot create upload %1 in %2"_s.arg(upload.id, directory_));
    part.close();
    if (upload.length == 0) {
        QLockFile lock(lockPath(upload.id));
        lock.lock();
        const HttpResponse finished = finish(upload);
        if (finished.status != 204)
            return finished;
    }
    return HttpResponse::empty(201)
        .withHeader("Location", (QLatin1String(paths::Files) + u'/' + upload.id).toLatin1())
        .withHeader("Upload-Expires", httpDate(upload.expires));
}

HttpResponse Uploads::status(const Upload& upload) const {
    return HttpResponse::empty(200)
        .withHeader("Upload-Offset", QByteArray::number(upload.offset))
        .withHeader("Upload-Length", QByteArray::number(upload.length))
        .withHeader("Upload-Expires", httpDate(upload.expires))
        .withHeader("Cache-Control", "no-store");
}

HttpResponse Uploads::append(const HttpRequest& request, const Upload& upload,
                             std::unique_ptr<QLockFile> lock) {
    if (request.header("content-type") != "application/offset+octet-stream")
        return withTusVersion(HttpResponse::error(415, QString::fromLatin1(errors::BadRequest),
                                                  u"Content-Type must be application/offset+octet-stream"_s));
    const std::optional<qint64> offset = headerNumber(request, "upload-offset");
    if (!offset)
        return withTusVersion(badRequest(u"Upload-Offset is required"_s));
    if (*offset != upload.offset)
        return withTusVersion(HttpResponse::error(409, QString::fromLatin1(errors::OffsetMismatch),
                                                  u"the upload is at offset %1"_s.arg(upload.offset))
                                  .withHeader("Upload-Offset", QByteArray::number(upload.offset)));
    if (upload.complete) // a resend of the last, empty, request
        return withTusVersion(
            HttpResponse::empty(204).withHeader("Upload-Offset", QByteArray::number(upload.length)));
    const qint64 chunkSize = request.bodyFollows ? request.contentLength : request.body.size();
    if (upload.offset + chunkSize > upload.length)
        return withTusVersion(badRequest(u"the chunk goes beyond Upload-Length"_s));
    QByteArray expectedChecksum;
    if (const QByteArray checksum = request.header("upload-checksum"); !checksum.isEmpty()) {
        const QList<QByteArray> parts = checksum.trimmed().split(' ');
        if (parts.size() != 2 || parts[0] != "sha256" ||
            (expectedChecksum = QByteArray::fromBase64(parts[1])).isEmpty())
            return withTusVersion(badRequest(u"Upload-Checksum must be \"sha256 <base64>\""_s));
    }
    auto sink = std::make_shared<Append>(*this, upload, std::move(lock), expectedChecksum);
    if (!sink->open())
        return withTusVersion(internalError(u"cannot open upload %1"_s.arg(upload.id)));
    if (request.bodyFollows) {
        HttpResponse streamed;
        streamed.bodySink = std::move(sink);
        return streamed;
    }
    sink->write(request.body.constData(), request.body.size());
    return sink->finish();
}

std::optional<QByteArray> Uploads::wholeFileDigest(const Upload& upload) const {
    if (const auto running = security::ResumableSha256::restore(upload.hashState);
        running && running->bytesAdded() == upload.length)
        return running->digest();
    QFile part(partPath(upload.id));
    security::Sha256 hash;
    if (!part.open(QIODevice::ReadOnly) || !hash.add(part))
        return std::nullopt;
    return hash.digest();
}

HttpResponse Uploads::finish(Upload& upload) {
    const std::optional<QByteArray> digest = wholeFileDigest(upload);
    if (!digest)
        return internalError(u"cannot read upload %1"_s.arg(upload.id));
    QFile part(partPath(upload.id));
    if (QString::fromLatin1(digest->toHex()) != upload.sha256) {
        upload.offset = 0;
        upload.hashState.clear();
        if (!part.resize(0) || !save(upload))
            return internalError(u"cannot reset upload %1"_s.arg(upload.id));
        return HttpResponse::error(460, QString::fromLatin1(errors::ChecksumMismatch),
                                   u"the whole file does not match its sha256; the upload restarts at 0"_s)
            .withHeader("Upload-Offset", "0");
    }
    QString error;
    if (!blobs_.adopt(part.fileName(), upload.sha256, &error))
        return internalError(error);
    // The info stays until the upload expires, so that a device whose connection broke before this
    // answer learns from HEAD that the upload is complete, instead of sending the file again.
    upload.complete = true;
    if (!save(upload))
        return internalError(u"cannot save upload %1"_s.arg(upload.id));
    if (onReceived_)
        onReceived_(ReceivedFile{upload.evidenceId, upload.sha256, upload.length, upload.deviceId});
    return HttpResponse::empty(204).withHeader("Upload-Offset", QByteArray::number(upload.length));
}

HttpResponse Uploads::terminate(const Upload& upload) {
    remove(upload.id);
    return HttpResponse::empty(204);
}

int Uploads::removeExpired(const QDateTime& now) {
    int removed = 0;
    QDirIterator infos(directory_, {u"*.info"_s}, QDir::Files);
    while (infos.hasNext()) {
        const QString id = QFileInfo(infos.next()).completeBaseName();
        QLockFile lock(lockPath(id));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // in use now: not expired in any way that matters
        const std::optional<Upload> upload = load(id);
        if (!upload || upload->expires < now) {
            remove(id);
            ++removed;
        }
    }
    // A part whose info is gone (a kill while terminating or finishing), or an info a kill kept from
    // replacing the old one, is of no use to anyone.
    QDirIterator parts(directory_, {u"*.part"_s, u"*.info.new"_s}, QDir::Files);
    while (parts.hasNext()) {
        const QFileInfo part(parts.next());
        if (!QFileInfo::exists(infoPath(part.completeBaseName())) &&
            part.lastModified().addDays(ExpiryDays) < now && QFile::remove(part.filePath()))
            ++removed;
    }
    return removed;
}

std::optional<Uploads::Upload> Uploads::load(const QString& id) const {
    QFile file(infoPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Upload upload;
    upload.id = id;
    upload.length = json.value(u"length"_s).toInteger(-1);
    upload.offset = json.value(u"offset"_s).toInteger(-1);
    upload.evidenceId = QUuid::fromString(json.value(u"evidence_id"_s).toString());
    upload.sha256 = json.value(u"sha256"_s).toString();
    upload.deviceId = json.value(u"device_id"_s).toString();
    upload.created = QDateTime::fromString(json.value(u"created"_s).toString(), Qt::ISODateWithMs);
    upload.expires = QDateTime::fromString(json.value(u"expires"_s).toString(), Qt::ISODateWithMs);
    upload.complete = json.value(u"complete"_s).toBool();
    // A running hash written before the machine last started may cover bytes a power cut took.
    if (const QString boot = json.value(u"hash_boot"_s).toString(); !boot.isEmpty() && boot == bootId())
        upload.hashState = QByteArray::fromBase64(json.value(u"hash_state"_s).toString().toLatin1());
    if (upload.length < 0 || upload.offset < 0 || upload.offset > upload.length ||
        !upload.expires.isValid() || !Blobs::isSha256(upload.sha256)) {
        qWarning("uploads: ignoring the unreadable %s", qPrintable(file.fileName()));
        return std::nullopt;
    }
    if (!upload.complete) {
        const qint64 partSize = QFileInfo(partPath(id)).size();
        if (partSize < upload.offset) {
            upload.offset = partSize;
            upload.hashState.clear(); // it covers bytes that are gone
        }
    }
    return upload;
}

bool Uploads::save(const Upload& upload) const {
    // Written beside the info and renamed over it, so the info is always the old one or the new one. Not
    // synced to disk (QSaveFile syncs, a few milliseconds on every chunk): the part file is not synced
    // either. What a power cut might take from it the whole-file SHA-256 finds when the upload completes,
    // because a running hash from an earlier boot is not trusted; the upload then starts over from the
    // device's copy.
    const QString path = infoPath(upload.id);
    QFile file(path + u".new"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(upload.toJson()).toJson()) <= 0)
        return false;
    file.close();
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(file.fileName()).toStdString(),
                            QFile::encodeName(path).toStdString(), error);
    return !error;
}

void Uploads::remove(const QString& id) const {
    // The info first: a part without info is an orphan that removeExpired() collects.
    QFile::remove(infoPath(id));
    QFile::remove(partPath(id));
    QFile::remove(infoPath(id) + u".new"_s);
}

QString Uploads::infoPath(const QString& id) const {
    return directory_ + u'/' + id + u".info"_s;
}

QString Uploads::partPath(const QString& id) const {
    return directory_ + u'/' + id + u".part"_s;
}

QString Uploads::lockPath(const QString& id) const {
    return directory_ + u'/' + id + u".lock"_s;
}

} // namespace fieldcase::sync::server
