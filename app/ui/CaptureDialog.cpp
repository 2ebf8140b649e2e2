#include "CaptureDialog.h"

#include "InterruptionDialog.h"

#include "CaptureSession.h"
#include "CapturedFiles.h"
#include "FreeSpace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTime>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace fieldcase::ui {

namespace {

QPushButton* makeButton(const char* name, QWidget* parent) {
    auto* button = new QPushButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    return button;
}

QLabel* makeLabel(const char* name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    return label;
}

void fillCombo(QComboBox* combo, const QList<evidence::CaptureDevice>& devices) {
    const QByteArray chosen = combo->currentData().toByteArray();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const evidence::CaptureDevice& device : devices)
        combo->addItem(device.description, device.id);
    const int kept = chosen.isEmpty() ? -1 : combo->findData(chosen);
    int preferred = 0;
    for (int i = 0; i < devices.size(); ++i) {
        if (devices[i].isDefault)
            preferred = i;
    }
    combo->setCurrentIndex(kept >= 0 ? kept : (devices.isEmpty() ? -1 : preferred));
    combo->setEnabled(!devices.isEmpty());
}

evidence::CaptureDevice deviceAt(const QList<evidence::CaptureDevice>& devices, int index) {
    return index >= 0 && index < devices.size() ? devices[index] : evidence::CaptureDevice();
}

} // namespace

