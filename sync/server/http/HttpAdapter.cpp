#include "HttpAdapter.h"

#include "Protocol.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace fieldcase::sync::server {

using namespace Qt::StringLiterals;

namespace {

// A request header block larger than this is refused (431): no client of ours sends one.
constexpr qsizetype MaxHeaderBlock = 64 * 1024;
// How much of a file part may wait in the socket's write buffer: the rest is read as the socket drains.
constexpr qint64 FileWriteAhead = 1024 * 1024;
constexpr qint64 FileReadChunk = 256 * 1024;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 431:
        return "Request Header Fields Too Large";
    case 460:
        return "Checksum Mismatch"; // tus checksum extension
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return {};
    }
}

void writeAndClose(QTcpSocket* socket, const HttpResponse& response) {
    // Nothing else may read this connection any more, not even the rest of the request the server parses.
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->write(responseHead(response, response.body.size(), true) + response.body);
    socket->disconnectFromHost();
}

// Streams a part of a file to a socket as it drains, so a large blob is never all in memory.
class FileSender : public QObject {
public:
    FileSender(QTcpSocket* socket, const QString& path, qint64 offset, qint64 length, bool closeAfter)
        : QObject(socket)
        , socket_(socket)
        , file_(path)
        , left_(length)
        , closeAfter_(closeAfter) {
        if (!file_.open(QIODevice::ReadOnly) || !file_.seek(offset))
            left_ = -1;
    }

    bool ready() const { return left_ >= 0; }

    // Whether a file is still going out on `socket` (a later answer must wait for it).
    static bool isSending(const QTcpSocket* socket) {
        const QObjectList& children = socket->children();
        return std::any_of(children.begin(), children.end(),
                           [](const QObject* child) { return dynamic_cast<const FileSender*>(child); });
    }

    void start() {
        connect(socket_, &QIODevice::bytesWritten, this, &FileSender::pump);
        pump();
    }

private:
    void pump() {
        while (left_ > 0 && socket_->bytesToWrite() < FileWriteAhead) {
            const QByteArray chunk = file_.read(qMin(left_, FileReadChunk));
            if (chunk.isEmpty()) {
                // The file shrank under us: the announced length cannot be kept, so the connection ends.
                qWarning("blob %s: read failed after %lld bytes", qPrintable(file_.fileName()), file_.pos());
                socket_->abort();
                return;
            }
            socket_->write(chunk);
            left_ -= chunk.size();
        }
        if (left_ == 0) {
            if (closeAfter_)
                socket_->disconnectFromHost();
            deleteLater();
            left_ = -1;
        }
    }

    QTcpSocket* socket_;
    QFile file_;
    qint64 left_;
    bool closeAfter_;
};

// Sends `response` on `socket`: a body from memory, or a file part streamed as the socket drains.
void sendResponse(QTcpSocket* socket, const HttpResponse& response, bool withBody, bool closeAfter) {
    if (response.filePath.isEmpty()) {
        socket->write(responseHead(response, response.body.size(), closeAfter));
        if (withBody && response.status != 204)
            socket->write(response.body);
    } else {
        auto* sender =
            new FileSender(socket, response.filePath, response.fileOffset, response.fileLength, closeAfter);
        if (!sender->ready()) {
            delete sender;
            writeAndClose(socket, HttpResponse::error(500, QString::fromLatin1(errors::Internal),
                                                      u"cannot read the file"_s));
            return;
        }
        socket->write(responseHead(response, response.fileLength, closeAfter));
        if (withBody) {
            sender->start(); // it closes the connection when done, if asked to
            return;
        }
        delete sender;
    }
    if (closeAfter)
        socket->disconnectFromHost();
}

// The parts of a request header block the guard acts on.
struct RequestHead {
    QByteArray method;
    QUrl target;                           // the path (decoded by QUrl) and the query
    QHash<QByteArray, QByteArray> headers; // names in lower case; repeated headers joined with ", "
    qint64 contentLength = 0;
};

