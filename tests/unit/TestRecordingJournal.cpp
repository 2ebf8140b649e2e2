#include "EvidenceProfile.h"

#include "Accounts.h"
#include "AuditLog.h"
#include "CapturedFiles.h"
#include "FreeSpace.h"
#include "RecordingJournal.h"

#include <QImage>
#include <QJsonObject>
#include <QUuid>

using namespace fieldcase;
using namespace fieldcase::evidence;

namespace {

const QString CameraName = QStringLiteral("Integrated Camera: Integrated C");

// An inspector account: the evidence table names who captured an item by a user of the profile.
QUuid addInspector(EvidenceProfile& p) {
    const User user{Uuid7::create(), QStringLiteral("zhangwei"),    QStringLiteral("张伟"),
                    Role::Inspector, QStringLiteral("32011520001"), {}};
    if (!store::Accounts(p.store()).createUser({}, user, QStringLiteral("现场执法2026!")))
        qFatal("cannot create the inspector");
    return user.id;
}

RecordingMarker markerFor(EvidenceProfile& p, const QString& file) {
    RecordingMarker marker;
    marker.caseId = p.caseId;
    marker.userId = addInspector(p);
    marker.mode = CaptureMode::Video;
    marker.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    marker.device = CameraName;
    marker.file = file;
    return marker;
}

QList<AuditEvent> interruptions(EvidenceProfile& p, const QUuid& caseId) {
    QList<AuditEvent> found;
    for (const AuditEvent& event : store::AuditLog(p.db()).eventsFor(caseId)) {
        if (event.action == QLatin1String("recording.interrupted"))
            found << event;
    }
    return found;
}

// A few bytes where a recording would be, in the folder captures are written to.
QString partialRecording(EvidenceProfile& p, const QByteArray& bytes) {
    QString error;
    const QString path = newCaptureFile(p.evidence->vault(), QStringLiteral("mkv"), &error);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a partial recording: %s", qPrintable(error));
    return path;
}

} // namespace

// Full-process recording: a recording that did not end cleanly leaves a marker, and the next recording
// cannot start before its interruption is explained. And what every capture goes through after the
// camera or recorder has written its file.
class TestRecordingJournal : public QObject {
    Q_OBJECT

private slots:
    void startingARecordingWritesTheMarker() {
        EvidenceProfile p;
        RecordingJournal journal(p.store());
        QVERIFY(!journal.unexplained());
        const RecordingMarker marker = markerFor(p, QStringLiteral("/vault/.capturing/a.mkv"));
        QVERIFY(journal.started(marker));

        QVERIFY(!p.store().metaValue(QString::fromLatin1(RecordingJournal::MarkerKey)).isEmpty());
        const std::optional<RecordingMarker> found = journal.unexplained();
        QVERIFY(found);
        QCOMPARE(found->caseId, marker.caseId);
        QCOMPARE(found->userId, marker.userId);
        QCOMPARE(found->mode, CaptureMode::Video);
        QCOMPARE(found->startedAt, marker.startedAt);
        QCOMPARE(found->device, CameraName);
        QCOMPARE(found->file, marker.file);
        QVERIFY(found->error.isEmpty());

        QVERIFY(journal.fileChanged(QStringLiteral("/vault/.capturing/a.mp4")));
        QCOMPARE(journal.unexplained()->file, QStringLiteral("/vault/.capturing/a.mp4"));
    }

    void aCleanStopClearsTheMarker() {
        EvidenceProfile p;
        RecordingJournal journal(p.store());
        QVERIFY(journal.started(markerFor(p, {})));
        QVERIFY(journal.stoppedCleanly());
        QVERIFY(!journal.unexplained());
        QVERIFY(interruptions(p, p.caseId).isEmpty());
    }

    void aRecorderErrorKeepsTheMarkerWithTheError() {
        EvidenceProfile p;
        RecordingJournal journal(p.store());
        QVERIFY(journal.started(markerFor(p, {})));
        QVERIFY(journal.stoppedByError(QStringLiteral("磁盘已满。")));
        const std::optional<RecordingMarker> found = journal.unexplained();
        QVERIFY(found);
        QCOMPARE(found->error, QStringLiteral("磁盘已满。"));
        QVERIFY(found->stoppedAt.isValid());
    }

