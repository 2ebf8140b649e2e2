#include "Subjects.h"

#include "CreditCode.h"
#include "SqlValues.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

namespace {

QJsonArray contactsToJson(const QList<Contact>& contacts) {
    QJsonArray array;
    for (const Contact& c : contacts) {
        array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                 {QStringLiteral("position"), c.position},
                                 {QStringLiteral("phone"), c.phone}});
    }
    return array;
}

QList<Contact> contactsFromJson(const QString& text) {
    QList<Contact> contacts;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        contacts.append({o.value(QStringLiteral("name")).toString(),
                         o.value(QStringLiteral("position")).toString(),
                         o.value(QStringLiteral("phone")).toString()});
    }
    return contacts;
}

// The synchronised fields of a subject, as (field, value) pairs for the outbox.
QList<std::pair<QString, QJsonValue>> fieldsOf(const Subject& s) {
    return {
        {QStringLiteral("name"), s.name},
        {QStringLiteral("credit_code"), s.creditCode},
        {QStringLiteral("address"), s.address},
        {QStringLiteral("latitude"), s.position ? QJsonValue(s.position->latitude) : QJsonValue()},
        {QStringLiteral("longitude"), s.position ? QJsonValue(s.position->longitude) : QJsonValue()},
        {QStringLiteral("industry"), s.industry},
        {QStringLiteral("class"), enumKey(s.subjectClass)},
        {QStringLiteral("permit_number"), s.dischargePermitNumber},
        {QStringLiteral("grid"), s.grid},
        {QStringLiteral("contacts"), contactsToJson(s.contacts)},
    };
}

void bindSubject(QSqlQuery& query, const Subject& s) {
    query.addBindValue(s.name.trimmed());
    query.addBindValue(s.creditCode);
    query.addBindValue(sql::text(s.address));
    query.addBindValue(s.position ? QVariant(s.position->latitude) : QVariant());
    query.addBindValue(s.position ? QVariant(s.position->longitude) : QVariant());
    query.addBindValue(sql::text(s.industry));
    query.addBindValue(enumKey(s.subjectClass));
    query.addBindValue(sql::text(s.dischargePermitNumber));
    query.addBindValue(sql::text(s.grid));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(contactsToJson(s.contacts)).toJson(QJsonDocument::Compact)));
}

StoreResult validate(const Subject& subject) {
    if (subject.name.trimmed().isEmpty())
        return StoreResult::failure(QCoreApplication::translate("Subjects", "The subject needs a name."));
    if (const CreditCode::Result check = CreditCode::validate(subject.creditCode); !check.ok())
        return StoreResult::failure(check.message());
    if (subject.position && !subject.position->isValid())
        return StoreResult::failure(QCoreApplication::translate(
            "Subjects", "The position is outside the valid range of latitude and longitude."));
    return {};
}

StoreResult uniqueCodeFailure(const QSqlQuery& query, const QString& code) {
    if (query.lastError().text().contains(QLatin1String("subjects.credit_code")))
        return StoreResult::failure(
            QCoreApplication::translate("Subjects",
                                        "A subject with the credit code %1 is already registered.")
                .arg(code));
    return StoreResult::failure(query.lastError().text());
}

} // namespace

StoreResult Subjects::create(const QUuid& actorId, const Subject& subject) {
    if (StoreResult valid = validate(subject); !valid)
        return valid;
    Action action{QStringLiteral("subject.create"), QStringLiteral("subject"), subject.id, 0, {}, {}};
    for (const auto& [field, value] : fieldsOf(subject))
        action.changes.append({field, QJsonValue(), value});
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("INSERT INTO subjects(id, name, credit_code, address, latitude, longitude, "
                           "industry, class, permit_number, grid, contacts) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(Uuid7::toText(subject.id));
        bindSubject(query, subject);
        return query.exec() ? StoreResult() : uniqueCodeFailure(query, subject.creditCode);
    });
}

StoreResult Subjects::update(const QUuid& actorId, const Subject& subject) {
    if (StoreResult valid = validate(subject); !valid)
        return valid;
    const std::optional<Subject> before = this->subject(subject.id);
    if (!before)
        return StoreResult::failure(QCoreApplication::translate("Subjects", "The subject no longer exists."));

    // Only the fields that changed go to the outbox, so the server can merge field by field.
    Action action{
        QStringLiteral("subject.update"), QStringLiteral("subject"), subject.id, before->version, {}, {}};
    const auto oldFields = fieldsOf(*before);
    const auto newFields = fieldsOf(subject);
    for (qsizetype i = 0; i < newFields.size(); ++i) {
        if (oldFields[i].second != newFields[i].second)
            action.changes.append({newFields[i].first, oldFields[i].second, newFields[i].second});
    }
    if (action.changes.isEmpty())
        return {};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("UPDATE subjects SET name = ?, credit_code = ?, address = ?, latitude = ?, "
                           "longitude = ?, industry = ?, class = ?, permit_number = ?, grid = ?, "
                           "contacts = ?, version = version + 1 WHERE id = ?"));
        bindSubject(query, subject);
        query.addBindValue(Uuid7::toText(subject.id));
        return query.exec() ? StoreResult() : uniqueCodeFailure(query, subject.creditCode);
    });
}

std::optional<Subject> Subjects::subject(const QUuid& id) const {
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT name, credit_code, address, latitude, longitude, industry, class, "
                                 "permit_number, grid, contacts, version FROM subjects WHERE id = ?"));
    query.addBindValue(Uuid7::toText(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    Subject s;
    s.id = id;
    s.name = query.value(0).toString();
    s.creditCode = query.value(1).toString();
    s.address = query.value(2).toString();
    if (!query.value(3).isNull() && !query.value(4).isNull())
        s.position = GeoPoint{query.value(3).toDouble(), query.value(4).toDouble()};
    s.industry = query.value(5).toString();
    s.subjectClass = enumFromKey<SubjectClass>(query.value(6).toString()).value_or(SubjectClass::General);
    s.dischargePermitNumber = query.value(7).toString();
    s.grid = query.value(8).toString();
    s.contacts = contactsFromJson(query.value(9).toString());
    s.version = query.value(10).toLongLong();
    return s;
}

int Subjects::count() const {
    QSqlQuery query(m_store.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM subjects")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

} // namespace fieldcase::store
