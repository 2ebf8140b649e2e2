#pragma once

// A byte-level HTTPS/1.1 client for tests that must control exactly what is sent (a header without its
// body, chunked encoding, pipelined requests) and see exactly what comes back. Asynchronous underneath;
// its waits run the event loop, so a server in the same thread keeps working.

#include <QDeadlineTimer>
#include <QHash>
#include <QSslSocket>
#include <QTest>

#include <optional>

namespace fieldcase::sync::test {

struct RawResponse {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

class RawHttpsClient {
public:
    explicit RawHttpsClient(quint16 port) {
        socket_.setPeerVerifyMode(QSslSocket::VerifyNone); // these tests are about HTTP, not the pin
        QObject::connect(&socket_, &QSslSocket::readyRead, [this] { buffer_ += socket_.readAll(); });
        socket_.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    }

    bool waitEncrypted(int timeoutMs = 5000) {
        QDeadlineTimer deadline(timeoutMs);
        while (!socket_.isEncrypted() && !deadline.hasExpired())
            QTest::qWait(5);
        return socket_.isEncrypted();
    }

    void send(const QByteArray& bytes) { socket_.write(bytes); }

    // Sends one request with Content-Length set from `body` (unless `headers` has one).
    void request(const QByteArray& method, const QByteArray& target,
                 const QList<std::pair<QByteArray, QByteArray>>& headers = {}, const QByteArray& body = {}) {
        QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        bool hasLength = false;
        for (const auto& [name, value] : headers) {
            head += name + ": " + value + "\r\n";
            hasLength =
                hasLength || name.toLower() == "content-length" || name.toLower() == "transfer-encoding";
        }
        if (!hasLength && (!body.isEmpty() || method == "POST" || method == "PATCH"))
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        send(head + "\r\n" + body);
    }

    // The next whole response; a HEAD response has no body whatever its Content-Length.
    std::optional<RawResponse> response(bool toHead = false, int timeoutMs = 10000) {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            if (std::optional<RawResponse> parsed = takeResponse(toHead))
                return parsed;
            if (deadline.hasExpired() ||
                (socket_.state() == QAbstractSocket::UnconnectedState && !takeable()))
                return std::nullopt;
            QTest::qWait(5);
        }
    }

    bool waitClosed(int timeoutMs = 5000) {
        QDeadlineTimer deadline(timeoutMs);
        while (socket_.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired())
            QTest::qWait(5);
        return socket_.state() == QAbstractSocket::UnconnectedState;
    }

    QByteArray unread() const { return buffer_; }

    // Drops the connection at once, as a device losing its network does.
    void abort() { socket_.abort(); }

private:
    bool takeable() const { return buffer_.contains("\r\n\r\n"); }

    std::optional<RawResponse> takeResponse(bool toHead) {
        const qsizetype end = buffer_.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        const QList<QByteArray> lines = buffer_.left(end).split('\n');
        RawResponse response;
        response.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            response.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                    lines[i].mid(colon + 1).trimmed());
        }
        const qint64 length = toHead ? 0 : response.header("content-length").toLongLong();
        if (buffer_.size() < end + 4 + length)
            return std::nullopt;
        response.body = buffer_.mid(end + 4, length);
        buffer_.remove(0, end + 4 + length);
        return response;
    }

    QSslSocket socket_;
    QByteArray buffer_;
};

} // namespace fieldcase::sync::test
