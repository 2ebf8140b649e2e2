#pragma once

#include "HybridLogicalClock.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUuid>

namespace fieldcase {

// One link of the device's audit chain. Each event carries the hash of the one before it, so any
// change, removal or reordering of a stored event breaks every hash after it.
struct AuditEvent {
    qint64 sequence = 0; // per device, gapless, starting at 1
    QUuid id;
    QUuid deviceId;
    HlcTimestamp hlc;
    QUuid userId;
    QString action;     // e.g. "case.create", "user.login"
    QString entityType; // e.g. "case"
    QUuid entityId;
    QJsonObject details;
    QByteArray previousHash; // raw SHA-256 of the previous event; 32 zero bytes for the first
    QByteArray hash;         // raw SHA-256 over previousHash and the canonical form

    // The bytes the hash covers. Compact JSON with sorted keys (QJsonObject sorts them), so the same
    // event always serialises the same way on every platform and Qt version.
    QByteArray canonicalForm() const;
    QByteArray computeHash() const;

    static QByteArray genesisHash() { return QByteArray(32, '\0'); }
};

// Where a chain walk stopped.
struct AuditChainBreak {
    enum class Kind { None, SequenceGap, PreviousHashMismatch, HashMismatch };
    Kind kind = Kind::None;
    qint64 sequence = 0; // the first event that does not fit
    bool isIntact() const { return kind == Kind::None; }
    QString message() const;
};

// Checks one event against its predecessor (or the genesis when `previous` is null). Used by the
// store's verify routine and, later, by the server when it receives a device's chain.
AuditChainBreak checkAuditLink(const AuditEvent* previous, const AuditEvent& event);

} // namespace fieldcase
