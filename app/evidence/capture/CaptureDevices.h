#pragma once

#include <QByteArray>
#include <QList>
#include <QMediaDevices>
#include <QObject>
#include <QString>

namespace fieldcase::evidence {

// What is captured: a still picture, video with sound, or sound alone.
enum class CaptureMode : quint8 { Photo, Video, Audio };

// One camera or microphone as the system names it.
struct CaptureDevice {
    QByteArray id;       // the system's id; stable while the device stays plugged in
    QString description; // the name the system shows; recorded with the evidence as its source
    bool isDefault = false;
};

// The cameras and microphones of this computer. A seam: tests and the dialog see the same list the
// system gives, and a device plugged in or out while the dialog is open announces itself by changed().
class CaptureDevices : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QList<CaptureDevice> cameras() const = 0;
    virtual QList<CaptureDevice> microphones() const = 0;

    // The default device of a list, or the first; an empty device when the list is empty.
    static CaptureDevice preferred(const QList<CaptureDevice>& devices);

signals:
    void changed();
};

// The real devices, through QMediaDevices.
class SystemCaptureDevices : public CaptureDevices {
    Q_OBJECT
public:
    explicit SystemCaptureDevices(QObject* parent = nullptr);
    QList<CaptureDevice> cameras() const override;
    QList<CaptureDevice> microphones() const override;

private:
    QMediaDevices m_mediaDevices; // only for its change notifications
};

} // namespace fieldcase::evidence
