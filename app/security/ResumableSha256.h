#pragma once

#include <QByteArray>

#include <memory>
#include <optional>

namespace fieldcase::security {

// SHA-256 whose running state can be saved as bytes and restored later, maybe in another process. The
// bureau hashes a tus upload as its chunks arrive, over separate requests, and keeps the state beside the
// offset; without it, completing a 1 GiB upload meant reading and hashing the whole file once more while
// the device waited. OpenSSL's EVP interface cannot export a state, so this uses its SHA256_CTX, which
// runs the same SHA-NI/AVX2 code.
class ResumableSha256 {
public:
    ResumableSha256();
    ~ResumableSha256();
    ResumableSha256(const ResumableSha256& other);
    ResumableSha256& operator=(const ResumableSha256& other);

    // nullopt when `saved` is not a state save() wrote (damaged, or written by another format version).
    static std::optional<ResumableSha256> restore(const QByteArray& saved);

    void add(const char* data, qint64 size);
    // The running state: the hash of every byte added so far, and where to go on from.
    QByteArray save() const;
    // The digest of the bytes added so far; more may be added afterwards.
    QByteArray digest() const;
    qint64 bytesAdded() const;

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace fieldcase::security
