#include "Sha256.h"

#include <openssl/evp.h>

namespace fieldcase::security {

struct Sha256::Context {
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>()) {
    EVP_DigestInit_ex(m_context->context, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::add(const char* data, qint64 size) {
    EVP_DigestUpdate(m_context->context, data, static_cast<size_t>(size));
}

bool Sha256::add(QIODevice& device) {
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device.read(buffer.data(), buffer.size());
        if (read < 0)
            return false;
        if (read == 0)
            return device.atEnd();
        add(buffer.constData(), read);
    }
}

QByteArray Sha256::digest() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->context, digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
}

QByteArray Sha256::of(const QByteArray& data) {
    Sha256 hash;
    hash.add(data);
    return hash.digest();
}

} // namespace fieldcase::security
