#include "DocumentDrafts.h"

#include "SqlValues.h"
#include "Uuid7.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

using namespace Qt::StringLiterals;

namespace {

QString compactJson(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Inserts or replaces the row of one draft; `actorId` may be null (a draft written from the bureau's copy).
StoreResult writeRow(QSqlDatabase& db, const QString& id, const QString& caseId, const QString& kind,
                     const QJsonObject& fields, const QUuid& actorId) {
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO document_drafts(id, case_id, kind, fields, updated_by, updated_at) "
        u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, kind) DO UPDATE SET id = excluded.id, "
        u"fields = excluded.fields, updated_by = excluded.updated_by, updated_at = excluded.updated_at"_s);
    query.addBindValue(id);
    query.addBindValue(caseId);
    query.addBindValue(kind);
    query.addBindValue(compactJson(fields));
    query.addBindValue(sql::idOrNull(actorId));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return query.exec() ? StoreResult() : StoreResult::failure(query.lastError().text());
}

} // namespace

QUuid DocumentDrafts::entityId(const QUuid& caseId, const QString& kind) {
    return QUuid::createUuidV5(caseId, kind);
}

std::optional<QJsonObject> DocumentDrafts::held(const QUuid& caseId, const QString& kind) const {
    QSqlQuery query(m_store.connection());
    query.prepare(u"SELECT fields FROM document_drafts WHERE case_id = ? AND kind = ?"_s);
    query.addBindValue(Uuid7::toText(caseId));
    query.addBindValue(kind);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
}

QJsonObject DocumentDrafts::fields(const QUuid& caseId, const QString& kind) const {
    return held(caseId, kind).value_or(QJsonObject());
}

StoreResult DocumentDrafts::save(const QUuid& actorId, const QUuid& caseId, const QString& kind,
                                 const QJsonObject& fields) {
    const std::optional<QJsonObject> stored = held(caseId, kind);
    const QJsonObject before = stored.value_or(QJsonObject());
    const auto typed = [&before](const QString& field) {
        const QJsonValue value = before.value(field);
        return value.isUndefined() ? QJsonValue() : value; // not typed yet: null to the bureau's merge
    };
    QList<FieldChange> changes;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (typed(it.key()) != it.value())
            changes.append({QString(FieldPrefix) + it.key(), typed(it.key()), it.value()});
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!fields.contains(it.key()))
            changes.append({QString(FieldPrefix) + it.key(), it.value(), QJsonValue()});
    }
    if (changes.isEmpty())
        return StoreResult();
    if (!stored) // the first save places the draft
        changes = QList<FieldChange>{{u"case_id"_s, QJsonValue(), Uuid7::toText(caseId)},
                                     {u"kind"_s, QJsonValue(), kind}} +
                  changes;
    const QUuid id = entityId(caseId, kind);
    Action action{u"document_draft.save"_s, u"document_draft"_s, id, 0, changes, {{u"kind"_s, kind}}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        return writeRow(db, Uuid7::toText(id), Uuid7::toText(caseId), kind, fields, actorId);
    });
}

StoreResult DocumentDrafts::writeSynced(QSqlDatabase& db, const QString& id, const QJsonObject& record) {
    const QString caseId = record.value(u"case_id"_s).toString();
    const QString kind = record.value(u"kind"_s).toString();
    if (QUuid::fromString(caseId).isNull() || kind.isEmpty() ||
        Uuid7::toText(entityId(QUuid::fromString(caseId), kind)) != id)
        return StoreResult::failure(tr("the document draft does not name its case and document"));
    QJsonObject fields;
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it.key().startsWith(FieldPrefix) && !it.value().isNull())
            fields.insert(it.key().mid(FieldPrefix.size()), it.value());
    }
    return writeRow(db, id, caseId, kind, fields, {});
}

StoreResult DocumentDrafts::writeSyncedField(QSqlDatabase& db, const QString& id, const QString& field,
                                             const QJsonValue& value) {
    if (!field.startsWith(FieldPrefix))
        return StoreResult(); // the case and kind never change
    QSqlQuery query(db);
    query.prepare(u"SELECT case_id, kind, fields FROM document_drafts WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult::failure(query.lastError().text());
    if (!query.next())
        return StoreResult();
    const QString caseId = query.value(0).toString();
    const QString kind = query.value(1).toString();
    QJsonObject fields = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
    query.finish();
    if (value.isNull() || value.isUndefined())
        fields.remove(field.mid(FieldPrefix.size()));
    else
        fields.insert(field.mid(FieldPrefix.size()), value);
    return writeRow(db, id, caseId, kind, fields, {});
}

} // namespace fieldcase::store
