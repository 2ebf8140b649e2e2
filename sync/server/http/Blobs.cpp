#include "Blobs.h"

#include "Protocol.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fieldcase::sync::server {

using namespace Qt::StringLiterals;

namespace {

struct ByteRange {
    qint64 first = 0;
    qint64 length = 0;
};

// One range of `Range: bytes=a-b | a- | -n` within a file of `size` bytes; nullopt when it is malformed,
// names several ranges, or lies outside the file (all answered 416: our clients ask for one valid range).
std::optional<ByteRange> parseRange(const QByteArray& header, qint64 size) {
    if (!header.startsWith("bytes="))
        return std::nullopt;
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0 || spec.contains(','))
        return std::nullopt;
    const QByteArray firstText = spec.left(dash);
    const QByteArray lastText = spec.mid(dash + 1);
    const auto number = [](const QByteArray& text) -> std::optional<qint64> {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < 0 ||
            !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        return value;
    };
    if (firstText.isEmpty()) { // the last n bytes
        const std::optional<qint64> suffix = number(lastText);
        if (!suffix || *suffix == 0 || size == 0)
            return std::nullopt;
        const qint64 length = qMin(*suffix, size);
        return ByteRange{size - length, length};
    }
    const std::optional<qint64> first = number(firstText);
    if (!first || *first >= size)
        return std::nullopt;
    qint64 last = size - 1;
    if (!lastText.isEmpty()) {
        const std::optional<qint64> requestedLast = number(lastText);
        if (!requestedLast || *requestedLast < *first)
            return std::nullopt;
        last = qMin(*requestedLast, size - 1);
    }
    return ByteRange{*first, last - *first + 1};
}

} // namespace

Blobs::Blobs(const QString& dataDir)
    : root_(QDir(dataDir).filePath(u"blobs"_s)) {}

bool Blobs::isSha256(QStringView text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QString Blobs::pathOf(const QString& sha256) const {
    return root_ + u'/' + sha256.left(2) + u'/' + sha256;
}

bool Blobs::has(const QString& sha256) const {
    return isSha256(sha256) && QFileInfo(pathOf(sha256)).isFile();
}

bool Blobs::adopt(const QString& filePath, const QString& sha256, QString* error) const {
    const QString target = pathOf(sha256);
    if (!QDir().mkpath(QFileInfo(target).path())) {
        *error = u"cannot create the directory of %1"_s.arg(target);
        return false;
    }
    if (QFileInfo::exists(target)) {
        QFile::remove(filePath);
        return true;
    }
    // Both live under the data directory, so this is a rename: the blob appears whole or not at all.
    if (!QFile::rename(filePath, target)) {
        // Another process may have stored the same blob in between.
        if (QFileInfo::exists(target)) {
            QFile::remove(filePath);
            return true;
        }
        *error = u"cannot move %1 to %2"_s.arg(filePath, target);
        return false;
    }
    return true;
}

HttpResponse Blobs::handle(const HttpRequest& request) const {
    if (request.method != "GET" && request.method != "HEAD")
        return HttpResponse::error(405, QString::fromLatin1(errors::BadRequest), u"use GET or HEAD"_s)
            .withHeader("Allow", "GET, HEAD");
    const QString prefix = QLatin1String(paths::Blobs) + u'/';
    const QString sha256 = request.path.startsWith(prefix) ? request.path.mid(prefix.size()) : QString();
    if (!isSha256(sha256))
        return HttpResponse::error(400, QString::fromLatin1(errors::BadRequest),
                                   u"a blob is named by 64 lower-case hex digits"_s);
    const QFileInfo file(pathOf(sha256));
    if (!file.isFile())
        return HttpResponse::error(404, QString::fromLatin1(errors::NotFound), u"no such blob"_s);

    const qint64 size = file.size();
    HttpResponse response;
    response.filePath = file.filePath();
    response.fileLength = size;
    response.withHeader("Content-Type", "application/octet-stream")
        .withHeader("Accept-Ranges", "bytes")
        .withHeader("ETag", '"' + sha256.toLatin1() + '"')
        // Content addressed: the bytes under this name never change.
        .withHeader("Cache-Control", "private, max-age=31536000, immutable");
    const QByteArray rangeHeader = request.header("range");
    if (rangeHeader.isEmpty())
        return response;
    const std::optional<ByteRange> range = parseRange(rangeHeader, size);
    if (!range)
        return HttpResponse::error(416, QString::fromLatin1(errors::BadRequest), u"unsatisfiable range"_s)
            .withHeader("Content-Range", "bytes */" + QByteArray::number(size));
    response.status = 206;
    response.fileOffset = range->first;
    response.fileLength = range->length;
    response.withHeader("Content-Range", "bytes " + QByteArray::number(range->first) + '-' +
                                             QByteArray::number(range->first + range->length - 1) + '/' +
                                             QByteArray::number(size));
    return response;
}

} // namespace fieldcase::sync::server
