#include "ServedBureau.h"
#include "SyncedDevice.h"

#include "Blobs.h"
#include "OriginalDownloads.h"
#include "Sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::sync::client;
using Fixture = fieldcase::sync::server::testing::ServerFixture;
using namespace Qt::StringLiterals;

namespace {

QByteArray randomBytes(qsizetype size) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(size);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / qsizetype(sizeof(quint32)));
    return bytes;
}

QString sha256Of(const QByteArray& bytes) {
    security::Sha256 hash;
    hash.add(bytes.constData(), bytes.size());
    return hash.hex();
}

} // namespace

// Originals fetched on request from the real bureau into a leader's or clerk's vault: whole and verified,
// resumed after a cancel or a server that died, and refused when the bureau's bytes are not the record's.
class TestOriginalDownloads : public QObject {
    Q_OBJECT

    std::unique_ptr<Fixture> m_bureau;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SyncedDevice> m_device;
    std::unique_ptr<OriginalDownloads> m_downloads;

    // Puts `bytes` on the bureau as the blob `sha256` (by default their own hash, as an upload leaves them).
    QString putBlob(const QByteArray& bytes, QString sha256 = {}) {
        if (sha256.isEmpty())
            sha256 = sha256Of(bytes);
        QTemporaryFile file(m_bureau->directory() + u"/incoming-XXXXXX"_s);
        file.setAutoRemove(false);
        QString error;
        if (!file.open() || file.write(bytes) != bytes.size() || !file.flush() ||
            !sync::server::Blobs(m_bureau->directory()).adopt(file.fileName(), sha256, &error))
            qWarning("blob not stored: %s", qPrintable(error));
        return sha256;
    }

    QString vaultPath(const QString& sha256) { return m_device->evidence->vault().pathFor(sha256); }

private slots:
    void init() {
        const QString failed = servedBureau::start(false, m_bureau, m_server);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_device = std::make_unique<SyncedDevice>();
        QCOMPARE(m_device->enrol(m_server->url(), m_bureau->api->accounts().createEnrolCode()), QString());
        QCOMPARE(m_device->login(Fixture::ClerkA, Fixture::passwordOf(Fixture::ClerkA)), QString());
        m_downloads = std::make_unique<OriginalDownloads>(m_device->store(), m_device->secrets,
                                                          m_device->evidence->vault().directory());
        m_downloads->setBackoff(Backoff(100, 400, 30));
    }

    void cleanup() {
        m_downloads.reset();
        m_device.reset();
        m_server.reset();
        m_bureau.reset();
    }

    void anOriginalArrivesInTheVaultAsACaptureWould() {
        const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 17);
        const QString sha256 = putBlob(bytes);
        QVERIFY(!m_downloads->isLocal(sha256));

