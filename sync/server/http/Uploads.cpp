#include "Uploads.h"

#include "Sha256.h"

#include "Protocol.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QSaveFile>

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

HttpResponse badRequest(const QString& message) {
    return HttpResponse::error(400, QString::fromLatin1(errors::BadRequest), message);
}

HttpResponse internalError(const QString& message) {
    qWarning("uploads: %s", qPrintable(message));
    return HttpResponse::error(500, QString::fromLatin1(errors::Internal), message);
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

    QJsonObject toJson() const {
        return {{u"length"_s, length},
                {u"offset"_s, offset},
                {u"evidence_id"_s, evidenceId.toString(QUuid::WithoutBraces)},
                {u"sha256"_s, sha256},
                {u"device_id"_s, deviceId},
                {u"created"_s, created.toString(Qt::ISODateWithMs)},
                {u"expires"_s, expires.toString(Qt::ISODateWithMs)},
                {u"complete"_s, complete}};
    }
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
        QLockFile lock(lockPath(id));
        lock.setStaleLockTime(0); // only a dead holder makes it stale: finishing a large file takes a while
        std::optional<Upload> upload;
        if (!lock.tryLock(LockWaitMs)) {
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
            response = append(request, *upload);
        } else if (request.method == "DELETE") {
            response = terminate(*upload);
        } else {
            response = HttpResponse::error(405, QString::fromLatin1(errors::BadRequest),
                                           u"use HEAD, PATCH or DELETE"_s);
        }
    }
    return response.withHeader(headers::TusResumable, headers::TusVersion);
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

HttpResponse Uploads::append(const HttpRequest& request, Upload& upload) {
    if (request.header("content-type") != "application/offset+octet-stream")
        return HttpResponse::error(415, QString::fromLatin1(errors::BadRequest),
                                   u"Content-Type must be application/offset+octet-stream"_s);
    const std::optional<qint64> offset = headerNumber(request, "upload-offset");
    if (!offset)
        return badRequest(u"Upload-Offset is required"_s);
    if (*offset != upload.offset)
        return HttpResponse::error(409, QString::fromLatin1(errors::OffsetMismatch),
                                   u"the upload is at offset %1"_s.arg(upload.offset))
            .withHeader("Upload-Offset", QByteArray::number(upload.offset));
    const QByteArray& chunk = request.body;
    if (upload.complete) // a resend of the last, empty, request
        return HttpResponse::empty(204).withHeader("Upload-Offset", QByteArray::number(upload.length));
    if (upload.offset + chunk.size() > upload.length)
        return badRequest(u"the chunk goes beyond Upload-Length"_s);
    const QByteArray checksum = request.header("upload-checksum");
    if (!checksum.isEmpty()) {
        const QList<QByteArray> parts = checksum.trimmed().split(' ');
        if (parts.size() != 2 || parts[0] != "sha256")
            return badRequest(u"Upload-Checksum must be \"sha256 <base64>\""_s);
        if (QByteArray::fromBase64(parts[1]) != security::Sha256::of(chunk))
            return HttpResponse::error(460, QString::fromLatin1(errors::ChecksumMismatch),
                                       u"the chunk does not match its Upload-Checksum"_s);
    }

    // Bytes first, then the offset that vouches for them: a kill in between leaves bytes beyond the
    // offset, which the next request cuts off.
    QFile part(partPath(upload.id));
    if (!part.open(QIODevice::ReadWrite) || (part.size() > upload.offset && !part.resize(upload.offset)) ||
        !part.seek(upload.offset) || part.write(chunk) != chunk.size() || !part.flush()) {
        part.resize(upload.offset);
        return internalError(u"cannot write upload %1: %2"_s.arg(upload.id, part.errorString()));
    }
    part.close();
    upload.offset += chunk.size();
    if (!save(upload))
        return internalError(u"cannot save upload %1"_s.arg(upload.id));
    if (upload.offset == upload.length)
        return finish(upload);
    return HttpResponse::empty(204)
        .withHeader("Upload-Offset", QByteArray::number(upload.offset))
        .withHeader("Upload-Expires", httpDate(upload.expires));
}

HttpResponse Uploads::finish(Upload& upload) {
    QFile part(partPath(upload.id));
    security::Sha256 hash;
    if (!part.open(QIODevice::ReadOnly) || !hash.add(part))
        return internalError(u"cannot read upload %1"_s.arg(upload.id));
    part.close();
    if (hash.hex() != upload.sha256) {
        upload.offset = 0;
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
    // A part whose info is gone (a kill while terminating or finishing) is of no use to anyone.
    QDirIterator parts(directory_, {u"*.part"_s}, QDir::Files);
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
    if (upload.length < 0 || upload.offset < 0 || upload.offset > upload.length ||
        !upload.expires.isValid() || !Blobs::isSha256(upload.sha256)) {
        qWarning("uploads: ignoring the unreadable %s", qPrintable(file.fileName()));
        return std::nullopt;
    }
    if (!upload.complete)
        upload.offset = qMin(upload.offset, QFileInfo(partPath(id)).size());
    return upload;
}

bool Uploads::save(const Upload& upload) const {
    // QSaveFile writes a temporary file and renames it: the info is always the old one or the new one.
    QSaveFile file(infoPath(upload.id));
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(upload.toJson()).toJson()) > 0 &&
           file.commit();
}

void Uploads::remove(const QString& id) const {
    // The info first: a part without info is an orphan that removeExpired() collects.
    QFile::remove(infoPath(id));
    QFile::remove(partPath(id));
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
