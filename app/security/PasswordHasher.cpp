#include "PasswordHasher.h"

#include <sodium.h>

namespace fieldcase::security {

namespace {

bool ensureSodium() {
    // sodium_init() is idempotent and thread-safe; it returns 1 when already initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString PasswordHasher::hash(const QString& password) {
    if (!ensureSodium())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // The "interactive" limits keep a login under a second on a tablet while costing an attacker
    // 64 MiB per guess.
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& verifier, const QString& password) {
    if (!ensureSodium() || verifier.isEmpty())
        return false;
    const QByteArray stored = verifier.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace fieldcase::security
