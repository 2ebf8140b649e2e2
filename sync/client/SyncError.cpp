#include "SyncError.h"

#include "Protocol.h"

namespace fieldcase::sync::client {

bool SyncError::isTransient() const {
    return code == QLatin1String(localErrors::Network) || code == QLatin1String(localErrors::Timeout) ||
           code == QLatin1String(localErrors::ServerError) || httpStatus == 408 || httpStatus == 429 ||
           httpStatus >= 500;
}

SyncError SyncError::fromCode(const QString& code, int httpStatus, const QString& detail) {
    return {code, describe(code), httpStatus, detail};
}

QString SyncError::describe(const QString& code) {
    using namespace localErrors;
    const QByteArray key = code.toLatin1();
    const std::pair<const char*, const char*> messages[] = {
        {Network,
         QT_TRANSLATE_NOOP("SyncError", "The bureau cannot be reached. Check the network connection.")},
        {Timeout, QT_TRANSLATE_NOOP("SyncError", "The bureau did not answer in time.")},
        {Tls,
         QT_TRANSLATE_NOOP("SyncError", "The server is not the bureau this device was enrolled with: its "
                                        "certificate does not match. Nothing was sent.")},
        {Garbage, QT_TRANSLATE_NOOP("SyncError", "The bureau answered something that is not a valid reply. "
                                                 "Nothing was changed.")},
        {ServerError, QT_TRANSLATE_NOOP("SyncError", "The bureau's server failed. It will be tried again.")},
        {ProtocolVersion, QT_TRANSLATE_NOOP("SyncError", "The bureau speaks another version of the sync "
                                                         "protocol. Update FieldCase.")},
        {WrongBureau, QT_TRANSLATE_NOOP("SyncError", "A different bureau answers at this address.")},
        {NotEnrolled, QT_TRANSLATE_NOOP("SyncError", "This device is not enrolled with a bureau.")},
        {Storage, QT_TRANSLATE_NOOP("SyncError", "The synchronised data could not be saved on this device.")},
        {FileMissing,
         QT_TRANSLATE_NOOP("SyncError", "An evidence file is missing from this device's vault.")},
        {Cancelled, QT_TRANSLATE_NOOP("SyncError", "Synchronisation was cancelled.")},
        {errors::BadRequest, QT_TRANSLATE_NOOP("SyncError", "The bureau did not understand the request.")},
        {errors::Unauthenticated, QT_TRANSLATE_NOOP("SyncError", "Sign in again: the bureau did not accept "
                                                                 "the login or the session has expired.")},
        {errors::DeviceRevoked, QT_TRANSLATE_NOOP("SyncError", "The bureau has revoked this device.")},
        {errors::Forbidden, QT_TRANSLATE_NOOP("SyncError", "Your role does not allow this at the bureau.")},
        {errors::NotFound, QT_TRANSLATE_NOOP("SyncError", "The bureau does not know this address.")},
        {errors::SequenceGap, QT_TRANSLATE_NOOP("SyncError", "The bureau is missing earlier changes of this "
                                                             "device. Contact the administrator.")},
        {errors::Gone, QT_TRANSLATE_NOOP("SyncError", "The enrolment code was already used or has expired.")},
        {errors::TooLarge, QT_TRANSLATE_NOOP("SyncError", "The request is too large for the bureau.")},
        {errors::LengthRequired,
         QT_TRANSLATE_NOOP("SyncError", "The bureau refused a request without length.")},
        {errors::ChecksumMismatch, QT_TRANSLATE_NOOP("SyncError", "A file arrived damaged at the bureau.")},
    };
    for (const auto& [known, message] : messages) {
        if (key == known)
            return QCoreApplication::translate("SyncError", message);
    }
    return tr("The bureau refused the request (%1).").arg(code);
}

} // namespace fieldcase::sync::client