CaptureDialog::CaptureDialog(Mode mode, evidence::EvidenceService& service, EvidenceRecord draft,
                             std::function<PositionStamp()> currentPosition, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_service(service)
    , m_draft(std::move(draft))
    , m_currentPosition(std::move(currentPosition))
    , m_journal(service.store()) {
    setObjectName(QStringLiteral("CaptureDialog"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("capturePages"));
    layout->addWidget(m_pages, 1);

    // Without the device: a plain message and the way out.
    m_unavailablePage = new QWidget(m_pages);
    m_unavailablePage->setObjectName(QStringLiteral("unavailablePage"));
    auto* unavailableLayout = new QVBoxLayout(m_unavailablePage);
    m_unavailableLabel = makeLabel("unavailableLabel", m_unavailablePage);
    m_importInsteadButton = makeButton("importInsteadButton", m_unavailablePage);
    unavailableLayout->addStretch();
    unavailableLayout->addWidget(m_unavailableLabel);
    unavailableLayout->addWidget(m_importInsteadButton, 0, Qt::AlignLeft);
    unavailableLayout->addStretch();
    m_pages->addWidget(m_unavailablePage);

    // Live: the preview (made with the session, only when there is a camera), devices, controls.
    m_livePage = new QWidget(m_pages);
    m_livePage->setObjectName(QStringLiteral("livePage"));
    auto* liveLayout = new QVBoxLayout(m_livePage);
    m_previewLayout = new QVBoxLayout;
    liveLayout->addLayout(m_previewLayout, 1);
    m_soundOnlyLabel = makeLabel("soundOnlyLabel", m_livePage);
    m_soundOnlyLabel->setAlignment(Qt::AlignCenter);
    m_soundOnlyLabel->setVisible(mode == Mode::Audio);
    liveLayout->addWidget(m_soundOnlyLabel, 1);
    auto* deviceForm = new QFormLayout;
    m_cameraLabel = makeLabel("cameraLabel", m_livePage);
    m_cameraCombo = new QComboBox(m_livePage);
    m_cameraCombo->setObjectName(QStringLiteral("cameraCombo"));
    m_cameraLabel->setBuddy(m_cameraCombo);
    m_microphoneLabel = makeLabel("microphoneLabel", m_livePage);
    m_microphoneCombo = new QComboBox(m_livePage);
    m_microphoneCombo->setObjectName(QStringLiteral("microphoneCombo"));
    m_microphoneLabel->setBuddy(m_microphoneCombo);
    // Only the devices the mode uses; the others stay hidden.
    m_cameraLabel->setVisible(mode != Mode::Audio);
    m_cameraCombo->setVisible(mode != Mode::Audio);
    m_microphoneLabel->setVisible(mode != Mode::Photo);
    m_microphoneCombo->setVisible(mode != Mode::Photo);
    deviceForm->addRow(m_cameraLabel, m_cameraCombo);
    deviceForm->addRow(m_microphoneLabel, m_microphoneCombo);
    liveLayout->addLayout(deviceForm);
    m_readinessLabel = makeLabel("readinessLabel", m_livePage);
    liveLayout->addWidget(m_readinessLabel);
    auto* controls = new QHBoxLayout;
    m_captureButton = makeButton("captureButton", m_livePage);
    m_startButton = makeButton("startButton", m_livePage);
    m_stopButton = makeButton("stopButton", m_livePage);
    m_elapsedLabel = makeLabel("elapsedLabel", m_livePage);
    m_elapsedLabel->setWordWrap(false);
    controls->addWidget(m_captureButton);
    controls->addWidget(m_startButton);
    controls->addWidget(m_stopButton);
    controls->addWidget(m_elapsedLabel, 1);
    m_captureButton->setVisible(mode == Mode::Photo);
    m_startButton->setVisible(mode != Mode::Photo);
    m_stopButton->setVisible(mode != Mode::Photo);
    m_elapsedLabel->setVisible(mode != Mode::Photo);
    liveLayout->addLayout(controls);
    m_pages->addWidget(m_livePage);

    // The photo just taken, to keep or take again.
    m_reviewPage = new QWidget(m_pages);
    m_reviewPage->setObjectName(QStringLiteral("reviewPage"));
    auto* reviewLayout = new QVBoxLayout(m_reviewPage);
    m_photoLabel = makeLabel("photoLabel", m_reviewPage);
    m_photoLabel->setAlignment(Qt::AlignCenter);
    m_photoLabel->setMinimumSize(320, 240);
    reviewLayout->addWidget(m_photoLabel, 1);
    auto* reviewButtons = new QHBoxLayout;
    m_retakeButton = makeButton("retakeButton", m_reviewPage);
    m_keepButton = makeButton("keepButton", m_reviewPage);
    m_keepButton->setDefault(true);
    reviewButtons->addStretch();
    reviewButtons->addWidget(m_retakeButton);
    reviewButtons->addWidget(m_keepButton);
    reviewLayout->addLayout(reviewButtons);
    m_pages->addWidget(m_reviewPage);

    m_descriptionRow = new QWidget(this);
    auto* descriptionLayout = new QHBoxLayout(m_descriptionRow);
    descriptionLayout->setContentsMargins(0, 0, 0, 0);
    m_descriptionLabel = makeLabel("descriptionLabel", m_descriptionRow);
    m_descriptionLabel->setWordWrap(false);
    m_descriptionEdit = new QLineEdit(m_descriptionRow);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionLabel->setBuddy(m_descriptionEdit);
    descriptionLayout->addWidget(m_descriptionLabel);
    descriptionLayout->addWidget(m_descriptionEdit, 1);
    layout->addWidget(m_descriptionRow);

    m_spaceWarningLabel = makeLabel("spaceWarningLabel", this);
    m_spaceWarningLabel->setStyleSheet(QStringLiteral("color: #b35900;"));
    layout->addWidget(m_spaceWarningLabel);
    m_recordAnywayCheck = new QCheckBox(this);
    m_recordAnywayCheck->setObjectName(QStringLiteral("recordAnywayCheck"));
    layout->addWidget(m_recordAnywayCheck);
    m_statusLabel = makeLabel("statusLabel", this);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);
    auto* closeRow = new QHBoxLayout;
    m_closeButton = makeButton("closeButton", this);
    closeRow->addStretch();
    closeRow->addWidget(m_closeButton);
    layout->addLayout(closeRow);

    connect(m_importInsteadButton, &QPushButton::clicked, this, [this] { done(ImportInstead); });
    connect(m_closeButton, &QPushButton::clicked, this, &CaptureDialog::reject);
    connect(m_captureButton, &QPushButton::clicked, this, &CaptureDialog::takePhoto);
    connect(m_keepButton, &QPushButton::clicked, this, &CaptureDialog::keepPhoto);
    connect(m_retakeButton, &QPushButton::clicked, this, &CaptureDialog::retakePhoto);
    connect(m_startButton, &QPushButton::clicked, this, &CaptureDialog::startRecording);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->stopRecording();
    });
    connect(m_recordAnywayCheck, &QCheckBox::toggled, this, &CaptureDialog::updateState);
    connect(m_cameraCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_session)
            m_session->setCamera(deviceAt(m_cameras, index));
    });
    connect(m_microphoneCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_session)
            m_session->setMicrophone(deviceAt(m_microphones, index));
    });
    connect(&m_devices, &evidence::CaptureDevices::changed, this, &CaptureDialog::refreshDevices);

    m_space = evidence::checkFreeSpace(m_service.vault().directory(), evidence::requiredFreeBytes(m_mode));
    retranslate();
    refreshDevices();
}

