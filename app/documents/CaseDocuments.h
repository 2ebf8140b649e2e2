#pragma once

#include "DocumentData.h"
#include "Store.h"

#include <QString>
#include <QUuid>

// The values of an enforcement document, read from a case in the store. Only what the store holds is
// filled: everything else stays empty, so missingFields() names it and the officer completes it. Nothing
// is made up.
namespace fieldcase::documents {

// The data of a document of `kind` for the case `caseId`, with the issuing agency `agencyName` (the
// profile does not hold it). Kinds filled from the store: site_inspection (the case's inspection: times,
// officers with their certificates, the party, findings, the party's signature or refusal),
// correction_order, advance_notice and penalty_decision (party, facts, provisions violated, the fine of the
// latest saved discretion result). Other kinds get the party, the case and the agency. The number is the
// one the document was issued with, empty until it is issued. An unknown case gives empty data.
// caseRecordData() is what the case's rows give; caseDocumentData() adds what the officer typed into the
// document's draft (store::DocumentDrafts) where the rows leave a field empty.
DocumentData caseRecordData(store::Store& store, const QUuid& caseId, const QString& kind,
                            const QString& agencyName);
DocumentData caseDocumentData(store::Store& store, const QUuid& caseId, const QString& kind,
                              const QString& agencyName);

} // namespace fieldcase::documents
