#include "EvidenceProfile.h"
#include "GuiTestFixture.h"

#include "CaptureDialog.h"
#include "CapturedFiles.h"
#include "InterruptionDialog.h"

#include "Accounts.h"

#include <QAudioDevice>
#include <QCameraDevice>
#include <QCheckBox>
#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QMediaDevices>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>

using namespace fieldcase;
using namespace fieldcase::ui;

namespace {

const QString CameraName = QStringLiteral("USB Camera: HD Webcam");

// Every file under the vault folder, temporary or not.
QStringList vaultFiles(EvidenceProfile& p) {
    QStringList files;
    QDirIterator it(p.evidence->vault().directory(), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// The photo the camera would have saved, in the folder captures go to.
QString savedPhoto(EvidenceProfile& p) {
    QString error;
    const QString path = evidence::newCaptureFile(p.evidence->vault(), QStringLiteral("jpg"), &error);
    QImage picture(160, 120, QImage::Format_RGB32);
    picture.fill(QColor(40, 90, 160));
    if (path.isEmpty() || !picture.save(path, "JPEG"))
        qFatal("cannot write the photo: %s", qPrintable(error));
    return path;
}

CaptureDialog::CaptureMoment moment() {
    CaptureDialog::CaptureMoment m;
    m.at = QDateTime::currentDateTimeUtc();
    m.position.position = GeoPoint{31.9527, 118.8412};
    m.position.accuracyMeters = 5;
    m.position.source = QStringLiteral("nmea:socket://127.0.0.1:2947");
    m.position.takenAt = m.at;
    m.device = CameraName;
    return m;
}

} // namespace

// The capture dialog: the real "no camera" path of a computer without one (this test machine), and
// everything after the camera has saved a photo, driven with a real image file.
class TestCaptureGui : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<EvidenceProfile> m_profile;
    QUuid m_inspector;

    EvidenceRecord draft() const {
        EvidenceRecord d;
        d.caseId = m_profile->caseId;
        d.capturedBy = m_inspector;
        d.officersPresent = {{m_inspector, QStringLiteral("张伟"), QStringLiteral("32011520001")}};
        return d;
    }

private slots:
    void init() {
        m_profile = std::make_unique<EvidenceProfile>();
        QVERIFY2(m_profile->evidence->canSign(), qPrintable(m_profile->evidence->keyError()));
        const User inspector{Uuid7::create(), QStringLiteral("zhangwei"),    QStringLiteral("张伟"),
                             Role::Inspector, QStringLiteral("32011520001"), {}};
        QVERIFY(
            store::Accounts(m_profile->store()).createUser({}, inspector, QStringLiteral("现场执法2026!")));
        m_inspector = inspector.id;
    }
    void cleanup() { m_profile.reset(); }

    void withoutTheDeviceTheDialogOffersToImportInstead_data() {
        QTest::addColumn<CaptureDialog::Mode>("mode");
        QTest::addColumn<QString>("missing");
        QTest::newRow("photo") << CaptureDialog::Mode::Photo << QStringLiteral("No camera");
        QTest::newRow("video") << CaptureDialog::Mode::Video << QStringLiteral("No camera");
        QTest::newRow("audio") << CaptureDialog::Mode::Audio << QStringLiteral("No microphone");
    }
    void withoutTheDeviceTheDialogOffersToImportInstead() {
        QFETCH(CaptureDialog::Mode, mode);
        QFETCH(QString, missing);
        if (mode == CaptureDialog::Mode::Audio ? !QMediaDevices::audioInputs().isEmpty()
                                               : !QMediaDevices::videoInputs().isEmpty())
            QSKIP("this machine has the device; the path under test is the one without it");
        const int auditEvents = countRows(m_profile->db(), QStringLiteral("audit_log"));

        CaptureDialog dialog(mode, m_profile->service(), draft(), [] { return PositionStamp(); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* pages = child<QStackedWidget>(&dialog, QStringLiteral("capturePages"));
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("unavailablePage"));
        auto* message = child<QLabel>(&dialog, QStringLiteral("unavailableLabel"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(missing), qPrintable(message->text()));
        // No dead preview, nothing to press that cannot work.
        QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("previewWidget")));
        for (const char* name : {"captureButton", "startButton", "stopButton", "descriptionEdit"})
            QVERIFY2(!child<QWidget>(&dialog, QString::fromLatin1(name))->isVisible(), name);

        auto* importInstead = child<QPushButton>(&dialog, QStringLiteral("importInsteadButton"));
        QVERIFY(importInstead->isVisible());
        QTest::mouseClick(importInstead, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(CaptureDialog::ImportInstead));

        QCOMPARE(countRows(m_profile->db(), QStringLiteral("evidence")), 0);
        QCOMPARE(vaultFiles(*m_profile), QStringList());
        QCOMPARE(countRows(m_profile->db(), QStringLiteral("audit_log")), auditEvents);
    }

    void aKeptPhotoBecomesEvidenceWithItsDescription() {
        CaptureDialog dialog(CaptureDialog::Mode::Photo, m_profile->service(), draft(), {});
        QSignalSpy addedSpy(&dialog, &CaptureDialog::evidenceAdded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString photo = savedPhoto(*m_profile);
        const CaptureDialog::CaptureMoment taken = moment();
        dialog.reviewPhoto(photo, taken);

        QCOMPARE(
            child<QStackedWidget>(&dialog, QStringLiteral("capturePages"))->currentWidget()->objectName(),
            QStringLiteral("reviewPage"));
        auto* shown = child<QLabel>(&dialog, QStringLiteral("photoLabel"));
        QVERIFY(shown->isVisible());
        QVERIFY(!shown->pixmap().isNull());
        typeThroughInputMethod(child<QWidget>(&dialog, QStringLiteral("descriptionEdit")),
                               QStringLiteral("2号排污口，暗管出水"));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("keepButton")), Qt::LeftButton);

        QCOMPARE(addedSpy.size(), 1);
        QCOMPARE(dialog.added().size(), 1);
        QVERIFY(!QFileInfo::exists(photo));
        const QList<EvidenceRecord> records = m_profile->service().forCase(m_profile->caseId);
        QCOMPARE(records.size(), 1);
        const EvidenceRecord& record = records.first();
        QCOMPARE(record.description, QStringLiteral("2号排污口，暗管出水"));
        QCOMPARE(record.intake, EvidenceIntake::Camera);
        QCOMPARE(record.kind, EvidenceKind::AudioVisual);
        QCOMPARE(record.sourceDetail, CameraName);
        QCOMPARE(record.capturedBy, m_inspector);
        QCOMPARE(record.capturedAtDevice, taken.at);
        QCOMPARE(record.position.source, taken.position.source);
        QCOMPARE(record.officersPresent.size(), 1);
        QVERIFY(m_profile->service().signatureHolds(record));
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("statusLabel"))->text().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("descriptionEdit"))->text().isEmpty());

        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("closeButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aRetakenPhotoIsNotKept() {
        CaptureDialog dialog(CaptureDialog::Mode::Photo, m_profile->service(), draft(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString photo = savedPhoto(*m_profile);
        dialog.reviewPhoto(photo, moment());
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("retakeButton")), Qt::LeftButton);
        QVERIFY(!QFileInfo::exists(photo));
        QCOMPARE(countRows(m_profile->db(), QStringLiteral("evidence")), 0);
        QVERIFY(
            child<QStackedWidget>(&dialog, QStringLiteral("capturePages"))->currentWidget()->objectName() !=
            QStringLiteral("reviewPage"));

        // Closing with a photo still under review does not keep it either.
        const QString second = savedPhoto(*m_profile);
        dialog.reviewPhoto(second, moment());
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("closeButton")), Qt::LeftButton);
        QVERIFY(!QFileInfo::exists(second));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(countRows(m_profile->db(), QStringLiteral("evidence")), 0);
    }

    void theInterruptionQuestionNeedsAReason() {
        QString error;
        const QString partial =
            evidence::newCaptureFile(m_profile->evidence->vault(), QStringLiteral("mkv"), &error);
        QFile file(partial);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("partial recording") > 0);
        file.close();
        evidence::RecordingMarker marker;
        marker.caseId = m_profile->caseId;
        marker.mode = evidence::CaptureMode::Video;
        marker.startedAt = QDateTime::currentDateTimeUtc().addSecs(-300);
        marker.device = CameraName;
        marker.file = partial;
        marker.error = QStringLiteral("The disk is full.");

        InterruptionDialog question(marker);
        QSignalSpy acceptedSpy(&question, &QDialog::accepted);
        question.open();
        QVERIFY(QTest::qWaitForWindowExposed(&question));
        QVERIFY(child<QLabel>(&question, QStringLiteral("interruptionExplanation"))
                    ->text()
                    .contains(marker.error));
        auto* ok = child<QPushButton>(&question, QStringLiteral("interruptionOkButton"));
        auto* keep = child<QCheckBox>(&question, QStringLiteral("keepPartialCheck"));
        QVERIFY(keep->isVisible());
        QVERIFY(keep->isChecked());
        QVERIFY(!ok->isEnabled());
        auto* reason = child<QPlainTextEdit>(&question, QStringLiteral("interruptionReasonEdit"));
        typeThroughInputMethod(reason, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        typeThroughInputMethod(reason, QStringLiteral("存储卡已满，更换后继续"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(acceptedSpy.size(), 1);
        QCOMPARE(question.reason(), QStringLiteral("存储卡已满，更换后继续"));
        QVERIFY(question.keepPartialRecording());
    }

    void withoutAPartialFileNothingIsOfferedToKeep() {
        evidence::RecordingMarker marker;
        marker.caseId = m_profile->caseId;
        marker.mode = evidence::CaptureMode::Audio;
        marker.startedAt = QDateTime::currentDateTimeUtc();
        marker.device = QStringLiteral("Built-in Audio Analog Stereo");
        InterruptionDialog question(marker);
        QVERIFY(!question.findChild<QCheckBox*>(QStringLiteral("keepPartialCheck")));
        QVERIFY(!question.keepPartialRecording());
    }
};

QTEST_MAIN(TestCaptureGui)
#include "TestCaptureGui.moc"
