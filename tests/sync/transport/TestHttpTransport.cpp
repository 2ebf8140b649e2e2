// The bureau's HTTP layer over real TLS on 127.0.0.1: HttpAdapter (requests, responses, HEAD, the body
// bounds enforced before a body arrives), Blobs (ranges), Uploads (tus, its state on disk) and TlsIdentity.

#include "RawHttpsClient.h"
#include "TransportFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSslKey>

using namespace fieldcase::sync;
using namespace fieldcase::sync::test;

namespace {

QJsonObject jsonOf(const RawResponse& response) {
    return QJsonDocument::fromJson(response.body).object();
}

QString errorCode(const RawResponse& response) {
    return jsonOf(response).value(u"error"_s).toObject().value(u"code"_s).toString();
}

QByteArray checksumOf(const QByteArray& chunk) {
    return "sha256 " + QCryptographicHash::hash(chunk, QCryptographicHash::Sha256).toBase64();
}

QByteArray metadataFor(const QUuid& evidenceId, const QString& sha256) {
    return "evidence_id " + evidenceId.toString(QUuid::WithoutBraces).toLatin1().toBase64() + ",sha256 " +
           sha256.toLatin1().toBase64();
}

const QList<std::pair<QByteArray, QByteArray>> TusHeaders{{"Tus-Resumable", "1.0.0"}};

QList<std::pair<QByteArray, QByteArray>> patchHeaders(qint64 offset, const QByteArray& checksum) {
    return {{"Tus-Resumable", "1.0.0"},
            {"Upload-Offset", QByteArray::number(offset)},
            {"Content-Type", "application/offset+octet-stream"},
            {"Upload-Checksum", checksum}};
}

} // namespace

class TestHttpTransport : public QObject {
    Q_OBJECT

private:
    // Creates an upload of `length` bytes announced with `sha256`; returns its path.
    QByteArray createUpload(RawHttpsClient& client, qint64 length, const QString& sha256) {
        client.request("POST", "/v1/files",
                       {{"Tus-Resumable", "1.0.0"},
                        {"Upload-Length", QByteArray::number(length)},
                        {"Upload-Metadata", metadataFor(evidenceId_, sha256)}});
        const std::optional<RawResponse> created = client.response();
        if (!created || created->status != 201)
            return {};
        return created->header("location");
    }

    qint64 serverOffset(RawHttpsClient& client, const QByteArray& location) {
        client.request("HEAD", location, TusHeaders);
        const std::optional<RawResponse> head = client.response(true);
        return head && head->status == 200 ? head->header("upload-offset").toLongLong() : -1;
    }

    QString infoPath(const TestBureau& bureau, const QByteArray& location) {
        return bureau.uploadsDir() + u'/' + QString::fromLatin1(location.mid(location.lastIndexOf('/') + 1)) +
               u".info"_s;
    }

