#pragma once

#include "CaptureDevices.h"

#include <QCamera>
#include <QImageCapture>
#include <QMediaRecorder>
#include <QObject>

#include <memory>

class QAudioInput;
class QMediaCaptureSession;

namespace fieldcase::evidence {

// One capture from the system's camera and microphone (Qt Multimedia): a photo to a file, or a video
// (with sound when a microphone is chosen) or an audio recording to a file. It writes files only;
// making them evidence is the caller's next step (keepCapturedFile).
//
// Qt 6.4 reports little by itself: QImageCapture::capture() hands out an id and no error when there is
// no camera at all, so readiness is worked out here from the devices, the camera's state and the
// image capture's, and every refusal has a reason the user can read.
class CaptureSession : public QObject {
    Q_OBJECT
public:
    explicit CaptureSession(CaptureMode mode, QObject* parent = nullptr);
    ~CaptureSession() override;

    CaptureMode mode() const { return m_mode; }

    // Chooses the camera (photo, video) and starts it, or the microphone (video, audio). An empty
    // device means none. Ignored while recording: switching would cut the recording.
    void setCamera(const CaptureDevice& camera);
    void setMicrophone(const CaptureDevice& microphone);
    CaptureDevice camera() const { return m_cameraDevice; }
    CaptureDevice microphone() const { return m_microphoneDevice; }

    // Where the live picture goes: a QVideoWidget or a QVideoSink (passed as QObject, so this layer
    // needs no widgets).
    void setVideoOutput(QObject* output);

    // Empty when a capture can start now; otherwise why not, translated.
    QString notReadyReason() const;
    bool isRecording() const { return m_recording; }
    // The file suffix recordings of this mode get (the container chosen for them).
    QString recordingSuffix() const;

    // Writes a photo to `path` (JPEG). The answer comes as photoSaved() or failed(). False, with
    // failed() not emitted, when the camera is not ready: the reason is notReadyReason().
    bool takePhoto(const QString& path);
    // Starts recording to `path`. The end comes as recordingFinished().
    bool startRecording(const QString& path);
    void stopRecording();

signals:
    // The camera started or stopped, a device came or went, the camera became ready or busy.
    void readinessChanged();
    void photoSaved(const QString& path);
    // A photo could not be taken, or the camera failed (translated).
    void failed(const QString& error);
    void durationChanged(qint64 milliseconds);
    // The recorder now writes to `path` (the backend may have changed the suffix).
    void recordingLocationChanged(const QString& path);
    // The recording ended and its file is closed. `error` is empty for a stop the user asked for;
    // otherwise why the recording stopped (the camera lost, the disk full), translated.
    void recordingFinished(const QString& path, const QString& error);

private:
    void onCameraError(QCamera::Error error, const QString& detail);
    void onImageError(int id, QImageCapture::Error error, const QString& detail);
    void onRecorderError(QMediaRecorder::Error error, const QString& detail);
    void onRecorderState(QMediaRecorder::RecorderState state);
    void finishRecording();

    CaptureMode m_mode;
    CaptureDevice m_cameraDevice;
    CaptureDevice m_microphoneDevice;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QAudioInput> m_audioInput;
    std::unique_ptr<QImageCapture> m_imageCapture;
    std::unique_ptr<QMediaRecorder> m_recorder;
    QString m_cameraError;
    bool m_recording = false;
    QString m_recordingPath;
    QString m_recordingError;
};

} // namespace fieldcase::evidence
