#pragma once

#include "CaseProcedure.h"
#include "IntegrityCheck.h"

namespace fieldcase::security {
class DeviceKey;
}

namespace fieldcase::evidence {

// Takes a procedure step on a case the way the law asks a leader's step to be taken: the case's
// evidence is re-hashed and its signatures checked first (a decision needs every item verified), and a
// leader's or legal reviewer's step is signed by the device key over the case's content hash and every
// evidence hash. The password was asked again by the UI before this is called.
class CaseSignOff {
public:
    CaseSignOff(EvidenceService& service, const security::DeviceKey* key);

    struct Result {
        store::CaseProcedure::Outcome outcome;
        IntegrityReport integrity; // the check of the case's evidence made for a signed step
        bool ok() const { return outcome.ok(); }
        QString message() const { return outcome.result.message(); }
    };

    // `progress` sees the evidence check (items done, items in all, bytes); returning false cancels
    // the step before anything is written.
    Result apply(const QUuid& actorId, Roles roles, const QUuid& caseId, procedure::CaseAction action,
                 const QString& comment, const procedure::ProcedureSettings& settings, const QDate& today,
                 const IntegrityCheck::Progress& progress = {});

    // What the UI shows before the step: the facts with unverified evidence as last known (all of it, as
    // nothing has been re-hashed yet).
    procedure::CaseFacts facts(const QUuid& caseId, const QDate& today) const;

private:
    EvidenceService& m_service;
    const security::DeviceKey* m_key;
};

} // namespace fieldcase::evidence