// Watches one connection's bytes before Qt HTTP Server reads them. It refuses a request whose header
// announces a body over the bound (413) or a body without Content-Length (411), before the body arrives.
// And it takes over the requests whose body a handler takes as it arrives (tus PATCH chunks): Qt HTTP
// Server 6.4 would keep such a body in the socket's read transaction and then copy it twice more, which
// held a 1 GiB upload to under 100 MB/s.
//
// Qt HTTP Server reads the socket in its own readyRead slot and may leave bytes of a following request in
// the buffer. So this guard runs one slot before the server's (to look at the bytes that arrived) and one
// after it (to learn how many bytes the server left unread, which it has already looked at). It follows
// the request framing itself: a header block, then Content-Length bytes of body, then the next header.
//
// A request is taken over only when its whole header block is at the front of the unread bytes and the
// server has seen none of it; then the guard reads it (and its body) out of the socket before the server's
// slot runs, and the server never learns of it. Any other request, say one whose header came in two
// pieces, is left to the server as before: slower, never wrong.
class ConnectionGuard : public QObject {
public:
    ConnectionGuard(QSslSocket* socket, const HttpAdapter::Handler& handler)
        : QObject(socket)
        , socket_(socket)
        , handler_(handler) {
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::inspectArrivedBytes);
        connect(socket, &QAbstractSocket::disconnected, this, [this] { dropTakenRequest(); });
        stalledBody_.setSingleShot(true);
        stalledBody_.setInterval(StalledBodyMs);
        connect(&stalledBody_, &QTimer::timeout, this, [this] {
            // The sink holds its upload's lock; a client that went away silently must not keep it.
            dropTakenRequest();
            socket_->abort();
        });
        passBody_.setSingleShot(true);
        passBody_.setInterval(0);
        connect(&passBody_, &QTimer::timeout, this, [this] {
            if (taken_)
                passBufferedBody();
        });
    }

    // Called once the server has connected its own readyRead slot (on `encrypted`), so this one runs after.
    void followServerReads() {
        followingServer_ = true;
        connect(socket_, &QIODevice::readyRead, this, [this] {
            alreadySeen_ = socket_->bytesAvailable();
            if (pendingRefusal_)
                writeAndClose(socket_, *std::exchange(pendingRefusal_, std::nullopt));
        });
    }

