#include "Interviews.h"

#include "SqlValues.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

using namespace Qt::StringLiterals;

namespace {

StoreResult queryFailure(const QSqlQuery& query) {
    return StoreResult::failure(query.lastError().text());
}

QString timeText(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QVariant timeOrNull(const QDateTime& time) {
    return time.isValid() ? QVariant(timeText(time)) : QVariant();
}

QDateTime timeFrom(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QJsonObject intervieweeJson(const Interviewee& person) {
    return {{u"name"_s, person.name},          {u"gender"_s, person.gender},
            {u"id_number"_s, person.idNumber}, {u"employer"_s, person.employer},
            {u"position"_s, person.position},  {u"phone"_s, person.phone},
            {u"relation"_s, person.relation},  {u"recusal"_s, person.recusal}};
}

Interviewee intervieweeFrom(const QJsonObject& object) {
    return {object[u"name"_s].toString(),      object[u"gender"_s].toString(),
            object[u"id_number"_s].toString(), object[u"employer"_s].toString(),
            object[u"position"_s].toString(),  object[u"phone"_s].toString(),
            object[u"relation"_s].toString(),  object[u"recusal"_s].toString()};
}

// The key "certificate" is what CaseProcedure::facts() counts the certified officers of a record by.
QJsonArray officersJson(const QList<OfficerPresence>& officers) {
    QJsonArray array;
    for (const OfficerPresence& officer : officers)
        array.append(
            QJsonObject{{u"user_id"_s, officer.userId.isNull() ? QString() : Uuid7::toText(officer.userId)},
                        {u"name"_s, officer.name},
                        {u"certificate"_s, officer.certificateNumber}});
    return array;
}

QList<OfficerPresence> officersFrom(const QJsonArray& array) {
    QList<OfficerPresence> officers;
    for (const QJsonValue value : array)
        officers.append({QUuid::fromString(value[u"user_id"_s].toString()), value[u"name"_s].toString(),
                         value[u"certificate"_s].toString()});
    return officers;
}

QJsonArray exchangesJson(const QList<InterviewExchange>& exchanges) {
    QJsonArray array;
    for (const InterviewExchange& exchange : exchanges)
        array.append(QJsonObject{{u"question"_s, exchange.question}, {u"answer"_s, exchange.answer}});
    return array;
}

QList<InterviewExchange> exchangesFrom(const QJsonArray& array) {
    QList<InterviewExchange> exchanges;
    for (const QJsonValue value : array)
        exchanges.append({value[u"question"_s].toString(), value[u"answer"_s].toString()});
    return exchanges;
}

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray& array) {
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Blank questions (an added row nobody filled) are not part of the record.
QList<InterviewExchange> filledExchanges(const QList<InterviewExchange>& exchanges) {
    QList<InterviewExchange> filled;
    for (const InterviewExchange& exchange : exchanges) {
        if (!exchange.question.trimmed().isEmpty() || !exchange.answer.trimmed().isEmpty())
            filled.append({exchange.question.trimmed(), exchange.answer.trimmed()});
    }
    return filled;
}

QJsonValue fieldValue(const std::optional<Interview>& interview,
                      const std::function<QJsonValue(const Interview&)>& get) {
    return interview ? get(*interview) : QJsonValue();
}

} // namespace

QString Interviews::intervieweePlace() {
    return u"interviewee"_s;
}

QString Interviews::entityType() {
    return u"interview"_s;
}

StoreResult Interviews::save(const QUuid& actorId, Interview& interview) {
    std::optional<Interview> stored;
    if (!interview.id.isNull())
        stored = byId(interview.id);
    if (stored && stored->isConfirmed())
        return StoreResult::failure(QCoreApplication::translate(
            "Interviews", "This interview record was confirmed and signed; it can no longer be changed."));
    if (stored && stored->caseId != interview.caseId)
        return StoreResult::failure(QCoreApplication::translate(
            "Interviews", "An interview record cannot be moved to another case."));
    if (interview.caseId.isNull())
        return StoreResult::failure(
            QCoreApplication::translate("Interviews", "An interview record belongs to a case."));
    if (!interview.startedAt.isValid())
        return StoreResult::failure(QCoreApplication::translate(
            "Interviews", "An interview record needs the time the interview started."));
    if (interview.endedAt.isValid() && interview.endedAt < interview.startedAt)
        return StoreResult::failure(
            QCoreApplication::translate("Interviews", "The interview cannot end before it started."));

    Interview draft = interview;
    if (draft.id.isNull())
        draft.id = Uuid7::create();
    draft.place = draft.place.trimmed();
    draft.recorder = draft.recorder.trimmed();
    draft.exchanges = filledExchanges(draft.exchanges);
    draft.confirmedAt = {};
    const QJsonObject person = intervieweeJson(draft.interviewee);
    const QJsonArray officers = officersJson(draft.officers);
    const QJsonArray exchanges = exchangesJson(draft.exchanges);

    using Get = std::function<QJsonValue(const Interview&)>;
    auto change = [&](const QString& field, const Get& get, const QJsonValue& now) {
        return FieldChange{field, fieldValue(stored, get), now};
    };
    Action action{
        u"interview.save"_s,
        u"interview"_s,
        draft.id,
        stored ? interview.version : 0,
        {change(
             u"case_id"_s, [](const Interview& i) { return QJsonValue(Uuid7::toText(i.caseId)); },
             Uuid7::toText(draft.caseId)),
         change(
             u"started_at"_s, [](const Interview& i) { return QJsonValue(timeText(i.startedAt)); },
             timeText(draft.startedAt)),
         change(
             u"ended_at"_s, [](const Interview& i) { return QJsonValue(timeText(i.endedAt)); },
             timeText(draft.endedAt)),
         change(
             u"place"_s, [](const Interview& i) { return QJsonValue(i.place); }, draft.place),
         change(
             u"interviewee"_s, [](const Interview& i) { return QJsonValue(intervieweeJson(i.interviewee)); },
             person),
         change(
             u"officers"_s, [](const Interview& i) { return QJsonValue(officersJson(i.officers)); },
             officers),
         change(
             u"recorder"_s, [](const Interview& i) { return QJsonValue(i.recorder); }, draft.recorder),
         change(
             u"exchanges"_s, [](const Interview& i) { return QJsonValue(exchangesJson(i.exchanges)); },
             exchanges),
         change(
             u"confirmation"_s, [](const Interview& i) { return QJsonValue(i.confirmation); },
             draft.confirmation)},
        {{u"case_id"_s, Uuid7::toText(draft.caseId)},
         {u"exchanges"_s, int(draft.exchanges.size())},
         {u"officers"_s, int(draft.officers.size())}}};
    const StoreResult saved = m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        if (!stored) {
            query.prepare(u"INSERT INTO interviews(id, case_id, started_at, ended_at, place, interviewee, "
                          u"officers, recorder, exchanges, confirmation) "
                          u"SELECT ?, id, ?, ?, ?, ?, ?, ?, ?, ? FROM cases WHERE id = ?"_s);
            query.addBindValue(Uuid7::toText(draft.id));
        } else {
            // The version and the unconfirmed state are part of the WHERE clause: a draft another device
            // changed, or a record confirmed meanwhile, is not overwritten.
            query.prepare(
                u"UPDATE interviews SET started_at = ?, ended_at = ?, place = ?, interviewee = ?, "
                u"officers = ?, recorder = ?, exchanges = ?, confirmation = ?, version = version + 1 "
                u"WHERE id = ? AND version = ? AND confirmed_at IS NULL"_s);
        }
        query.addBindValue(timeText(draft.startedAt));
        query.addBindValue(timeOrNull(draft.endedAt));
        query.addBindValue(sql::text(draft.place));
        query.addBindValue(compact(person));
        query.addBindValue(compact(officers));
        query.addBindValue(sql::text(draft.recorder));
        query.addBindValue(compact(exchanges));
        query.addBindValue(sql::text(draft.confirmation));
        if (!stored) {
            query.addBindValue(Uuid7::toText(draft.caseId));
        } else {
            query.addBindValue(Uuid7::toText(draft.id));
            query.addBindValue(interview.version);
        }
        if (!query.exec())
            return queryFailure(query);
        if (query.numRowsAffected() != 1)
            return StoreResult::failure(
                stored ? QCoreApplication::translate(
                             "Interviews", "Someone else has changed this interview record; reopen it.")
                       : QCoreApplication::translate("Interviews",
                                                     "The case of this interview record no longer exists."));
        return StoreResult();
    });
    if (saved) {
        draft.version = stored ? interview.version + 1 : 1;
        interview = draft;
    }
    return saved;
}

