#include "CaseProcedure.h"

#include "Cases.h"
#include "EvidenceRecords.h"
#include "SqlValues.h"
#include "Uuid7.h"

#include "DeviceKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fieldcase::store {

using namespace Qt::StringLiterals;
using procedure::CaseAction;

namespace {

StoreResult queryFailure(const QSqlQuery& query) {
    return StoreResult::failure(query.lastError().text());
}

QString timeText(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// QJsonObject keeps its keys sorted, so compact JSON of an object is canonical for our purposes: the
// same content always gives the same bytes.
QByteArray canonical(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

CaseRecord recordFrom(const QSqlQuery& query) {
    CaseRecord record;
    record.id = QUuid(query.value(0).toString());
    record.caseId = QUuid(query.value(1).toString());
    record.kind =
        enumFromKey<CaseRecordKind>(query.value(2).toString()).value_or(CaseRecordKind::ProcedureStep);
    record.onDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    record.body = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
    record.recordedBy = QUuid(query.value(5).toString());
    record.recordedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    return record;
}

QJsonArray rowsAsJson(QSqlQuery& query) {
    QJsonArray rows;
    while (query.next()) {
        QJsonArray row;
        for (int column = 0; column < query.record().count(); ++column)
            row.append(QJsonValue::fromVariant(query.value(column)));
        rows.append(row);
    }
    return rows;
}

bool hasRecord(const QList<CaseRecord>& records, CaseRecordKind kind) {
    return std::any_of(records.begin(), records.end(),
                       [kind](const CaseRecord& r) { return r.kind == kind; });
}

QDate firstDate(const QList<CaseRecord>& records, CaseRecordKind kind) {
    for (const CaseRecord& record : records) {
        if (record.kind == kind)
            return record.onDate;
    }
    return {};
}

int countOf(const QList<CaseRecord>& records, CaseRecordKind kind) {
    return int(std::count_if(records.begin(), records.end(),
                             [kind](const CaseRecord& r) { return r.kind == kind; }));
}

// The signer's name as the sign-off shows it, even after the account is renamed.
QString userName(const QSqlDatabase& db, const QUuid& userId) {
    QSqlQuery query(db);
    query.prepare(u"SELECT name FROM users WHERE id = ?"_s);
    query.addBindValue(Uuid7::toText(userId));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace

QByteArray SignOff::signedBytes() const {
    return canonical({{u"id"_s, Uuid7::toText(id)},
                      {u"case_id"_s, Uuid7::toText(caseId)},
                      {u"action"_s, action},
                      {u"outcome"_s, approved ? u"approved"_s : u"returned"_s},
                      {u"comment"_s, comment},
                      {u"signed_by"_s, Uuid7::toText(signedBy)},
                      {u"signer_name"_s, signerName},
                      {u"signed_at"_s, timeText(signedAt)},
                      {u"state_sha256"_s, stateSha256},
                      {u"evidence"_s, evidence},
                      {u"amendment_id"_s, amendmentId.isNull() ? QString() : Uuid7::toText(amendmentId)},
                      {u"device_id"_s, Uuid7::toText(deviceId)}});
}

std::optional<SignOff> SignOff::fromSignedBytes(const QByteArray& bytes) {
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const QString outcome = o.value(u"outcome"_s).toString();
    if (outcome != u"approved"_s && outcome != u"returned"_s)
        return std::nullopt;
    SignOff s;
    s.id = QUuid::fromString(o.value(u"id"_s).toString());
    s.caseId = QUuid::fromString(o.value(u"case_id"_s).toString());
    s.action = o.value(u"action"_s).toString();
    s.approved = outcome == u"approved"_s;
    s.comment = o.value(u"comment"_s).toString();
    s.signedBy = QUuid::fromString(o.value(u"signed_by"_s).toString());
    s.signerName = o.value(u"signer_name"_s).toString();
    s.signedAt = QDateTime::fromString(o.value(u"signed_at"_s).toString(), Qt::ISODateWithMs);
    s.stateSha256 = o.value(u"state_sha256"_s).toString();
    s.evidence = o.value(u"evidence"_s).toArray();
    s.amendmentId = QUuid::fromString(o.value(u"amendment_id"_s).toString());
    s.deviceId = QUuid::fromString(o.value(u"device_id"_s).toString());
    // Anything the fields above do not carry back (a key more, another spelling of a time) changes the
    // bytes, and the signature would no longer be over what is kept.
    if (s.id.isNull() || s.caseId.isNull() || s.signedBytes() != bytes)
        return std::nullopt;
    return s;
}

Action CaseProcedure::syncAction(const SignOff& signOff, const QJsonObject& auditDetails) {
    return {u"sign_off.add"_s,
            u"sign_off"_s,
            signOff.id,
            0,
            {{u"case_id"_s, {}, Uuid7::toText(signOff.caseId)},
             {u"record"_s, {}, QString::fromUtf8(signOff.signedBytes())},
             {u"signature"_s, {}, QString::fromLatin1(signOff.signature.toBase64())}},
            auditDetails};
}

StoreResult CaseProcedure::insertSignOff(QSqlDatabase& db, const SignOff& signOff) {
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO sign_offs(id, case_id, action, outcome, comment, signed_by, signer_name, "
                  u"signed_at, state_sha256, evidence, amendment_id, device_id, signature) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(Uuid7::toText(signOff.id));
    query.addBindValue(Uuid7::toText(signOff.caseId));
    query.addBindValue(signOff.action);
    query.addBindValue(signOff.approved ? u"approved"_s : u"returned"_s);
    query.addBindValue(sql::text(signOff.comment));
    query.addBindValue(Uuid7::toText(signOff.signedBy));
    query.addBindValue(sql::text(signOff.signerName));
    query.addBindValue(timeText(signOff.signedAt));
    query.addBindValue(signOff.stateSha256);
    query.addBindValue(QString::fromUtf8(QJsonDocument(signOff.evidence).toJson(QJsonDocument::Compact)));
    query.addBindValue(sql::idOrNull(signOff.amendmentId));
    query.addBindValue(Uuid7::toText(signOff.deviceId));
    query.addBindValue(signOff.signature);
    return query.exec() ? StoreResult() : queryFailure(query);
}

StoreResult CaseProcedure::addRecord(const QUuid& actorId, const CaseRecord& input) {
    CaseRecord record = input;
    if (record.id.isNull())
        record.id = Uuid7::create();
    if (!record.recordedAt.isValid())
        record.recordedAt = QDateTime::currentDateTimeUtc();
    const QString body = QString::fromUtf8(canonical(record.body));
    Action action{
        u"case_record.add"_s,
        u"case_record"_s,
        record.id,
        0,
        {{u"case_id"_s, {}, Uuid7::toText(record.caseId)},
         {u"kind"_s, {}, enumKey(record.kind)},
         {u"on_date"_s, {}, record.onDate.toString(Qt::ISODate)},
         {u"body"_s, {}, record.body},
         // Who recorded it and when are part of the record, on the bureau and other devices too.
         {u"recorded_by"_s, {}, actorId.isNull() ? QJsonValue() : QJsonValue(Uuid7::toText(actorId))},
         {u"recorded_at"_s, {}, timeText(record.recordedAt)}},
        {{u"case_id"_s, Uuid7::toText(record.caseId)}, {u"kind"_s, enumKey(record.kind)}}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO case_records(id, case_id, kind, on_date, body, recorded_by, recorded_at) "
                      u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(Uuid7::toText(record.id));
        query.addBindValue(Uuid7::toText(record.caseId));
        query.addBindValue(enumKey(record.kind));
        query.addBindValue(sql::dateOrNull(record.onDate));
        query.addBindValue(body);
        query.addBindValue(sql::idOrNull(actorId));
        query.addBindValue(timeText(record.recordedAt));
        return query.exec() ? StoreResult() : queryFailure(query);
    });
}

StoreResult CaseProcedure::record(const QUuid& actorId, Roles roles, const CaseRecord& record) {
    if (!mayRecord(record.kind, roles))
        return StoreResult::failure(
            QCoreApplication::translate("CaseProcedure", "Your roles may not record: %1.")
                .arg(enumDisplayName(record.kind)));
    const QList<CaseRecord> existing = records(record.caseId);
    QList<procedure::Requirement> refused;
    if (record.kind == CaseRecordKind::OpeningExtended)
        refused = procedure::checkOpeningExtension(countOf(existing, CaseRecordKind::OpeningExtended));
    if (record.kind == CaseRecordKind::DecisionExtended)
        refused =
            procedure::checkDecisionExtension(countOf(existing, CaseRecordKind::DecisionExtended),
                                              hasRecord(existing, CaseRecordKind::CollectiveDiscussion));
    if (record.kind == CaseRecordKind::SealUpExtended)
        refused = procedure::checkSealUpExtension(countOf(existing, CaseRecordKind::SealUpExtended));
    if (!refused.isEmpty())
        return StoreResult::failure(refused.first().message);
    const procedure::ClockFacts clocks = clockFacts(record.caseId);
    const bool paused = !clocks.pauses.isEmpty() && clocks.pauses.last().isOpen();
    if (record.kind == CaseRecordKind::ClockPaused && paused)
        return StoreResult::failure(QCoreApplication::translate(
            "CaseProcedure", "The case clock is already paused; resume it first."));
    if (record.kind == CaseRecordKind::ClockResumed && !paused)
        return StoreResult::failure(
            QCoreApplication::translate("CaseProcedure", "The case clock is not paused."));
    if (record.kind == CaseRecordKind::ClockResumed && record.onDate < clocks.pauses.last().from)
        return StoreResult::failure(
            QCoreApplication::translate("CaseProcedure", "The clock cannot resume before it was paused (%1).")
                .arg(clocks.pauses.last().from.toString(Qt::ISODate)));
    return addRecord(actorId, record);
}

QList<CaseRecord> CaseProcedure::records(const QUuid& caseId) const {
    QSqlQuery query(m_store.connection());
    query.prepare(u"SELECT id, case_id, kind, on_date, body, recorded_by, recorded_at FROM case_records "
                  u"WHERE case_id = ? ORDER BY row"_s);
    query.addBindValue(Uuid7::toText(caseId));
    QList<CaseRecord> records;
    if (query.exec()) {
        while (query.next())
            records.append(recordFrom(query));
    }
    return records;
}

QList<CaseRecord> CaseProcedure::records(const QUuid& caseId, CaseRecordKind kind) const {
    QList<CaseRecord> all = records(caseId);
    all.removeIf([kind](const CaseRecord& r) { return r.kind != kind; });
    return all;
}

procedure::CaseFacts CaseProcedure::facts(const QUuid& caseId, const QDate& today) const {
    procedure::CaseFacts facts;
    facts.today = today;
    const QString id = Uuid7::toText(caseId);
    QSqlDatabase db = m_store.connection();
    if (const std::optional<Case> c = Cases(m_store).caseById(caseId)) {
        facts.state = c->state;
        facts.violations = int(c->violations.size());
    }
    QSqlQuery query(db);
    query.prepare(u"SELECT party_is_individual FROM cases WHERE id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next())
        facts.partyIsIndividual = query.value(0).toBool();

    // Site inspection records of the case and interviews: how many officers with a certificate each had.
    query.prepare(u"SELECT i.id, (SELECT count(*) FROM inspection_officers o WHERE o.inspection_id = i.id "
                  u"AND trim(o.certificate_number) <> ''), i.recusal_declared FROM inspections i "
                  u"WHERE i.case_id = ? ORDER BY i.row"_s);
    query.addBindValue(id);
    bool inspectionsDeclared = true;
    bool anyInspection = false;
    if (query.exec()) {
        while (query.next()) {
            anyInspection = true;
            inspectionsDeclared = inspectionsDeclared && query.value(2).toBool();
            facts.records.append({u"site_inspection"_s,
                                  QCoreApplication::translate("CaseProcedure", "site inspection record %1")
                                      .arg(facts.records.size() + 1),
                                  query.value(1).toInt()});
        }
    }
    query.prepare(u"SELECT officers, started_at FROM interviews WHERE case_id = ? ORDER BY row"_s);
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next()) {
            int certified = 0;
            for (const QJsonValue officer : QJsonDocument::fromJson(query.value(0).toByteArray()).array()) {
                if (!officer[u"certificate"_s].toString().trimmed().isEmpty())
                    ++certified;
            }
            facts.records.append({u"interview"_s,
                                  QCoreApplication::translate("CaseProcedure", "interview record of %1")
                                      .arg(QDateTime::fromString(query.value(1).toString(), Qt::ISODate)
                                               .toLocalTime()
                                               .toString(u"yyyy-MM-dd HH:mm"_s)),
                                  certified});
        }
    }

    const QList<CaseRecord> records = this->records(caseId);
    facts.recusalDeclared =
        hasRecord(records, CaseRecordKind::RecusalDeclared) || (anyInspection && inspectionsDeclared);
    facts.noticeServedOn = firstDate(records, CaseRecordKind::NoticeServed);
    facts.defenceWaived = hasRecord(records, CaseRecordKind::DefenceWaived);
    facts.hearingRequested = hasRecord(records, CaseRecordKind::HearingRequested);
    facts.hearingHeld = hasRecord(records, CaseRecordKind::HearingHeld);
    facts.legalReviewDone = hasRecord(records, CaseRecordKind::LegalReview);
    facts.collectiveDiscussionDone = hasRecord(records, CaseRecordKind::CollectiveDiscussion);
    facts.serviceRecorded = hasRecord(records, CaseRecordKind::DecisionServed);
    facts.executionDone = hasRecord(records, CaseRecordKind::ExecutionCompleted);
    // The latest statement of the intended penalties counts: the plan may change until the decision.
    for (const CaseRecord& record : records) {
        if (record.kind != CaseRecordKind::IntendedPenalty)
            continue;
        facts.penaltyKinds.clear();
        for (const QJsonValue kind : record.body.value(QLatin1String(record_keys::penaltyKinds)).toArray())
            facts.penaltyKinds.append(kind.toString());
    }

    // The intended fine: the latest saved discretion result of each violation, a departure where the
    // officer departed from the recommendation with a reason.
    query.prepare(u"SELECT coalesce(departure_amount, recommended_amount) FROM case_discretion d "
                  u"WHERE case_id = ? AND row = (SELECT max(row) FROM case_discretion "
                  u"WHERE case_id = d.case_id AND violation_code = d.violation_code)"_s);
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next()) {
            facts.discretionSaved = true;
            facts.intendedFine += qRound64(query.value(0).toDouble());
        }
    }
    query.prepare(u"SELECT count(*) FROM evidence WHERE case_id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next())
        facts.evidenceCount = query.value(0).toInt();
    facts.unverifiedEvidence = facts.evidenceCount;
    return facts;
}

procedure::ClockFacts CaseProcedure::clockFacts(const QUuid& caseId) const {
    procedure::ClockFacts clocks;
    const std::optional<Case> c = Cases(m_store).caseById(caseId);
    if (!c)
        return clocks;
    QSqlQuery query(m_store.connection());
    query.prepare(u"SELECT lead_received_on FROM cases WHERE id = ?"_s);
    query.addBindValue(Uuid7::toText(caseId));
    if (query.exec() && query.next())
        clocks.leadReceived = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    if (!clocks.leadReceived.isValid())
        clocks.leadReceived = c->openedAt.toLocalTime().date();
    clocks.finished = isFinished(c->state);

    const QList<CaseRecord> records = this->records(caseId);
    // The case is opened when its opening is approved; the approval's procedure step dates it.
    for (const CaseRecord& record : records) {
        if (record.kind != CaseRecordKind::ProcedureStep)
            continue;
        const QString action = record.body[QLatin1String(record_keys::action)].toString();
        if (action == enumKey(CaseAction::ApproveOpening) && !clocks.caseOpened.isValid())
            clocks.caseOpened = record.onDate;
        if ((action == enumKey(CaseAction::Decide) || action == enumKey(CaseAction::DecideNoPenalty) ||
             action == enumKey(CaseAction::Transfer)) &&
            !clocks.decided.isValid())
            clocks.decided = record.onDate;
    }
    // Cases that were past the opening before this profile recorded steps (demo data, older profiles).
    if (!clocks.caseOpened.isValid() && c->state >= CaseState::Investigating)
        clocks.caseOpened = c->openedAt.toLocalTime().date();
    clocks.openingExtensions = countOf(records, CaseRecordKind::OpeningExtended);
    clocks.decisionExtensions = countOf(records, CaseRecordKind::DecisionExtended);
    for (const CaseRecord& record : records) {
        if (record.kind == CaseRecordKind::ClockPaused)
            clocks.pauses.append(
                {record.body[QLatin1String(record_keys::reason)].toString(), record.onDate, {}});
        else if (record.kind == CaseRecordKind::ClockResumed && !clocks.pauses.isEmpty() &&
                 clocks.pauses.last().isOpen())
            clocks.pauses.last().to = record.onDate;
    }
    clocks.noticeServed = firstDate(records, CaseRecordKind::NoticeServed);
    clocks.hearingRequested = hasRecord(records, CaseRecordKind::HearingRequested);
    clocks.defenceWaived = hasRecord(records, CaseRecordKind::DefenceWaived);
    clocks.decisionServed = firstDate(records, CaseRecordKind::DecisionServed);
    clocks.paid = firstDate(records, CaseRecordKind::ExecutionCompleted);
    clocks.correctionOrderServed = firstDate(records, CaseRecordKind::CorrectionOrderServed);
    clocks.reinspected = firstDate(records, CaseRecordKind::Reinspected);
    clocks.preservationStarted = firstDate(records, CaseRecordKind::PreservationStarted);
    clocks.preservationDecided = firstDate(records, CaseRecordKind::PreservationDecided);
    clocks.sealUpDecided = firstDate(records, CaseRecordKind::SealUpDecided);
    clocks.sealUpExtensions = countOf(records, CaseRecordKind::SealUpExtended);
    clocks.sealUpLifted = firstDate(records, CaseRecordKind::SealUpLifted);
    return clocks;
}

bool CaseProcedure::isSignedAction(CaseAction action) {
    const Roles roles = procedure::rolesFor(action);
    return roles.testFlag(Role::TeamLeader) || roles.testFlag(Role::LegalReviewer);
}

CaseProcedure::Outcome CaseProcedure::apply(const QUuid& actorId, Roles roles, const QUuid& caseId,
                                            CaseAction action, const procedure::CaseFacts& facts,
                                            const procedure::ProcedureSettings& settings,
                                            const Signer& signer, const QJsonArray& evidence) {
    Outcome outcome;
    outcome.check = procedure::check(action, roles, facts, settings);
    if (!outcome.check.allowed()) {
        outcome.result = StoreResult::failure(outcome.check.messages().join(QLatin1Char('\n')));
        return outcome;
    }
    const std::optional<Case> current = Cases(m_store).caseById(caseId);
    if (!current) {
        outcome.result =
            StoreResult::failure(QCoreApplication::translate("CaseProcedure", "The case no longer exists."));
        return outcome;
    }
    const CaseState from = current->state;
    const CaseState to = outcome.check.target;
    const bool signedAction = isSignedAction(action);
    if (signedAction && !signer) {
        outcome.result = StoreResult::failure(QCoreApplication::translate(
            "CaseProcedure", "This step is signed with the device key, which is not available."));
        return outcome;
    }

    SignOff signOff;
    if (signedAction) {
        signOff.id = Uuid7::create();
        signOff.caseId = caseId;
        signOff.action = enumKey(action);
        // A return sends the case back: the leader signs that it was not approved.
        signOff.approved = action != CaseAction::ReturnLead && action != CaseAction::ReturnForInvestigation;
        signOff.comment = facts.comment.trimmed();
        signOff.signedBy = actorId;
        signOff.signerName = userName(m_store.connection(), actorId);
        signOff.signedAt = QDateTime::currentDateTimeUtc();
        signOff.stateSha256 = contentSha256(caseId);
        signOff.evidence = evidence;
        signOff.deviceId = m_store.deviceId();
        signOff.signature = signer(signOff.signedBytes());
        if (signOff.signature.isEmpty()) {
            outcome.result = StoreResult::failure(
                QCoreApplication::translate("CaseProcedure", "The device could not sign the step."));
            return outcome;
        }
    }

    const QUuid stepId = Uuid7::create();
    const QJsonObject stepBody{{QLatin1String(record_keys::action), enumKey(action)},
                               {QLatin1String(record_keys::comment), facts.comment.trimmed()},
                               {u"from"_s, enumKey(from)},
                               {u"to"_s, enumKey(to)}};
    Action change{u"case.transition"_s,
                  u"case"_s,
                  caseId,
                  current->version,
                  {{u"state"_s, enumKey(from), enumKey(to)}},
                  {{u"action"_s, enumKey(action)},
                   {u"from"_s, enumKey(from)},
                   {u"to"_s, enumKey(to)},
                   {u"comment"_s, facts.comment.trimmed()},
                   {u"sign_off"_s, signedAction ? Uuid7::toText(signOff.id) : QString()},
                   {u"state_sha256"_s, signOff.stateSha256}}};
    QList<Action> actions{change};
    if (signedAction)
        actions.append(
            syncAction(signOff, {{u"case_id"_s, Uuid7::toText(caseId)}, {u"action"_s, enumKey(action)}}));
    outcome.result = m_store.perform(actorId, actions, [&](QSqlDatabase& db) {
        if (StoreResult moved = Cases::moveState(db, caseId, from, to); !moved)
            return moved;
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO case_records(id, case_id, kind, on_date, body, recorded_by, recorded_at) "
                      u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(Uuid7::toText(stepId));
        query.addBindValue(Uuid7::toText(caseId));
        query.addBindValue(enumKey(CaseRecordKind::ProcedureStep));
        query.addBindValue(sql::dateOrNull(facts.today.isValid() ? facts.today : QDate::currentDate()));
        query.addBindValue(QString::fromUtf8(canonical(stepBody)));
        query.addBindValue(sql::idOrNull(actorId));
        query.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
        if (!query.exec())
            return queryFailure(query);
        if (!signedAction)
            return StoreResult();
        return insertSignOff(db, signOff);
    });
    if (outcome.ok() && signedAction)
        outcome.signOff = signOff;
    return outcome;
}

QByteArray CaseProcedure::canonicalContent(const QUuid& caseId) const {
    const QString id = Uuid7::toText(caseId);
    QSqlQuery query(m_store.connection());
    const auto rows = [&](const QString& sql) {
        query.prepare(sql);
        query.addBindValue(id);
        return query.exec() ? rowsAsJson(query) : QJsonArray();
    };
    QJsonObject content;
    content[u"case"_s] =
        rows(u"SELECT c.id, c.cause, c.subject_id, s.name, s.credit_code, c.party_is_individual, "
             u"c.provisional_label, c.opened_at FROM cases c JOIN subjects s ON s.id = c.subject_id "
             u"WHERE c.id = ?"_s);
    content[u"violations"_s] = rows(
        u"SELECT id, description, legal_basis, act_start, act_end FROM violations WHERE case_id = ? ORDER BY id"_s);
    content[u"discretion"_s] =
        rows(u"SELECT id, violation_code, pack_sha256, result, departure_amount, departure_reason FROM "
             u"case_discretion WHERE case_id = ? ORDER BY id"_s);
    content[u"records"_s] = rows(
        u"SELECT id, kind, on_date, body FROM case_records WHERE case_id = ? AND kind <> 'procedure_step' ORDER BY id"_s);
    content[u"inspections"_s] =
        rows(u"SELECT id, started_at, ended_at, findings, outcome, recusal_declared FROM inspections "
             u"WHERE case_id = ? ORDER BY id"_s);
    content[u"interviews"_s] = rows(u"SELECT id, started_at, ended_at, place, interviewee, officers, "
                                    u"exchanges, confirmation FROM interviews "
                                    u"WHERE case_id = ? ORDER BY id"_s);
    content[u"signatures"_s] =
        rows(u"SELECT id, place, signer_name, sha256, refused, witness_name FROM signatures "
             u"WHERE case_id = ? ORDER BY id"_s);
    return canonical(content);
}

QString CaseProcedure::contentSha256(const QUuid& caseId) const {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(caseId), QCryptographicHash::Sha256).toHex());
}

