#include "CaseSignOff.h"

#include "EvidenceService.h"
#include "Uuid7.h"

#include "DeviceKey.h"

#include <QCoreApplication>

namespace fieldcase::evidence {

CaseSignOff::CaseSignOff(EvidenceService& service, const security::DeviceKey* key)
    : m_service(service)
    , m_key(key) {}

procedure::CaseFacts CaseSignOff::facts(const QUuid& caseId, const QDate& today) const {
    return store::CaseProcedure(m_service.store()).facts(caseId, today);
}

CaseSignOff::Result CaseSignOff::apply(const QUuid& actorId, Roles roles, const QUuid& caseId,
                                       procedure::CaseAction action, const QString& comment,
                                       const procedure::ProcedureSettings& settings, const QDate& today,
                                       const IntegrityCheck::Progress& progress) {
    Result result;
    store::CaseProcedure procedure(m_service.store());
    procedure::CaseFacts facts = procedure.facts(caseId, today);
    facts.comment = comment;
    QJsonArray evidence;
    const bool signedStep = store::CaseProcedure::isSignedAction(action);
    // Only a signed step re-hashes (it covers every evidence hash, so each must be proven first), and only
    // when nothing else stands in its way: a refusal for another reason should not wait for gigabytes.
    procedure::CaseFacts assumingVerified = facts;
    assumingVerified.unverifiedEvidence = 0;
    if (signedStep && procedure::check(action, roles, assumingVerified, settings).allowed()) {
        result.integrity = IntegrityCheck(m_service).run(actorId, progress, caseId);
        if (result.integrity.cancelled) {
            result.outcome.result = store::StoreResult::failure(QCoreApplication::translate(
                "CaseSignOff", "The evidence check was cancelled; nothing was signed."));
            return result;
        }
        facts.unverifiedEvidence = int(result.integrity.problems.size());
        for (const EvidenceRecord& record : m_service.forCase(caseId))
            evidence.append(QJsonObject{{QStringLiteral("id"), Uuid7::toText(record.id)},
                                        {QStringLiteral("sha256"), record.sha256}});
    }
    store::Signer signer;
    if (m_key)
        signer = [key = m_key](const QByteArray& bytes) { return key->sign(bytes); };
    result.outcome = procedure.apply(actorId, roles, caseId, action, facts, settings, signer, evidence);
    return result;
}

} // namespace fieldcase::evidence
