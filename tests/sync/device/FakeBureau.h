#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QUrl>

#include <functional>

// A tiny HTTPS server on 127.0.0.1 with one of the test TLS identities, answering each request with what
// the test's handler says: enough HTTP/1.1 (Content-Length bodies, keep-alive) for SyncConnection.
class FakeBureau : public QObject {
public:
    struct Request {
        QByteArray method;
        QString path;                          // with the query
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response {
        int status = 200;
        QByteArray body;
        bool silent = false; // never answer, as a server that hangs
        QList<std::pair<QByteArray, QByteArray>> headers = {};
    };
    using Handler = std::function<Response(const Request&)>;

    explicit FakeBureau(const QString& identity = QStringLiteral("server")) {
        const QString base = QStringLiteral(FIELDCASE_TEST_DATA "/tls/") + identity;
        QFile key(base + QStringLiteral(".key"));
        if (!key.open(QIODevice::ReadOnly))
            qFatal("cannot read the test key");
        certificate = QSslCertificate::fromPath(base + QStringLiteral(".crt")).value(0);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(QSslKey(&key, QSsl::Ec)); // the test identities are P-256 keys
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(configuration);
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = server.nextPendingConnection())
                serve(socket);
        });
        if (!server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }

    ~FakeBureau() override {
        // A connection whose handshake failed is deleted later by QSslServer; let that happen while the
        // server still exists.
        server.close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())); }

    Handler handler = [](const Request&) { return Response{404, {}}; };
    QList<Request> requests;
    QSslCertificate certificate;

private:
    void serve(QTcpSocket* socket) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                Request request;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
                request.method = start.value(0);
                request.path = QString::fromUtf8(start.value(1));
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                               lines[i].mid(colon + 1).trimmed());
                }
                const qsizetype length = request.headers.value("content-length").toLongLong();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                request.body = buffer->mid(headerEnd + 4, length);
                buffer->remove(0, headerEnd + 4 + length);
                requests.append(request);
                const Response response = handler(request);
                if (response.silent)
                    continue;
                QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) +
                                  " X\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(response.body.size()) + "\r\n";
                for (const auto& [name, value] : response.headers)
                    head += name + ": " + value + "\r\n";
                socket->write(head + "\r\n" + (request.method == "HEAD" ? QByteArray() : response.body));
            }
        });
    }

    QSslServer server;
};