QList<SignOff> CaseProcedure::signOffs(const QUuid& caseId) const {
    QSqlQuery query(m_store.connection());
    query.prepare(
        u"SELECT id, action, outcome, comment, signed_by, signer_name, signed_at, state_sha256, "
        u"evidence, amendment_id, device_id, signature FROM sign_offs WHERE case_id = ? ORDER BY row"_s);
    query.addBindValue(Uuid7::toText(caseId));
    QList<SignOff> signOffs;
    if (!query.exec())
        return signOffs;
    while (query.next()) {
        SignOff s;
        s.id = QUuid(query.value(0).toString());
        s.caseId = caseId;
        s.action = query.value(1).toString();
        s.approved = query.value(2).toString() == u"approved"_s;
        s.comment = query.value(3).toString();
        s.signedBy = QUuid(query.value(4).toString());
        s.signerName = query.value(5).toString();
        s.signedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        s.stateSha256 = query.value(7).toString();
        s.evidence = QJsonDocument::fromJson(query.value(8).toByteArray()).array();
        s.amendmentId = QUuid(query.value(9).toString());
        s.deviceId = QUuid(query.value(10).toString());
        s.signature = query.value(11).toByteArray();
        signOffs.append(s);
    }
    return signOffs;
}

QList<CaseRecord> CaseProcedure::pendingAmendments(const QUuid& caseId) const {
    QSet<QUuid> signedAmendments;
    for (const SignOff& signOff : signOffs(caseId))
        signedAmendments.insert(signOff.amendmentId);
    QList<CaseRecord> pending = records(caseId, CaseRecordKind::Amendment);
    pending.removeIf([&](const CaseRecord& r) { return signedAmendments.contains(r.id); });
    return pending;
}

