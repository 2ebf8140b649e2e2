#include "CaptureSession.h"

#include <QAudioDevice>
#include <QAudioInput>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QMimeType>
#include <QUrl>

namespace fieldcase::evidence {

using namespace Qt::StringLiterals;

namespace {

QCameraDevice cameraDevice(const QByteArray& id) {
    for (const QCameraDevice& camera : QMediaDevices::videoInputs()) {
        if (camera.id() == id)
            return camera;
    }
    return {};
}

QAudioDevice audioDevice(const QByteArray& id) {
    for (const QAudioDevice& microphone : QMediaDevices::audioInputs()) {
        if (microphone.id() == id)
            return microphone;
    }
    return {};
}

// Matroska when the backend can write it: a Matroska file cut off by a crash or a pulled cable plays
// up to where it stopped, while an MP4 without its closing index does not play at all. Otherwise
// whatever the backend writes by default.
QMediaFormat recordingFormat(CaptureMode mode) {
    QMediaFormat format;
    const QList<QMediaFormat::FileFormat> writable = format.supportedFileFormats(QMediaFormat::Encode);
    if (writable.contains(QMediaFormat::Matroska))
        format.setFileFormat(QMediaFormat::Matroska);
    format.resolveForEncoding(mode == CaptureMode::Video ? QMediaFormat::RequiresVideo
                                                         : QMediaFormat::NoFlags);
    return format;
}

// Qt's own text goes after ours: it is English, but it is what a technician needs.
QString withDetail(const QString& message, const QString& detail) {
    return detail.isEmpty() ? message : message + u" ("_s + detail + u')';
}

} // namespace

CaptureSession::CaptureSession(CaptureMode mode, QObject* parent)
    : QObject(parent)
    , m_mode(mode)
    , m_session(std::make_unique<QMediaCaptureSession>()) {
    if (mode == CaptureMode::Photo) {
        m_imageCapture = std::make_unique<QImageCapture>();
        m_imageCapture->setFileFormat(QImageCapture::JPEG);
        m_imageCapture->setQuality(QImageCapture::VeryHighQuality);
        m_session->setImageCapture(m_imageCapture.get());
        connect(m_imageCapture.get(), &QImageCapture::readyForCaptureChanged, this,
                &CaptureSession::readinessChanged);
        connect(m_imageCapture.get(), &QImageCapture::imageSaved, this,
                [this](int, const QString& path) { emit photoSaved(path); });
        connect(m_imageCapture.get(), &QImageCapture::errorOccurred, this, &CaptureSession::onImageError);
    } else {
        m_recorder = std::make_unique<QMediaRecorder>();
        m_recorder->setMediaFormat(recordingFormat(mode));
        m_recorder->setQuality(QMediaRecorder::HighQuality);
        m_session->setRecorder(m_recorder.get());
        connect(m_recorder.get(), &QMediaRecorder::durationChanged, this, &CaptureSession::durationChanged);
        connect(m_recorder.get(), &QMediaRecorder::errorOccurred, this, &CaptureSession::onRecorderError);
        connect(m_recorder.get(), &QMediaRecorder::recorderStateChanged, this,
                &CaptureSession::onRecorderState);
        connect(m_recorder.get(), &QMediaRecorder::actualLocationChanged, this, [this](const QUrl& location) {
            if (m_recording && location.isLocalFile() && location.toLocalFile() != m_recordingPath) {
                m_recordingPath = location.toLocalFile();
                emit recordingLocationChanged(m_recordingPath);
            }
        });
    }
}

CaptureSession::~CaptureSession() {
    // Nothing is reported from here on; a recording cut off by closing is closed as well as the
    // backend can, and its marker stays in the journal for the next recording to explain.
    if (m_recorder) {
        disconnect(m_recorder.get(), nullptr, this, nullptr);
        if (m_recording)
            m_recorder->stop();
    }
    if (m_camera)
        disconnect(m_camera.get(), nullptr, this, nullptr);
}

void CaptureSession::setCamera(const CaptureDevice& camera) {
    // The same camera again (the device list changed elsewhere) keeps running; after an error,
    // choosing it again retries.
    const bool unchanged =
        camera.id == m_cameraDevice.id && m_cameraError.isEmpty() && (m_camera || camera.id.isEmpty());
    if (m_recording || m_mode == CaptureMode::Audio || unchanged)
        return;
    m_cameraDevice = camera;
    m_cameraError.clear();
    m_session->setCamera(nullptr);
    m_camera.reset();
    if (!camera.id.isEmpty()) {
        // Made only for a device that exists: a QCamera without one fails in the backend, noisily.
        m_camera = std::make_unique<QCamera>(cameraDevice(camera.id));
        connect(m_camera.get(), &QCamera::activeChanged, this, &CaptureSession::readinessChanged);
        connect(m_camera.get(), &QCamera::errorOccurred, this, &CaptureSession::onCameraError);
        m_session->setCamera(m_camera.get());
        m_camera->start();
    }
    emit readinessChanged();
}

void CaptureSession::setMicrophone(const CaptureDevice& microphone) {
    const bool unchanged =
        microphone.id == m_microphoneDevice.id && (m_audioInput || microphone.id.isEmpty());
    if (m_recording || m_mode == CaptureMode::Photo || unchanged)
        return;
    m_microphoneDevice = microphone;
    m_session->setAudioInput(nullptr);
    m_audioInput.reset();
    if (!microphone.id.isEmpty()) {
        m_audioInput = std::make_unique<QAudioInput>(audioDevice(microphone.id));
        m_session->setAudioInput(m_audioInput.get());
    }
    emit readinessChanged();
}

void CaptureSession::setVideoOutput(QObject* output) {
    m_session->setVideoOutput(output);
}

QString CaptureSession::notReadyReason() const {
    if (m_mode == CaptureMode::Audio) {
        if (m_microphoneDevice.id.isEmpty())
            return tr("No microphone is connected.");
    } else {
        if (m_cameraDevice.id.isEmpty())
            return tr("No camera is connected.");
        if (!m_cameraError.isEmpty())
            return m_cameraError;
        if (!m_camera || !m_camera->isActive())
            return tr("The camera is starting.");
    }
    if (m_mode == CaptureMode::Photo) {
        if (!m_imageCapture->isAvailable())
            return tr("This computer cannot take photos with this camera.");
        if (!m_imageCapture->isReadyForCapture())
            return tr("The camera is not ready yet.");
    } else if (!m_recorder->isAvailable()) {
        return tr("This computer cannot record: the media system has no recorder. Install the GStreamer "
                  "plugins (good and bad).");
    }
    return {};
}

QString CaptureSession::recordingSuffix() const {
    if (!m_recorder)
        return {};
    const QMediaFormat format = m_recorder->mediaFormat();
    if (format.fileFormat() == QMediaFormat::Matroska)
        return m_mode == CaptureMode::Audio ? u"mka"_s : u"mkv"_s;
    const QStringList suffixes = format.mimeType().suffixes();
    return suffixes.isEmpty() ? (m_mode == CaptureMode::Audio ? u"m4a"_s : u"mp4"_s) : suffixes.first();
}

bool CaptureSession::takePhoto(const QString& path) {
    if (m_mode != CaptureMode::Photo || !notReadyReason().isEmpty())
        return false;
    return m_imageCapture->captureToFile(path) >= 0;
}

bool CaptureSession::startRecording(const QString& path) {
    if (m_mode == CaptureMode::Photo || m_recording || !notReadyReason().isEmpty())
        return false;
    m_recordingPath = path;
    m_recordingError.clear();
    m_recording = true;
    m_recorder->setOutputLocation(QUrl::fromLocalFile(path));
    m_recorder->record();
    return true;
}

void CaptureSession::stopRecording() {
    if (m_recording)
        m_recorder->stop();
}

void CaptureSession::onCameraError(QCamera::Error error, const QString& detail) {
    if (error == QCamera::NoError)
        return;
    m_cameraError = withDetail(tr("The camera %1 stopped working.").arg(m_cameraDevice.description), detail);
    emit readinessChanged();
    // A camera lost in the middle of a recording ends the recording; the recorder may not notice.
    if (m_recording) {
        m_recordingError = m_cameraError;
        m_recorder->stop();
    } else {
        emit failed(m_cameraError);
    }
}

void CaptureSession::onImageError(int, QImageCapture::Error error, const QString& detail) {
    QString message;
    switch (error) {
    case QImageCapture::NoError:
        return;
    case QImageCapture::NotReadyError:
        message = tr("The camera was not ready; the photo was not taken.");
        break;
    case QImageCapture::OutOfSpaceError:
        message = tr("The disk is full; the photo was not saved.");
        break;
    case QImageCapture::ResourceError:
        message = tr("The camera could not take the photo.");
        break;
    case QImageCapture::NotSupportedFeatureError:
    case QImageCapture::FormatError:
        message = tr("The camera cannot save photos in this format.");
        break;
    }
    emit failed(withDetail(message, detail));
}

void CaptureSession::onRecorderError(QMediaRecorder::Error error, const QString& detail) {
    QString message;
    switch (error) {
    case QMediaRecorder::NoError:
        return;
    case QMediaRecorder::ResourceError:
        message = m_mode == CaptureMode::Audio ? tr("The microphone stopped working.")
                                               : tr("The camera or the microphone stopped working.");
        break;
    case QMediaRecorder::FormatError:
        message = tr("This computer cannot record in the chosen format.");
        break;
    case QMediaRecorder::OutOfSpaceError:
        message = tr("The disk is full.");
        break;
    case QMediaRecorder::LocationNotWritable:
        message = tr("The recording cannot be written to %1.").arg(m_recordingPath);
        break;
    }
    message = withDetail(message, detail);
    if (!m_recording) {
        emit failed(message);
        return;
    }
    if (m_recordingError.isEmpty())
        m_recordingError = message;
    // The recorder usually stops by itself after an error; when it already has, this is the end.
    if (m_recorder->recorderState() == QMediaRecorder::StoppedState)
        finishRecording();
}

void CaptureSession::onRecorderState(QMediaRecorder::RecorderState state) {
    if (state == QMediaRecorder::StoppedState && m_recording)
        finishRecording();
}

void CaptureSession::finishRecording() {
    m_recording = false;
    emit recordingFinished(m_recordingPath, m_recordingError);
    emit readinessChanged();
}

} // namespace fieldcase::evidence
