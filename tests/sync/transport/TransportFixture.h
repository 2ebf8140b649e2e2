#pragma once

// A bureau's byte-moving side on 127.0.0.1 over real TLS (tests/data/tls), with its data in a temporary
// directory: HttpAdapter routing /v1/files* to Uploads and /v1/blobs/* to Blobs for one fixed device, and
// /v1/echo answering what the handler saw. Shared by the transport tests.

#include "Blobs.h"
#include "HttpAdapter.h"
#include "Protocol.h"
#include "TlsIdentity.h"
#include "Uploads.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace fieldcase::sync::test {

using namespace fieldcase::sync::server;
using namespace Qt::StringLiterals;

inline const QString TestDeviceId = u"device-under-test"_s;

inline QString tlsPath(const QString& name) {
    return QStringLiteral(FIELDCASE_TEST_DATA) + u"/tls/"_s + name;
}

inline QSslCertificate tlsCertificate(const QString& name) {
    return QSslCertificate::fromPath(tlsPath(name + u".crt"_s)).value(0);
}

inline QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline QByteArray randomBytes(qsizetype size, quint32 seed) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Passes a streamed body on to `sink` with the byte in its middle damaged, as if on the way.
class DamagingSink : public BodySink {
public:
    DamagingSink(std::shared_ptr<BodySink> sink, qint64 length)
        : sink_(std::move(sink))
        , middle_(length / 2) {}

    bool write(const char* data, qint64 size) override {
        QByteArray bytes(data, size);
        if (middle_ >= seen_ && middle_ < seen_ + size)
            bytes[middle_ - seen_] = char(bytes[middle_ - seen_] ^ 0x5a);
        seen_ += size;
        return sink_->write(bytes.constData(), size);
    }
    HttpResponse finish() override { return sink_->finish(); }

private:
    std::shared_ptr<BodySink> sink_;
    qint64 middle_;
    qint64 seen_ = 0;
};

class TestBureau {
public:
    // `identity` is "server" (the pinned test bureau) or "other" (an impostor at the same address).
    explicit TestBureau(const QString& identity = u"server"_s, quint16 port = 0)
        : uploads(directory.path())
        , blobs(directory.path()) {
        uploads.setOnReceived([this](const ReceivedFile& file) { received.append(file); });
        listen(identity, port);
    }

    void listen(const QString& identity, quint16 requestedPort = 0) {
        QString error;
        const std::optional<QSslConfiguration> tls =
            TlsIdentity::load(tlsPath(identity + u".crt"_s), tlsPath(identity + u".key"_s), &error);
        QVERIFY2(tls, qPrintable(error));
        adapter =
            std::make_unique<HttpAdapter>([this](const HttpRequest& request) { return route(request); });
        port = adapter->listen(QHostAddress::LocalHost, requestedPort, *tls);
        QVERIFY(port != 0);
    }

    QString baseUrl() const { return u"https://127.0.0.1:%1"_s.arg(port); }
    QString uploadsDir() const { return directory.filePath(u"uploads"_s); }

    HttpResponse route(const HttpRequest& request) {
        ++requestCount;
        lastRequest = request;
        if (request.path.startsWith(QLatin1String(paths::Files))) {
            HttpRequest delivered = request;
            const bool damage = request.method == "PATCH" && corruptPatches > 0 &&
                                (request.bodyFollows ? request.contentLength > 0 : !request.body.isEmpty());
            if (damage && !request.bodyFollows) {
                --corruptPatches; // as if a byte was damaged on the way
                delivered.body[delivered.body.size() / 2] =
                    char(delivered.body[delivered.body.size() / 2] ^ 0x5a);
            }
            HttpResponse response = uploads.handle(delivered, TestDeviceId);
            if (damage && response.bodySink) {
                --corruptPatches;
                response.bodySink = std::make_shared<DamagingSink>(response.bodySink, request.contentLength);
            }
            return response;
        }
        if (request.path.startsWith(QLatin1String(paths::Blobs) + u'/'))
            return blobs.handle(request);
        if (request.path == u"/v1/echo"_s) {
            QJsonObject headers;
            for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
                headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
            return HttpResponse::json(200, {{u"method"_s, QString::fromLatin1(request.method)},
                                            {u"path"_s, request.path},
                                            {u"query"_s, request.query.toString(QUrl::FullyDecoded)},
                                            {u"headers"_s, headers},
                                            {u"body"_s, QString::fromUtf8(request.body)},
                                            {u"peer"_s, request.peer.toString()}});
        }
        return HttpResponse::error(404, QString::fromLatin1(errors::NotFound), u"no such path"_s);
    }

    // Stores `bytes` as a blob, as a finished upload would.
    QString addBlob(const QByteArray& bytes) {
        const QString sha256 = sha256Hex(bytes);
        const QString staged = directory.filePath(u"staged"_s);
        writeFile(staged, bytes);
        QString error;
        blobs.adopt(staged, sha256, &error);
        return sha256;
    }

    QTemporaryDir directory;
    Uploads uploads;
    Blobs blobs;
    std::unique_ptr<HttpAdapter> adapter;
    quint16 port = 0;
    int requestCount = 0;
    int corruptPatches = 0;
    HttpRequest lastRequest;
    QList<ReceivedFile> received;
};

} // namespace fieldcase::sync::test
