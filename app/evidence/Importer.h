#pragma once

#include "EvidenceService.h"

#include <QStringList>

#include <atomic>

namespace fieldcase::evidence {

// A file found where evidence is imported from (a folder, a body camera's drive).
struct ImportCandidate {
    QString path;
    qint64 size = 0;
    QDateTime modified;
};

// What an import did, file by file. Files that made it are saved whatever happens to the rest.
struct ImportReport {
    QList<EvidenceRecord> added;
    QStringList duplicates; // paths whose bytes were already evidence of the case
    struct Failure {
        QString path;
        QString reason; // translated, names the file
    };
    QList<Failure> failed;
    QStringList notReached; // paths not tried because the import was cancelled
    bool cancelled = false;
    bool ok() const { return failed.isEmpty() && !cancelled; }
};

// Imports files as evidence: hashing while copying into the vault, EXIF time and position for photos,
// original names and times kept, duplicates (same bytes, same case) skipped. Runs on any thread: the
// GUI runs it on a worker, fieldcase-cli in its main thread.
class Importer {
public:
    // (bytes done over all files, bytes in all, index of the current file). Return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total, int fileIndex)>;

    explicit Importer(EvidenceService& service);

    // The files under `folder` (recursively) an import offers: photos, videos and audio by their content
    // type, in path order. Body cameras keep their files in nested DCIM-like folders.
    static QList<ImportCandidate> scan(const QString& folder, const std::atomic_bool* cancel = nullptr);
    static bool isMediaFile(const QString& path);

    // `draft` carries the case (or inspection), kind, who imports and who was present, the intake (File
    // or BodyCamera) and the source (the drive or folder); each file's record starts from it.
    ImportReport run(const QStringList& paths, const EvidenceRecord& draft, const Progress& progress = {});

private:
    EvidenceService& m_service;
};

} // namespace fieldcase::evidence
