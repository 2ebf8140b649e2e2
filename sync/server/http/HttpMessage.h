#pragma once

// The server's view of one HTTP exchange, independent of the HTTP library: the handlers are plain
// functions from HttpRequest to HttpResponse, and only HttpAdapter knows Qt HTTP Server (a technology
// preview in Qt 6.4), so it can be replaced without touching a handler.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace fieldcase::sync::server {

struct HttpRequest {
    QByteArray method; // "GET", "POST", "HEAD", "PATCH", "DELETE", "OPTIONS"
    QString path;      // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

struct HttpResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A file part to send after the headers instead of `body` (blob downloads), so large files are not
    // read into memory here.
    QString filePath;
    qint64 fileOffset = 0;
    qint64 fileLength = -1;

    HttpResponse& withHeader(const QByteArray& name, const QByteArray& value) {
        headers.append(std::pair(name, value));
        return *this;
    }

    static HttpResponse json(int status, const QJsonObject& object);
    static HttpResponse error(int status, const QString& code, const QString& message);
    static HttpResponse empty(int status);
};

} // namespace fieldcase::sync::server