        QSignalSpy finished(m_downloads.get(), &OriginalDownloads::finished);
        QSignalSpy progress(m_downloads.get(), &OriginalDownloads::progress);
        m_downloads->start(sha256);
        QVERIFY(m_downloads->isDownloading(sha256));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toString(), sha256);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), bytes.size());
        QCOMPARE(progress.last().at(2).toLongLong(), bytes.size());

        QVERIFY(m_downloads->isLocal(sha256));
        QVERIFY(m_device->evidence->vault().contains(sha256));
        QCOMPARE(evidence::sha256OfFile(vaultPath(sha256)), sha256);
        // Read-only, as every vault file: by its mode bits (the "User" flags say what this process may do,
        // and the test may run as root, who writes anyway).
        const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
        QVERIFY(!(QFileInfo(vaultPath(sha256)).permissions() & anyWrite));
        QCOMPARE(m_downloads->bytesKept(sha256), 0);
        QVERIFY(!m_downloads->isDownloading(sha256));

        // Asked again: it is already here.
        m_downloads->start(sha256);
        QCOMPARE(finished.size(), 2);
    }

    void aCancelledDownloadResumesWhereItStopped() {
        const QByteArray bytes = randomBytes(48 * 1024 * 1024);
        const QString sha256 = putBlob(bytes);
        QSignalSpy cancelled(m_downloads.get(), &OriginalDownloads::cancelled);
        const QMetaObject::Connection stopAtFirstBytes =
            connect(m_downloads.get(), &OriginalDownloads::progress, this,
                    [this, sha256](const QString&, qint64 received, qint64) {
                        if (received > 0)
                            m_downloads->cancel(sha256);
                    });
        m_downloads->start(sha256);
        QVERIFY(cancelled.wait(20000));
        disconnect(stopAtFirstBytes);
        QVERIFY(!m_downloads->isDownloading(sha256));
        const qint64 kept = m_downloads->bytesKept(sha256);
        QVERIFY(kept > 0);
        QVERIFY(kept < bytes.size());
        QVERIFY(!m_downloads->isLocal(sha256));

        QSignalSpy progress(m_downloads.get(), &OriginalDownloads::progress);
        QSignalSpy finished(m_downloads.get(), &OriginalDownloads::finished);
        m_downloads->start(sha256);
        QVERIFY(finished.wait(30000));
        // The first bytes reported continue the part: nothing already here was fetched again.
        QVERIFY(progress.first().at(1).toLongLong() > kept);
        QCOMPARE(evidence::sha256OfFile(vaultPath(sha256)), sha256);
    }

    void aServerThatDiesMidDownloadIsResumedWhenItIsBack() {
        const QByteArray bytes = randomBytes(48 * 1024 * 1024);
        const QString sha256 = putBlob(bytes);
        qint64 atKill = -1;
        const QMetaObject::Connection killOnce =
            connect(m_downloads.get(), &OriginalDownloads::progress, this,
                    [&](const QString&, qint64 received, qint64) {
                        if (atKill < 0 && received > 0) {
                            atKill = received;
                            m_server->kill();
                            QTimer::singleShot(500, this, [this] {
                                if (!m_server->start())
                                    qWarning("the server did not come back");
                            });
                        }
                    });
        QSignalSpy finished(m_downloads.get(), &OriginalDownloads::finished);
        QSignalSpy failed(m_downloads.get(), &OriginalDownloads::failed);
        m_downloads->start(sha256);
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        disconnect(killOnce);
        QVERIFY(failed.isEmpty());
        QVERIFY(atKill > 0);
        QCOMPARE(evidence::sha256OfFile(vaultPath(sha256)), sha256);
    }

    void bytesThatAreNotTheRecordsAreRefusedAndNothingIsKept() {
        // The bureau's blob under this name holds other bytes (a damaged disk, a wrong restore).
        const QString sha256 = sha256Of("the original");
        putBlob(randomBytes(4096), sha256);
        QSignalSpy failed(m_downloads.get(), &OriginalDownloads::failed);
        QSignalSpy finished(m_downloads.get(), &OriginalDownloads::finished);
        m_downloads->start(sha256);
        QVERIFY(failed.wait(20000));
        QVERIFY(finished.isEmpty());
        QVERIFY2(failed.first().at(1).toString().contains(u"SHA-256"_s),
                 qPrintable(failed.first().at(1).toString()));
        QVERIFY(!m_downloads->isLocal(sha256));
        QVERIFY(!QFile::exists(vaultPath(sha256)));
        QCOMPARE(m_downloads->bytesKept(sha256), 0);
    }

    void withoutASessionItSaysToSignIn() {
        const QString sha256 = putBlob("bytes");
        Enrolment(m_device->store(), m_device->secrets).forgetSession();
        QSignalSpy failed(m_downloads.get(), &OriginalDownloads::failed);
        m_downloads->start(sha256);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!m_downloads->isDownloading(sha256));
    }
};

QTEST_GUILESS_MAIN(TestOriginalDownloads)
#include "TestOriginalDownloads.moc"
