#pragma once

// The bureau server's TLS identity: a certificate and its private key in PEM files. Devices pin the
// certificate's SHA-256 at enrolment, so a self-signed one is as good as a CA-signed one here.

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStringList>

#include <optional>

namespace fieldcase::sync::server {

class TlsIdentity {
public:
    // A server-side TLS configuration (TLS 1.2 or later) from PEM files; nullopt with `error` if unreadable.
    static std::optional<QSslConfiguration> load(const QString& certificatePath, const QString& keyPath,
                                                 QString* error);

    // Writes a new self-signed identity: an EC P-256 key (file mode 0600) and a certificate valid for
    // 10 years whose subject CN is `commonName` and whose subjectAltName lists `subjectAltNames` (IP
    // addresses become IP entries, anything else DNS entries). Existing files are replaced.
    static bool create(const QString& certificatePath, const QString& keyPath, const QString& commonName,
                       const QStringList& subjectAltNames, QString* error);

    // The pin a device stores: lower-case hex SHA-256 of the certificate's DER encoding.
    static QString sha256Fingerprint(const QSslCertificate& certificate);
};

} // namespace fieldcase::sync::server
