#pragma once

#include <QCoreApplication>
#include <QString>

namespace fieldcase::sync::client {

// Codes of failures that happen before or outside a bureau's answer; the bureau's own codes are those of
// Protocol.h's errors:: namespace.
namespace localErrors {
inline constexpr char Network[] = "network"; // no connection, connection reset, DNS
inline constexpr char Timeout[] = "timeout"; // no answer in time
inline constexpr char Tls[] = "tls";         // handshake failed or the certificate is not the pinned one
inline constexpr char Garbage[] = "garbage"; // an answer that is not the expected JSON
inline constexpr char ServerError[] = "server_error";         // 5xx without a code
inline constexpr char ProtocolVersion[] = "protocol_version"; // the bureau does not speak our version
inline constexpr char WrongBureau[] = "wrong_bureau";         // a different bureau answers at the address
inline constexpr char NotEnrolled[] = "not_enrolled";         // no bureau or device token on this profile
inline constexpr char Storage[] = "storage";                  // the profile's database or secret store failed
inline constexpr char FileMissing[] = "file_missing";         // an evidence file is not in the vault
inline constexpr char Cancelled[] = "cancelled";
} // namespace localErrors

// Why a call to the bureau, or a sync run, did not succeed: a stable code to act on and a translated
// message to show. `detail` keeps the bureau's English message or the network library's text for logs.
struct SyncError {
    Q_DECLARE_TR_FUNCTIONS(SyncError)

public:
    QString code;
    QString message;
    int httpStatus = 0;
    QString detail;

    bool isError() const { return !code.isEmpty(); }
    // Worth retrying later without anyone doing anything: network trouble and the bureau's own failures.
    bool isTransient() const;

    // The error for `code` with its translated message (the bureau's English message goes to `detail`).
    static SyncError fromCode(const QString& code, int httpStatus = 0, const QString& detail = {});
    static QString describe(const QString& code);
};

} // namespace fieldcase::sync::client
