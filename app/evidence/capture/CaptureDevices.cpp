#include "CaptureDevices.h"

#include <QAudioDevice>
#include <QCameraDevice>

namespace fieldcase::evidence {

CaptureDevice CaptureDevices::preferred(const QList<CaptureDevice>& devices) {
    for (const CaptureDevice& device : devices) {
        if (device.isDefault)
            return device;
    }
    return devices.isEmpty() ? CaptureDevice() : devices.first();
}

SystemCaptureDevices::SystemCaptureDevices(QObject* parent)
    : CaptureDevices(parent) {
    connect(&m_mediaDevices, &QMediaDevices::videoInputsChanged, this, &CaptureDevices::changed);
    connect(&m_mediaDevices, &QMediaDevices::audioInputsChanged, this, &CaptureDevices::changed);
}

QList<CaptureDevice> SystemCaptureDevices::cameras() const {
    QList<CaptureDevice> devices;
    for (const QCameraDevice& camera : QMediaDevices::videoInputs())
        devices.append({camera.id(), camera.description(), camera.isDefault()});
    return devices;
}

QList<CaptureDevice> SystemCaptureDevices::microphones() const {
    QList<CaptureDevice> devices;
    for (const QAudioDevice& microphone : QMediaDevices::audioInputs())
        devices.append({microphone.id(), microphone.description(), microphone.isDefault()});
    return devices;
}

} // namespace fieldcase::evidence
