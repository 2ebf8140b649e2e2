#pragma once

// tus 1.0 resumable uploads of evidence files (PROTOCOL.md "tus 1.0 uploads"): core, creation, checksum
// (sha256), termination, expiration. All state is on disk under <dataDir>/uploads (<id>.info, a JSON
// object, and <id>.part, the bytes so far), so several server processes may share the directory and a
// killed process loses nothing. A finished file moves to Blobs. Authentication is the caller's job.

#include "Blobs.h"
#include "HttpMessage.h"

#include <QDateTime>
#include <QLockFile>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace fieldcase::sync::server {

// A whole file received and checked against its announced SHA-256.
struct ReceivedFile {
    QUuid evidenceId;
    QString sha256;
    qint64 size = 0;
    QString deviceId;
};

class Uploads {
public:
    static constexpr qint64 DefaultMaxSize = qint64(8) * 1024 * 1024 * 1024;
    static constexpr int ExpiryDays = 7;

    explicit Uploads(const QString& dataDir);

    // Called after a file was stored as a blob, once per completed upload (the same file uploaded twice
    // calls it twice; the blob is stored once). A completed upload answers HEAD with its full offset
    // until it expires.
    void setOnReceived(std::function<void(const ReceivedFile&)> onReceived);
    void setMaxSize(qint64 bytes);

    // OPTIONS|POST paths::Files and HEAD|PATCH|DELETE paths::Files/{id}, for the authenticated device
    // `deviceId` (an upload belongs to the device that created it).
    HttpResponse handle(const HttpRequest& request, const QString& deviceId);

    // Deletes uploads past their expiry, and part files left without their info; returns how many.
    int removeExpired(const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    struct Upload;
    class Append;

    HttpResponse options() const;
    HttpResponse create(const HttpRequest& request, const QString& deviceId);
    HttpResponse status(const Upload& upload) const;
    // A PATCH, from its header on: `lock` is the upload's, held until the answer.
    HttpResponse append(const HttpRequest& request, const Upload& upload, std::unique_ptr<QLockFile> lock);
    HttpResponse finish(Upload& upload);
    std::optional<QByteArray> wholeFileDigest(const Upload& upload) const;
    HttpResponse terminate(const Upload& upload);

    std::optional<Upload> load(const QString& id) const;
    bool save(const Upload& upload) const;
    void remove(const QString& id) const;
    QString infoPath(const QString& id) const;
    QString partPath(const QString& id) const;
    QString lockPath(const QString& id) const;

    QString directory_;
    Blobs blobs_;
    qint64 maxSize_ = DefaultMaxSize;
    std::function<void(const ReceivedFile&)> onReceived_;
};

} // namespace fieldcase::sync::server
