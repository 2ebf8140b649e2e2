#include "MediaProbe.h"
#include "TestFiles.h"

#include <QBuffer>
#include <QTest>
#include <QThread>
#include <QtEndian>

using namespace fieldcase::evidence;

namespace {

QString media(const char* name) {
    return QStringLiteral(FIELDCASE_TEST_DATA "/media/") + QLatin1String(name);
}
QString photo(const char* name) {
    return QStringLiteral(FIELDCASE_TEST_DATA "/photos/") + QLatin1String(name);
}

std::optional<qint64> durationOf(QByteArray bytes) {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return MediaProbe::headerDurationMs(buffer);
}

QByteArray be32(quint32 value) {
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}
QByteArray be64(quint64 value) {
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}
QByteArray box(const char* type, const QByteArray& content) {
    return be32(quint32(8 + content.size())) + QByteArray(type, 4) + content;
}
QByteArray ftyp() {
    return box("ftyp", QByteArray("isom") + be32(0x200) + "isomiso2mp41");
}
QByteArray mvhdV0(quint32 timescale, quint32 duration) {
    return box("mvhd", be32(0) + be32(0) + be32(0) + be32(timescale) + be32(duration) + QByteArray(80, '\0'));
}
QByteArray mvhdV1(quint32 timescale, quint64 duration) {
    return box("mvhd",
               be32(1u << 24) + be64(0) + be64(0) + be32(timescale) + be64(duration) + QByteArray(80, '\0'));
}

} // namespace

