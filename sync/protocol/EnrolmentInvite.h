#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace fieldcase::sync {

// What an administrator hands to a new device: the one-time enrolment code and, in the QR image, the bureau's
// address too, as `fieldcase-enrol:?server=https://host:port&code=CODE`. A typed code alone is accepted;
// the person then types the address.
struct EnrolmentInvite {
    QUrl server; // empty when only a code was given
    QString code;

    QString toText() const;
    // Accepts the URI form or a bare code; spaces and dashes a person may type between groups are ignored.
    // Nullopt for anything else (a QR code of something unrelated, an address that is not https).
    static std::optional<EnrolmentInvite> parse(const QString& text);
    // Codes are groups of upper-case letters and digits without look-alikes (no 0/O, 1/I/L).
    static bool isWellFormedCode(const QString& code);
};

} // namespace fieldcase::sync
