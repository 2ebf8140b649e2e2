#pragma once

#include "Store.h"
#include "StoreResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace fieldcase::store {

// A handwritten signature on a record or document (the party, a witness, an officer), kept like
// evidence: the image with its SHA-256 and time, or a refusal to sign with the witness who saw it.
struct SignatureRecord {
    QUuid id;
    QUuid caseId;       // may be null for an inspection that opened no case
    QString entityType; // "inspection", "interview", "document"
    QUuid entityId;
    QString place; // the signature place of the form: "party", "officer", "witness", "recorder", …
    QString signerName;
    QUuid signerUserId; // for an officer
    QByteArray png;     // empty when refused
    QString sha256;     // of the PNG bytes
    QByteArray strokes; // the pen's raw strokes, JSON
    bool refused = false;
    QString witnessName;
    QString refusalNote;
    QDateTime signedAt;
    QUuid deviceId;
};

class Signatures {
public:
    explicit Signatures(Store& store)
        : m_store(store) {}

    // Stores the signature (never changed afterwards). Refused: an image, a missing name or witness, or a
    // hash that does not match the image's bytes.
    StoreResult add(const QUuid& actorId, const SignatureRecord& signature);
    QList<SignatureRecord> forEntity(const QUuid& entityId) const;

private:
    Store& m_store;
};

} // namespace fieldcase::store
