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

#include <memory>

namespace fieldcase::sync::server {

struct HttpResponse;

// Takes a request body as it arrives instead of all at once (tus PATCH chunks go straight to their file).
class BodySink {
public:
    virtual ~BodySink() = default;
    // Called with the body's bytes in order. After a false (say, the disk is full) the rest of the body
    // is read and dropped, and finish() says what went wrong.
    virtual bool write(const char* data, qint64 size) = 0;
    // Called once, after the last byte: the answer to the request.
    virtual HttpResponse finish() = 0;
};

struct HttpRequest {
    QByteArray method; // "GET", "POST", "HEAD", "PATCH", "DELETE", "OPTIONS"
    QString path;      // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;
    // The body is still to come and `body` is empty: a handler that can take it as it arrives answers
    // with HttpResponse::bodySink, any other answer is sent once the body has been read and dropped.
    bool bodyFollows = false;
    qint64 contentLength = 0;

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
    // For a request whose body follows: the sink that takes it and gives the real answer. Everything else
    // in this response is ignored.
    std::shared_ptr<BodySink> bodySink;

    HttpResponse& withHeader(const QByteArray& name, const QByteArray& value) {
        headers.append(std::pair(name, value));
        return *this;
    }

    static HttpResponse json(int status, const QJsonObject& object);
    static HttpResponse error(int status, const QString& code, const QString& message);
    static HttpResponse empty(int status);
};

} // namespace fieldcase::sync::server
