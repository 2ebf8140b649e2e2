// The device's transfer clients (sync/client/transfer) against the bureau's HTTP layer over real TLS on
// 127.0.0.1: the certificate pin, tus uploads with cuts, corrupt chunks and retries, ranged downloads.

#include "TransportFixture.h"

#include "BlobDownload.h"
#include "ChunkConnection.h"
#include "PinnedNetwork.h"
#include "TusUpload.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslServer>
#include <QThread>

using namespace fieldcase::sync;
using namespace fieldcase::sync::client;
using namespace fieldcase::sync::test;

namespace {

BureauEndpoint endpointOf(const TestBureau& bureau, const QString& pinnedIdentity = u"server"_s) {
    return BureauEndpoint{QUrl(bureau.baseUrl()), certificatePin(tlsCertificate(pinnedIdentity).toDer()),
                          "device-token", "session-token"};
}

// Fast retries, so that the tests do not wait for minutes.
const Backoff QuickBackoff(50, 400, 20);

} // namespace

class TestTransferClients : public QObject {
    Q_OBJECT

private:
    QTemporaryDir local_;

    QString localFile(const QString& name, const QByteArray& bytes) {
        const QString path = local_.filePath(name);
        writeFile(path, bytes);
        return path;
    }

private slots:
    void initTestCase() {
        qRegisterMetaType<TransferFailure>();
        QVERIFY(local_.isValid());
    }

    void pinnedServerIsAccepted() {
        TestBureau bureau;
        PinnedNetwork network;
        QNetworkReply* reply =
            network.send(endpointOf(bureau), "GET", QUrl(bureau.baseUrl() + u"/v1/echo"_s));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(Transfer::status(reply), 200);
        QCOMPARE(bureau.lastRequest.header("x-device-token"), "device-token");
        QCOMPARE(bureau.lastRequest.header("authorization"), "Bearer session-token");
        delete reply;
    }

