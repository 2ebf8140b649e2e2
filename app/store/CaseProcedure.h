#pragma once

#include "Store.h"
#include "StoreResult.h"

#include "CaseRecord.h"
#include "procedure/CaseClocks.h"
#include "procedure/Procedure.h"

#include <QJsonArray>

#include <functional>
#include <optional>

namespace fieldcase::store {

// A leader's or legal reviewer's sign-off. It covers the hash of the case's canonical content and the
// hash of every evidence item at that moment, and carries the device's Ed25519 signature over all of it
// (signedBytes()). Stored once, never changed.
struct SignOff {
    QUuid id;
    QUuid caseId;
    QString action; // the CaseAction's key
    bool approved = true;
    QString comment;
    QUuid signedBy;
    QString signerName;
    QDateTime signedAt;
    QString stateSha256;
    QJsonArray evidence; // [{"id", "sha256"}] in the order the items were recorded
    QUuid amendmentId;   // set when the sign-off approves an amendment
    QUuid deviceId;
    QByteArray signature;

    // The canonical bytes the device signs: compact JSON with sorted keys, the signature left out.
    QByteArray signedBytes() const;
    // The sign-off whose signedBytes() are exactly `bytes` (the signature not set), or nullopt.
    static std::optional<SignOff> fromSignedBytes(const QByteArray& bytes);
};

// Signs bytes with the device key (the evidence layer owns the key; the store only asks).
using Signer = std::function<QByteArray(const QByteArray&)>;

// The case procedure as the store keeps it: the dated facts and records of a case, the facts the core's
// preconditions and clocks are computed from, and transitions taken as one action each (the state, the
// procedure-step record, a sign-off where the action is a leader's, the outbox mutation and the audit
// event in a single transaction).
class CaseProcedure {
public:
    explicit CaseProcedure(Store& store)
        : m_store(store) {}

    // Appends a record (a served notice, a waiver, a legal review, an interference…). Records are
    // never changed or deleted; a wrong one is corrected by an amendment.
    StoreResult addRecord(const QUuid& actorId, const CaseRecord& record);
    // The same for a person: refused, with the reason, when their roles may not write that kind
    // (rolesForRecord), when an extension is past its limit, or when a pause or resume does not fit the
    // clock as it stands.
    StoreResult record(const QUuid& actorId, Roles roles, const CaseRecord& record);
    QList<CaseRecord> records(const QUuid& caseId) const;
    QList<CaseRecord> records(const QUuid& caseId, CaseRecordKind kind) const;

    // What the preconditions need, read from the case's rows. Evidence is counted, but whether it is
    // intact only a re-hash can tell: unverifiedEvidence is set to the number of items, and the caller
    // that has checked them (SignOffService) lowers it.
    procedure::CaseFacts facts(const QUuid& caseId, const QDate& today) const;
    procedure::ClockFacts clockFacts(const QUuid& caseId) const;

    // Actions taken by a leader or a legal reviewer are signed: they need a signer and store a SignOff.
    static bool isSignedAction(procedure::CaseAction action);

    // Checks the action in the core against `facts`, and when it is allowed takes it. A refusal names
    // every missing requirement. `evidence` is what the sign-off covers ([{"id","sha256"}]).
    struct Outcome {
        StoreResult result;
        procedure::TransitionCheck check;
        std::optional<SignOff> signOff;
        bool ok() const { return result.ok(); }
    };
    Outcome apply(const QUuid& actorId, Roles roles, const QUuid& caseId, procedure::CaseAction action,
                  const procedure::CaseFacts& facts, const procedure::ProcedureSettings& settings,
                  const Signer& signer = {}, const QJsonArray& evidence = {});

    // The case's canonical content (cause, party, violations, discretion results, records, site and
    // interview records), as compact JSON with sorted keys, and its SHA-256 in hex. The state itself is
    // left out: the procedure moves on after a sign-off without changing what was signed.
    QByteArray canonicalContent(const QUuid& caseId) const;
    QString contentSha256(const QUuid& caseId) const;

    QList<SignOff> signOffs(const QUuid& caseId) const;

    // Amendments (corrections of signed records) that no leader has signed yet.
    QList<CaseRecord> pendingAmendments(const QUuid& caseId) const;
    // A leader signs an amendment off: a SignOff that names it, over the case's content with the amendment.
    // Refused for other roles, for an amendment already signed, and without the device key.
    StoreResult signAmendment(const QUuid& actorId, Roles roles, const QUuid& caseId,
                              const QUuid& amendmentId, const QString& comment, const Signer& signer);
    // True when the sign-off's signature is the device's (by the public key the profile knows).
    bool signatureHolds(const SignOff& signOff) const;

    // A sign-off travels to the bureau as signed ("sign_off.add": its signed bytes as `record`, the
    // signature in base64, and `case_id` for the bureau's scope), so every device of the case can keep
    // and check it.
    static Action syncAction(const SignOff& signOff, const QJsonObject& auditDetails);
    static StoreResult insertSignOff(QSqlDatabase& db, const SignOff& signOff);

private:
    Store& m_store;
};

} // namespace fieldcase::store
