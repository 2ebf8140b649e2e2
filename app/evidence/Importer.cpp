#include "Importer.h"

#include "PhotoMetadata.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QMimeDatabase>

#include <algorithm>

namespace fieldcase::evidence {

namespace {

// A photo states when and where it was taken (EXIF); a body camera's clock and GPS at the scene are
// better witnesses than this device's clock and position at the time of the import.
void applyPhotoMetadata(const QString& path, EvidenceRecord& record) {
    // EXIF as libexif reads it lives in JPEG files; anything else is not opened twice.
    if (QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension).name() !=
        QLatin1String("image/jpeg"))
        return;
    const PhotoMetadata metadata = readPhotoMetadata(path);
    if (metadata.capturedAt)
        record.capturedAtDevice = *metadata.capturedAt;
    if (metadata.position) {
        record.position = {};
        record.position.position = metadata.position;
        record.position.gpsTime = metadata.gpsTime.value_or(QDateTime());
        QString camera =
            QStringList{metadata.cameraMake.value_or(QString()), metadata.cameraModel.value_or(QString())}
                .join(u' ')
                .trimmed();
        record.position.source = camera.isEmpty() ? QStringLiteral("exif") : QStringLiteral("exif:") + camera;
    }
}

} // namespace

Importer::Importer(EvidenceService& service)
    : m_service(service) {}

bool Importer::isMediaFile(const QString& path) {
    // By content type from the name first: opening every file of a 64 GB body-camera drive to sniff it
    // would make the scan slow. Body cameras name their files with ordinary extensions.
    const QString type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension).name();
    return type.startsWith(QLatin1String("image/")) || type.startsWith(QLatin1String("video/")) ||
           type.startsWith(QLatin1String("audio/"));
}

QList<ImportCandidate> Importer::scan(const QString& folder, const std::atomic_bool* cancel) {
    QList<ImportCandidate> found;
    QDirIterator it(folder, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (cancel && *cancel)
            break;
        const QString path = it.next();
        if (!isMediaFile(path))
            continue;
        const QFileInfo info = it.fileInfo();
        found.append({path, info.size(), info.lastModified()});
    }
    std::sort(found.begin(), found.end(),
              [](const ImportCandidate& a, const ImportCandidate& b) { return a.path < b.path; });
    return found;
}

ImportReport Importer::run(const QStringList& paths, const EvidenceRecord& draft, const Progress& progress) {
    ImportReport report;
    qint64 total = 0;
    for (const QString& path : paths)
        total += QFileInfo(path).size();
    qint64 doneBefore = 0;
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths[i];
        if (report.cancelled) {
            report.notReached.append(path);
            continue;
        }
        const qint64 fileSize = QFileInfo(path).size();
        EvidenceRecord record = draft;
        applyPhotoMetadata(path, record);
        const EvidenceService::Added added = m_service.add(path, record, [&](qint64 done, qint64) {
            return !progress || progress(doneBefore + done, total, i);
        });
        doneBefore += fileSize;
        if (added.cancelled) {
            report.cancelled = true;
            report.notReached.append(path);
        } else if (added.duplicate) {
            report.duplicates.append(path);
        } else if (!added.ok()) {
            report.failed.append({path, added.error});
        } else {
            report.added.append(added.record);
        }
    }
    if (progress && !report.cancelled)
        progress(total, total, static_cast<int>(paths.size()) - 1);
    return report;
}

} // namespace fieldcase::evidence