    void otherCertificateIsRefused() {
        TestBureau impostor(u"other"_s); // same address, another certificate
        PinnedNetwork network;
        QNetworkReply* reply = network.send(endpointOf(impostor), "POST",
                                            QUrl(impostor.baseUrl() + u"/v1/echo"_s), {}, "secret");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QVERIFY(PinnedNetwork::refusedByPin(reply));
        QCOMPARE(impostor.requestCount, 0); // nothing reached the impostor's handler
        TransferFailure failure = TransferFailure::Network;
        QCOMPARE(Transfer::judge(reply, &failure), ReplyOutcome::Fail);
        QCOMPARE(failure, TransferFailure::Certificate);
        delete reply;

        // An upload to it fails at once with that reason, without retrying.
        TusUpload upload(&network, endpointOf(impostor));
        upload.setBackoff(QuickBackoff);
        QSignalSpy failed(&upload, &TusUpload::failed);
        upload.start(localFile(u"pin.bin"_s, "evidence"), QUuid::createUuid(), sha256Hex("evidence"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<TransferFailure>(), TransferFailure::Certificate);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(impostor.requestCount, 0);
    }

    void chunkConnectionSpeaksOnlyToThePinnedServer() {
        TestBureau impostor(u"other"_s);
        TestBureau bureau;
        ChunkConnection connection;
        QSignalSpy answered(&connection, &ChunkConnection::answered);
        connection.send(endpointOf(impostor), "PATCH", QUrl(impostor.baseUrl() + u"/v1/echo"_s), {},
                        "secret");
        QVERIFY(answered.wait(10000));
        ChunkAnswer answer = answered.takeFirst().first().value<ChunkAnswer>();
        QVERIFY(answer.refusedByPin);
        QCOMPARE(answer.status, 0);
        QCOMPARE(impostor.requestCount, 0);

        // The pinned bureau gets the request with the tokens, on one connection kept alive.
        for (const QByteArray body : {"first", "second"}) {
            connection.send(endpointOf(bureau), "PATCH", QUrl(bureau.baseUrl() + u"/v1/echo?x=1"_s),
                            {{"X-Test", "yes"}}, body);
            QVERIFY(answered.wait(10000));
            answer = answered.takeFirst().first().value<ChunkAnswer>();
            QVERIFY(!answer.refusedByPin);
            QCOMPARE(answer.status, 200);
            const QJsonObject seen = QJsonDocument::fromJson(answer.body).object();
            QCOMPARE(seen.value(u"method"_s).toString(), u"PATCH"_s);
            QCOMPARE(seen.value(u"body"_s).toString(), QString::fromLatin1(body));
            QCOMPARE(bureau.lastRequest.header("x-test"), "yes");
            QCOMPARE(bureau.lastRequest.header("x-device-token"), "device-token");
            QCOMPARE(bureau.lastRequest.header("authorization"), "Bearer session-token");
        }
    }

    void chunkConnectionReportsAGarbledAnswerAsNone() {
        // A TLS server with the bureau's identity that answers every request with garbage.
        QSslServer garbler;
        QString error;
        const std::optional<QSslConfiguration> tls =
            TlsIdentity::load(tlsPath(u"server.crt"_s), tlsPath(u"server.key"_s), &error);
        QVERIFY2(tls, qPrintable(error));
        garbler.setSslConfiguration(*tls);
        QVERIFY(garbler.listen(QHostAddress::LocalHost));
        connect(&garbler, &QTcpServer::pendingConnectionAvailable, this, [&garbler] {
            QTcpSocket* socket = garbler.nextPendingConnection();
            connect(socket, &QIODevice::readyRead, socket,
                    [socket] { socket->write("HTTP/1.1 two hundred OK\r\nContent-Length: x\r\n\r\n"); });
        });
        BureauEndpoint endpoint{QUrl(u"https://127.0.0.1:%1"_s.arg(garbler.serverPort())),
                                certificatePin(tlsCertificate(u"server"_s).toDer()),
                                "device-token",
                                {}};
        ChunkConnection connection;
        QSignalSpy answered(&connection, &ChunkConnection::answered);
        connection.send(endpoint, "PATCH", endpoint.url(u"/v1/files/x"_s), {}, "bytes");
        QVERIFY(answered.wait(10000));
        const ChunkAnswer answer = answered.first().first().value<ChunkAnswer>();
        QCOMPARE(answer.status, 0);
        QVERIFY(!answer.refusedByPin);
        TransferFailure failure = TransferFailure::Rejected;
        QCOMPARE(Transfer::judge(answer.status, answer.body, answer.refusedByPin, &failure),
                 ReplyOutcome::Retry);
    }

    void pinDecidesEvenIfAnAuthorityTrustsTheServer() {
        TestBureau impostor(u"other"_s);
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates({tlsCertificate(u"other"_s)}); // an authority vouches for the impostor
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(impostor.baseUrl() + u"/v1/echo"_s));
        request.setSslConfiguration(trusting);

        std::unique_ptr<QNetworkReply> unpinned(manager.get(request));
        QSignalSpy unpinnedFinished(unpinned.get(), &QNetworkReply::finished);
        QVERIFY(unpinnedFinished.wait(10000));
        QCOMPARE(unpinned->error(), QNetworkReply::NoError); // the authority's word alone would do

        QNetworkAccessManager fresh; // a new connection, so a new handshake
        std::unique_ptr<QNetworkReply> pinned(fresh.get(request));
        PinnedNetwork::enforcePin(pinned.get(), certificatePin(tlsCertificate(u"server"_s).toDer()));
        QSignalSpy pinnedFinished(pinned.get(), &QNetworkReply::finished);
        QVERIFY(pinnedFinished.wait(10000));
        QVERIFY(pinned->error() != QNetworkReply::NoError);
        QVERIFY(PinnedNetwork::refusedByPin(pinned.get()));
        QCOMPARE(impostor.requestCount, 1); // only the unpinned request got through
    }

    void connectionsOfAnotherPinAreNotReused() {
        TestBureau bureau;
        PinnedNetwork network;
        std::unique_ptr<QNetworkReply> first(
            network.send(endpointOf(bureau), "GET", bureau.baseUrl() + u"/v1/echo"_s));
        QSignalSpy firstFinished(first.get(), &QNetworkReply::finished);
        QVERIFY(firstFinished.wait(10000));
        QCOMPARE(first->error(), QNetworkReply::NoError);
        // The same address under another pin (say, the device was enrolled anew): the open connection,
        // admitted by the old pin, must not carry this request.
        std::unique_ptr<QNetworkReply> second(
            network.send(endpointOf(bureau, u"other"_s), "GET", bureau.baseUrl() + u"/v1/echo"_s));
        QSignalSpy secondFinished(second.get(), &QNetworkReply::finished);
        QVERIFY(secondFinished.wait(10000));
        QVERIFY(PinnedNetwork::refusedByPin(second.get()));
        QCOMPARE(bureau.requestCount, 1);
    }

