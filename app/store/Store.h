#pragma once

#include "Database.h"
#include "StoreResult.h"

#include "AuditEvent.h"
#include "HybridLogicalClock.h"
#include "Mutation.h"

#include <QJsonObject>
#include <QMutex>
#include <QUuid>

#include <functional>

namespace fieldcase::store {

// What a user action changes, as the outbox and the audit log describe it.
struct Action {
    QString kind;       // the sync command, e.g. "case.create"; also the audit action
    QString entityType; // e.g. "case"
    QUuid entityId;
    qint64 baseVersion = 0;
    QList<FieldChange> changes;
    QJsonObject auditDetails; // what the audit event records besides the kind and entity
};

// The case store of one profile: device identity, the hybrid logical clock, and the rule that a user
// action writes its rows, one outbox mutation and one audit event in a single transaction.
class Store {
public:
    explicit Store(Database& database);

    // Reads (or on first use creates) this device's identity and restores the clock from the log.
    StoreResult initialise();

    Database& database() { return m_database; }
    QSqlDatabase connection() const { return m_database.connection(); }
    QUuid deviceId() const { return m_deviceId; }
    // The profile meta key holding deviceId().
    static constexpr char DeviceIdMetaKey[] = "device_id";

    using RowWriter = std::function<StoreResult(QSqlDatabase&)>;

    // Runs `writeRows`, then appends the outbox mutation and the audit event, all in one transaction.
    // If anything fails, nothing of the three is kept. `action` is read after `writeRows` returns, so the
    // writer may complete it (an issued document's number is only known inside the transaction).
    StoreResult perform(const QUuid& userId, const Action& action, const RowWriter& writeRows);
    // One user decision that the server sees as several commands (resolving a conflict is the conflict's
    // own mutation and the field's update): one outbox mutation and one audit event per action, in order,
    // all in the same transaction as the rows.
    StoreResult perform(const QUuid& userId, const QList<Action>& actions, const RowWriter& writeRows);

    // An event that changes no synchronised data (a login, a lock, a failed login): audit log only.
    StoreResult recordEvent(const QUuid& userId, const QString& action, const QString& entityType,
                            const QUuid& entityId, const QJsonObject& details = {});

    // Bulk loading (seeding, and later the first sync's snapshot): rows written by `writeRows` inside
    // one transaction, with one audit event that says what was loaded, and no outbox entries because
    // the data did not originate as user edits on this device.
    StoreResult bulkLoad(const QUuid& userId, const QString& action, const QJsonObject& details,
                         const RowWriter& writeRows);

    HlcTimestamp lastTimestamp() const;

    // Small key/value facts about the profile (its bureau, whether it is a demo profile).
    QString metaValue(const QString& key) const;
    StoreResult setMetaValue(const QString& key, const QString& value);

    // Testing seam: a step that runs inside perform() after the rows and before the outbox/audit
    // writes. Lets a test fail an action half-way.
    void setFaultInjection(std::function<bool()> failAfterRows) {
        m_failAfterRows = std::move(failAfterRows);
    }

private:
    StoreResult performActions(const QUuid& userId, const QList<const Action*>& actions,
                               const RowWriter& writeRows);

    StoreResult appendAudit(QSqlDatabase& db, const QUuid& userId, const QString& action,
                            const QString& entityType, const QUuid& entityId, const QJsonObject& details,
                            const HlcTimestamp& hlc);
    StoreResult appendOutbox(QSqlDatabase& db, const QUuid& userId, const Action& action,
                             const HlcTimestamp& hlc);
    StoreResult inTransaction(const std::function<StoreResult(QSqlDatabase&)>& body);

    Database& m_database;
    QUuid m_deviceId;
    mutable QMutex m_mutex; // one writer at a time orders the clock, the sequences and the chain
    HybridLogicalClock m_clock;
    std::function<bool()> m_failAfterRows;
};

} // namespace fieldcase::store
