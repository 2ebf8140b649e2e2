#include "ResumableSha256.h"

#include <QtEndian>

// The SHA256_* functions are deprecated in OpenSSL 3 only because EVP is preferred; they are the way to a
// state that can be saved. Asking for the 1.1.1 API keeps them without deprecation warnings.
#define OPENSSL_API_COMPAT 10101
#include <openssl/sha.h>

#include <array>

namespace fieldcase::security {

namespace {

// The saved form: a format version, then every SHA256_CTX field as a little-endian 32-bit word in a fixed
// order, so the bytes do not depend on the structure's layout in memory.
constexpr quint8 FormatVersion = 1;
constexpr int StateWords = 8 + 2 + SHA_LBLOCK + 2; // h, Nl and Nh, data, num and md_len
constexpr qsizetype SavedSize = 1 + StateWords * 4;

std::array<quint32, StateWords> wordsOf(const SHA256_CTX& context) {
    std::array<quint32, StateWords> words{};
    auto word = words.begin();
    for (const SHA_LONG h : context.h)
        *word++ = h;
    *word++ = context.Nl;
    *word++ = context.Nh;
    for (const SHA_LONG d : context.data)
        *word++ = d;
    *word++ = context.num;
    *word++ = context.md_len;
    return words;
}

} // namespace

struct ResumableSha256::Context {
    SHA256_CTX context;
};

ResumableSha256::ResumableSha256()
    : m_context(std::make_unique<Context>()) {
    SHA256_Init(&m_context->context);
}

ResumableSha256::~ResumableSha256() = default;

ResumableSha256::ResumableSha256(const ResumableSha256& other)
    : m_context(std::make_unique<Context>(*other.m_context)) {}

ResumableSha256& ResumableSha256::operator=(const ResumableSha256& other) {
    *m_context = *other.m_context;
    return *this;
}

std::optional<ResumableSha256> ResumableSha256::restore(const QByteArray& saved) {
    if (saved.size() != SavedSize || quint8(saved[0]) != FormatVersion)
        return std::nullopt;
    std::array<quint32, StateWords> words{};
    for (int i = 0; i < StateWords; ++i)
        words[i] = qFromLittleEndian<quint32>(saved.constData() + 1 + i * 4);
    ResumableSha256 hash;
    SHA256_CTX& context = hash.m_context->context;
    auto word = words.cbegin();
    for (SHA_LONG& h : context.h)
        h = *word++;
    context.Nl = *word++;
    context.Nh = *word++;
    for (SHA_LONG& d : context.data)
        d = *word++;
    context.num = *word++;
    context.md_len = *word++;
    // A state OpenSSL could not have written would make it read past its block buffer.
    if (context.num >= SHA256_CBLOCK || context.md_len != SHA256_DIGEST_LENGTH)
        return std::nullopt;
    return hash;
}

void ResumableSha256::add(const char* data, qint64 size) {
    SHA256_Update(&m_context->context, data, static_cast<size_t>(size));
}

QByteArray ResumableSha256::save() const {
    QByteArray saved(SavedSize, Qt::Uninitialized);
    saved[0] = char(FormatVersion);
    const std::array<quint32, StateWords> words = wordsOf(m_context->context);
    for (int i = 0; i < StateWords; ++i)
        qToLittleEndian(words[i], saved.data() + 1 + i * 4);
    return saved;
}

QByteArray ResumableSha256::digest() const {
    SHA256_CTX copy = m_context->context;
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256_Final(reinterpret_cast<unsigned char*>(digest.data()), &copy);
    return digest;
}

qint64 ResumableSha256::bytesAdded() const {
    // Nl and Nh count bits.
    return qint64((quint64(m_context->context.Nh) << 32 | m_context->context.Nl) / 8);
}

} // namespace fieldcase::security