    void uploadsAWholeFile() {
        TestBureau bureau;
        const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 123, 10);
        PinnedNetwork network;
        TusUpload upload(&network, endpointOf(bureau));
        upload.setChunkSize(512 * 1024);
        QSignalSpy finished(&upload, &TusUpload::finished);
        QSignalSpy urls(&upload, &TusUpload::uploadUrlChanged);
        QSignalSpy progress(&upload, &TusUpload::progress);
        const QUuid evidenceId = QUuid::createUuid();
        upload.start(localFile(u"whole.bin"_s, bytes), evidenceId, sha256Hex(bytes));
        QVERIFY(finished.wait(30000));
        QCOMPARE(urls.size(), 1);
        QVERIFY(urls.first().first().toUrl().path().startsWith(u"/v1/files/"_s));
        QCOMPARE(progress.last().at(0).toLongLong(), bytes.size());
        QCOMPARE(progress.last().at(1).toLongLong(), bytes.size());
        QCOMPARE(readFile(bureau.blobs.pathOf(sha256Hex(bytes))), bytes);
        QCOMPARE(bureau.received.size(), 1);
        QCOMPARE(bureau.received.first().evidenceId, evidenceId);
        QVERIFY(!upload.isRunning());
    }

    // Cuts the upload at random points, as a lost connection or a closed app would, and at times leaves
    // bytes behind on the server as a killed server would; each time the upload resumes from the stored URL.
    void resumesAfterCutsAtRandomOffsets() {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        TestBureau bureau;
        const QByteArray bytes = randomBytes(2 * 1024 * 1024 + random.bounded(100000), seed);
        const QString path = localFile(u"cut.bin"_s, bytes);
        PinnedNetwork network;
        QUrl storedUrl;
        bool done = false;
        int runs = 0;
        while (!done && runs < 60) {
            ++runs;
            TusUpload upload(&network, endpointOf(bureau));
            upload.setChunkSize(64 * 1024 + random.bounded(200 * 1024));
            QObject::connect(&upload, &TusUpload::uploadUrlChanged,
                             [&](const QUrl& url) { storedUrl = url; });
            QObject::connect(&upload, &TusUpload::finished, [&] { done = true; });
            const qint64 cutAt = random.bounded(qint64(bytes.size()));
            bool cut = false;
            QObject::connect(&upload, &TusUpload::progress, [&](qint64 sent, qint64) {
                if (!cut && sent >= cutAt) {
                    cut = true;
                    upload.pause();
                }
            });
            upload.start(path, QUuid::createUuid(), sha256Hex(bytes), storedUrl);
            QTRY_VERIFY_WITH_TIMEOUT(done || cut, 30000);
            if (cut && !done && random.bounded(3) == 0 && storedUrl.isValid()) {
                // The server was killed between writing bytes and recording their offset.
                QFile part(bureau.uploadsDir() + storedUrl.path().mid(9) + u".part"_s);
                if (part.open(QIODevice::Append))
                    part.write(randomBytes(random.bounded(50000), seed + runs));
            }
        }
        QVERIFY(done);
        QVERIFY2(runs > 1, "the upload was never cut");
        QCOMPARE(sha256Hex(readFile(bureau.blobs.pathOf(sha256Hex(bytes)))), sha256Hex(bytes));
        QCOMPARE(bureau.received.size(), 1);
    }

    void resendsAChunkDamagedOnTheWay() {
        TestBureau bureau;
        bureau.corruptPatches = 2;
        const QByteArray bytes = randomBytes(600 * 1024, 11);
        PinnedNetwork network;
        TusUpload upload(&network, endpointOf(bureau));
        upload.setChunkSize(256 * 1024);
        QSignalSpy finished(&upload, &TusUpload::finished);
        upload.start(localFile(u"damaged.bin"_s, bytes), QUuid::createUuid(), sha256Hex(bytes));
        QVERIFY(finished.wait(30000));
        QCOMPARE(bureau.corruptPatches, 0);
        QCOMPARE(readFile(bureau.blobs.pathOf(sha256Hex(bytes))), bytes);

        // A chunk damaged every time is given up after a few resends.
        TestBureau hopeless;
        hopeless.corruptPatches = 100;
        TusUpload doomed(&network, endpointOf(hopeless));
        QSignalSpy failed(&doomed, &TusUpload::failed);
        doomed.start(localFile(u"damaged.bin"_s, bytes), QUuid::createUuid(), sha256Hex(bytes));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().value<TransferFailure>(), TransferFailure::Rejected);
        QCOMPARE(hopeless.corruptPatches, 100 - 1 - TusUpload::MaxChecksumResends);
    }

    void wholeFileMismatchFails() {
        TestBureau bureau;
        const QByteArray bytes = randomBytes(300 * 1024, 12);
        PinnedNetwork network;
        TusUpload upload(&network, endpointOf(bureau));
        upload.setChunkSize(100 * 1024);
        QSignalSpy failed(&upload, &TusUpload::failed);
        // The recorded fingerprint is not the file's any more.
        upload.start(localFile(u"changed.bin"_s, bytes), QUuid::createUuid(), sha256Hex("the original"));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().value<TransferFailure>(), TransferFailure::FileChanged);
        QVERIFY(bureau.received.isEmpty());
        // The server's upload went back to offset 0.
        const QString id = upload.uploadUrl().path().section(u'/', -1);
        const QJsonObject info =
            QJsonDocument::fromJson(readFile(bureau.uploadsDir() + u'/' + id + u".info"_s)).object();
        QCOMPARE(info.value(u"offset"_s).toInteger(), 0);
    }

    void cancelTerminatesTheUpload() {
        TestBureau bureau;
        const QByteArray bytes = randomBytes(1024 * 1024, 13);
        PinnedNetwork network;
        TusUpload upload(&network, endpointOf(bureau));
        upload.setChunkSize(128 * 1024);
        QSignalSpy canceled(&upload, &TusUpload::canceled);
        QSignalSpy finished(&upload, &TusUpload::finished);
        QObject::connect(&upload, &TusUpload::progress, &upload, [&](qint64 sent, qint64) {
            if (sent >= 256 * 1024 && canceled.isEmpty() && upload.isRunning())
                upload.cancel();
        });
        upload.start(localFile(u"cancel.bin"_s, bytes), QUuid::createUuid(), sha256Hex(bytes));
        QVERIFY(canceled.wait(30000));
        QVERIFY(finished.isEmpty());
        QVERIFY(QDir(bureau.uploadsDir()).entryList({u"*.info"_s}, QDir::Files).isEmpty());
        QVERIFY(!bureau.blobs.has(sha256Hex(bytes)));
    }

    void retriesUntilTheBureauIsBack() {
        // Find a free port, then leave it closed for a while.
        quint16 port = 0;
        {
            TestBureau probe;
            port = probe.port;
        }
        const QByteArray bytes = randomBytes(200 * 1024, 14);
        PinnedNetwork network;
        BureauEndpoint endpoint{QUrl(u"https://127.0.0.1:%1"_s.arg(port)),
                                certificatePin(tlsCertificate(u"server"_s).toDer()), "d", "s"};
        TusUpload upload(&network, endpoint);
        upload.setBackoff(QuickBackoff);
        QSignalSpy finished(&upload, &TusUpload::finished);
        upload.start(localFile(u"retry.bin"_s, bytes), QUuid::createUuid(), sha256Hex(bytes));
        QTest::qWait(300);
        QVERIFY(finished.isEmpty());
        TestBureau bureau(u"server"_s, port);
        QVERIFY(finished.wait(30000));
        QCOMPARE(readFile(bureau.blobs.pathOf(sha256Hex(bytes))), bytes);

        // With nobody there at all, it gives up and says so.
        TusUpload lonely(&network, BureauEndpoint{QUrl(u"https://127.0.0.1:1"_s), endpoint.pin, "d", "s"});
        lonely.setBackoff(Backoff(10, 20, 3));
        QSignalSpy failed(&lonely, &TusUpload::failed);
        lonely.start(localFile(u"retry.bin"_s, bytes), QUuid::createUuid(), sha256Hex(bytes));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<TransferFailure>(), TransferFailure::Network);
    }

    void uploadRunsOnAWorkerThread() {
        TestBureau bureau; // served by this thread's event loop
        const QByteArray bytes = randomBytes(1024 * 1024, 15);
        const QString path = localFile(u"thread.bin"_s, bytes);
        QThread worker;
        worker.start();
        auto* network = new PinnedNetwork;
        auto* upload = new TusUpload(network, endpointOf(bureau), network);
        upload->setChunkSize(200 * 1024);
        network->moveToThread(&worker);
        QSignalSpy finished(upload, &TusUpload::finished);
        QMetaObject::invokeMethod(upload, [&] {
            QCOMPARE(QThread::currentThread(), &worker);
            upload->start(path, QUuid::createUuid(), sha256Hex(bytes));
        });
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QMetaObject::invokeMethod(network, &QObject::deleteLater);
        worker.quit();
        QVERIFY(worker.wait(5000));
        QCOMPARE(readFile(bureau.blobs.pathOf(sha256Hex(bytes))), bytes);
    }

    void downloadsABlob() {
        TestBureau bureau;
        const QByteArray bytes = randomBytes(2 * 1024 * 1024 + 7, 16);
        const QString sha256 = bureau.addBlob(bytes);
        PinnedNetwork network;
        BlobDownload download(&network, endpointOf(bureau));
        QSignalSpy finished(&download, &BlobDownload::finished);
        const QString target = local_.filePath(u"download.bin"_s);
        download.start(sha256, target);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toString(), target);
        QCOMPARE(readFile(target), bytes);
        QVERIFY(!QFileInfo::exists(BlobDownload::partPathFor(target)));
    }

    void resumesADownloadFromItsPart() {
        TestBureau bureau;
        const QByteArray bytes = randomBytes(1024 * 1024, 17);
        const QString sha256 = bureau.addBlob(bytes);
        const QString target = local_.filePath(u"resumed.bin"_s);
        writeFile(BlobDownload::partPathFor(target), bytes.left(400000));
        PinnedNetwork network;
        BlobDownload download(&network, endpointOf(bureau));
        QSignalSpy finished(&download, &BlobDownload::finished);
        download.start(sha256, target);
        QVERIFY(finished.wait(30000));
        QCOMPARE(bureau.lastRequest.header("range"), "bytes=400000-");
        QCOMPARE(readFile(target), bytes);

        // A part that does not belong to the blob is found out by the hash and replaced, once.
        const QString spoiled = local_.filePath(u"spoiled.bin"_s);
        writeFile(BlobDownload::partPathFor(spoiled), QByteArray(1000, 'z'));
        BlobDownload again(&network, endpointOf(bureau));
        QSignalSpy finishedAgain(&again, &BlobDownload::finished);
        again.start(sha256, spoiled);
        QVERIFY(finishedAgain.wait(30000));
        QCOMPARE(readFile(spoiled), bytes);

        // A complete part only needs checking (the server answers 416 for the empty rest).
        const QString complete = local_.filePath(u"complete.bin"_s);
        writeFile(BlobDownload::partPathFor(complete), bytes);
        BlobDownload checked(&network, endpointOf(bureau));
        QSignalSpy finishedChecked(&checked, &BlobDownload::finished);
        checked.start(sha256, complete);
        QVERIFY(finishedChecked.wait(30000));
        QCOMPARE(readFile(complete), bytes);
    }

    void downloadOfAnUnknownBlobFails() {
        TestBureau bureau;
        PinnedNetwork network;
        BlobDownload download(&network, endpointOf(bureau));
        QSignalSpy failed(&download, &BlobDownload::failed);
        download.start(sha256Hex("never uploaded"), local_.filePath(u"unknown.bin"_s));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<TransferFailure>(), TransferFailure::Rejected);
    }
};

QTEST_GUILESS_MAIN(TestTransferClients)
#include "TestTransferClients.moc"
