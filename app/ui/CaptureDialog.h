#pragma once

#include "CaptureDevices.h"
#include "EvidenceService.h"
#include "FreeSpace.h"
#include "RecordingJournal.h"

#include "Evidence.h"
#include "PositionStamp.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class QVideoWidget;

namespace fieldcase::evidence {
class CaptureSession;
}

namespace fieldcase::ui {

// Takes a photo, records a video or records sound with this computer's camera and microphone, and
// adds it to a case (or inspection) as evidence: signed, hashed into the vault, with the device, the
// position and the moment of capture. Recordings follow the full-process rules: an interrupted one
// must be explained before the next starts (InterruptionDialog). Without a camera (or, for sound,
// a microphone) the dialog says so and offers to import files instead.
class CaptureDialog : public QDialog {
    Q_OBJECT
public:
    using Mode = evidence::CaptureMode;
    // Result codes: Accepted when something was added, Rejected when closed without adding anything,
    // ImportInstead when the user chose to import files (the caller opens the import dialog).
    enum Result { ImportInstead = QDialog::Accepted + 1 };

    // `draft` carries the case or inspection, who captures and the officers present; `currentPosition`
    // gives the position stamp at the moment of a capture (may be empty: no position).
    CaptureDialog(Mode mode, evidence::EvidenceService& service, EvidenceRecord draft,
                  std::function<PositionStamp()> currentPosition, QWidget* parent = nullptr);
    ~CaptureDialog() override;

    Mode mode() const { return m_mode; }
    const QList<EvidenceRecord>& added() const { return m_added; }

    // When, where and with what a capture was made.
    struct CaptureMoment {
        QDateTime at;
        PositionStamp position;
        QString device;
    };
    // After the camera has saved a photo (QImageCapture::imageSaved): shows it with Keep and Retake.
    // Keep adds it with the description typed. Public so that a test drives this step with a real image.
    void reviewPhoto(const QString& path, const CaptureMoment& moment);

    // While recording: stops, adds the recording, then closes.
    void reject() override;

signals:
    void evidenceAdded(const fieldcase::EvidenceRecord& record);

protected:
    void changeEvent(QEvent* event) override;

private:
    bool deviceAvailable() const;
    void refreshDevices();
    void ensureSession();
    void updateState();
    void takePhoto();
    void keepPhoto();
    void retakePhoto();
    void startRecording();
    void beginRecording();
    void onRecordingFinished(const QString& path, const QString& error);
    bool keepCapture(const QString& path, const CaptureMoment& moment);
    CaptureMoment momentNow() const;
    void showStatus(const QString& message, bool error);
    void finishClosing();
    void retranslate();

    Mode m_mode;
    evidence::EvidenceService& m_service;
    EvidenceRecord m_draft;
    std::function<PositionStamp()> m_currentPosition;
    evidence::RecordingJournal m_journal;
    evidence::SystemCaptureDevices m_devices;
    QList<evidence::CaptureDevice> m_cameras;
    QList<evidence::CaptureDevice> m_microphones;
    evidence::CaptureSession* m_session = nullptr;
    QList<EvidenceRecord> m_added;

    QString m_reviewedPhoto; // the photo shown for Keep or Retake
    CaptureMoment m_photoMoment;
    CaptureMoment m_recordingMoment;
    qint64 m_recordedMs = 0;
    evidence::FreeSpaceCheck m_space;
    bool m_closeWhenStopped = false;

    QStackedWidget* m_pages = nullptr;
    QWidget* m_unavailablePage = nullptr;
    QWidget* m_livePage = nullptr;
    QWidget* m_reviewPage = nullptr;
    QLabel* m_unavailableLabel = nullptr;
    QPushButton* m_importInsteadButton = nullptr;
    QVBoxLayout* m_previewLayout = nullptr;
    QVideoWidget* m_preview = nullptr;
    QLabel* m_soundOnlyLabel = nullptr;
    QLabel* m_cameraLabel = nullptr;
    QComboBox* m_cameraCombo = nullptr;
    QLabel* m_microphoneLabel = nullptr;
    QComboBox* m_microphoneCombo = nullptr;
    QLabel* m_readinessLabel = nullptr;
    QPushButton* m_captureButton = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QLabel* m_elapsedLabel = nullptr;
    QLabel* m_photoLabel = nullptr;
    QPushButton* m_keepButton = nullptr;
    QPushButton* m_retakeButton = nullptr;
    QWidget* m_descriptionRow = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLineEdit* m_descriptionEdit = nullptr;
    QLabel* m_spaceWarningLabel = nullptr;
    QCheckBox* m_recordAnywayCheck = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace fieldcase::ui
