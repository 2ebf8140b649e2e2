#pragma once

#include "AuditEvent.h"

#include <QList>
#include <QSqlDatabase>

namespace fieldcase::store {

// Reading and verifying the append-only, hash-chained audit log. Appending is Store's job, inside
// each action's transaction.
class AuditLog {
public:
    explicit AuditLog(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Walks this device's chain from the first event and reports the first broken link.
    AuditChainBreak verify(const QUuid& deviceId) const;
    // Events about one entity, oldest first (a case page's history).
    QList<AuditEvent> eventsFor(const QUuid& entityId) const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
};

} // namespace fieldcase::store