    const QUuid evidenceId_ = QUuid::createUuid();

private slots:
    void adapterPassesRequestAndResponse() {
        TestBureau bureau;
        RawHttpsClient client(bureau.port);
        client.request("POST", "/v1/echo?a=1&b=%C3%A9", {{"X-Test", "Value"}}, "hello");
        const std::optional<RawResponse> echo = client.response();
        QVERIFY(echo);
        QCOMPARE(echo->status, 200);
        QCOMPARE(echo->header("content-type"), "application/json");
        const QJsonObject seen = jsonOf(*echo);
        QCOMPARE(seen.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(seen.value(u"path"_s).toString(), u"/v1/echo"_s);
        QCOMPARE(seen.value(u"query"_s).toString(), u"a=1&b=é"_s);
        QCOMPARE(seen.value(u"headers"_s).toObject().value(u"x-test"_s).toString(), u"Value"_s);
        QCOMPARE(seen.value(u"body"_s).toString(), u"hello"_s);
        QCOMPARE(QHostAddress(seen.value(u"peer"_s).toString()), QHostAddress(QHostAddress::LocalHost));

        // The path reaches the handler decoded; an unknown one is a JSON 404.
        client.request("GET", "/v1/no%20such");
        const std::optional<RawResponse> missing = client.response();
        QVERIFY(missing);
        QCOMPARE(missing->status, 404);
        QCOMPARE(errorCode(*missing), u"not_found"_s);
        QCOMPARE(bureau.lastRequest.path, u"/v1/no such"_s);
    }

    void headAnswersHeadersOnly() {
        TestBureau bureau;
        const QByteArray blob = randomBytes(100000, 1);
        const QString sha256 = bureau.addBlob(blob);
        RawHttpsClient client(bureau.port);
        client.request("HEAD", "/v1/blobs/" + sha256.toLatin1());
        const std::optional<RawResponse> head = client.response(true);
        QVERIFY(head);
        QCOMPARE(head->status, 200);
        QCOMPARE(head->header("content-length").toLongLong(), blob.size());
        // The same connection goes on: had a body followed the HEAD answer, this would not parse.
        client.request("GET", "/v1/echo");
        const std::optional<RawResponse> next = client.response();
        QVERIFY(next);
        QCOMPARE(next->status, 200);
        QCOMPARE(jsonOf(*next).value(u"method"_s).toString(), u"GET"_s);
    }

    void hugeBodyRefusedBeforeItIsSent_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<qint64>("length");
        QTest::newRow("json call, 1 GiB")
            << QByteArray("POST") << QByteArray("/v1/push") << qint64(1); // 1 GiB, set in the test
        QTest::newRow("json call, 8 MiB + 1")
            << QByteArray("POST") << QByteArray("/v1/push") << qint64(8 * 1024 * 1024 + 1);
        QTest::newRow("tus chunk, 16 MiB + 1")
            << QByteArray("PATCH") << QByteArray("/v1/files/0123456789abcdef0123456789abcdef")
            << qint64(16 * 1024 * 1024 + 1);
        QTest::newRow("creation is json-sized")
            << QByteArray("POST") << QByteArray("/v1/files") << qint64(9 * 1024 * 1024);
    }

    void hugeBodyRefusedBeforeItIsSent() {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(qint64, length);
        if (length == 1)
            length = qint64(1) << 30;
        TestBureau bureau;
        RawHttpsClient client(bureau.port);
        QVERIFY(client.waitEncrypted());
        QElapsedTimer clock;
        clock.start();
        // Only the header: the server must answer without waiting for (or buffering) any body.
        client.request(method, path, {{"Content-Length", QByteArray::number(length)}});
        const std::optional<RawResponse> refused = client.response(false, 5000);
        QVERIFY(refused);
        QCOMPARE(refused->status, 413);
        QCOMPARE(errorCode(*refused), u"too_large"_s);
        QCOMPARE(refused->header("connection"), "close");
        QVERIFY(client.waitClosed());
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(bureau.requestCount, 0); // no handler saw it
    }

    void bodyWithoutLengthRefused() {
        TestBureau bureau;
        RawHttpsClient client(bureau.port);
        client.request("POST", "/v1/push", {{"Transfer-Encoding", "chunked"}});
        client.send("5\r\nhello\r\n");
        const std::optional<RawResponse> refused = client.response();
        QVERIFY(refused);
        QCOMPARE(refused->status, 411);
        QCOMPARE(errorCode(*refused), u"length_required"_s);
        QVERIFY(client.waitClosed());
        QCOMPARE(bureau.requestCount, 0);
    }