    void aMarkerLeftByAKilledProcessIsExplainedOnceAfterReopening() {
        EvidenceProfile p;
        const RecordingMarker marker = markerFor(p, {});
        {
            RecordingJournal journal(p.store());
            QVERIFY(journal.started(marker));
        }
        // The process dies: nothing stops the recording; the next start opens the profile afresh.
        const QString directory = p.dir.path();
        p.evidence.reset();
        p.profile.close();
        QVERIFY(p.profile.open(directory, false).ok());
        p.reopenEvidence();

        RecordingJournal journal(p.store());
        const std::optional<RecordingMarker> found = journal.unexplained();
        QVERIFY(found);
        QCOMPARE(found->startedAt, marker.startedAt);
        QVERIFY(found->error.isEmpty());

        const QUuid answeredBy = Uuid7::create();
        const RecordingJournal::Explained explained =
            journal.explain(answeredBy, QStringLiteral("  笔记本电脑电池耗尽，更换电池后继续录像  "));
        QVERIFY2(explained.result, qPrintable(explained.result.message()));
        QVERIFY(!explained.keptAsEvidence());
        QVERIFY(!journal.unexplained());

        const QList<AuditEvent> events = interruptions(p, p.caseId);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().userId, answeredBy);
        QCOMPARE(events.first().entityType, QStringLiteral("case"));
        QCOMPARE(events.first().details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("笔记本电脑电池耗尽，更换电池后继续录像"));
        QCOMPARE(events.first().details.value(QStringLiteral("started_at")).toString(),
                 marker.startedAt.toString(Qt::ISODateWithMs));
        QCOMPARE(events.first().details.value(QStringLiteral("device")).toString(), CameraName);
        QVERIFY(!events.first().details.contains(QStringLiteral("error")));
        QVERIFY(store::AuditLog(p.db()).verify(p.store().deviceId()).isIntact());

