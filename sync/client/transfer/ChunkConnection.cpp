#include "ChunkConnection.h"

#include <QSslError>

namespace fieldcase::sync::client {

namespace {

// A request that moves no byte for this long is given up (and retried by its caller), as in PinnedNetwork.
constexpr int StalledMs = 60 * 1000;
// An answer's header block larger than this is not the bureau's.
constexpr qsizetype MaxAnswerHead = 64 * 1024;
constexpr qsizetype MaxAnswerBody = 1024 * 1024;
// Under glibc's threshold for serving an allocation with its own mapping (128 KiB until the first such
// block is freed): QSslSocket copies each slice into buffers of its size, and with 256 KiB slices those
// buffers were mapped and unmapped again for every slice whenever the threshold had not been raised.
// The device then spent 9 s of CPU on a 1 GiB upload instead of 2.
constexpr qint64 WriteSlice = 64 * 1024;
constexpr qint64 WriteAhead = 1024 * 1024;
constexpr qint64 SendBuffer = 1024 * 1024;

} // namespace

ChunkConnection::ChunkConnection(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<ChunkAnswer>();
    stalled_.setSingleShot(true);
    stalled_.setInterval(StalledMs);
    connect(&stalled_, &QTimer::timeout, this, [this] { finish({}); });
    socket_.setSslConfiguration(PinnedNetwork::tlsConfiguration());
    // With no trusted authority every handshake reports errors; they are ignored exactly when the pin
    // matches, and the handshake fails otherwise.
    connect(&socket_, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        QSslCertificate certificate = socket_.peerCertificate();
        if (certificate.isNull() && !errors.isEmpty())
            certificate = errors.first().certificate();
        if (PinnedNetwork::admits(certificate, pin_))
            socket_.ignoreSslErrors(errors);
        else
            refusedByPin_ = true;
    });
    connect(&socket_, &QAbstractSocket::connected, this, [this] {
        // Little of a chunk may wait in the network: once the last byte is written, the device waits for
        // the answer while the bureau works through what is still on its way, alone. With the kernel's
        // own sizing (several MiB) a 1 GiB upload on loopback was about 10% slower (265 against 290 MB/s,
        // alternating runs) and the bureau used 10% more CPU; 256 KiB was slower once in two runs.
        socket_.setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, int(SendBuffer));
    });
    connect(&socket_, &QSslSocket::encrypted, this, [this] {
        // Should some authority be trusted after all (no sslErrors then), the pin still decides.
        if (!PinnedNetwork::admits(socket_.peerCertificate(), pin_)) {
            refusedByPin_ = true;
            return finish({});
        }
        writeRequest();
    });
    // Queued: the socket signals from inside its own write path, which must not be written to then.
    connect(
        &socket_, &QSslSocket::encryptedBytesWritten, this,
        [this](qint64) {
            if (bodyWritten_ < 0)
                return;
            stalled_.start();
            writeRequest();
            // What has left this process: the request minus what still waits in the socket's buffers.
            const qint64 size = head_.size() + body_.size();
            const qint64 left =
                size - requestWritten_ + socket_.bytesToWrite() + socket_.encryptedBytesToWrite();
            const qint64 sent = qBound<qint64>(0, size - left - head_.size(), body_.size());
            if (sent > bodyWritten_) {
                bodyWritten_ = sent;
                emit bodySent(sent, body_.size());
            }
        },
        Qt::QueuedConnection);
    connect(&socket_, &QIODevice::readyRead, this, &ChunkConnection::readAnswer);
    connect(&socket_, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (bodyWritten_ >= 0)
            finish({});
    });
    connect(&socket_, &QAbstractSocket::disconnected, this, [this] {
        connectedTo_.clear();
        if (bodyWritten_ >= 0)
            finish({});
    });
}

ChunkConnection::~ChunkConnection() {
    // The socket signals while it is destroyed (after the members declared below it are gone): none of
    // that may reach this object any more.
    socket_.disconnect(this);
}

