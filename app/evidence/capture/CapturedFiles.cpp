#include "CapturedFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fieldcase::evidence {

using namespace Qt::StringLiterals;

QString captureFolder(const Vault& vault) {
    return vault.directory() + u"/.capturing"_s;
}

QString newCaptureFile(const Vault& vault, const QString& suffix, QString* error) {
    const QString folder = captureFolder(vault);
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("CapturedFiles", "The folder %1 cannot be created.")
                     .arg(QDir::toNativeSeparators(folder));
        return {};
    }
    // The capture moment in the name helps whoever finds a file left behind; the counter keeps two
    // captures in one millisecond apart.
    const QString stem =
        folder + u"/capture-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    for (int attempt = 0;; ++attempt) {
        const QString path = stem + (attempt ? u"-"_s + QString::number(attempt) : QString()) + u'.' + suffix;
        if (!QFileInfo::exists(path))
            return path;
    }
}

EvidenceService::Added keepCapturedFile(EvidenceService& service, const QString& path, EvidenceRecord draft) {
    draft.kind = EvidenceKind::AudioVisual;
    EvidenceService::Added added = service.add(path, std::move(draft));
    if (added.ok() || added.duplicate) {
        // The vault holds the bytes now; a second copy outside it would be a private copy of evidence.
        QFile::remove(path);
    } else if (!added.cancelled) {
        added.error += u' ' + QCoreApplication::translate("CapturedFiles", "The capture is kept at %1.")
                                  .arg(QDir::toNativeSeparators(path));
    }
    return added;
}

} // namespace fieldcase::evidence
