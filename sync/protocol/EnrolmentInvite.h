#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace fieldcase::sync {

// What an administrator hands to a new device: the one-time enrolment code and, in the QR image, the bureau's
// address and certificate pin too, as `fieldcase-enrol:?server=https://host:port&code=CODE&pin=HEX`. With the
// pin the device trusts only that certificate from the first call; a typed code alone is accepted too, and
// then the certificate seen on the enrolment call is pinned (the administrator can compare its fingerprint).
struct EnrolmentInvite {
    QUrl server; // empty when only a code was given
    QString code;
    QString pin; // SHA-256 of the bureau's certificate (DER), lower-case hex; empty when not given

    QString toText() const;
    // Accepts the URI form or a bare code; spaces and dashes a person may type between groups are ignored.
    // Nullopt for anything else (a QR code of something unrelated, an address that is not https).
    static std::optional<EnrolmentInvite> parse(const QString& text);
    // Codes are upper-case letters and digits without look-alikes (no 0/O, 1/I); people may type them in
    // groups with spaces or dashes and in lower case. Both ends hash the normalised form.
    static bool isWellFormedCode(const QString& code);
    static QString normalisedCode(QString code);
};

} // namespace fieldcase::sync
