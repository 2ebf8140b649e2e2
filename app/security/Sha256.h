#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace fieldcase::security {

// SHA-256 through OpenSSL's EVP interface, which picks the SHA-NI/AVX2 implementation where the CPU has one:
// several times faster than QCryptographicHash in Qt 6.4, and every evidence byte is hashed on import, per
// upload chunk on both ends and once more when an upload completes.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const char* data, qint64 size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    // Everything `device` still has to read, in 1 MiB pieces; false when a read fails.
    bool add(QIODevice& device);
    // The digest; the object is spent afterwards.
    QByteArray digest();
    QString hex() { return QString::fromLatin1(digest().toHex()); }

    static QByteArray of(const QByteArray& data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace fieldcase::security
