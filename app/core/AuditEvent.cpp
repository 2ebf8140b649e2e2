#include "AuditEvent.h"

#include "Uuid7.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace fieldcase {

QByteArray AuditEvent::canonicalForm() const {
    const QJsonObject object{
        {QStringLiteral("seq"), sequence},
        {QStringLiteral("id"), Uuid7::toText(id)},
        {QStringLiteral("device"), Uuid7::toText(deviceId)},
        {QStringLiteral("hlc"), hlc.toString()},
        {QStringLiteral("user"), userId.isNull() ? QString() : Uuid7::toText(userId)},
        {QStringLiteral("action"), action},
        {QStringLiteral("entity_type"), entityType},
        {QStringLiteral("entity"), entityId.isNull() ? QString() : Uuid7::toText(entityId)},
        {QStringLiteral("details"), details},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray AuditEvent::computeHash() const {
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    hasher.addData(previousHash);
    hasher.addData(canonicalForm());
    return hasher.result();
}

AuditChainBreak checkAuditLink(const AuditEvent* previous, const AuditEvent& event) {
    const qint64 expectedSequence = previous ? previous->sequence + 1 : 1;
    if (event.sequence != expectedSequence)
        return {AuditChainBreak::Kind::SequenceGap, event.sequence};
    const QByteArray expectedPrevious = previous ? previous->hash : AuditEvent::genesisHash();
    if (event.previousHash != expectedPrevious)
        return {AuditChainBreak::Kind::PreviousHashMismatch, event.sequence};
    if (event.hash != event.computeHash())
        return {AuditChainBreak::Kind::HashMismatch, event.sequence};
    return {};
}

QString AuditChainBreak::message() const {
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("AuditChain", "The audit log is intact.");
    case Kind::SequenceGap:
        return QCoreApplication::translate(
                   "AuditChain", "Audit event %1 is out of sequence: an event before it is missing.")
            .arg(sequence);
    case Kind::PreviousHashMismatch:
        return QCoreApplication::translate(
                   "AuditChain", "Audit event %1 does not link to the event before it: the log was altered.")
            .arg(sequence);
    case Kind::HashMismatch:
        return QCoreApplication::translate("AuditChain", "Audit event %1 was changed after it was written.")
            .arg(sequence);
    }
    return {};
}

} // namespace fieldcase
