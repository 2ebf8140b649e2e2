#include "PhotoMetadata.h"
#include "TestFiles.h"

#include <QBuffer>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::evidence;

namespace {

QString photo(const char* name) {
    return QStringLiteral(FIELDCASE_TEST_DATA "/photos/") + QLatin1String(name);
}

PhotoMetadata readBytes(QByteArray bytes) {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return readPhotoMetadata(buffer);
}

// The fixture's GPS values: exiftool stored 31°57'9.72" (243/25 s) and 118°50'28.32" (708/25 s).
constexpr double NanjingLatitude = 31 + 57 / 60.0 + 9.72 / 3600;
constexpr double NanjingLongitude = 118 + 50 / 60.0 + 28.32 / 3600;

} // namespace

class TestPhotoMetadata : public QObject {
    Q_OBJECT

private slots:
    void timePositionAndCamera() {
        const PhotoMetadata metadata = readPhotoMetadata(photo("nanjing-gps.jpg"));
        QVERIFY(metadata.capturedAt);
        QCOMPARE(metadata.capturedAt->timeSpec(), Qt::OffsetFromUTC);
        QCOMPARE(metadata.capturedAt->offsetFromUtc(), 8 * 3600);
        QCOMPARE(*metadata.capturedAt, QDateTime(QDate(2026, 3, 14), QTime(2, 25, 36), Qt::UTC));
        QCOMPARE(metadata.capturedAt->time(), QTime(10, 25, 36));
        QVERIFY(!metadata.captureTimeZoneAssumed);

        QVERIFY(metadata.position);
        QCOMPARE(metadata.position->latitude, NanjingLatitude);
        QCOMPARE(metadata.position->longitude, NanjingLongitude);
        QVERIFY(qAbs(metadata.position->latitude - 31.9527) < 1e-9);
        QVERIFY(qAbs(metadata.position->longitude - 118.8412) < 1e-9);
        QCOMPARE(metadata.altitudeMeters, 12.5);
        QCOMPARE(metadata.gpsTime, QDateTime(QDate(2026, 3, 14), QTime(2, 25, 30), Qt::UTC));
        QCOMPARE(metadata.gpsTime->timeSpec(), Qt::UTC);

        QCOMPARE(metadata.cameraMake, QStringLiteral("FieldCase Test"));
        QCOMPARE(metadata.cameraModel, QStringLiteral("Fixture Camera 1"));
        QCOMPARE(metadata.orientation, 1);
    }

    void timeWithoutOffsetIsDeviceLocal() {
        const PhotoMetadata metadata = readPhotoMetadata(photo("time-no-gps.jpg"));
        QVERIFY(metadata.capturedAt);
        QCOMPARE(metadata.capturedAt->timeSpec(), Qt::LocalTime);
        QCOMPARE(metadata.capturedAt->date(), QDate(2026, 3, 15));
        QCOMPARE(metadata.capturedAt->time(), QTime(16, 40, 5));
        QVERIFY(metadata.captureTimeZoneAssumed);
        QVERIFY(!metadata.position);
        QVERIFY(!metadata.altitudeMeters);
        QVERIFY(!metadata.gpsTime);
        QVERIFY(!metadata.orientation);
        QCOMPARE(metadata.cameraModel, QStringLiteral("Fixture Camera 2"));
    }

    void southernWesternHemisphereAndDateTimeFallback() {
        const PhotoMetadata metadata = readPhotoMetadata(photo("southwest.jpg"));
        // No DateTimeOriginal: DateTime with OffsetTime.
        QVERIFY(metadata.capturedAt);
        QCOMPARE(metadata.capturedAt->offsetFromUtc(), -3 * 3600);
        QCOMPARE(*metadata.capturedAt, QDateTime(QDate(2026, 1, 20), QTime(12, 5), Qt::UTC));
        QVERIFY(!metadata.captureTimeZoneAssumed);
        QVERIFY(metadata.position);
        QVERIFY(qAbs(metadata.position->latitude - -34.6037) < 1e-9);
        QVERIFY(qAbs(metadata.position->longitude - -58.3816) < 1e-9);
        QCOMPARE(metadata.altitudeMeters, -5.0); // GPSAltitudeRef 1: below sea level
        QVERIFY(!metadata.gpsTime);
        QVERIFY(!metadata.cameraMake);
    }