CaptureDialog::~CaptureDialog() = default;

bool CaptureDialog::deviceAvailable() const {
    return m_mode == Mode::Audio ? !m_microphones.isEmpty() : !m_cameras.isEmpty();
}

void CaptureDialog::refreshDevices() {
    m_cameras = m_devices.cameras();
    m_microphones = m_devices.microphones();
    const bool recording = m_session && m_session->isRecording();
    if (!recording) {
        fillCombo(m_cameraCombo, m_cameras);
        fillCombo(m_microphoneCombo, m_microphones);
        if (deviceAvailable()) {
            ensureSession();
            if (m_mode != Mode::Audio)
                m_session->setCamera(deviceAt(m_cameras, m_cameraCombo->currentIndex()));
            if (m_mode != Mode::Photo)
                m_session->setMicrophone(deviceAt(m_microphones, m_microphoneCombo->currentIndex()));
        } else if (m_session) {
            // The device went away: no session, and no preview left showing a dead picture.
            delete m_preview;
            m_preview = nullptr;
            delete m_session;
            m_session = nullptr;
        }
    }
    updateState();
}

void CaptureDialog::ensureSession() {
    if (m_session)
        return;
    m_session = new evidence::CaptureSession(m_mode, this);
    if (m_mode != Mode::Audio) {
        m_preview = new QVideoWidget(m_livePage);
        m_preview->setObjectName(QStringLiteral("previewWidget"));
        m_preview->setMinimumSize(320, 240);
        m_previewLayout->addWidget(m_preview);
        m_session->setVideoOutput(m_preview);
    }
    connect(m_session, &evidence::CaptureSession::readinessChanged, this, &CaptureDialog::updateState);
    connect(m_session, &evidence::CaptureSession::failed, this,
            [this](const QString& error) { showStatus(error, true); });
    connect(m_session, &evidence::CaptureSession::photoSaved, this,
            [this](const QString& path) { reviewPhoto(path, m_photoMoment); });
    connect(m_session, &evidence::CaptureSession::durationChanged, this, [this](qint64 milliseconds) {
        m_recordedMs = milliseconds;
        updateState();
    });
    connect(m_session, &evidence::CaptureSession::recordingLocationChanged, this,
            [this](const QString& path) { m_journal.fileChanged(path); });
    connect(m_session, &evidence::CaptureSession::recordingFinished, this,
            &CaptureDialog::onRecordingFinished);
}

void CaptureDialog::updateState() {
    const bool recording = m_session && m_session->isRecording();
    const bool reviewing = !m_reviewedPhoto.isEmpty();
    QWidget* page =
        reviewing ? m_reviewPage : (deviceAvailable() || recording ? m_livePage : m_unavailablePage);
    m_pages->setCurrentWidget(page);
    const bool unavailable = page == m_unavailablePage;
    m_descriptionRow->setVisible(!unavailable);

    const QString notReady = m_session ? m_session->notReadyReason() : QString();
    const bool spaceAllows = m_space.enough() || m_mode == Mode::Photo || m_recordAnywayCheck->isChecked();
    m_captureButton->setEnabled(m_session && notReady.isEmpty());
    m_startButton->setEnabled(m_session && notReady.isEmpty() && !recording && spaceAllows);
    m_stopButton->setEnabled(recording);
    m_cameraCombo->setEnabled(!recording && m_cameras.size() > 1);
    m_microphoneCombo->setEnabled(!recording && m_microphones.size() > 1);
    m_closeButton->setText(recording ? tr("Stop and close") : tr("Close"));

    QString readiness = notReady;
    if (readiness.isEmpty() && m_mode == Mode::Video && m_microphones.isEmpty())
        readiness = tr("No microphone is connected: the video will have no sound.");
    m_readinessLabel->setText(readiness);
    m_readinessLabel->setVisible(!readiness.isEmpty() && !recording);
    m_elapsedLabel->setText(
        recording ? tr("Recording %1")
                        .arg(QTime(0, 0).addMSecs(int(m_recordedMs)).toString(QStringLiteral("HH:mm:ss")))
                  : QString());

    m_spaceWarningLabel->setText(m_space.warning());
    m_spaceWarningLabel->setVisible(!unavailable && !m_space.enough());
    m_recordAnywayCheck->setVisible(!unavailable && !m_space.enough() && m_mode != Mode::Photo && !recording);
}

