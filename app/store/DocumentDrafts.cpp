#include "DocumentDrafts.h"

#include "SqlValues.h"
#include "Uuid7.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

using namespace Qt::StringLiterals;

QJsonObject DocumentDrafts::fields(const QUuid& caseId, const QString& kind) const {
    QSqlQuery query(m_store.connection());
    query.prepare(u"SELECT fields FROM document_drafts WHERE case_id = ? AND kind = ?"_s);
    query.addBindValue(Uuid7::toText(caseId));
    query.addBindValue(kind);
    if (!query.exec() || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
}

StoreResult DocumentDrafts::save(const QUuid& actorId, const QUuid& caseId, const QString& kind,
                                 const QJsonObject& fields) {
    const QJsonObject before = this->fields(caseId, kind);
    QList<FieldChange> changes;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (before.value(it.key()) != it.value())
            changes.append({it.key(), before.value(it.key()), it.value()});
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!fields.contains(it.key()))
            changes.append({it.key(), it.value(), QJsonValue()});
    }
    if (changes.isEmpty())
        return StoreResult();
    // The draft of a case's document is one entity for sync: the case id and kind name it.
    Action action{u"document_draft.save"_s, u"document_draft"_s, caseId, 0, changes, {{u"kind"_s, kind}}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(
            u"INSERT INTO document_drafts(case_id, kind, fields, updated_by, updated_at) "
            u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, kind) DO UPDATE SET fields = excluded.fields, "
            u"updated_by = excluded.updated_by, updated_at = excluded.updated_at"_s);
        query.addBindValue(Uuid7::toText(caseId));
        query.addBindValue(kind);
        query.addBindValue(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
        query.addBindValue(sql::idOrNull(actorId));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        return query.exec() ? StoreResult() : StoreResult::failure(query.lastError().text());
    });
}

} // namespace fieldcase::store
