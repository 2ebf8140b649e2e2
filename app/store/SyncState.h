#pragma once

#include "Store.h"
#include "StoreResult.h"

#include "DetachedSignature.h"
#include "Mutation.h"
#include "Protocol.h"
#include "User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QUuid>

#include <optional>

namespace fieldcase::store {

// The keys of the sync_state table. Tokens are never among them: they live in the secret store.
namespace syncKeys {
inline constexpr char BureauUrl[] = "bureau_url";
inline constexpr char BureauId[] = "bureau_id";
inline constexpr char BureauName[] = "bureau_name";
inline constexpr char CertificatePin[] = "certificate_pin"; // SHA-256 of the bureau's certificate (DER), hex
inline constexpr char DeviceIdAtBureau[] = "device_id";
inline constexpr char PullCursor[] = "pull_cursor";
inline constexpr char LastSyncAt[] = "last_sync_at"; // ISO 8601 UTC of the last run the server confirmed
inline constexpr char LastError[] = "last_error";    // translated message of the last failed run
} // namespace syncKeys

// A field both the device and someone else changed; the server kept `theirs`.
struct SyncConflict {
    QUuid id;
    QString entityType;
    QUuid entityId;
    QString field;
    QJsonValue base;
    QJsonValue theirs;
    QJsonValue ours;
    QDateTime createdAt;
    QDateTime resolvedAt; // invalid while open
    QJsonValue resolution;
    bool isOpen() const { return !resolvedAt.isValid(); }
};

// How far one evidence file's upload got. `state` is one of pending, uploading, done, failed.
struct EvidenceUpload {
    QUuid evidenceId;
    QString sha256;
    qint64 size = 0;
    QString uploadUrl; // the tus upload's Location, empty before it was created
    qint64 offset = 0;
    QString state = QStringLiteral("pending");
    QString lastError;
};

struct SyncCounts {
    int pendingMutations = 0;
    qint64 pendingUploadBytes = 0;
    int openConflicts = 0;
};

// The device's side of sync in the profile's database: the outbox as the sync engine reads it, the server's
// answers, the records the server sent (applied to the domain tables without outbox entries), conflicts and
// upload progress. Every write is one transaction; the ones that change domain rows write one audit event.
// Usable from any thread: the store hands each thread its own connection.
class SyncState {
    Q_DECLARE_TR_FUNCTIONS(SyncState)

public:
    explicit SyncState(Store& store)
        : m_store(store) {}

    QString value(const QString& key) const;
    // Several keys in one transaction (enrolment writes the bureau, its pin and the device id together).
    StoreResult setValues(const QList<std::pair<QString, QString>>& values);
    StoreResult setValue(const QString& key, const QString& value) { return setValues({{key, value}}); }
    qint64 pullCursor() const { return value(QLatin1String(syncKeys::PullCursor)).toLongLong(); }

    // Outbox entries the server has not confirmed (pending or sent), oldest first, from the one after
    // `afterSeq` on: a push reads the next batch while the bureau still works on the one before.
    QList<sync::OutgoingMutation> pendingMutations(int limit, qint64 afterSeq = 0) const;
    // Before a push: these entries are on their way (a reply that never comes leaves them "sent", and they
    // are sent again; the server answers a resend with its stored result).
    StoreResult markSent(const QList<sync::OutgoingMutation>& mutations);
    // The server's answers: applied, merged and conflict mark the entry applied, rejected marks it rejected;
    // each answer (with its conflicts) is kept in sync_results. One transaction, one "sync.push" audit event.
    // An answer for an entry this device never made refuses the whole batch.
    StoreResult recordResults(const QList<sync::MutationResult>& results);

    // One pull page in one transaction: every change goes to the shadow and, for the types the device keeps
    // in tables (see PulledRecords), to the domain tables; then the cursor is saved and one "sync.pull" audit
    // event written. No outbox entries. A record with local work the server has not confirmed, or one that
    // refers to a record not received yet, waits in the shadow and is applied by a later page. A change that
    // cannot be applied refuses the whole page, the cursor included, with a message naming the record. A
    // discretion standard that fails its checks is not installed and the page goes on: `refusals` (if given)
    // receives the translated reasons.
    StoreResult applyPage(const QUuid& userId, const sync::PullPage& page, QStringList* refusals = nullptr);
    // The keys a discretion standard the bureau sends must be signed by; by default the bureau keys shipped
    // with the program, which a local install trusts.
    void setTrustedPackKeys(const QList<security::TrustedKey>& keys) { m_packKeys = keys; }

    // The person's choice for a conflict, as one action: the field's update on the entity (old = the server's
    // value, new = the choice; the local row takes it) and "conflict.resolve" on the conflict, two outbox
    // mutations and two audit events in one transaction.
    StoreResult resolveConflict(const QUuid& userId, const QUuid& conflictId, const QJsonValue& chosen);
    std::optional<SyncConflict> conflict(const QUuid& id) const;
    QList<SyncConflict> openConflicts() const;

    // What the server said about one outbox entry, if it answered.
    std::optional<sync::MutationResult> result(qint64 deviceSeq) const;
    QList<sync::MutationResult> rejectedResults() const;

    // This device's evidence whose record the server has confirmed and whose file is not uploaded yet.
    QList<EvidenceUpload> pendingUploads() const;
    StoreResult saveUpload(const EvidenceUpload& upload);

    SyncCounts counts() const;

    // After a sign-in at the bureau: the user's roster entry and the verifier the bureau sent, so the person
    // can sign in on this device while offline. No outbox entry (the bureau is the source); one audit event.
    StoreResult saveOnlineLogin(const User& user, const QString& verifier);

    // After the bureau revoked the device and the user confirmed: forgets the bureau (sync_state, shadow,
    // answers, conflicts, upload progress) and deletes the records that came only from the bureau. Kept:
    // anything this device's outbox names (its own work, sent or not), the append-only records (case records,
    // evidence, signatures, sign-offs: the store refuses to delete them), rows still referred to by kept
    // rows, and user accounts with a local password. One transaction, one audit event.
    struct Removal {
        StoreResult result;
        int deleted = 0;
        int kept = 0;
    };
    Removal removeSyncedData(const QUuid& userId);

private:
    QList<security::TrustedKey> packKeys() const;

    Store& m_store;
    std::optional<QList<security::TrustedKey>> m_packKeys;
};

} // namespace fieldcase::store