QStringList Interviews::missingForConfirmation(const Interview& interview) const {
    QStringList missing;
    // 行政处罚法 Art. 42: two officers holding enforcement certificates; the same person twice is one.
    QSet<QString> certified;
    for (const OfficerPresence& officer : interview.officers) {
        if (!officer.certificateNumber.trimmed().isEmpty())
            certified.insert(officer.userId.isNull() ? officer.certificateNumber.trimmed()
                                                     : Uuid7::toText(officer.userId));
    }
    if (certified.size() < Inspection::MinimumOfficers)
        missing.append(QCoreApplication::translate(
            "Interviews", "At least two officers holding enforcement certificates conduct the interview."));
    if (interview.interviewee.name.trimmed().isEmpty())
        missing.append(QCoreApplication::translate("Interviews", "The interviewee's name."));
    if (filledExchanges(interview.exchanges).isEmpty())
        missing.append(QCoreApplication::translate("Interviews", "At least one question with its answer."));

    bool signedOrRefused = false;
    if (!interview.id.isNull()) {
        QSqlQuery query(m_store.connection());
        query.prepare(
            u"SELECT count(*) FROM signatures WHERE entity_type = ? AND entity_id = ? AND place = ?"_s);
        query.addBindValue(entityType());
        query.addBindValue(Uuid7::toText(interview.id));
        query.addBindValue(intervieweePlace());
        signedOrRefused = query.exec() && query.next() && query.value(0).toInt() > 0;
    }
    if (!signedOrRefused)
        missing.append(QCoreApplication::translate(
            "Interviews",
            "The interviewee's signature on the record, or a refusal to sign with its witness."));
    return missing;
}

