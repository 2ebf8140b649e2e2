#pragma once

// The one place that knows Qt HTTP Server (a technology preview in Qt 6.4): it turns each request into an
// HttpRequest, calls the handler and writes the HttpResponse back, over TLS only. It also enforces the body
// bounds of PROTOCOL.md "Transport" before a body is read, because Qt HTTP Server 6.4 buffers a whole body
// in memory before any handler sees the request; and it hands upload chunks to their handler as they
// arrive, past Qt HTTP Server.

#include "HttpMessage.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>

#include <functional>

namespace fieldcase::sync::server {

class HttpAdapter : public QAbstractHttpServer {
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit HttpAdapter(Handler handler, QObject* parent = nullptr);

    // Listens with TLS on address:port (0 picks a free port); returns the port, or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port, const QSslConfiguration& tls);

    // The largest body accepted for a request (PROTOCOL.md "Transport").
    static qint64 bodyLimit(const QByteArray& method, const QString& path);
    // Requests whose handler is called with the header alone (HttpRequest::bodyFollows) and may take the
    // body as it arrives: tus PATCH chunks.
    static bool takesBodyAsItArrives(const QByteArray& method, const QString& path);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler handler_;
};

// The bytes of a response's status line and header block. `contentLength` is the length of the body the
// response stands for (also for HEAD, which sends none).
QByteArray responseHead(const HttpResponse& response, qint64 contentLength, bool closeConnection);

} // namespace fieldcase::sync::server
