#pragma once

#include <QString>

namespace fieldcase::security {

// Password verifiers for offline login: Argon2id through libsodium, in its self-describing string
// form ("$argon2id$v=19$m=...,t=...,p=...$salt$hash"), so parameters can be raised later without
// breaking existing verifiers.
class PasswordHasher {
public:
    // An empty string if libsodium cannot allocate the memory Argon2id needs.
    static QString hash(const QString& password);
    static bool verify(const QString& verifier, const QString& password);
};

} // namespace fieldcase::security