    void boundsHoldOnKeptAliveAndPipelinedConnections() {
        TestBureau bureau;
        RawHttpsClient client(bureau.port);
        // A body over many TLS records, then a request within the bound, then one over it: the guard must
        // follow the framing across reads.
        const QByteArray body(300 * 1024, 'x');
        client.request("POST", "/v1/echo", {}, body);
        const std::optional<RawResponse> first = client.response();
        QVERIFY(first);
        QCOMPARE(first->status, 200);
        QCOMPARE(jsonOf(*first).value(u"body"_s).toString().size(), body.size());
        // Pipelined: both requests in one write.
        QByteArray pipelined = "POST /v1/echo HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc";
        pipelined += "POST /v1/push HTTP/1.1\r\nHost: a\r\nContent-Length: 999999999\r\n\r\n";
        client.send(pipelined);
        const std::optional<RawResponse> second = client.response();
        QVERIFY(second);
        QCOMPARE(second->status, 200);
        QCOMPARE(jsonOf(*second).value(u"body"_s).toString(), u"abc"_s);
        const std::optional<RawResponse> third = client.response();
        QVERIFY(third);
        QCOMPARE(third->status, 413);
        QCOMPARE(bureau.requestCount, 2);

        // Bare LF line ends, which the server accepts too, do not hide a header from the bound.
        RawHttpsClient lfClient(bureau.port);
        lfClient.send("POST /v1/echo HTTP/1.1\nHost: a\nContent-Length: 2\n\nok"
                      "POST /v1/push HTTP/1.1\nHost: a\nContent-Length: 999999999\n\n");
        QCOMPARE(lfClient.response()->status, 200);
        const std::optional<RawResponse> refused = lfClient.response();
        QVERIFY(refused);
        QCOMPARE(refused->status, 413);
    }

    void fullSizedChunkIsAccepted() {
        TestBureau bureau;
        const QByteArray file = randomBytes(limits::MaxUploadChunk, 2);
        RawHttpsClient client(bureau.port);
        const QByteArray location = createUpload(client, file.size(), sha256Hex(file));
        QVERIFY(!location.isEmpty());
        client.request("PATCH", location, patchHeaders(0, checksumOf(file)), file);
        const std::optional<RawResponse> patched = client.response(false, 60000);
        QVERIFY(patched);
        QVERIFY2(patched->status == 204, patched->body.constData());
        QVERIFY(bureau.blobs.has(sha256Hex(file)));
    }

    void blobRanges_data() {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("length");
        QTest::newRow("none") << QByteArray() << 200 << qint64(0) << qint64(1000);
        QTest::newRow("a-b") << QByteArray("bytes=10-19") << 206 << qint64(10) << qint64(10);
        QTest::newRow("a-") << QByteArray("bytes=990-") << 206 << qint64(990) << qint64(10);
        QTest::newRow("-n") << QByteArray("bytes=-5") << 206 << qint64(995) << qint64(5);
        QTest::newRow("b past the end") << QByteArray("bytes=900-5000") << 206 << qint64(900) << qint64(100);
        QTest::newRow("a at the end") << QByteArray("bytes=1000-") << 416 << qint64(0) << qint64(0);
        QTest::newRow("b before a") << QByteArray("bytes=20-10") << 416 << qint64(0) << qint64(0);
        QTest::newRow("several") << QByteArray("bytes=0-1,5-6") << 416 << qint64(0) << qint64(0);
        QTest::newRow("not bytes") << QByteArray("lines=1-2") << 416 << qint64(0) << qint64(0);
        QTest::newRow("-0") << QByteArray("bytes=-0") << 416 << qint64(0) << qint64(0);
    }