StoreResult CaseProcedure::signAmendment(const QUuid& actorId, Roles roles, const QUuid& caseId,
                                         const QUuid& amendmentId, const QString& comment,
                                         const Signer& signer) {
    if (!roles.testFlag(Role::TeamLeader))
        return StoreResult::failure(
            QCoreApplication::translate("CaseProcedure", "Only a team leader signs an amendment off."));
    const QList<CaseRecord> pending = pendingAmendments(caseId);
    if (std::none_of(pending.begin(), pending.end(),
                     [&](const CaseRecord& r) { return r.id == amendmentId; }))
        return StoreResult::failure(QCoreApplication::translate(
            "CaseProcedure", "The amendment does not exist or has already been signed off."));
    if (!signer)
        return StoreResult::failure(QCoreApplication::translate(
            "CaseProcedure", "This step is signed with the device key, which is not available."));
    SignOff signOff;
    signOff.id = Uuid7::create();
    signOff.caseId = caseId;
    signOff.action = enumKey(CaseRecordKind::Amendment);
    signOff.comment = comment.trimmed();
    signOff.signedBy = actorId;
    signOff.signerName = userName(m_store.connection(), actorId);
    signOff.signedAt = QDateTime::currentDateTimeUtc();
    signOff.stateSha256 = contentSha256(caseId);
    signOff.amendmentId = amendmentId;
    signOff.deviceId = m_store.deviceId();
    signOff.signature = signer(signOff.signedBytes());
    if (signOff.signature.isEmpty())
        return StoreResult::failure(
            QCoreApplication::translate("CaseProcedure", "The device could not sign the step."));
    const Action action = syncAction(
        signOff, {{u"case_id"_s, Uuid7::toText(caseId)}, {u"amendment_id"_s, Uuid7::toText(amendmentId)}});
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) { return insertSignOff(db, signOff); });
}

bool CaseProcedure::signatureHolds(const SignOff& signOff) const {
    const QByteArray publicKey = EvidenceRecords(m_store).devicePublicKey(signOff.deviceId);
    return !publicKey.isEmpty() &&
           security::DeviceKey::verify(publicKey, signOff.signedBytes(), signOff.signature);
}

} // namespace fieldcase::store