class TestMediaProbe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Qt 6.4's GStreamer backend crashes without the GStreamer plugins; the app runs the FFmpeg one.
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    }

    void durationsOfTheFixtures_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("durationMs");
        QTest::newRow("MP4, moov after mdat, timescale 1000") << media("bodycam-2s.mp4") << qint64(2000);
        QTest::newRow("MOV, moov first, timescale 600") << media("clip-3s.mov") << qint64(3000);
        QTest::newRow("WAV, 8 kHz 8 bit mono") << media("tone-1500ms.wav") << qint64(1500);
        // 2956 of 12000 data bytes are left: 369.5 ms.
        QTest::newRow("WAV cut off") << media("truncated.wav") << qint64(369);
    }
    void durationsOfTheFixtures() {
        QFETCH(QString, path);
        QFETCH(qint64, durationMs);
        QCOMPARE(durationOf(readFile(path)), durationMs);
        QCOMPARE(MediaProbe::probe(path).durationMs, durationMs);
    }

    void noDurationFromDamagedOrForeignFiles_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("MP4 cut off in mdat") << media("truncated.mp4");
        QTest::newRow("JPEG") << photo("nanjing-gps.jpg");
        QTest::newRow("text") << photo("not-a-jpeg.jpg");
    }
    void noDurationFromDamagedOrForeignFiles() {
        QFETCH(QString, path);
        QVERIFY(!durationOf(readFile(path)));
        QVERIFY(!durationOf(QByteArray()));
    }

    // A prefix of a recording states the true duration or none.
    void everyPrefixGivesTheTrueDurationOrNothing_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("moov last") << media("bodycam-2s.mp4");
        QTest::newRow("moov first") << media("clip-3s.mov");
        QTest::newRow("WAV") << media("tone-1500ms.wav");
    }
    void everyPrefixGivesTheTrueDurationOrNothing() {
        QFETCH(QString, path);
        const QByteArray whole = readFile(path);
        const std::optional<qint64> truth = durationOf(whole);
        QVERIFY(truth);
        const bool isWav = whole.startsWith("RIFF");
        int withDuration = 0;
        for (qsizetype length = 0; length < whole.size(); ++length) {
            const std::optional<qint64> duration = durationOf(whole.left(length));
            withDuration += duration.has_value();
            // A cut-off WAV plays (and states) what is left of it.
            if (duration && isWav)
                QVERIFY(*duration <= *truth);
            else if (duration)
                QCOMPARE(*duration, *truth);
        }
        if (path.endsWith(u"bodycam-2s.mp4"))
            QCOMPARE(withDuration, 0); // its moov is the last box
        else
            QVERIFY(withDuration > 0);
    }

    void boxSizeSemantics() {
        // Version 1: 64-bit duration, a 90 kHz timescale.
        QCOMPARE(durationOf(ftyp() + box("moov", mvhdV1(90000, 90000ull * 3600 + 45))), qint64(3600000));
        // A 64-bit size (size field 1) on the mdat before the moov.
        const QByteArray payload(100, 'x');
        const QByteArray largeMdat = be32(1) + "mdat" + be64(16 + payload.size()) + payload;
        QCOMPARE(durationOf(ftyp() + largeMdat + box("moov", mvhdV0(1000, 2500))), qint64(2500));
        // Size 0: the last box runs to the end of the file.
        const QByteArray openMdat = be32(0) + "mdat" + payload;
        QCOMPARE(durationOf(ftyp() + box("moov", mvhdV0(1000, 2500)) + openMdat), qint64(2500));
        QCOMPARE(durationOf(ftyp() + openMdat + box("moov", mvhdV0(1000, 2500))), std::nullopt);
        // Other boxes before mvhd inside moov are stepped over.
        QCOMPARE(
            durationOf(ftyp() + box("moov", box("udta", QByteArray(20, 'u')) + mvhdV0(44100, 44100 * 7))),
            qint64(7000));
    }

    void maliciousBoxes_data() {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray moov = box("moov", mvhdV0(1000, 2000));
        QTest::newRow("mdat larger than the file")
            << ftyp() + be32(1'000'000) + "mdat" + QByteArray(10, 'x') + moov;
        QTest::newRow("64-bit size beyond the file")
            << ftyp() + be32(1) + "mdat" + be64(0x7fffffffffffffffull) + moov;
        QTest::newRow("64-bit size of 2^64-1") << ftyp() + be32(1) + "mdat" + be64(~0ull) + moov;
        QTest::newRow("64-bit size below its header") << ftyp() + be32(1) + "mdat" + be64(8) + moov;
        QTest::newRow("size below the header") << ftyp() + be32(4) + "free" + moov;
        QTest::newRow("moov larger than the file") << ftyp() + be32(5000) + "moov" + mvhdV0(1000, 2000);
        QTest::newRow("mvhd larger than moov")
            << ftyp() + box("moov", be32(200) + "mvhd" + mvhdV0(1000, 2000).mid(8));
        QTest::newRow("mvhd cut short") << ftyp() + box("moov", box("mvhd", be32(0) + be32(0) + be32(0)));
        QTest::newRow("mvhd version 2")
            << ftyp() + box("moov", box("mvhd", be32(2u << 24) + QByteArray(96, '\0')));
        QTest::newRow("timescale 0") << ftyp() + box("moov", mvhdV0(0, 2000));
        QTest::newRow("duration unknown (v0)") << ftyp() + box("moov", mvhdV0(1000, 0xffffffffu));
        QTest::newRow("duration unknown (v1)") << ftyp() + box("moov", mvhdV1(1000, ~0ull));
        QTest::newRow("duration of centuries") << ftyp() + box("moov", mvhdV1(1, 1ull << 40));
        QTest::newRow("fragmented, zero in mvhd") << ftyp() + box("moov", mvhdV0(1000, 0) + box("mvex", {}));
        QTest::newRow("no mvhd") << ftyp() + box("moov", box("trak", {}));
        QTest::newRow("not a box") << QByteArray("GIF89a, not a movie at all");
        QTest::newRow("thousands of empty boxes") << ftyp() + box("free", {}).repeated(5000) + moov;
        QTest::newRow("RIFF but not WAVE") << QByteArray("RIFF\x10\0\0\0AVI LIST", 16);
        QTest::newRow("WAV without fmt")
            << QByteArray("RIFF\x24\0\0\0WAVE", 12) + QByteArray("data\x04\0\0\0", 8) + "abcd";
        QTest::newRow("WAV with zero block align")
            << QByteArray("RIFF\x24\0\0\0WAVE", 12) +
                   QByteArray("fmt \x10\0\0\0\x01\0\x01\0\x40\x1f\0\0\x40\x1f\0\0\0\0\x08\0", 24) +
                   QByteArray("data\x04\0\0\0", 8) + "abcd";
    }
    void maliciousBoxes() {
        QFETCH(QByteArray, bytes);
        QCOMPARE(durationOf(bytes), std::nullopt);
    }

    void kindsAndMimeTypes_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mimeType");
        QTest::newRow("MP4") << media("bodycam-2s.mp4") << int(MediaKind::Video)
                             << QStringLiteral("video/mp4");
        QTest::newRow("MOV") << media("clip-3s.mov") << int(MediaKind::Video)
                             << QStringLiteral("video/quicktime");
        QTest::newRow("WAV") << media("tone-1500ms.wav") << int(MediaKind::Audio) << QString();
        QTest::newRow("JPEG") << photo("nanjing-gps.jpg") << int(MediaKind::Image)
                              << QStringLiteral("image/jpeg");
        // QMimeDatabase goes by the name first: a text file named .jpg counts as a picture, of which no
        // thumbnail can be made.
        QTest::newRow("text named .jpg") << photo("not-a-jpeg.jpg") << int(MediaKind::Image) << QString();
        QTest::newRow("text") << QStringLiteral(FIELDCASE_TEST_DATA "/photos/README.md")
                              << int(MediaKind::Other) << QStringLiteral("text/markdown");
        QTest::newRow("missing") << media("no-such-file.mp4") << int(MediaKind::Other) << QString();
    }
    void kindsAndMimeTypes() {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, mimeType);
        const MediaProbeResult result = MediaProbe::probe(path);
        QCOMPARE(int(result.kind), kind);
        if (!mimeType.isEmpty())
            QCOMPARE(result.mimeType, mimeType);
        if (result.kind == MediaKind::Audio || result.kind == MediaKind::Other ||
            path.endsWith(u"not-a-jpeg.jpg")) {
            QVERIFY(result.thumbnail.isNull());
            QVERIFY(!result.thumbnailError.isEmpty());
        }
    }

    void imageThumbnailsAreUprightAndFit() {
        MediaProbeResult result = MediaProbe::probe(photo("nanjing-gps.jpg"), QSize(32, 32));
        QCOMPARE(result.thumbnail.size(), QSize(32, 24));
        QVERIFY(!result.durationMs);
        // Stored 64x48 with orientation 6: shown 48x64, fitted into 32x32.
        result = MediaProbe::probe(photo("rotated.jpg"), QSize(32, 32));
        QCOMPARE(result.thumbnail.size(), QSize(24, 32));
        // Small pictures are not enlarged.
        QCOMPARE(MediaProbe::probe(photo("nanjing-gps.jpg"), QSize(256, 256)).thumbnail.size(),
                 QSize(64, 48));
        result = MediaProbe::probe(photo("truncated-exif.jpg"), QSize(32, 32));
        QVERIFY(result.thumbnail.isNull());
        QVERIFY(!result.thumbnailError.isEmpty());
    }

    void videoThumbnailOnAWorkerThread() {
        QVERIFY(MediaProbe::canDecodeWithQtMultimedia());
        MediaProbeResult result;
        QThread* worker = QThread::create(
            [&result] { result = MediaProbe::probe(media("bodycam-2s.mp4"), QSize(32, 32)); });
        worker->start();
        QVERIFY(worker->wait());
        delete worker;
        QVERIFY2(!result.thumbnail.isNull(), qPrintable(result.thumbnailError));
        QCOMPARE(result.thumbnail.size(), QSize(32, 24));
        QCOMPARE(result.durationMs, qint64(2000));
    }

    void truncatedVideoHasNoThumbnailAndSaysWhy() {
        const MediaProbeResult result = MediaProbe::probe(media("truncated.mp4"), QSize(32, 32));
        QCOMPARE(result.kind, MediaKind::Video);
        QVERIFY(result.thumbnail.isNull());
        QVERIFY(!result.thumbnailError.isEmpty());
        QVERIFY(!result.durationMs);
    }

    void withoutTheFfmpegBackendVideoIsNotDecoded() {
        const QByteArray backend = qgetenv("QT_MEDIA_BACKEND");
        qunsetenv("QT_MEDIA_BACKEND");
        const MediaProbeResult result = MediaProbe::probe(media("bodycam-2s.mp4"), QSize(32, 32));
        qputenv("QT_MEDIA_BACKEND", backend);
        QVERIFY(result.thumbnail.isNull());
        QVERIFY(!result.thumbnailError.isEmpty());
        QCOMPARE(result.durationMs, qint64(2000)); // from the header, no decoder needed
    }
};

QTEST_MAIN(TestMediaProbe)
#include "TestMediaProbe.moc"
