#include "Transfer.h"

#include "PinnedNetwork.h"
#include "Protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace fieldcase::sync::client {

using namespace Qt::StringLiterals;

QString Transfer::describe(TransferFailure failure) {
    switch (failure) {
    case TransferFailure::Network:
        return tr("The bureau server cannot be reached. The transfer continues when the connection is back.");
    case TransferFailure::Certificate:
        return tr("The server is not the bureau this device was enrolled with (its certificate does not "
                  "match). Nothing was sent.");
    case TransferFailure::Unauthenticated:
        return tr("The bureau did not accept the sign-in. Please sign in again.");
    case TransferFailure::DeviceRevoked:
        return tr("The bureau has revoked this device.");
    case TransferFailure::FileUnreadable:
        return tr("The file on this device cannot be read or written.");
    case TransferFailure::FileChanged:
        return tr("The file on this device no longer matches its recorded fingerprint.");
    case TransferFailure::Rejected:
        return tr("The bureau server refused the transfer.");
    }
    return {};
}

int Transfer::status(const QNetworkReply* reply) {
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

ReplyOutcome Transfer::judge(const QNetworkReply* reply, TransferFailure* failure) {
    // The body of an error answer was not read by anyone else: it is the reason, as a stable code.
    return judge(status(reply), const_cast<QNetworkReply*>(reply)->peek(64 * 1024),
                 PinnedNetwork::refusedByPin(reply), failure);
}

ReplyOutcome Transfer::judge(int status, const QByteArray& body, bool refusedByPin,
                             TransferFailure* failure) {
    if (refusedByPin) {
        *failure = TransferFailure::Certificate;
        return ReplyOutcome::Fail;
    }
    if (status >= 200 && status < 300)
        return ReplyOutcome::Success;
    *failure = TransferFailure::Network;
    if (status == 0 || status >= 500 || status == 408 || status == 429)
        return ReplyOutcome::Retry;
    if (status == 401) {
        *failure = TransferFailure::Unauthenticated;
    } else {
        const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
        *failure = error.value(u"code"_s).toString() == QLatin1String(errors::DeviceRevoked)
                       ? TransferFailure::DeviceRevoked
                       : TransferFailure::Rejected;
    }
    return ReplyOutcome::Fail;
}

int Backoff::next() {
    int delay = firstMs_;
    for (int i = 0; i < done_ && delay < longestMs_; ++i)
        delay *= 2;
    ++done_;
    return qMin(delay, longestMs_);
}

} // namespace fieldcase::sync::client
