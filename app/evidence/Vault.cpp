#include "Vault.h"

#include "Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <memory>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace fieldcase::evidence {

using namespace Qt::StringLiterals;

namespace {

// Large enough that the per-call overhead vanishes next to the hashing, small enough that a 1 GiB
// import stays a few megabytes above idle.
constexpr qint64 ChunkSize = 1 << 20;
const QString IncomingFolder = u".incoming"_s;

bool isHashName(const QString& name) {
    if (name.size() != 64)
        return false;
    for (QChar c : name)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

// A rename is only durable once the directory entry itself is on the disk.
void syncDirectory(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString writeError(int error) {
    if (error == ENOSPC || error == EDQUOT)
        return QCoreApplication::translate("Vault", "The disk is full.");
    return QCoreApplication::translate("Vault", "The evidence store could not be written: %1")
        .arg(QString::fromLocal8Bit(strerror(error)));
}

} // namespace

Vault::Vault(QString directory)
    : m_directory(std::move(directory)) {}

QString Vault::pathFor(const QString& sha256) const {
    // Two hex digits of fan-out keep directories small on file systems that slow down with size.
    return m_directory + u'/' + sha256.left(2) + u'/' + sha256;
}

bool Vault::contains(const QString& sha256) const {
    return isHashName(sha256) && QFileInfo::exists(pathFor(sha256));
}

QString Vault::temporaryDirectory() const {
    return m_directory + u'/' + IncomingFolder;
}

Vault::Stored Vault::store(QIODevice& source, qint64 expectedSize, const ProgressFn& progress) {
    Stored stored;
    if (!QDir().mkpath(temporaryDirectory())) {
        stored.error = QCoreApplication::translate("Vault", "The evidence store folder %1 cannot be created.")
                           .arg(QDir::toNativeSeparators(m_directory));
        return stored;
    }
    QTemporaryFile incoming(temporaryDirectory() + u"/XXXXXX.part"_s);
    if (!incoming.open()) {
        stored.error = writeError(errno);
        return stored;
    }
    const int fd = incoming.handle();
    security::Sha256 hash;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 read = source.read(buffer.data(), ChunkSize);
        if (read < 0) {
            stored.error = QCoreApplication::translate("Vault", "The file could not be read: %1")
                               .arg(source.errorString());
            return stored;
        }
        if (read == 0)
            break;
        hash.add(buffer.constData(), read);
        // Written with write(2) on the descriptor: QFile's own buffer would copy every byte once more.
        for (qint64 written = 0; written < read;) {
            if (m_failWritesAfter >= 0 && done + written + (read - written) > m_failWritesAfter) {
                stored.error = writeError(ENOSPC);
                return stored;
            }
            const ssize_t n = ::write(fd, buffer.constData() + written, static_cast<size_t>(read - written));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                stored.error = writeError(errno);
                return stored;
            }
            written += n;
        }
        done += read;
        if (progress && !progress(done, expectedSize)) {
            stored.cancelled = true;
            return stored;
        }
    }
    if (::fsync(fd) != 0) {
        stored.error = writeError(errno);
        return stored;
    }
    stored.sha256 = hash.hex();
    stored.size = done;
    const QString target = pathFor(stored.sha256);
    if (QFileInfo::exists(target)) {
        stored.alreadyPresent = true; // same bytes, same name: the temporary copy goes
        return stored;
    }
    const QString folder = QFileInfo(target).absolutePath();
    QDir().mkpath(folder);
    incoming.close();
    if (::rename(QFile::encodeName(incoming.fileName()).constData(), QFile::encodeName(target).constData()) !=
        0) {
        stored.error = writeError(errno);
        stored.sha256.clear();
        return stored;
    }
    incoming.setAutoRemove(false);
    // Evidence files are read-only: nothing in the program writes them again, and an accidental
    // write by another program fails instead of altering evidence silently.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadUser);
    syncDirectory(folder);
    return stored;
}

Vault::Stored Vault::storeFile(const QString& path, const ProgressFn& progress) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        Stored stored;
        stored.error =
            QCoreApplication::translate("Vault", "The file could not be opened: %1").arg(file.errorString());
        return stored;
    }
    posix_fadvise(file.handle(), 0, 0, POSIX_FADV_SEQUENTIAL);
    return store(file, file.size(), progress);
}

int Vault::removeLeftovers() {
    int removed = 0;
    QDirIterator it(temporaryDirectory(), {u"*.part"_s}, QDir::Files);
    while (it.hasNext())
        removed += QFile::remove(it.next()) ? 1 : 0;
    return removed;
}

QString sha256Of(QIODevice& source, const ProgressFn& progress) {
    security::Sha256 hash;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 done = 0;
    const qint64 total = source.isSequential() ? -1 : source.size();
    for (;;) {
        const qint64 read = source.read(buffer.data(), ChunkSize);
        if (read < 0)
            return {};
        if (read == 0)
            return hash.hex();
        hash.add(buffer.constData(), read);
        done += read;
        if (progress && !progress(done, total))
            return {};
    }
}

QString sha256OfFile(const QString& path, const ProgressFn& progress) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    return sha256Of(file, progress);
}

} // namespace fieldcase::evidence