    void orientation() { QCOMPARE(readPhotoMetadata(photo("rotated.jpg")).orientation, 6); }

    void nothingFromFilesWithoutExif_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("no EXIF") << photo("no-exif.jpg");
        QTest::newRow("cut inside the EXIF segment") << photo("truncated-exif.jpg");
        QTest::newRow("text named .jpg") << photo("not-a-jpeg.jpg");
        QTest::newRow("MP4") << QStringLiteral(FIELDCASE_TEST_DATA "/media/bodycam-2s.mp4");
        QTest::newRow("missing file") << photo("no-such-photo.jpg");
        QTest::newRow("directory") << photo("");
    }
    void nothingFromFilesWithoutExif() {
        QFETCH(QString, path);
        QVERIFY(readPhotoMetadata(path).isEmpty());
    }

    void exifOfAPhotoWhosePictureIsCutOff() {
        // The EXIF segment is whole, the compressed picture after it is not: the metadata still counts.
        const PhotoMetadata metadata = readPhotoMetadata(photo("truncated-image.jpg"));
        QVERIFY(metadata.capturedAt);
        QCOMPARE(metadata.capturedAt->time(), QTime(10, 25, 36));
        QVERIFY(metadata.position);
        QCOMPARE(metadata.position->latitude, NanjingLatitude);
    }

    void latitudeBeyond90GivesNoPosition() {
        const PhotoMetadata metadata = readPhotoMetadata(photo("bad-latitude.jpg"));
        QVERIFY(!metadata.position);
        // The rest of the file is still read.
        QVERIFY(metadata.capturedAt);
        QCOMPARE(*metadata.capturedAt, QDateTime(QDate(2026, 3, 16), QTime(0, 0), Qt::UTC));
    }

    void zeroDenominatorGivesNoPosition() {
        const PhotoMetadata metadata = readPhotoMetadata(photo("zero-denominator.jpg"));
        QVERIFY(!metadata.position);
        QCOMPARE(metadata.altitudeMeters, 12.5);
        QCOMPARE(metadata.gpsTime, QDateTime(QDate(2026, 3, 14), QTime(2, 25, 30), Qt::UTC));
    }

    // Whatever a cut-off file still yields must be the true value, never a wrong one.
    void everyPrefixGivesTrueValuesOrNothing() {
        const QByteArray whole = readFile(photo("nanjing-gps.jpg"));
        QVERIFY(!whole.isEmpty());
        const PhotoMetadata truth = readBytes(whole);
        for (qsizetype length = 0; length < whole.size(); ++length) {
            const PhotoMetadata metadata = readBytes(whole.left(length));
            if (metadata.capturedAt)
                QCOMPARE(*metadata.capturedAt, *truth.capturedAt);
            if (metadata.position)
                QCOMPARE(*metadata.position, *truth.position);
            if (metadata.gpsTime)
                QCOMPARE(*metadata.gpsTime, *truth.gpsTime);
            if (metadata.cameraModel)
                QCOMPARE(*metadata.cameraModel, *truth.cameraModel);
        }
    }

    // Every byte of the file replaced by values that break sizes, counts and offsets: no crash, and a
    // position, when one is reported, is a valid one.
    void corruptedBytesNeverCrash() {
        const QByteArray whole = readFile(photo("nanjing-gps.jpg"));
        for (qsizetype index = 0; index < whole.size(); ++index) {
            for (const char value : {'\x00', '\x7f', '\xff'}) {
                QByteArray corrupted = whole;
                corrupted[index] = value;
                const PhotoMetadata metadata = readBytes(corrupted);
                if (metadata.position)
                    QVERIFY(metadata.position->isValid());
                if (metadata.orientation)
                    QVERIFY(*metadata.orientation >= 1 && *metadata.orientation <= 8);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPhotoMetadata)
#include "TestPhotoMetadata.moc"
