#include "FreeSpace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace fieldcase::evidence {

QString FreeSpaceCheck::warning() const {
    if (enough())
        return {};
    if (available < 0)
        return QCoreApplication::translate("FreeSpace",
                                           "The free space on the evidence disk cannot be determined.");
    const QLocale locale;
    return QCoreApplication::translate("FreeSpace",
                                       "Only %1 is free on the evidence disk; at least %2 is advised. "
                                       "The capture may stop when the disk is full.")
        .arg(locale.formattedDataSize(available), locale.formattedDataSize(required));
}

FreeSpaceCheck checkFreeSpace(const QString& directory, qint64 requiredBytes) {
    FreeSpaceCheck check;
    check.required = requiredBytes;
    // The vault folder may not exist before the first item; its nearest existing parent is on the
    // same disk as far as anyone can tell before it is made.
    QString existing = QDir(directory).absolutePath();
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).path();
        if (parent == existing)
            break;
        existing = parent;
    }
    const QStorageInfo storage(existing);
    if (storage.isValid() && storage.isReady())
        check.available = storage.bytesAvailable();
    return check;
}

} // namespace fieldcase::evidence