void ChunkConnection::send(const BureauEndpoint& endpoint, const QByteArray& verb, const QUrl& url,
                           const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& body) {
    const QString host = url.host();
    const quint16 port = quint16(url.port(443));
    ++requestNumber_;
    head_ = verb + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: " +
            url.toEncoded(QUrl::RemoveScheme | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                .mid(2) +
            "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [name, value] : PinnedNetwork::tokenHeaders(endpoint) + headers)
        head_ += name + ": " + value + "\r\n";
    head_ += "\r\n";
    body_ = body; // shared, not copied
    requestWritten_ = 0;
    bodyWritten_ = 0;
    received_.clear();
    stalled_.start();

    // A kept-alive connection is reused without a new handshake: only one the current pin admitted may be.
    const QString target = host + u':' + QString::number(port) + u' ' + endpoint.pin;
    if (socket_.state() == QAbstractSocket::ConnectedState && socket_.isEncrypted() && target == connectedTo_)
        return writeRequest();
    socket_.abort();
    pin_ = endpoint.pin;
    refusedByPin_ = false;
    connectedTo_ = target;
    socket_.connectToHostEncrypted(host, port);
}

void ChunkConnection::abort() {
    ++requestNumber_; // an answer already on its way is not delivered
    bodyWritten_ = -1;
    stalled_.stop();
    head_.clear();
    body_.clear();
    socket_.abort();
    connectedTo_.clear();
}

void ChunkConnection::writeRequest() {
    // Slices of the head, then of the body, while little of the request waits in the socket.
    while (requestWritten_ < head_.size() + body_.size() &&
           socket_.bytesToWrite() + socket_.encryptedBytesToWrite() < WriteAhead) {
        const bool inHead = requestWritten_ < head_.size();
        const QByteArray& part = inHead ? head_ : body_;
        const qint64 at = inHead ? requestWritten_ : requestWritten_ - head_.size();
        const qint64 slice = qMin<qint64>(WriteSlice, part.size() - at);
        socket_.write(part.constData() + at, slice);
        requestWritten_ += slice;
    }
}

void ChunkConnection::readAnswer() {
    received_ += socket_.readAll();
    if (bodyWritten_ < 0)
        return; // nothing asked: not an answer this connection can place
    stalled_.start();
    const qsizetype headEnd = received_.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (received_.size() > MaxAnswerHead)
            finish({});
        return;
    }
    const QList<QByteArray> lines = received_.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    bool statusOk = false;
    ChunkAnswer answer;
    answer.status = statusLine.value(1).toInt(&statusOk);
    if (!statusLine.first().startsWith("HTTP/1.") || !statusOk)
        return finish({});
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            answer.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                  lines[i].mid(colon + 1).trimmed());
    }
    bool lengthOk = answer.status == 204 || !answer.headers.contains("content-length");
    const qint64 length = answer.status == 204 ? 0 : answer.header("content-length").toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > MaxAnswerBody)
        return finish({});
    if (received_.size() < headEnd + 4 + length)
        return;
    answer.body = received_.mid(headEnd + 4, length);
    // The next request opens a new connection.
    if (answer.header("connection").toLower() == "close")
        connectedTo_.clear();
    finish(answer);
}

void ChunkConnection::finish(ChunkAnswer answer) {
    if (bodyWritten_ < 0)
        return;
    answer.refusedByPin = refusedByPin_;
    bodyWritten_ = -1;
    stalled_.stop();
    head_.clear();
    body_.clear();
    received_.clear();
    // A connection whose request failed may hold half an answer: the next request gets a new one.
    if (answer.status == 0)
        connectedTo_.clear();
    // Queued: this runs inside the socket's signals, and whoever takes the answer sends the next request
    // or drops the connection, which the socket must not see from inside itself.
    QMetaObject::invokeMethod(
        this,
        [this, answer, request = requestNumber_] {
            if (request == requestNumber_ && bodyWritten_ < 0)
                emit answered(answer);
        },
        Qt::QueuedConnection);
}

} // namespace fieldcase::sync::client
