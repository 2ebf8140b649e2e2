#pragma once

// What the device's transfers (TusUpload, BlobDownload) share: why one failed, in words for the user,
// and how long to wait before trying again after a network fault.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class QNetworkReply;

namespace fieldcase::sync::client {

enum class TransferFailure {
    Network,         // the bureau could not be reached, or failed; retried, then reported
    Certificate,     // the server is not the pinned bureau
    Unauthenticated, // the session or device token was refused: sign in again
    DeviceRevoked,   // the bureau revoked this device
    FileUnreadable,  // the local file cannot be read or written
    FileChanged,     // the file's bytes no longer match their recorded SHA-256
    Rejected,        // the bureau refused the request for another reason
};

// What a finished reply means for a transfer.
enum class ReplyOutcome { Success, Retry, Fail };

class Transfer {
    Q_DECLARE_TR_FUNCTIONS(Transfer)

public:
    // A sentence for the user about `failure`.
    static QString describe(TransferFailure failure);

    // The HTTP status of a finished reply (0 when no answer came).
    static int status(const QNetworkReply* reply);
    // Whether a reply that did not succeed is worth retrying; if not, `failure` says why.
    static ReplyOutcome judge(const QNetworkReply* reply, TransferFailure* failure);
    // The same for an answer given as its HTTP status (0: none came), its body (the error object) and
    // whether the server's certificate failed the pin.
    static ReplyOutcome judge(int status, const QByteArray& body, bool refusedByPin,
                              TransferFailure* failure);
};

// Exponential backoff between retries: first, 2 x first, ... capped at `longest`, for `attempts` tries.
class Backoff {
public:
    Backoff(int firstMs = 1000, int longestMs = 60 * 1000, int attempts = 8)
        : firstMs_(firstMs)
        , longestMs_(longestMs)
        , attempts_(attempts) {}

    bool exhausted() const { return done_ >= attempts_; }
    // The wait before the next try; counts the try.
    int next();
    void reset() { done_ = 0; }

private:
    int firstMs_;
    int longestMs_;
    int attempts_;
    int done_ = 0;
};

} // namespace fieldcase::sync::client

Q_DECLARE_METATYPE(fieldcase::sync::client::TransferFailure)
