#pragma once

#include <QIODevice>
#include <QString>

#include <functional>

namespace fieldcase::evidence {

// Called as bytes are copied: (bytes done, bytes in all or -1). Returning false cancels the copy.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

// The evidence vault: a directory of files named by the SHA-256 of their bytes. A file enters by a
// copy to a temporary name that is hashed while it is written, flushed to the disk, and renamed to
// its hash only when complete, so a file under a hash name is always whole; nothing ever rewrites it.
class Vault {
public:
    struct Stored {
        QString sha256; // lower-case hex; empty when the copy failed
        qint64 size = 0;
        bool alreadyPresent = false; // the same bytes were in the vault before
        QString error;               // translated; empty on success
        bool cancelled = false;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    explicit Vault(QString directory);

    QString directory() const { return m_directory; }
    bool contains(const QString& sha256) const;
    QString pathFor(const QString& sha256) const;

    // Copies `source` into the vault. On failure or cancel nothing is left under any hash name and the
    // temporary file is removed.
    Stored store(QIODevice& source, qint64 expectedSize = -1, const ProgressFn& progress = {});
    Stored storeFile(const QString& path, const ProgressFn& progress = {});

    // Removes temporary files left by a process killed in the middle of a copy.
    int removeLeftovers();

    // Testing seam: fail the write after this many bytes, as a full disk would.
    void setFailWritesAfter(qint64 bytes) { m_failWritesAfter = bytes; }

private:
    QString temporaryDirectory() const;

    QString m_directory;
    qint64 m_failWritesAfter = -1;
};

// Streams `source` through SHA-256 (OpenSSL EVP: SHA-NI where the CPU has it). Empty on a read error.
QString sha256Of(QIODevice& source, const ProgressFn& progress = {});
QString sha256OfFile(const QString& path, const ProgressFn& progress = {});

} // namespace fieldcase::evidence