    void blobRanges() {
        QFETCH(QByteArray, range);
        QFETCH(int, status);
        QFETCH(qint64, first);
        QFETCH(qint64, length);
        TestBureau bureau;
        const QByteArray blob = randomBytes(1000, 3);
        const QString sha256 = bureau.addBlob(blob);
        RawHttpsClient client(bureau.port);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!range.isEmpty())
            headers.append({"Range", range});
        client.request("GET", "/v1/blobs/" + sha256.toLatin1(), headers);
        const std::optional<RawResponse> answer = client.response();
        QVERIFY(answer);
        QCOMPARE(answer->status, status);
        if (status == 416) {
            QCOMPARE(answer->header("content-range"), "bytes */1000");
            return;
        }
        QCOMPARE(answer->body, blob.mid(first, length));
        if (status == 206)
            QCOMPARE(answer->header("content-range"), "bytes " + QByteArray::number(first) + '-' +
                                                          QByteArray::number(first + length - 1) + "/1000");
    }

    void blobNames() {
        TestBureau bureau;
        RawHttpsClient client(bureau.port);
        client.request("GET", "/v1/blobs/" + QByteArray(64, 'a'));
        QCOMPARE(client.response()->status, 404);
        for (const QByteArray& bad :
             {QByteArray(63, 'a'), QByteArray(64, 'A'), QByteArray("..%2F..%2Fetc%2Fpasswd")}) {
            client.request("GET", "/v1/blobs/" + bad);
            const std::optional<RawResponse> answer = client.response();
            QVERIFY(answer);
            QCOMPARE(answer->status, 400);
        }
        QVERIFY(!bureau.blobs.has(u"../x"_s));
    }

    void tusOptions() {
        TestBureau bureau;
        RawHttpsClient client(bureau.port);
        client.request("OPTIONS", "/v1/files");
        const std::optional<RawResponse> options = client.response();
        QVERIFY(options);
        QCOMPARE(options->status, 204);
        QCOMPARE(options->header("tus-version"), "1.0.0");
        QCOMPARE(options->header("tus-extension"), "creation,checksum,termination,expiration");
        QCOMPARE(options->header("tus-checksum-algorithm"), "sha256");
        QCOMPARE(options->header("tus-max-size").toLongLong(), Uploads::DefaultMaxSize);
        // Any other call needs the version header.
        client.request("POST", "/v1/files", {{"Upload-Length", "5"}});
        QCOMPARE(client.response()->status, 412);
    }

    void tusUploadInChunks() {
        TestBureau bureau;
        const QByteArray file = randomBytes(50000, 4);
        RawHttpsClient client(bureau.port);
        const QByteArray location = createUpload(client, file.size(), sha256Hex(file));
        QVERIFY(location.startsWith("/v1/files/"));
        QCOMPARE(serverOffset(client, location), 0);

        client.request("PATCH", location, patchHeaders(0, checksumOf(file.left(20000))), file.left(20000));
        std::optional<RawResponse> patched = client.response();
        QCOMPARE(patched->status, 204);
        QCOMPARE(patched->header("upload-offset"), "20000");
        QVERIFY(!patched->header("upload-expires").isEmpty());

        // A wrong offset is 409 and names the right one.
        client.request("PATCH", location, patchHeaders(10000, checksumOf(file.mid(10000, 100))),
                       file.mid(10000, 100));
        patched = client.response();
        QCOMPARE(patched->status, 409);
        QCOMPARE(patched->header("upload-offset"), "20000");

        // A chunk that does not match its checksum is 460 and nothing of it is kept.
        QByteArray damaged = file.mid(20000, 10000);
        damaged[5] = char(damaged[5] ^ 1);
        client.request("PATCH", location, patchHeaders(20000, checksumOf(file.mid(20000, 10000))), damaged);
        patched = client.response();
        QCOMPARE(patched->status, 460);
        QCOMPARE(errorCode(*patched), u"checksum_mismatch"_s);
        QCOMPARE(serverOffset(client, location), 20000);
        QCOMPARE(QFileInfo(infoPath(bureau, location).replace(u".info"_s, u".part"_s)).size(), 20000);

        client.request("PATCH", location, patchHeaders(20000, checksumOf(file.mid(20000))), file.mid(20000));
        patched = client.response();
        QCOMPARE(patched->status, 204);
        QCOMPARE(patched->header("upload-offset"), "50000");

        QVERIFY(bureau.blobs.has(sha256Hex(file)));
        QCOMPARE(readFile(bureau.blobs.pathOf(sha256Hex(file))), file);
        QCOMPARE(bureau.received.size(), 1);
        QCOMPARE(bureau.received[0].evidenceId, evidenceId_);
        QCOMPARE(bureau.received[0].sha256, sha256Hex(file));
        QCOMPARE(bureau.received[0].size, file.size());
        QCOMPARE(bureau.received[0].deviceId, TestDeviceId);
        // Until it expires, the upload tells a device that missed the answer that it is complete.
        client.request("HEAD", location, TusHeaders);
        const std::optional<RawResponse> head = client.response(true);
        QCOMPARE(head->status, 200);
        QCOMPARE(head->header("upload-offset"), "50000");
        QVERIFY(QDir(bureau.uploadsDir()).entryList({u"*.part"_s}, QDir::Files).isEmpty());
        client.request("PATCH", location, patchHeaders(50000, checksumOf({})), {});
        QCOMPARE(client.response()->status, 204);
        QCOMPARE(bureau.received.size(), 1);

        // The same file again is one blob, and counts as received again.
        const QByteArray again = createUpload(client, file.size(), sha256Hex(file));
        client.request("PATCH", again, patchHeaders(0, checksumOf(file)), file);
        QCOMPARE(client.response()->status, 204);
        QCOMPARE(bureau.received.size(), 2);
        QCOMPARE(QDir(QFileInfo(bureau.blobs.pathOf(sha256Hex(file))).path()).entryList(QDir::Files).size(),
                 1);
    }

    QString partPath(const TestBureau& bureau, const QByteArray& location) {
        return infoPath(bureau, location).replace(u".info"_s, u".part"_s);
    }

    // The header of a PATCH of `body` at `offset`, for tests that send its body in pieces.
    static QByteArray patchHead(const QByteArray& location, qint64 offset, const QByteArray& body,
                                const QByteArray& extra = {}) {
        QByteArray head = "PATCH " + location + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto& [name, value] : patchHeaders(offset, checksumOf(body)))
            head += name + ": " + value + "\r\n";
        return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n";
    }

    void tusChunkGoesToDiskAsItArrives() {
        TestBureau bureau;
        const QByteArray file = randomBytes(3 * 1024 * 1024, 11);
        RawHttpsClient client(bureau.port);
        const QByteArray location = createUpload(client, file.size(), sha256Hex(file));
        client.send(patchHead(location, 0, file) + file.left(1024 * 1024));
        // The first mebibyte is on disk while the rest of the chunk has not been sent: nothing holds the
        // whole chunk in memory.
        QTRY_VERIFY(QFileInfo(partPath(bureau, location)).size() >= 1024 * 1024);
        QCOMPARE(client.unread(), QByteArray());
        client.send(file.mid(1024 * 1024));
        const std::optional<RawResponse> patched = client.response();
        QVERIFY(patched);
        QCOMPARE(patched->status, 204);
        QCOMPARE(patched->header("upload-offset").toLongLong(), file.size());
        QCOMPARE(readFile(bureau.blobs.pathOf(sha256Hex(file))), file);
        // The connection goes on with the next request.
        client.request("GET", "/v1/echo");
        QCOMPARE(client.response()->status, 200);
    }

    void tusChunkCutOffLeavesTheUploadWhereItWas() {
        TestBureau bureau;
        const QByteArray file = randomBytes(400000, 12);
        RawHttpsClient first(bureau.port);
        const QByteArray location = createUpload(first, file.size(), sha256Hex(file));
        first.request("PATCH", location, patchHeaders(0, checksumOf(file.left(100000))), file.left(100000));
        QCOMPARE(first.response()->status, 204);
        first.send(patchHead(location, 100000, file.mid(100000)) + file.mid(100000, 150000));
        QTRY_VERIFY(QFileInfo(partPath(bureau, location)).size() > 100000);
        first.abort();
        // The bytes of the broken request are cut off and its lock released: another connection goes on
        // from the offset the server vouched for.
        QTRY_COMPARE(QFileInfo(partPath(bureau, location)).size(), 100000);
        RawHttpsClient second(bureau.port);
        QCOMPARE(serverOffset(second, location), 100000);
        second.request("PATCH", location, patchHeaders(100000, checksumOf(file.mid(100000))),
                       file.mid(100000));
        QCOMPARE(second.response()->status, 204);
        QCOMPARE(readFile(bureau.blobs.pathOf(sha256Hex(file))), file);
    }

    void tusUploadBeingWrittenAnswersOthersAtOnce() {
        TestBureau bureau;
        const QByteArray file = randomBytes(300000, 13);
        RawHttpsClient writer(bureau.port);
        const QByteArray location = createUpload(writer, file.size(), sha256Hex(file));
        writer.send(patchHead(location, 0, file) + file.left(1000));
        QTRY_VERIFY(QFileInfo(partPath(bureau, location)).size() >= 1000);
        // The server does not wait for the lock its own unfinished request holds (that would stop the
        // very event loop the request needs): the other connection is told so at once.
        RawHttpsClient other(bureau.port);
        other.request("HEAD", location, TusHeaders);
        const std::optional<RawResponse> refused = other.response(true, 5000);
        QVERIFY(refused);
        QCOMPARE(refused->status, 409);
        writer.send(file.mid(1000));
        QCOMPARE(writer.response()->status, 204);
        QCOMPARE(serverOffset(other, location), file.size());
    }

    void tusChunkWithItsHeaderInPiecesIsStillTaken() {
        TestBureau bureau;
        const QByteArray file = randomBytes(70000, 14);
        RawHttpsClient client(bureau.port);
        const QByteArray location = createUpload(client, file.size(), sha256Hex(file));
        const QByteArray head = patchHead(location, 0, file);
        client.send(head.left(20));
        QTest::qWait(50);
        client.send(head.mid(20) + file);
        const std::optional<RawResponse> patched = client.response();
        QVERIFY(patched);
        QCOMPARE(patched->status, 204);
        QCOMPARE(readFile(bureau.blobs.pathOf(sha256Hex(file))), file);
    }

    void tusExpectContinue() {
        TestBureau bureau;
        const QByteArray file = randomBytes(50000, 15);
        RawHttpsClient client(bureau.port);
        const QByteArray location = createUpload(client, file.size(), sha256Hex(file));
        client.send(patchHead(location, 0, file, "Expect: 100-continue\r\n"));
        const std::optional<RawResponse> goOn = client.response();
        QVERIFY(goOn);
        QCOMPARE(goOn->status, 100);
        client.send(file);
        QCOMPARE(client.response()->status, 204);

        // A refused chunk is answered without waiting for its body, and the connection ends.
        RawHttpsClient late(bureau.port);
        const QByteArray other = createUpload(late, file.size(), sha256Hex(file));
        late.send(patchHead(other, 500, file, "Expect: 100-continue\r\n"));
        const std::optional<RawResponse> refused = late.response();
        QVERIFY(refused);
        QCOMPARE(refused->status, 409);
        QVERIFY(late.waitClosed());
    }

    void tusRunningHashFromAnEarlierBootIsNotTrusted() {
        TestBureau bureau;
        const QByteArray file = randomBytes(60000, 16);
        RawHttpsClient client(bureau.port);
        const QByteArray location = createUpload(client, file.size(), sha256Hex(file));
        client.request("PATCH", location, patchHeaders(0, checksumOf(file.left(30000))), file.left(30000));
        QCOMPARE(client.response()->status, 204);
        // A power cut took a byte the info vouches for; the machine started again.
        QFile part(partPath(bureau, location));
        QVERIFY(part.open(QIODevice::ReadWrite));
        part.seek(100);
        part.write(QByteArray(1, char(file[100] ^ 0x55)));
        part.close();
        QFile info(infoPath(bureau, location));
        QVERIFY(info.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(info.readAll()).object();
        info.close();
        QVERIFY(!json.value(u"hash_state"_s).toString().isEmpty());
        json.insert(u"hash_boot"_s, u"an-earlier-boot"_s);
        QVERIFY(info.open(QIODevice::WriteOnly | QIODevice::Truncate));
        info.write(QJsonDocument(json).toJson());
        info.close();
        // The file is hashed from disk, the damage found, and the upload starts over.
        client.request("PATCH", location, patchHeaders(30000, checksumOf(file.mid(30000))), file.mid(30000));
        const std::optional<RawResponse> patched = client.response();
        QCOMPARE(patched->status, 460);
        QCOMPARE(patched->header("upload-offset"), "0");
        QVERIFY(!bureau.blobs.has(sha256Hex(file)));
    }

    void tusWholeFileMismatchRestarts() {
        TestBureau bureau;
        const QByteArray file = randomBytes(3000, 5);
        RawHttpsClient client(bureau.port);
        const QByteArray location = createUpload(client, file.size(), sha256Hex("something else"));
        client.request("PATCH", location, patchHeaders(0, checksumOf(file)), file);
        const std::optional<RawResponse> patched = client.response();
        QCOMPARE(patched->status, 460);
        QCOMPARE(patched->header("upload-offset"), "0");
        QCOMPARE(serverOffset(client, location), 0);
        QVERIFY(!bureau.blobs.has(sha256Hex(file)));
        QVERIFY(bureau.received.isEmpty());
    }

    void tusLeftoversOfAKilledServerAreCut() {
        TestBureau bureau;
        const QByteArray file = randomBytes(40000, 6);
        RawHttpsClient client(bureau.port);
        const QByteArray location = createUpload(client, file.size(), sha256Hex(file));
        client.request("PATCH", location, patchHeaders(0, checksumOf(file.left(10000))), file.left(10000));
        QCOMPARE(client.response()->status, 204);
        // A kill after writing bytes and before recording the offset leaves bytes nobody vouches for.
        const QString partPath = QString(infoPath(bureau, location)).replace(u".info"_s, u".part"_s);
        QFile part(partPath);
        QVERIFY(part.open(QIODevice::Append));
        part.write(QByteArray(7000, 'j'));
        part.close();
        QCOMPARE(serverOffset(client, location), 10000);
        client.request("PATCH", location, patchHeaders(10000, checksumOf(file.mid(10000))), file.mid(10000));
        QCOMPARE(client.response()->status, 204);
        QCOMPARE(readFile(bureau.blobs.pathOf(sha256Hex(file))), file);

        // An info claiming more than the part holds (the part lost its tail) is trusted only that far.
        const QByteArray second = createUpload(client, file.size(), sha256Hex(file));
        client.request("PATCH", second, patchHeaders(0, checksumOf(file.left(20000))), file.left(20000));
        QCOMPARE(client.response()->status, 204);
        QVERIFY(QFile::resize(QString(infoPath(bureau, second)).replace(u".info"_s, u".part"_s), 15000));
        QCOMPARE(serverOffset(client, second), 15000);
    }

    void tusTermination() {
        TestBureau bureau;
        RawHttpsClient client(bureau.port);
        const QByteArray location = createUpload(client, 100, sha256Hex("x"));
        client.request("DELETE", location, TusHeaders);
        QCOMPARE(client.response()->status, 204);
        client.request("HEAD", location, TusHeaders);
        QCOMPARE(client.response(true)->status, 404);
        QVERIFY(QDir(bureau.uploadsDir()).entryList(QDir::Files).isEmpty());
    }

    void tusExpiration() {
        TestBureau bureau;
        RawHttpsClient client(bureau.port);
        const QByteArray expired = createUpload(client, 100, sha256Hex("x"));
        const QByteArray alsoExpired = createUpload(client, 100, sha256Hex("y"));
        const QByteArray current = createUpload(client, 100, sha256Hex("z"));
        for (const QByteArray& location : {expired, alsoExpired}) {
            QFile file(infoPath(bureau, location));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            info[u"expires"_s] = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
            QVERIFY(writeFile(file.fileName(), QJsonDocument(info).toJson()));
        }
        client.request("HEAD", expired, TusHeaders);
        QCOMPARE(client.response(true)->status, 410);
        client.request("HEAD", expired, TusHeaders);
        QCOMPARE(client.response(true)->status, 404); // removed on the way
        QCOMPARE(bureau.uploads.removeExpired(), 1);
        QVERIFY(!QFileInfo::exists(infoPath(bureau, alsoExpired)));
        QCOMPARE(serverOffset(client, current), 0);
        // Seven days on, the current one goes too.
        QCOMPARE(bureau.uploads.removeExpired(QDateTime::currentDateTimeUtc().addDays(8)), 1);
        QVERIFY(QDir(bureau.uploadsDir()).entryList(QDir::Files).isEmpty());
    }

    void tusUploadBelongsToItsDevice() {
        TestBureau bureau;
        RawHttpsClient client(bureau.port);
        const QByteArray location = createUpload(client, 100, sha256Hex("x"));
        HttpRequest head;
        head.method = "HEAD";
        head.path = QString::fromLatin1(location);
        head.headers.insert("tus-resumable", "1.0.0");
        QCOMPARE(bureau.uploads.handle(head, u"another-device"_s).status, 404);
        QCOMPARE(bureau.uploads.handle(head, TestDeviceId).status, 200);
    }

    void tusStateIsOnlyOnDisk() {
        // Another process (here: another Uploads on the same directory) goes on where the first stopped.
        TestBureau bureau;
        const QByteArray file = randomBytes(30000, 7);
        RawHttpsClient client(bureau.port);
        const QByteArray location = createUpload(client, file.size(), sha256Hex(file));
        client.request("PATCH", location, patchHeaders(0, checksumOf(file.left(10000))), file.left(10000));
        QCOMPARE(client.response()->status, 204);

        Uploads otherProcess(bureau.directory.path());
        QList<ReceivedFile> received;
        otherProcess.setOnReceived([&](const ReceivedFile& receivedFile) { received.append(receivedFile); });
        HttpRequest patch;
        patch.method = "PATCH";
        patch.path = QString::fromLatin1(location);
        for (const auto& [name, value] : patchHeaders(10000, checksumOf(file.mid(10000))))
            patch.headers.insert(name.toLower(), value);
        patch.body = file.mid(10000);
        QCOMPARE(otherProcess.handle(patch, TestDeviceId).status, 204);
        QCOMPARE(received.size(), 1);
        QCOMPARE(readFile(bureau.blobs.pathOf(sha256Hex(file))), file);
        QCOMPARE(serverOffset(client, location), file.size()); // and the first one sees it complete
    }

    void tusCreationChecksMetadata() {
        TestBureau bureau;
        RawHttpsClient client(bureau.port);
        const QList<QByteArray> bad{"sha256 " + QByteArray(64, 'a').toBase64(),
                                    "evidence_id " + QUuid::createUuid().toString().toLatin1().toBase64(),
                                    metadataFor(evidenceId_, u"ABC"_s), "evidence_id !!!"};
        for (const QByteArray& metadata : bad) {
            client.request(
                "POST", "/v1/files",
                {{"Tus-Resumable", "1.0.0"}, {"Upload-Length", "10"}, {"Upload-Metadata", metadata}});
            QCOMPARE(client.response()->status, 400);
        }
        client.request("POST", "/v1/files",
                       {{"Tus-Resumable", "1.0.0"},
                        {"Upload-Length", QByteArray::number(Uploads::DefaultMaxSize + 1)},
                        {"Upload-Metadata", metadataFor(evidenceId_, sha256Hex("x"))}});
        QCOMPARE(client.response()->status, 413);
        // An empty file is complete on creation.
        createUpload(client, 0, sha256Hex(""));
        QVERIFY(bureau.blobs.has(sha256Hex("")));
        QCOMPARE(bureau.received.size(), 1);
    }

    void tlsIdentityCreated() {
        QTemporaryDir directory;
        const QString certificatePath = directory.filePath(u"bureau.crt"_s);
        const QString keyPath = directory.filePath(u"bureau.key"_s);
        QString error;
        QVERIFY2(TlsIdentity::create(certificatePath, keyPath, u"城南生态环境局"_s,
                                     {u"127.0.0.1"_s, u"bureau.local"_s}, &error),
                 qPrintable(error));
        QCOMPARE(QFileInfo(keyPath).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const std::optional<QSslConfiguration> tls = TlsIdentity::load(certificatePath, keyPath, &error);
        QVERIFY2(tls, qPrintable(error));
        const QSslCertificate certificate = tls->localCertificate();
        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName).value(0), u"城南生态环境局"_s);
        QVERIFY(certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
        QVERIFY(certificate.subjectAlternativeNames().values(QSsl::DnsEntry).contains(u"bureau.local"_s));
        QVERIFY(certificate.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9).addMonths(11));
        QCOMPARE(tls->privateKey().algorithm(), QSsl::Ec);
        QCOMPARE(TlsIdentity::sha256Fingerprint(certificate), sha256Hex(certificate.toDer()));
        QCOMPARE(TlsIdentity::sha256Fingerprint(tlsCertificate(u"server"_s)).size(), 64);

        // It serves.
        HttpAdapter adapter([](const HttpRequest&) { return HttpResponse::json(200, {{u"ok"_s, true}}); });
        const quint16 port = adapter.listen(QHostAddress::LocalHost, 0, *tls);
        QVERIFY(port != 0);
        RawHttpsClient client(port);
        client.request("GET", "/v1/ping");
        const std::optional<RawResponse> answer = client.response();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "TestHttpTransport.moc"
