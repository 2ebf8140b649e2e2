#include "CaseDocuments.h"

#include "Cases.h"
#include "CheckIns.h"
#include "DiscretionStore.h"
#include "DocumentDrafts.h"
#include "DocumentNumbers.h"
#include "Engine.h"
#include "Interviews.h"
#include "Signatures.h"
#include "Subjects.h"
#include "Uuid7.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace fieldcase::documents {

using namespace Qt::StringLiterals;

namespace {

// Sets obj[key] only when `value` is not blank: an absent value is what missingFields() reports.
void put(QJsonObject& object, const QString& key, const QString& value) {
    if (!value.trimmed().isEmpty())
        object.insert(key, value);
}

void putObject(QJsonObject& fields, const QString& key, const QJsonObject& object) {
    if (!object.isEmpty())
        fields.insert(key, object);
}

QString isoMinutes(const QDateTime& time) {
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-ddTHH:mm"_s) : QString();
}

std::optional<Contact> contactWhere(const Subject& subject, const std::function<bool(const Contact&)>& test) {
    for (const Contact& contact : subject.contacts) {
        if (test(contact))
            return contact;
    }
    return std::nullopt;
}

QJsonObject partyOf(const Subject& subject) {
    QJsonObject party;
    put(party, u"name"_s, subject.name);
    put(party, u"credit_code"_s, subject.creditCode);
    put(party, u"address"_s, subject.address);
    if (const auto representative =
            contactWhere(subject, [](const Contact& c) { return c.position.contains(u"法定代表人"_s); }))
        put(party, u"legal_representative"_s, representative->name);
    return party;
}

// The inspection that opened the case (inspections.case_id), with whether recusal was declared.
std::optional<Inspection> inspectionOf(store::Store& store, const QUuid& caseId, bool* recusalDeclared) {
    QSqlQuery query(store.connection());
    query.prepare(u"SELECT id, recusal_declared FROM inspections WHERE case_id = ? ORDER BY row LIMIT 1"_s);
    query.addBindValue(Uuid7::toText(caseId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    *recusalDeclared = query.value(1).toBool();
    return store::Inspections(store).byId(QUuid::fromString(query.value(0).toString()));
}

// The latest signature at `place` on a record.
std::optional<store::SignatureRecord> signatureAt(const QList<store::SignatureRecord>& signatures,
                                                  const QString& place) {
    std::optional<store::SignatureRecord> latest;
    for (const store::SignatureRecord& signature : signatures) {
        if (signature.place == place)
            latest = signature;
    }
    return latest;
}

void addSignature(DocumentData& data, const std::optional<store::SignatureRecord>& signature,
                  const QString& place) {
    if (!signature)
        return;
    if (signature->refused) {
        QString note = signature->refusalNote.trimmed();
        if (note.isEmpty())
            note = u"拒绝签名"_s;
        if (!signature->witnessName.trimmed().isEmpty())
            note += u"，见证人：%1"_s.arg(signature->witnessName.trimmed());
        data.refusals.insert(place, note);
        return;
    }
    QImage image;
    if (image.loadFromData(signature->png, "PNG"))
        data.signatures.insert(place, image);
}

void fillSiteInspection(store::Store& store, const QUuid& caseId, const Subject& subject,
                        DocumentData& data) {
    bool recusalDeclared = false;
    const std::optional<Inspection> inspection = inspectionOf(store, caseId, &recusalDeclared);
    if (!inspection)
        return;
    QJsonObject record;
    put(record, u"start"_s, isoMinutes(inspection->startedAt));
    put(record, u"end"_s, isoMinutes(inspection->endedAt));
    // The inspection is held at the inspected subject's premises (the check-in is measured against them).
    put(record, u"place"_s, subject.address);
    put(record, u"findings"_s, inspection->findings);
    putObject(data.fields, u"inspection"_s, record);

    QJsonArray officers;
    for (const OfficerPresence& officer : inspection->officers)
        officers.append(
            QJsonObject{{u"name"_s, officer.name}, {u"certificate"_s, officer.certificateNumber}});
    if (!officers.isEmpty())
        data.fields.insert(u"officers"_s, officers);

    const QList<store::SignatureRecord> signatures = store::Signatures(store).forEntity(inspection->id);
    const std::optional<store::SignatureRecord> party = signatureAt(signatures, u"party"_s);
    QJsonObject present;
    if (party) {
        // The person who signed (or refused) for the party was the one present; the subject's contact
        // of that name gives the position and phone.
        const QString name = party->signerName.trimmed();
        put(present, u"name"_s, name);
        if (const auto contact = contactWhere(
                subject, [&](const Contact& c) { return !name.isEmpty() && c.name.trimmed() == name; })) {
            put(present, u"position"_s, contact->position);
            put(present, u"phone"_s, contact->phone);
        }
    }
    if (recusalDeclared)
        put(present, u"recusal"_s, u"已告知申请回避的权利；执法人员声明与本案无利害关系。"_s);
    putObject(data.fields, u"present"_s, present);

    if (const auto recorder = signatureAt(signatures, u"recorder"_s))
        putObject(data.fields, u"recorder"_s, [&] {
            QJsonObject object;
            put(object, u"name"_s, recorder->signerName);
            return object;
        }());
    addSignature(data, party, u"party"_s);
    addSignature(data, signatureAt(signatures, u"recorder"_s), u"recorder"_s);
    addSignature(data, signatureAt(signatures, u"witness"_s), u"witness"_s);
}

// The case's latest interview record: its times and place, the interviewee, the officers with their
// certificates, the recorder, the questions and answers, and the interviewee's signature or refusal.
// party.name comes from the case's subject with the other party fields.
void fillInterview(store::Store& store, const QUuid& caseId, DocumentData& data) {
    const QList<Interview> interviews = store::Interviews(store).forCase(caseId);
    if (interviews.isEmpty())
        return;
    const Interview& interview = interviews.last();
    QJsonObject record;
    put(record, u"start"_s, isoMinutes(interview.startedAt));
    put(record, u"end"_s, isoMinutes(interview.endedAt));
    put(record, u"place"_s, interview.place);
    putObject(data.fields, u"interview"_s, record);

    const Interviewee& person = interview.interviewee;
    QJsonObject interviewee;
    put(interviewee, u"name"_s, person.name);
    put(interviewee, u"gender"_s, person.gender);
    put(interviewee, u"id_number"_s, person.idNumber);
    put(interviewee, u"employer"_s, person.employer);
    put(interviewee, u"position"_s, person.position);
    put(interviewee, u"phone"_s, person.phone);
    put(interviewee, u"relation"_s, person.relation);
    put(interviewee, u"recusal"_s, person.recusal);
    putObject(data.fields, u"interviewee"_s, interviewee);

    QJsonArray officers;
    for (const OfficerPresence& officer : interview.officers)
        officers.append(
            QJsonObject{{u"name"_s, officer.name}, {u"certificate"_s, officer.certificateNumber}});
    if (!officers.isEmpty())
        data.fields.insert(u"officers"_s, officers);
    QJsonObject recorder;
    put(recorder, u"name"_s, interview.recorder);
    putObject(data.fields, u"recorder"_s, recorder);

    QJsonArray qa;
    for (const InterviewExchange& exchange : interview.exchanges)
        qa.append(QJsonObject{{u"question"_s, exchange.question}, {u"answer"_s, exchange.answer}});
    if (!qa.isEmpty())
        data.fields.insert(u"qa"_s, qa);

    const QList<store::SignatureRecord> signatures = store::Signatures(store).forEntity(interview.id);
    const QString place = store::Interviews::intervieweePlace();
    addSignature(data, signatureAt(signatures, place), place);
    addSignature(data, signatureAt(signatures, u"officers"_s), u"officers"_s);
    addSignature(data, signatureAt(signatures, u"recorder"_s), u"recorder"_s);
}

void fillFacts(store::Store& store, const Case& theCase, DocumentData& data) {
    QStringList facts;
    if (!theCase.cause.trimmed().isEmpty())
        facts << theCase.cause.trimmed();
    QStringList provisions;
    for (const Violation& violation : theCase.violations) {
        if (!violation.description.trimmed().isEmpty())
            facts << violation.description.trimmed();
        if (!violation.legalBasis.trimmed().isEmpty() && !provisions.contains(violation.legalBasis.trimmed()))
            provisions << violation.legalBasis.trimmed();
    }
    put(data.fields, u"facts"_s, facts.join(u"\n"_s));
    put(data.fields, u"provisions_violated"_s, provisions.join(u"、"_s));

    const QList<store::DiscretionStore::SavedResult> results =
        store::DiscretionStore(store).resultsFor(theCase.id);
    if (!results.isEmpty()) {
        const store::DiscretionStore::SavedResult& latest = results.last();
        const double amount = latest.departureAmount.value_or(latest.recommendedAmount);
        if (amount > 0)
            data.fields.insert(u"penalty"_s, QJsonObject{{u"fine"_s, amount},
                                                         {u"decision"_s, u"罚款"_s + format::money(amount)}});
        // The decision states the discretion as it was computed and saved: each step of the standard, the
        // basis applied, and why the officer departed from the recommendation where they did.
        const discretion::Result result = discretion::Result::fromJson(latest.resultJson);
        QJsonArray steps;
        for (const discretion::Text& step : result.steps)
            steps.append(step.zh);
        if (!steps.isEmpty())
            data.fields.insert(u"discretion"_s, steps);
        put(data.fields, u"penalty_provision"_s, result.basisCitation.zh);
        QString reasoning =
            u"依据%1（%2 %3），建议罚款%4。"_s.arg(result.basisCitation.zh, result.packId, result.packVersion,
                                                   format::money(latest.recommendedAmount));
        if (latest.departureAmount)
            reasoning +=
                u"决定罚款%1，理由：%2"_s.arg(format::money(*latest.departureAmount), latest.departureReason);
        put(data.fields, u"discretion_reasoning"_s, reasoning);
    }
}

} // namespace

namespace {

// Sets "a.b.c" inside nested objects, making the objects on the way (QJsonObject holds values, not
// references, so each level is written back).
void setAtPath(QJsonObject& object, QStringList path, const QJsonValue& value) {
    const QString head = path.takeFirst();
    if (path.isEmpty()) {
        object.insert(head, value);
        return;
    }
    QJsonObject inner = object.value(head).toObject();
    setAtPath(inner, path, value);
    object.insert(head, inner);
}

} // namespace

DocumentData caseRecordData(store::Store& store, const QUuid& caseId, const QString& kind,
                            const QString& agencyName) {
    DocumentData data;
    const std::optional<Case> theCase = store::Cases(store).caseById(caseId);
    if (!theCase)
        return data;
    // A document's own number is the one it was issued with (from this device's block until the bureau
    // numbers documents at sync); the case's number is printed as the case's, not as the document's.
    if (const auto issued = store::DocumentNumbers(store).latestFor(caseId, kind))
        data.number = issued->number;

    QJsonObject agency;
    put(agency, u"name"_s, agencyName.trimmed());
    putObject(data.fields, u"agency"_s, agency);

    QJsonObject caseObject;
    put(caseObject, u"number"_s, theCase->officialNumber);
    put(caseObject, u"cause"_s, theCase->cause);
    putObject(data.fields, u"case"_s, caseObject);

    const Subject subject = store::Subjects(store).subject(theCase->subjectId).value_or(Subject());
    putObject(data.fields, u"party"_s, partyOf(subject));

    if (kind == QLatin1String("site_inspection"))
        fillSiteInspection(store, caseId, subject, data);
    else if (kind == QLatin1String("interview"))
        fillInterview(store, caseId, data);
    else if (kind == QLatin1String("correction_order") || kind == QLatin1String("advance_notice") ||
             kind == QLatin1String("penalty_decision"))
        fillFacts(store, *theCase, data);
    return data;
}

DocumentData caseDocumentData(store::Store& store, const QUuid& caseId, const QString& kind,
                              const QString& agencyName) {
    DocumentData data = caseRecordData(store, caseId, kind, agencyName);
    // What the officer typed fills only what the case's rows leave empty: the record is the source, the
    // draft the rest of the form.
    const QJsonObject draft = store::DocumentDrafts(store).fields(caseId, kind);
    for (auto it = draft.begin(); it != draft.end(); ++it) {
        if (!hasValue(data.value(it.key())) && hasValue(it.value()))
            setAtPath(data.fields, it.key().split(QLatin1Char('.')), it.value());
    }
    return data;
}

} // namespace fieldcase::documents
