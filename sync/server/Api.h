#pragma once

#include "Accounts.h"
#include "HttpMessage.h"
#include "PullService.h"
#include "PushService.h"

#include <functional>

namespace fieldcase::sync::server {

// Every call of PROTOCOL.md as a plain function from request to response: routing, authentication, body
// bounds and JSON parsing here, the rules in the services. No state between requests lives in it.
class Api {
public:
    // Byte-moving calls (tus uploads, blob downloads) live in the HTTP library; the Api authenticates the
    // caller (device and session) and hands the request over.
    using TransferHandler = std::function<HttpResponse(const HttpRequest&, const Caller&)>;

    explicit Api(ServerDatabase& database);

    HttpResponse handle(const HttpRequest& request);

    // paths::Files and paths::Files/{id}; without a handler these calls answer 501.
    void setUploadHandler(TransferHandler handler) { m_uploads = std::move(handler); }
    // paths::Blobs/{sha256}, for team leaders and evidence clerks; without a handler 501.
    void setBlobHandler(TransferHandler handler) { m_blobs = std::move(handler); }

    // For the uploads' "file received" callback: the evidence record gets received = true and a new sequence,
    // so devices pull it. False when no evidence record has that id, or the record names another SHA-256.
    bool markEvidenceReceived(const QUuid& evidenceId, const QString& sha256, qint64 size,
                              const QString& deviceId);

    Accounts& accounts() { return m_accounts; }

private:
    HttpResponse route(const HttpRequest& request);
    HttpResponse ping() const;
    HttpResponse pull(const HttpRequest& request, const Caller& caller);
    HttpResponse reserveNumbers(const QJsonObject& body, const Caller& caller);

    ServerDatabase& m_database;
    Accounts m_accounts;
    PushService m_push;
    PullService m_pull;
    TransferHandler m_uploads;
    TransferHandler m_blobs;
};

} // namespace fieldcase::sync::server