CaptureDialog::CaptureMoment CaptureDialog::momentNow() const {
    CaptureMoment moment;
    moment.at = QDateTime::currentDateTimeUtc();
    if (m_currentPosition)
        moment.position = m_currentPosition();
    if (m_session)
        moment.device =
            m_mode == Mode::Audio ? m_session->microphone().description : m_session->camera().description;
    return moment;
}

void CaptureDialog::takePhoto() {
    if (!m_session)
        return;
    if (const QString notReady = m_session->notReadyReason(); !notReady.isEmpty()) {
        showStatus(notReady, true);
        return;
    }
    QString error;
    const QString path = evidence::newCaptureFile(m_service.vault(), QStringLiteral("jpg"), &error);
    if (path.isEmpty()) {
        showStatus(error, true);
        return;
    }
    m_photoMoment = momentNow();
    if (!m_session->takePhoto(path))
        showStatus(tr("The photo was not taken: %1").arg(m_session->notReadyReason()), true);
}

void CaptureDialog::reviewPhoto(const QString& path, const CaptureMoment& moment) {
    m_reviewedPhoto = path;
    m_photoMoment = moment;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_photoLabel->setPixmap({});
        m_photoLabel->setText(tr("The photo cannot be shown: %1").arg(reader.errorString()));
    } else {
        m_photoLabel->setPixmap(QPixmap::fromImage(image.scaled(
            m_pages->size().boundedTo(QSize(1280, 960)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_statusLabel->clear();
    updateState();
    m_keepButton->setFocus();
}

void CaptureDialog::keepPhoto() {
    if (m_reviewedPhoto.isEmpty())
        return;
    if (keepCapture(m_reviewedPhoto, m_photoMoment)) {
        m_reviewedPhoto.clear();
        updateState();
    }
}

void CaptureDialog::retakePhoto() {
    // Not evidence yet: a photo the officer did not keep is not kept.
    QFile::remove(m_reviewedPhoto);
    m_reviewedPhoto.clear();
    m_statusLabel->clear();
    updateState();
}

void CaptureDialog::startRecording() {
    if (!m_session || m_session->isRecording())
        return;
    if (const QString notReady = m_session->notReadyReason(); !notReady.isEmpty()) {
        showStatus(notReady, true);
        return;
    }
    m_space = evidence::checkFreeSpace(m_service.vault().directory(), evidence::requiredFreeBytes(m_mode));
    if (!m_space.enough() && !m_recordAnywayCheck->isChecked()) {
        updateState();
        showStatus(m_space.warning(), true);
        return;
    }
    const std::optional<evidence::RecordingMarker> interrupted = m_journal.unexplained();
    if (!interrupted) {
        beginRecording();
        return;
    }
    auto* question = new InterruptionDialog(*interrupted, this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QDialog::accepted, this, [this, question] {
        const evidence::RecordingJournal::Explained explained = m_journal.explain(
            m_draft.capturedBy, question->reason(), question->keepPartialRecording() ? &m_service : nullptr);
        if (!explained.result) {
            showStatus(explained.result.message(), true);
            return;
        }
        if (explained.keptAsEvidence()) {
            m_added.append(explained.kept);
            emit evidenceAdded(explained.kept);
        }
        beginRecording();
        // After beginRecording(), whose own messages would hide this one.
        if (!explained.keepError.isEmpty())
            showStatus(explained.keepError, true);
        else if (!explained.partialFile.isEmpty())
            showStatus(tr("The interrupted recording was left at %1.")
                           .arg(QDir::toNativeSeparators(explained.partialFile)),
                       false);
    });
    question->open();
}

void CaptureDialog::beginRecording() {
    QString error;
    const QString path = evidence::newCaptureFile(m_service.vault(), m_session->recordingSuffix(), &error);
    if (path.isEmpty()) {
        showStatus(error, true);
        return;
    }
    m_recordingMoment = momentNow();
    evidence::RecordingMarker marker;
    marker.caseId = m_draft.caseId;
    marker.inspectionId = m_draft.inspectionId;
    marker.userId = m_draft.capturedBy;
    marker.mode = m_mode;
    marker.startedAt = m_recordingMoment.at;
    marker.device = m_recordingMoment.device;
    marker.file = path;
    // No marker, no recording: an interruption nobody could later explain is what the rules forbid.
    if (const store::StoreResult started = m_journal.started(marker); !started) {
        showStatus(tr("The recording did not start: %1").arg(started.message()), true);
        return;
    }
    m_recordedMs = 0;
    if (!m_session->startRecording(path)) {
        m_journal.stoppedCleanly();
        showStatus(tr("The recording did not start: %1").arg(m_session->notReadyReason()), true);
        return;
    }
    m_statusLabel->clear();
    updateState();
}

void CaptureDialog::onRecordingFinished(const QString& path, const QString& error) {
    bool kept = false;
    if (error.isEmpty()) {
        kept = keepCapture(path, m_recordingMoment);
        m_journal.stoppedCleanly();
    } else if (QFileInfo(path).size() > 0) {
        // Cut off: the marker stays, and the next recording asks why and offers this part as evidence.
        m_journal.stoppedByError(error);
        showStatus(tr("The recording stopped: %1 What was recorded is kept at %2. The next recording asks "
                      "why it was interrupted and can add it to the case.")
                       .arg(error, QDir::toNativeSeparators(path)),
                   true);
    } else {
        m_journal.stoppedCleanly();
        QFile::remove(path);
        showStatus(tr("The recording did not start: %1").arg(error), true);
    }
    updateState();
    // A close asked for while recording waits for the recording to be safe; on trouble the dialog stays
    // open so that the message is read.
    const bool close = m_closeWhenStopped && kept;
    m_closeWhenStopped = false;
    if (close)
        finishClosing();
}

bool CaptureDialog::keepCapture(const QString& path, const CaptureMoment& moment) {
    EvidenceRecord draft = m_draft;
    draft.intake = m_mode == Mode::Audio ? EvidenceIntake::Microphone : EvidenceIntake::Camera;
    draft.sourceDetail = moment.device;
    draft.position = moment.position;
    draft.capturedAtDevice = moment.at;
    draft.description = m_descriptionEdit->text().trimmed();
    const evidence::EvidenceService::Added added = evidence::keepCapturedFile(m_service, path, draft);
    if (added.duplicate) {
        showStatus(tr("The same file is already evidence of this case; it was not added again."), false);
        return true;
    }
    if (!added.ok()) {
        showStatus(added.error, true);
        return false;
    }
    m_added.append(added.record);
    m_descriptionEdit->clear();
    showStatus(tr("Added to the case as evidence."), false);
    emit evidenceAdded(added.record);
    return true;
}

void CaptureDialog::showStatus(const QString& message, bool error) {
    m_statusLabel->setStyleSheet(error ? QStringLiteral("color: #c00000;") : QString());
    m_statusLabel->setText(message);
}

void CaptureDialog::reject() {
    if (m_session && m_session->isRecording()) {
        m_closeWhenStopped = true;
        showStatus(tr("Stopping the recording…"), false);
        m_session->stopRecording();
        return;
    }
    finishClosing();
}

void CaptureDialog::finishClosing() {
    if (!m_reviewedPhoto.isEmpty())
        retakePhoto();
    done(m_added.isEmpty() ? QDialog::Rejected : QDialog::Accepted);
}

void CaptureDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CaptureDialog::retranslate() {
    switch (m_mode) {
    case Mode::Photo:
        setWindowTitle(tr("Take a photo"));
        m_unavailableLabel->setText(
            tr("No camera is connected to this computer, so no photo can be taken here. Connect a camera, or "
               "import the photos from a camera or body camera instead."));
        break;
    case Mode::Video:
        setWindowTitle(tr("Record video"));
        m_unavailableLabel->setText(
            tr("No camera is connected to this computer, so no video can be recorded here. Connect a camera, "
               "or import the videos from a camera or body camera instead."));
        break;
    case Mode::Audio:
        setWindowTitle(tr("Record sound"));
        m_unavailableLabel->setText(
            tr("No microphone is connected to this computer, so no sound can be recorded here. Connect a "
               "microphone, or import the recordings from a recorder or body camera instead."));
        break;
    }
    m_importInsteadButton->setText(tr("Import files instead"));
    m_soundOnlyLabel->setText(tr("Sound only: no picture is recorded."));
    m_cameraLabel->setText(tr("C&amera:"));
    m_microphoneLabel->setText(tr("&Microphone:"));
    m_captureButton->setText(tr("&Take photo"));
    m_startButton->setText(tr("&Start recording"));
    m_stopButton->setText(tr("S&top recording"));
    m_retakeButton->setText(tr("&Retake"));
    m_keepButton->setText(tr("&Keep"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_descriptionEdit->setPlaceholderText(tr("What the evidence shows, where it was taken"));
    m_recordAnywayCheck->setText(tr("Record anyway: the recording may stop when the disk is full"));
    updateState();
}

} // namespace fieldcase::ui
