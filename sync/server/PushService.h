#pragma once

#include "Accounts.h"
#include "HttpMessage.h"

#include <QJsonObject>

namespace fieldcase::sync::server {

// POST /v1/push: applies a batch of mutations in one transaction, each in its own savepoint, and stores each
// result under (device_id, device_seq) so a resent mutation gets its stored result and changes nothing.
class PushService {
public:
    PushService(ServerDatabase& database, Accounts& accounts);

    // `body` is {"mutations": [...]}; answers {"results": [...]}, 400 for a malformed batch (nothing
    // changed), 403 for a mutation of another device, 409 sequence_gap with "expected" (nothing changed).
    HttpResponse push(const Caller& caller, const QJsonObject& body);

private:
    ServerDatabase& m_database;
    Accounts& m_accounts;
};

} // namespace fieldcase::sync::server
