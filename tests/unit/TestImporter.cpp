#include "EvidenceProfile.h"

#include "Importer.h"

#include <QDirIterator>
#include <QTimeZone>

using namespace fieldcase;
using namespace fieldcase::evidence;

namespace {

QByteArray bytesOf(char fill, qsizetype size) {
    return QByteArray(size, fill);
}

// Hash-named files in the vault (temporary files excluded).
int vaultFiles(const QString& vault) {
    int count = 0;
    QDirIterator it(vault, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        count += it.next().endsWith(QLatin1String(".part")) ? 0 : 1;
    return count;
}

int partFiles(const QString& vault) {
    int count = 0;
    QDirIterator it(vault, {QStringLiteral("*.part")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT

private slots:
    void aBodyCameraFolderIsScannedForMediaInPathOrder() {
        QTemporaryDir drive;
        QDir(drive.path()).mkpath(QStringLiteral("DCIM/100MEDIA"));
        QDir(drive.path()).mkpath(QStringLiteral("RECORD/2026"));
        for (const char* name :
             {"DCIM/100MEDIA/IMG_0002.JPG", "DCIM/100MEDIA/IMG_0001.JPG", "RECORD/2026/20261121_093000.MP4",
              "RECORD/2026/20261121_093000.WAV", "SYSTEM.INI", "DCIM/100MEDIA/thumbs.db"}) {
            QFile file(drive.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        QStringList found;
        for (const ImportCandidate& candidate : Importer::scan(drive.path()))
            found << candidate.path.mid(drive.path().size() + 1);
        QCOMPARE(found, (QStringList{QStringLiteral("DCIM/100MEDIA/IMG_0001.JPG"),
                                     QStringLiteral("DCIM/100MEDIA/IMG_0002.JPG"),
                                     QStringLiteral("RECORD/2026/20261121_093000.MP4"),
                                     QStringLiteral("RECORD/2026/20261121_093000.WAV")}));
    }

    void duplicatesInTheSameCaseAreSkippedButAnotherCaseMayHoldThem() {
        EvidenceProfile p;
        const QString a = p.makeFile(QStringLiteral("a.mp4"), bytesOf('a', 1000));
        const QString copyOfA = p.makeFile(QStringLiteral("copy-of-a.mp4"), bytesOf('a', 1000));
        const QString b = p.makeFile(QStringLiteral("b.mp4"), bytesOf('b', 1000));
        Importer importer(p.service());
        ImportReport report = importer.run({a, copyOfA, b}, p.draftFor(p.caseId));
        QVERIFY(report.ok());
        QCOMPARE(report.added.size(), 2);
        QCOMPARE(report.duplicates, QStringList{copyOfA});
        report = importer.run({a}, p.draftFor(p.caseId));
        QCOMPARE(report.duplicates, QStringList{a});
        report = importer.run({a}, p.draftFor(p.secondCaseId));
        QCOMPARE(report.added.size(), 1);
        QCOMPARE(countRows(p.db(), QStringLiteral("evidence")), 3);
        QCOMPARE(vaultFiles(p.profile.vaultPath()), 2); // the bytes of a are stored once
    }

    void originalNamesAndTimesAreKept() {
        EvidenceProfile p;
        const QString path = p.makeFile(QStringLiteral("20261121_093000.MP4"), "video");
        const QDateTime modified(QDate(2026, 11, 21), QTime(9, 30), QTimeZone::utc());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        }
        EvidenceRecord draft = p.draftFor(p.caseId);
        draft.intake = EvidenceIntake::BodyCamera;
        draft.sourceDetail = QStringLiteral("DSJ-A8 /media/usb0");
        const ImportReport report = Importer(p.service()).run({path}, draft);
        QCOMPARE(report.added.size(), 1);
        const EvidenceRecord stored = *p.service().record(report.added.first().id);
        QCOMPARE(stored.originalName, QStringLiteral("20261121_093000.MP4"));
        QCOMPARE(stored.originalModified, modified);
        QCOMPARE(stored.capturedAtDevice, modified); // no better clock known for a video file
        QCOMPARE(stored.intake, EvidenceIntake::BodyCamera);
        QCOMPARE(stored.sourceDetail, QStringLiteral("DSJ-A8 /media/usb0"));
        QCOMPARE(stored.mediaType, QStringLiteral("video/mp4"));
    }

    void aFileThatCannotBeReadIsNamedAndTheOthersAreSaved() {
        EvidenceProfile p;
        const QString first = p.makeFile(QStringLiteral("first.jpg"), "1");
        const QString vanished = p.sourceDir.filePath(QStringLiteral("vanished.jpg"));
        const QString last = p.makeFile(QStringLiteral("last.jpg"), "3");
        const ImportReport report = Importer(p.service()).run({first, vanished, last}, p.draftFor(p.caseId));
        QCOMPARE(report.added.size(), 2);
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().path, vanished);
        QVERIFY(report.failed.first().reason.contains(QLatin1String("vanished.jpg")));
    }

    void aFullDiskStopsOneFileAndKeepsWhatWasSaved() {
        EvidenceProfile p;
        const QString small = p.makeFile(QStringLiteral("small.jpg"), bytesOf('s', 1000));
        const QString big = p.makeFile(QStringLiteral("big.mp4"), bytesOf('b', 3 * 1024 * 1024));
        p.evidence->vault().setFailWritesAfter(1024 * 1024);
        const ImportReport report = Importer(p.service()).run({small, big}, p.draftFor(p.caseId));
        QCOMPARE(report.added.size(), 1);
        QCOMPARE(report.failed.size(), 1);
        QVERIFY(report.failed.first().reason.contains(QLatin1String("big.mp4")));
        QVERIFY(report.failed.first().reason.contains(QLatin1String("disk is full")));
        QCOMPARE(countRows(p.db(), QStringLiteral("evidence")), 1);
        QCOMPARE(vaultFiles(p.profile.vaultPath()), 1);
        QCOMPARE(partFiles(p.profile.vaultPath()), 0);
    }

    void cancellingKeepsFinishedFilesAndNothingPartial() {
        EvidenceProfile p;
        const QString one = p.makeFile(QStringLiteral("1.mp4"), bytesOf('1', 2 * 1024 * 1024));
        const QString two = p.makeFile(QStringLiteral("2.mp4"), bytesOf('2', 4 * 1024 * 1024));
        const QString three = p.makeFile(QStringLiteral("3.mp4"), bytesOf('3', 1024));
        const ImportReport report = Importer(p.service())
                                        .run({one, two, three}, p.draftFor(p.caseId),
                                             [](qint64, qint64, int fileIndex) { return fileIndex < 1; });
        QVERIFY(report.cancelled);
        QCOMPARE(report.added.size(), 1);
        QCOMPARE(report.added.first().originalName, QStringLiteral("1.mp4"));
        QCOMPARE(report.notReached, (QStringList{two, three}));
        QCOMPARE(countRows(p.db(), QStringLiteral("evidence")), 1);
        QCOMPARE(vaultFiles(p.profile.vaultPath()), 1);
        QCOMPARE(partFiles(p.profile.vaultPath()), 0);
    }

    void progressCoversEveryByte() {
        EvidenceProfile p;
        const QString one = p.makeFile(QStringLiteral("1.mp4"), bytesOf('1', 3 * 1024 * 1024));
        const QString two = p.makeFile(QStringLiteral("2.mp4"), bytesOf('2', 1500));
        qint64 last = -1;
        qint64 total = 0;
        bool monotonic = true;
        Importer(p.service()).run({one, two}, p.draftFor(p.caseId), [&](qint64 done, qint64 all, int) {
            monotonic = monotonic && done >= last;
            last = done;
            total = all;
            return true;
        });
        QVERIFY(monotonic);
        QCOMPARE(total, 3 * 1024 * 1024 + 1500);
        QCOMPARE(last, total);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "TestImporter.moc"