private:
    void inspectArrivedBytes() {
        scheduleAcknowledgement();
        // Each pass either finishes a taken-over body and goes on with the bytes after it, or takes over
        // a request that arrived and reads its body.
        while (!pendingRefusal_) {
            if (taken_ && !readTakenBody())
                return;
            if (!inspectHeaders())
                return;
        }
    }

    // Looks at the bytes that arrived since the last look; true when it took over a request.
    bool inspectHeaders() {
        const qint64 available = socket_->bytesAvailable();
        // A request whose body is still arriving is complete only with these bytes: it is pending too.
        earlierRequestPending_ = bodyLeft_ > 0;
        qint64 fresh = available - qMin(alreadySeen_, available);
        alreadySeen_ = available;
        // Body bytes need no look; peek only when a header may be among the fresh bytes.
        const qint64 bodyBytes = qMin(fresh, bodyLeft_);
        bodyLeft_ -= bodyBytes;
        fresh -= bodyBytes;
        if (fresh == 0)
            return false;
        const QByteArray bytes = socket_->peek(available).right(fresh);
        qsizetype position = 0;
        while (position < bytes.size()) {
            if (bodyLeft_ > 0) {
                const qint64 skipped = qMin<qint64>(bodyLeft_, bytes.size() - position);
                bodyLeft_ -= skipped;
                position += skipped;
                continue;
            }
            if (head_.isEmpty()) {
                // Line breaks between requests are allowed (and skipped by the server too).
                while (position < bytes.size() && (bytes[position] == '\r' || bytes[position] == '\n'))
                    ++position;
                if (position == bytes.size())
                    break;
            }
            const qsizetype start = position;
            const qsizetype before = head_.size();
            head_.append(bytes.constData() + position, bytes.size() - position);
            // The header block ends with an empty line; like the server, accept bare LF line ends too.
            const qsizetype crlfEnd = head_.indexOf("\n\r\n");
            const qsizetype lfEnd = head_.indexOf("\n\n");
            const bool bareLf = lfEnd >= 0 && (crlfEnd < 0 || lfEnd < crlfEnd);
            const qsizetype end = bareLf ? lfEnd : crlfEnd;
            if (end < 0) {
                if (head_.size() > MaxHeaderBlock)
                    refuse(431, errors::BadRequest, u"request header too large"_s);
                return false;
            }
            position += end + (bareLf ? 2 : 3) - before;
            const std::optional<RequestHead> head = admit(head_.left(end));
            head_.clear();
            if (!head)
                return false;
            const bool atFront = start == 0 && before == 0 && fresh == available && !earlierRequestPending_;
            if (atFront &&
                HttpAdapter::takesBodyAsItArrives(head->method, head->target.path(QUrl::FullyDecoded)) &&
                !FileSender::isSending(socket_)) {
                takeOver(*head, position);
                return taken_.has_value();
            }
            earlierRequestPending_ = true;
        }
        return false;
    }

    // A client that writes a request in pieces with Nagle's algorithm on (Qt's network access manager does)
    // holds its last piece until the ones before are acknowledged, and Linux delays an acknowledgement up
    // to 40 ms: that was a 40 ms stall on every push and every upload chunk. Linux leaves quick-ack mode
    // on its own, so it is asked again after every read from the network. QSslSocket signals readyRead
    // for every 4 KiB it decrypts of what one read brought, so the request is queued to run once, after
    // the last of them (a system call on every signal took a tenth of the server's time in an upload).
    void scheduleAcknowledgement() {
#ifdef Q_OS_LINUX
        if (acknowledgementScheduled_)
            return;
        acknowledgementScheduled_ = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                acknowledgementScheduled_ = false;
                const int on = 1;
                setsockopt(int(socket_->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
            },
            Qt::QueuedConnection);
#endif
    }

    // Judges one header block: nullopt when the request was refused and the connection is closing.
    std::optional<RequestHead> admit(const QByteArray& block) {
        const QList<QByteArray> lines = block.split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3)
            return refuse(400, errors::BadRequest, u"malformed request line"_s);
        RequestHead head{requestLine[0], QUrl::fromEncoded(requestLine[1]), {}, 0};
        std::optional<qint64> contentLength;
        bool transferEncoded = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            QByteArray& stored = head.headers[name];
            stored = stored.isEmpty() ? value : stored + ", " + value;
            if (name == "transfer-encoding") {
                transferEncoded = true;
            } else if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0 || (contentLength && *contentLength != length))
                    return refuse(400, errors::BadRequest, u"invalid Content-Length"_s);
                contentLength = length;
            }
        }
        if (transferEncoded)
            return refuse(411, errors::LengthRequired, u"a request body needs a Content-Length"_s);
        const qint64 limit = HttpAdapter::bodyLimit(head.method, head.target.path(QUrl::FullyDecoded));
        if (contentLength.value_or(0) > limit)
            return refuse(413, errors::TooLarge, u"the body is larger than %1 bytes"_s.arg(limit));
        head.contentLength = contentLength.value_or(0);
        bodyLeft_ = head.contentLength;
        return head;
    }

    std::nullopt_t refuse(int status, const char* code, const QString& message) {
        const HttpResponse refusal = HttpResponse::error(status, QString::fromLatin1(code), message);
        // Requests before this one in the same read (pipelined) are answered first: the server handles
        // them in its slot, and the refusal follows in the slot after it.
        if (followingServer_ && earlierRequestPending_)
            pendingRefusal_ = refusal;
        else
            writeAndClose(socket_, refusal);
        return std::nullopt;
    }

    // Reads the header block (`headerBytes` at the front) out of the socket and asks the handler whether
    // it takes the body as it arrives; any other answer is sent once the body has been read and dropped
    // (or at once, closing the connection, to a client that waits for "100 Continue").
    void takeOver(const RequestHead& head, qint64 headerBytes) {
        HttpRequest request;
        request.method = head.method;
        request.path = head.target.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(head.target);
        request.headers = head.headers;
        request.peer = socket_->peerAddress();
        request.bodyFollows = true;
        request.contentLength = head.contentLength;
        if (buffer_.isEmpty())
            buffer_.resize(TakenBodyBuffer);
        forgetServerTransaction();
        socket_->skip(headerBytes);
        alreadySeen_ = 0;
        HttpResponse answer = handler_(request);
        if (head.headers.value("expect").toLower() == "100-continue") {
            // The client waits for a word before it sends the body. One that is refused may never send
            // it, so the refusal ends the connection instead of waiting for a body to drop.
            if (!answer.bodySink) {
                bodyLeft_ = 0;
                writeAndClose(socket_, answer);
                return;
            }
            socket_->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        taken_.emplace(TakenRequest{std::move(answer.bodySink), std::move(answer), true,
                                    head.headers.value("connection").toLower() == "close"});
        // The body waits in the network's buffers, not in this process, until the guard reads it: twenty
        // uploads at once would otherwise hold what the network took of each (several MiB apiece). Not
        // for the server's own requests, which it reads whole in a transaction before it looks at them.
        socket_->setReadBufferSize(TakenBodyReadAhead);
        stalledBody_.start();
    }

    // Reads what has arrived of a taken-over body; true once the whole body was read and the answer sent.
    // Every byte must leave the socket before the server's slot runs, or the server would parse it as a
    // request. QSslSocket decrypts all it has read in one go and signals every 4 KiB of it, so the bytes
    // gather in a buffer and go to the sink in larger pieces: when the buffer is full, at the end of the
    // body, and once control is back in the event loop (the socket has decrypted all it had for now).
    // Passing each 4 KiB on as it came made the sink's write() calls cost more than the disk's own work.
    bool readTakenBody() {
        forgetServerTransaction();
        while (bodyLeft_ > 0) {
            if (buffered_ == buffer_.size())
                passBufferedBody();
            const qint64 read = socket_->read(buffer_.data() + buffered_,
                                              qMin<qint64>(bodyLeft_, buffer_.size() - buffered_));
            if (read <= 0)
                break;
            bodyLeft_ -= read;
            buffered_ += read;
        }
        alreadySeen_ = 0;
        if (bodyLeft_ > 0) {
            if (buffered_ > 0)
                passBody_.start();
            stalledBody_.start();
            return false;
        }
        passBufferedBody();
        passBody_.stop();
        socket_->setReadBufferSize(0);
        stalledBody_.stop();
        const TakenRequest taken = *std::exchange(taken_, std::nullopt);
        sendResponse(socket_, taken.sink ? taken.sink->finish() : taken.answer, true, taken.closeAfter);
        return true;
    }

    void passBufferedBody() {
        if (taken_->sink && taken_->sinkWrites && buffered_ > 0)
            taken_->sinkWrites = taken_->sink->write(buffer_.constData(), buffered_);
        buffered_ = 0;
    }

    // While the server reads in a transaction (it starts one on every read until a request is complete),
    // every byte read stays in the socket's buffer. At a request boundary the server's transaction holds
    // nothing it still needs, so committing it lets the guard's reads free their bytes.
    void forgetServerTransaction() {
        if (socket_->isTransactionStarted())
            socket_->commitTransaction();
    }

    void dropTakenRequest() {
        stalledBody_.stop();
        passBody_.stop();
        buffered_ = 0;
        taken_.reset();
    }

    struct TakenRequest {
        std::shared_ptr<BodySink> sink; // null: `answer` is sent after the body was dropped
        HttpResponse answer;
        bool sinkWrites = true; // false after the sink refused a write: the rest is dropped
        bool closeAfter = false;
    };

    static constexpr qint64 TakenBodyReadAhead = 512 * 1024;
    static constexpr qsizetype TakenBodyBuffer = 256 * 1024;
    // A taken-over body that does not move for this long ends the connection.
    static constexpr int StalledBodyMs = 60000;

    QSslSocket* socket_;
    const HttpAdapter::Handler& handler_;
    bool followingServer_ = false; // the slot after the server's is connected
    bool acknowledgementScheduled_ = false;
    bool earlierRequestPending_ = false; // this read holds (the end of) a request before the current one
    std::optional<HttpResponse> pendingRefusal_;
    qint64 alreadySeen_ = 0; // bytes at the front of the read buffer this guard has looked at
    QByteArray head_;        // an incomplete header block
    qint64 bodyLeft_ = 0;    // body bytes of the current request not yet arrived (or, taken over, not read)
    std::optional<TakenRequest> taken_;
    QByteArray buffer_; // a taken-over body on its way to the sink; made at the first one
    qint64 buffered_ = 0;
    QTimer stalledBody_;
    QTimer passBody_; // hands the buffered body to the sink once the event loop is idle
};

} // namespace

