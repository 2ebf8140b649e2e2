#pragma once

#include "Accounts.h"
#include "Protocol.h"

namespace fieldcase::sync::server {

// GET /v1/pull and /v1/snapshot: the entities in the user's scope changed after a cursor, in sequence order,
// each as its whole current state, paged by rows and by bytes (always at least one change per page).
class PullService {
public:
    explicit PullService(ServerDatabase& database);

    // The page as the JSON text of PullPage::toJson(), the answer to a device.
    QByteArray pull(const UserRecord& user, qint64 cursor, int limit = limits::DefaultPullLimit,
                    qint64 maxBytes = limits::DefaultPullBytes);

private:
    ServerDatabase& m_database;
};

} // namespace fieldcase::sync::server