StoreResult Interviews::confirm(const QUuid& actorId, const QUuid& interviewId) {
    const std::optional<Interview> interview = byId(interviewId);
    if (!interview)
        return StoreResult::failure(
            QCoreApplication::translate("Interviews", "The interview record no longer exists."));
    if (interview->isConfirmed())
        return StoreResult::failure(
            QCoreApplication::translate("Interviews", "This interview record was already confirmed."));
    const QStringList missing = missingForConfirmation(*interview);
    if (!missing.isEmpty())
        return StoreResult::failure(missing.join(QLatin1Char('\n')));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The record ends when it is confirmed unless the officers wrote down an earlier end.
    const QDateTime endedAt = interview->endedAt.isValid() ? interview->endedAt : now;
    Action action{u"interview.confirm"_s,
                  u"interview"_s,
                  interviewId,
                  interview->version,
                  {{u"confirmed_at"_s, {}, timeText(now)},
                   {u"ended_at"_s, timeText(interview->endedAt), timeText(endedAt)}},
                  {{u"case_id"_s, Uuid7::toText(interview->caseId)}}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(u"UPDATE interviews SET confirmed_at = ?, ended_at = ?, version = version + 1 "
                      u"WHERE id = ? AND version = ? AND confirmed_at IS NULL"_s);
        query.addBindValue(timeText(now));
        query.addBindValue(timeText(endedAt));
        query.addBindValue(Uuid7::toText(interviewId));
        query.addBindValue(interview->version);
        if (!query.exec())
            return queryFailure(query);
        if (query.numRowsAffected() != 1)
            return StoreResult::failure(QCoreApplication::translate(
                "Interviews", "Someone else has changed this interview record; reopen it."));
        return StoreResult();
    });
}

std::optional<Interview> Interviews::byId(const QUuid& interviewId) const {
    const QList<Interview> found = select(u"id"_s, Uuid7::toText(interviewId));
    return found.isEmpty() ? std::nullopt : std::optional<Interview>(found.first());
}

QList<Interview> Interviews::forCase(const QUuid& caseId) const {
    return select(u"case_id"_s, Uuid7::toText(caseId));
}

QList<Interview> Interviews::select(const QString& column, const QString& id) const {
    QSqlQuery query(m_store.connection());
    query.prepare(
        u"SELECT id, case_id, started_at, ended_at, place, interviewee, officers, recorder, "
        u"exchanges, confirmation, confirmed_at, version FROM interviews WHERE %1 = ? ORDER BY row"_s.arg(
            column));
    query.addBindValue(id);
    QList<Interview> interviews;
    if (!query.exec())
        return interviews;
    while (query.next()) {
        Interview interview;
        interview.id = QUuid::fromString(query.value(0).toString());
        interview.caseId = QUuid::fromString(query.value(1).toString());
        interview.startedAt = timeFrom(query.value(2));
        interview.endedAt = timeFrom(query.value(3));
        interview.place = query.value(4).toString();
        interview.interviewee =
            intervieweeFrom(QJsonDocument::fromJson(query.value(5).toByteArray()).object());
        interview.officers = officersFrom(QJsonDocument::fromJson(query.value(6).toByteArray()).array());
        interview.recorder = query.value(7).toString();
        interview.exchanges = exchangesFrom(QJsonDocument::fromJson(query.value(8).toByteArray()).array());
        interview.confirmation = query.value(9).toString();
        interview.confirmedAt = timeFrom(query.value(10));
        interview.version = query.value(11).toLongLong();
        interviews.append(interview);
    }
    return interviews;
}

} // namespace fieldcase::store
