#pragma once

// The evidence files the bureau holds, content-addressed: <dataDir>/blobs/<first two hex>/<sha256>. Serves
// GET/HEAD /v1/blobs/{sha256} with single byte ranges; authentication is the caller's job.

#include "HttpMessage.h"

#include <QString>

namespace fieldcase::sync::server {

class Blobs {
public:
    explicit Blobs(const QString& dataDir);

    // Exactly 64 lower-case hex digits: anything else never reaches the file system.
    static bool isSha256(QStringView text);

    QString pathOf(const QString& sha256) const;
    bool has(const QString& sha256) const;

    // Moves `filePath` into the store as `sha256` (whose hash the caller has checked). If the blob exists
    // already the file is dropped: the same content is one blob. False (with `error`) on a file system error.
    bool adopt(const QString& filePath, const QString& sha256, QString* error) const;

    // GET or HEAD of paths::Blobs + "/" + sha256.
    HttpResponse handle(const HttpRequest& request) const;

private:
    QString root_;
};

} // namespace fieldcase::sync::server
