#include "StampedCopy.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldcase;
using namespace fieldcase::evidence;

namespace {

QString photo(const char* name) {
    return QStringLiteral(FIELDCASE_TEST_DATA "/photos/") + QLatin1String(name);
}

// Tests work on copies of the fixtures, as the app works on vault files.
QString copyOf(const QTemporaryDir& dir, const char* name) {
    const QString path = dir.filePath(QLatin1String(name));
    QFile::copy(photo(name), path);
    return path;
}

QByteArray sha256(const QString& path) {
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

// Mean brightness (0..255) of the rows [top, bottom).
double meanLightness(const QImage& image, int top, int bottom) {
    double sum = 0;
    for (int y = top; y < bottom; ++y) {
        for (int x = 0; x < image.width(); ++x)
            sum += qGray(image.pixel(x, y));
    }
    return sum / (double(bottom - top) * image.width());
}

StampLines sampleLines() {
    return {QStringLiteral("Taken 2026-03-14 10:25:36 UTC+08:00"),
            QStringLiteral("31.952700°N 118.841200°E (±8 m)"), QStringLiteral("Officers: 张伟, 李娜"),
            QStringLiteral("Case: 宁环罚〔2026〕12号")};
}

EvidenceRecord sampleRecord() {
    EvidenceRecord record;
    record.capturedAtDevice = QDateTime(QDate(2026, 3, 14), QTime(10, 25, 36), Qt::OffsetFromUTC, 8 * 3600);
    record.position.position = GeoPoint{31.9527, 118.8412};
    record.position.accuracyMeters = 7.6;
    record.position.takenAt = QDateTime(QDate(2026, 3, 14), QTime(2, 25, 36), Qt::UTC);
    record.position.receivedAt = record.position.takenAt.addSecs(-3);
    record.officersPresent = {{QUuid::createUuid(), QStringLiteral("张伟"), QStringLiteral("32011520001")},
                              {QUuid::createUuid(), QStringLiteral("李娜"), QString()}};
    return record;
}

} // namespace

class TestStampedCopy : public QObject {
    Q_OBJECT

private slots:
    void linesOfARecord() {
        const StampLines lines = stampLinesFor(sampleRecord(), QStringLiteral(" 宁环罚〔2026〕12号 "));
        QCOMPARE(lines.time, QStringLiteral("Taken 2026-03-14 10:25:36 UTC+08:00"));
        QCOMPARE(lines.position, QStringLiteral("31.952700°N 118.841200°E (±8 m)"));
        QCOMPARE(lines.officers, QStringLiteral("Officers: 张伟, 李娜"));
        QCOMPARE(lines.caseLabel, QStringLiteral("Case: 宁环罚〔2026〕12号"));
        QCOMPARE(lines.nonEmpty().size(), 4);
    }

    void doubtfulPositionsAreMarked() {
        EvidenceRecord record = sampleRecord();
        record.position.receivedAt = record.position.takenAt.addSecs(-125);
        QCOMPARE(stampLinesFor(record, {}).position,
                 QStringLiteral("31.952700°N 118.841200°E (±8 m) [STALE: fix 125 s old]"));

        record = sampleRecord();
        record.position.accuracyMeters = 80;
        QCOMPARE(stampLinesFor(record, {}).position,
                 QStringLiteral("31.952700°N 118.841200°E (±80 m) [POOR ACCURACY]"));

        record.position.accuracyMeters = -1;
        record.position.receivedAt = record.position.takenAt.addSecs(-61);
        QCOMPARE(stampLinesFor(record, {}).position,
                 QStringLiteral(
                     "31.952700°N 118.841200°E (accuracy unknown) [STALE: fix 61 s old; POOR ACCURACY]"));

        record.position.position = GeoPoint{-34.6037, -58.3816};
        record.position.accuracyMeters = 5;
        record.position.receivedAt = record.position.takenAt;
        QCOMPARE(stampLinesFor(record, {}).position, QStringLiteral("34.603700°S 58.381600°W (±5 m)"));

        record.position.position.reset();
        QCOMPARE(stampLinesFor(record, {}).position, QStringLiteral("No position"));
    }

    void missingFactsAreSaidOrLeftOut() {
        EvidenceRecord record;
        const StampLines lines = stampLinesFor(record, QString());
        QCOMPARE(lines.time, QStringLiteral("Time of capture unknown"));
        QCOMPARE(lines.position, QStringLiteral("No position"));
        QVERIFY(lines.officers.isEmpty());
        QVERIFY(lines.caseLabel.isEmpty());
        QCOMPARE(lines.nonEmpty(), QStringList({lines.time, lines.position}));
    }

    void utcTimesAreShownInLocalTimeWithTheOffset() {
        EvidenceRecord record;
        record.capturedAtDevice = QDateTime(QDate(2026, 3, 14), QTime(2, 25, 36), Qt::UTC);
        const QDateTime local = record.capturedAtDevice.toLocalTime();
        const QString line = stampLinesFor(record, {}).time;
        QVERIFY2(line.startsWith(QStringLiteral("Taken ") +
                                 local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                                 QStringLiteral(" UTC")),
                 qPrintable(line));
    }