        // Explained once: nothing is left to explain.
        QVERIFY(!journal.explain(answeredBy, QStringLiteral("再次")).result);
        QCOMPARE(interruptions(p, p.caseId).size(), 1);
    }

    void theEventCarriesTheRecordersError() {
        EvidenceProfile p;
        RecordingJournal journal(p.store());
        QVERIFY(journal.started(markerFor(p, {})));
        QVERIFY(journal.stoppedByError(QStringLiteral("摄像头已断开。")));
        QVERIFY(journal.explain(Uuid7::create(), QStringLiteral("USB 线松动")).result);
        const QList<AuditEvent> events = interruptions(p, p.caseId);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().details.value(QStringLiteral("error")).toString(),
                 QStringLiteral("摄像头已断开。"));
        QVERIFY(events.first().details.contains(QStringLiteral("stopped_at")));
    }

    void aBlankReasonIsRefusedAndTheMarkerStays() {
        EvidenceProfile p;
        RecordingJournal journal(p.store());
        QVERIFY(journal.started(markerFor(p, {})));
        const RecordingJournal::Explained explained =
            journal.explain(Uuid7::create(), QStringLiteral(" \n "));
        QVERIFY(!explained.result);
        QVERIFY(!explained.result.message().isEmpty());
        QVERIFY(journal.unexplained());
        QVERIFY(interruptions(p, p.caseId).isEmpty());
    }

    void aPartialRecordingSurvivesReopeningAndIsKeptAsEvidenceWhenAsked() {
        EvidenceProfile p;
        const QByteArray bytes("\x1a\x45\xdf\xa3 partial matroska bytes", 29);
        const QString file = partialRecording(p, bytes);
        const RecordingMarker marker = markerFor(p, file);
        QVERIFY(RecordingJournal(p.store()).started(marker));
        // Opening the profile clears the vault's own leftovers, never a capture in progress.
        p.reopenEvidence();
        QVERIFY(QFileInfo::exists(file));

        RecordingJournal journal(p.store());
        QVERIFY(journal.unexplained()->hasPartialFile());
        const RecordingJournal::Explained explained =
            journal.explain(Uuid7::create(), QStringLiteral("执法记录仪掉电"), &p.service());
        QVERIFY2(explained.result, qPrintable(explained.result.message()));
        QVERIFY2(explained.keptAsEvidence(), qPrintable(explained.keepError));
        QVERIFY(explained.partialFile.isEmpty());
        QVERIFY(!QFileInfo::exists(file));

        const std::optional<EvidenceRecord> kept = p.service().record(explained.kept.id);
        QVERIFY(kept);
        QCOMPARE(kept->caseId, p.caseId);
        QCOMPARE(kept->kind, EvidenceKind::AudioVisual);
        QCOMPARE(kept->intake, EvidenceIntake::Camera);
        QCOMPARE(kept->sourceDetail, CameraName);
        QCOMPARE(kept->capturedBy, marker.userId);
        QCOMPARE(kept->capturedAtDevice, marker.startedAt);
        QCOMPARE(kept->size, qint64(bytes.size()));
        QVERIFY(kept->description.contains(QStringLiteral("执法记录仪掉电")));
        QVERIFY(p.service().signatureHolds(*kept));
        QVERIFY(p.evidence->vault().contains(kept->sha256));

        const QList<AuditEvent> events = interruptions(p, p.caseId);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().details.value(QStringLiteral("kept_evidence")).toString(),
                 Uuid7::toText(kept->id));
    }

    void aPartialRecordingNotKeptIsLeftAndTheEventSaysWhere() {
        EvidenceProfile p;
        const QString file = partialRecording(p, "partial");
        QVERIFY(RecordingJournal(p.store()).started(markerFor(p, file)));
        RecordingJournal journal(p.store());
        const RecordingJournal::Explained explained =
            journal.explain(Uuid7::create(), QStringLiteral("误操作"));
        QVERIFY(explained.result);
        QVERIFY(!explained.keptAsEvidence());
        QCOMPARE(explained.partialFile, file);
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(countRows(p.db(), QStringLiteral("evidence")), 0);
        const QList<AuditEvent> events = interruptions(p, p.caseId);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().details.value(QStringLiteral("partial_file")).toString(),
                 QDir::toNativeSeparators(file));
    }

    // What the capture dialog does once the camera has saved a photo (QImageCapture::imageSaved).
    void aCapturedPhotoBecomesSignedEvidenceAndLeavesNoCopyBehind() {
        EvidenceProfile p;
        QString error;
        const QString path = newCaptureFile(p.evidence->vault(), QStringLiteral("jpg"), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QVERIFY(path.startsWith(captureFolder(p.evidence->vault())));
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(QColor(30, 120, 60));
        QVERIFY(picture.save(path, "JPEG"));

        EvidenceRecord draft;
        draft.caseId = p.caseId;
        draft.capturedBy = addInspector(p);
        draft.officersPresent = {{draft.capturedBy, QStringLiteral("张伟"), QStringLiteral("32011520001")},
                                 {Uuid7::create(), QStringLiteral("李娜"), QStringLiteral("32011520002")}};
        draft.intake = EvidenceIntake::Camera;
        draft.sourceDetail = CameraName;
        draft.position.position = GeoPoint{31.9527, 118.8412};
        draft.position.accuracyMeters = 6;
        draft.position.source = QStringLiteral("nmea:socket://127.0.0.1:2947");
        draft.position.takenAt = QDateTime::currentDateTimeUtc();
        draft.capturedAtDevice = QDateTime::currentDateTimeUtc().addSecs(-5);
        draft.description = QStringLiteral("1号排污口，废水呈黑色");

        const EvidenceService::Added added = keepCapturedFile(p.service(), path, draft);
        QVERIFY2(added.ok(), qPrintable(added.error));
        QVERIFY(!QFileInfo::exists(path));
        const std::optional<EvidenceRecord> record = p.service().record(added.record.id);
        QVERIFY(record);
        QCOMPARE(record->kind, EvidenceKind::AudioVisual);
        QCOMPARE(record->intake, EvidenceIntake::Camera);
        QCOMPARE(record->mediaType, QStringLiteral("image/jpeg"));
        QCOMPARE(record->sourceDetail, CameraName);
        QCOMPARE(record->capturedAtDevice, draft.capturedAtDevice.toUTC());
        QCOMPARE(record->position.source, draft.position.source);
        QCOMPARE(record->officersPresent, draft.officersPresent);
        QCOMPARE(record->description, draft.description);
        QVERIFY(p.service().signatureHolds(*record));
        QImage stored;
        QVERIFY(stored.load(p.evidence->vault().pathFor(record->sha256)));
        QCOMPARE(stored.size(), QSize(64, 48));
        QCOMPARE(countRows(p.db(), QStringLiteral("evidence")), 1);
    }

    void aCaptureThatCannotBeAddedStaysWhereItIsAndTheErrorSaysWhere() {
        EvidenceProfile p;
        QString error;
        const QString path = newCaptureFile(p.evidence->vault(), QStringLiteral("jpg"), &error);
        QImage picture(8, 8, QImage::Format_RGB32);
        picture.fill(Qt::white);
        QVERIFY(picture.save(path, "JPEG"));
        EvidenceRecord draft; // belongs to no case: refused
        draft.intake = EvidenceIntake::Camera;
        const EvidenceService::Added added = keepCapturedFile(p.service(), path, draft);
        QVERIFY(!added.ok());
        QVERIFY(QFileInfo::exists(path));
        QVERIFY2(added.error.contains(QDir::toNativeSeparators(path)), qPrintable(added.error));
        QCOMPARE(countRows(p.db(), QStringLiteral("evidence")), 0);
    }

    void newCaptureFilesNeverCollide() {
        EvidenceProfile p;
        QString error;
        QSet<QString> paths;
        for (int i = 0; i < 5; ++i) {
            const QString path = newCaptureFile(p.evidence->vault(), QStringLiteral("jpg"), &error);
            QVERIFY(path.endsWith(QLatin1String(".jpg")));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            paths.insert(path);
        }
        QCOMPARE(paths.size(), 5);
    }

    void freeSpaceIsCheckedAgainstTheThreshold() {
        EvidenceProfile p;
        const QString vault = p.evidence->vault().directory();
        const FreeSpaceCheck plenty = checkFreeSpace(vault, 1);
        QVERIFY(plenty.available > 0);
        QVERIFY(plenty.enough());
        QVERIFY(plenty.warning().isEmpty());

        const FreeSpaceCheck tooLittle = checkFreeSpace(vault, plenty.available + (qint64(1) << 40));
        QVERIFY(!tooLittle.enough());
        QVERIFY(!tooLittle.warning().isEmpty());

        // A vault folder not made yet is measured on the disk it will be made on.
        const FreeSpaceCheck notYetMade = checkFreeSpace(p.dir.filePath(QStringLiteral("no/such/vault")), 1);
        QVERIFY(notYetMade.available > 0);

        QCOMPARE(requiredFreeBytes(CaptureMode::Video), qint64(1) << 30);
        QCOMPARE(requiredFreeBytes(CaptureMode::Photo), qint64(100) << 20);
        QCOMPARE(requiredFreeBytes(CaptureMode::Audio), qint64(100) << 20);
    }

    void theWarningNamesBothSizes() {
        FreeSpaceCheck check;
        check.available = 512 << 20;
        check.required = qint64(1) << 30;
        QVERIFY2(check.warning().contains(QLatin1String("512")), qPrintable(check.warning()));
        QVERIFY(check.warning().contains(QLatin1String("1.00 GiB")) ||
                check.warning().contains(QLatin1String("1 GiB")));
        check.available = -1;
        QVERIFY(!check.warning().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordingJournal)
#include "TestRecordingJournal.moc"