QByteArray responseHead(const HttpResponse& response, qint64 contentLength, bool closeConnection) {
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    // A 204 carries no Content-Length (RFC 9110 8.6).
    if (response.status != 204)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (closeConnection)
        head += "Connection: close\r\n";
    return head + "\r\n";
}

HttpAdapter::HttpAdapter(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , handler_(std::move(handler)) {}

quint16 HttpAdapter::listen(const QHostAddress& address, quint16 port, const QSslConfiguration& tls) {
    auto* server = new QSslServer(this);
    server->setSslConfiguration(tls);
    connect(server, &QSslServer::startedEncryptionHandshake, server, [this](QSslSocket* socket) {
        auto* guard = new ConnectionGuard(socket, handler_);
        // QSslServer hands the socket to Qt HTTP Server in its own `encrypted` slot, connected before
        // this signal was emitted, so by the time this slot runs the server's readyRead slot exists.
        connect(socket, &QSslSocket::encrypted, guard, [guard] { guard->followServerReads(); });
    });
    if (!server->listen(address, port)) {
        qWarning("cannot listen on %s:%u: %s", qPrintable(address.toString()), port,
                 qPrintable(server->errorString()));
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

qint64 HttpAdapter::bodyLimit(const QByteArray& method, const QString& path) {
    return takesBodyAsItArrives(method, path) ? limits::MaxUploadChunk : limits::MaxJsonBody;
}

bool HttpAdapter::takesBodyAsItArrives(const QByteArray& method, const QString& path) {
    return method == "PATCH" && path.startsWith(QLatin1String(paths::Files) + u'/');
}

bool HttpAdapter::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    HttpRequest converted;
    converted.method = methodName(request.method());
    converted.path = request.url().path(QUrl::FullyDecoded);
    converted.query = request.query();
    for (const auto& [name, value] : request.headers()) {
        QByteArray& stored = converted.headers[name.toLower()];
        stored = stored.isEmpty() ? value : stored + ", " + value;
    }
    converted.body = request.body();
    converted.peer = request.remoteAddress();

    const HttpResponse response =
        converted.method.isEmpty()
            ? HttpResponse::error(501, QString::fromLatin1(errors::BadRequest), u"method not implemented"_s)
            : handler_(converted);
    sendResponse(socket, response, converted.method != "HEAD",
                 converted.header("connection").toLower() == "close");
    return true;
}

void HttpAdapter::missingHandler(const QHttpServerRequest&, QTcpSocket* socket) {
    // handleRequest answers every request; this is only the base class's fallback.
    writeAndClose(socket, HttpResponse::error(404, QString::fromLatin1(errors::NotFound), u"no such path"_s));
}

} // namespace fieldcase::sync::server