    void copyHasTheBandAndLeavesTheOriginalAlone() {
        QTemporaryDir dir;
        const QString original = copyOf(dir, "nanjing-gps.jpg");
        const QByteArray before = sha256(original);
        const QDateTime modifiedBefore = QFileInfo(original).lastModified();
        const QString output = dir.filePath(QStringLiteral("stamped.jpg"));

        QString error;
        QVERIFY2(StampedCopy::write(original, sampleLines(), output, &error), qPrintable(error));
        QCOMPARE(sha256(original), before);
        QCOMPARE(QFileInfo(original).lastModified(), modifiedBefore);

        const QImage source(original);
        const QImage stamped(output);
        QCOMPARE(QImageReader(output).format(), QByteArray("jpeg"));
        QCOMPARE(stamped.size(), source.size());
        const int bottom = source.height();
        QVERIFY(meanLightness(stamped, bottom - 4, bottom) < meanLightness(source, bottom - 4, bottom) - 40);
    }

    void bandSitsAtTheBottomOfALargePicture() {
        QImage picture(1600, 1200, QImage::Format_RGB32);
        picture.fill(QColor(230, 230, 230));
        const QImage stamped = StampedCopy::burn(picture, sampleLines());
        QCOMPARE(stamped.size(), picture.size());
        // The top stays as it was, the band below is dark, with white text in it.
        QCOMPARE(stamped.copy(0, 0, 1600, 900), picture.copy(0, 0, 1600, 900));
        const double bottomRow = meanLightness(stamped, 1199, 1200);
        QVERIFY2(bottomRow < 120, qPrintable(QString::number(bottomRow)));
        int whitePixels = 0;
        for (int y = 1000; y < 1200; ++y) {
            for (int x = 0; x < 1600; ++x)
                whitePixels += qGray(stamped.pixel(x, y)) > 240;
        }
        QVERIFY(whitePixels > 500);
    }

    void longLinesWrapInsteadOfBeingCut() {
        QImage picture(800, 600, QImage::Format_RGB32);
        picture.fill(Qt::white);
        StampLines oneLine = sampleLines();
        StampLines longLine = oneLine;
        longLine.caseLabel = QStringLiteral("Case: ") + QString(120, u'宁');
        const auto bandTop = [](const QImage& image) {
            int y = image.height() - 1;
            while (y > 0 && qGray(image.pixel(0, y - 1)) < 200)
                --y;
            return y;
        };
        QVERIFY(bandTop(StampedCopy::burn(picture, longLine)) < bandTop(StampedCopy::burn(picture, oneLine)));
    }

    void copyIsUprightByExifOrientation() {
        QTemporaryDir dir;
        const QString original = copyOf(dir, "rotated.jpg"); // stored 64x48, orientation 6
        const QString output = dir.filePath(QStringLiteral("stamped.png"));
        QVERIFY(StampedCopy::write(original, sampleLines(), output));
        QCOMPARE(QImageReader(output).format(), QByteArray("png"));
        QCOMPARE(QImage(output).size(), QSize(48, 64));
        QCOMPARE(StampedCopy::fromFile(original, sampleLines()).size(), QSize(48, 64));
    }

    void neverReplacesTheOriginal() {
        QTemporaryDir dir;
        const QString original = copyOf(dir, "nanjing-gps.jpg");
        const QByteArray before = sha256(original);
        QString error;
        QVERIFY(!StampedCopy::write(original, sampleLines(), original, &error));
        QVERIFY(!error.isEmpty());
        // The same file by another spelling of its path.
        const QString roundabout = dir.path() + QStringLiteral("/./nanjing-gps.jpg");
        QVERIFY(!StampedCopy::write(original, sampleLines(), roundabout, &error));
        QCOMPARE(sha256(original), before);
    }

    void failuresLeaveNoOutput_data() {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("outputName");
        QTest::newRow("not a picture") << photo("not-a-jpeg.jpg") << QStringLiteral("out.jpg");
        QTest::newRow("missing") << photo("no-such-photo.jpg") << QStringLiteral("out.jpg");
        QTest::newRow("unknown output format") << photo("nanjing-gps.jpg") << QStringLiteral("out.tiff");
    }
    void failuresLeaveNoOutput() {
        QFETCH(QString, original);
        QFETCH(QString, outputName);
        QTemporaryDir dir;
        const QString output = dir.filePath(outputName);
        QString error;
        QVERIFY(!StampedCopy::write(original, sampleLines(), output, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(output));
        QVERIFY(StampedCopy::fromFile(photo("not-a-jpeg.jpg"), sampleLines()).isNull());
    }
};

QTEST_MAIN(TestStampedCopy)
#include "TestStampedCopy.moc"
