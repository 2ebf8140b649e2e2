#include "Signatures.h"

#include "SqlValues.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

using namespace Qt::StringLiterals;

StoreResult Signatures::add(const QUuid& actorId, const SignatureRecord& input) {
    SignatureRecord s = input;
    if (s.id.isNull())
        s.id = Uuid7::create();
    if (!s.signedAt.isValid())
        s.signedAt = QDateTime::currentDateTimeUtc();
    s.deviceId = m_store.deviceId();
    if (s.refused) {
        if (s.witnessName.trimmed().isEmpty())
            return StoreResult::failure(QCoreApplication::translate(
                "Signatures", "A refusal to sign needs the name of the witness who saw it."));
        s.png.clear();
        s.sha256.clear();
    } else {
        if (s.signerName.trimmed().isEmpty() || s.png.isEmpty())
            return StoreResult::failure(QCoreApplication::translate(
                "Signatures", "A signature needs the signer's name and the signature."));
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(s.png, QCryptographicHash::Sha256).toHex());
        if (!s.sha256.isEmpty() && s.sha256 != hash)
            return StoreResult::failure(QCoreApplication::translate(
                "Signatures", "The signature image changed after it was taken; take the signature again."));
        s.sha256 = hash;
    }
    Action action{u"signature.add"_s,
                  u"signature"_s,
                  s.id,
                  0,
                  {{u"case_id"_s, {}, s.caseId.isNull() ? QString() : Uuid7::toText(s.caseId)},
                   {u"entity_type"_s, {}, s.entityType},
                   {u"entity_id"_s, {}, Uuid7::toText(s.entityId)},
                   {u"place"_s, {}, s.place},
                   {u"signer_name"_s, {}, s.signerName},
                   {u"sha256"_s, {}, s.sha256},
                   {u"refused"_s, {}, s.refused},
                   {u"witness_name"_s, {}, s.witnessName},
                   {u"signed_at"_s, {}, s.signedAt.toString(Qt::ISODateWithMs)}},
                  {{u"entity_type"_s, s.entityType},
                   {u"entity_id"_s, Uuid7::toText(s.entityId)},
                   {u"place"_s, s.place},
                   {u"sha256"_s, s.sha256},
                   {u"refused"_s, s.refused}}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(
            u"INSERT INTO signatures(id, case_id, entity_type, entity_id, place, signer_name, "
            u"signer_user_id, image, sha256, strokes, refused, witness_name, refusal_note, signed_at, "
            u"device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(Uuid7::toText(s.id));
        query.addBindValue(sql::idOrNull(s.caseId));
        query.addBindValue(s.entityType);
        query.addBindValue(Uuid7::toText(s.entityId));
        query.addBindValue(s.place);
        query.addBindValue(sql::text(s.signerName.trimmed()));
        query.addBindValue(sql::idOrNull(s.signerUserId));
        query.addBindValue(s.refused ? QVariant() : QVariant(s.png));
        query.addBindValue(sql::text(s.sha256));
        query.addBindValue(sql::text(QString::fromUtf8(s.strokes)));
        query.addBindValue(s.refused);
        query.addBindValue(sql::text(s.witnessName.trimmed()));
        query.addBindValue(sql::text(s.refusalNote.trimmed()));
        query.addBindValue(s.signedAt.toUTC().toString(Qt::ISODateWithMs));
        query.addBindValue(Uuid7::toText(s.deviceId));
        return query.exec() ? StoreResult() : StoreResult::failure(query.lastError().text());
    });
}

QList<SignatureRecord> Signatures::forEntity(const QUuid& entityId) const {
    QSqlQuery query(m_store.connection());
    query.prepare(
        u"SELECT id, case_id, entity_type, place, signer_name, signer_user_id, image, sha256, strokes, "
        u"refused, witness_name, refusal_note, signed_at, device_id FROM signatures "
        u"WHERE entity_id = ? ORDER BY row"_s);
    query.addBindValue(Uuid7::toText(entityId));
    QList<SignatureRecord> list;
    if (!query.exec())
        return list;
    while (query.next()) {
        SignatureRecord s;
        s.id = QUuid(query.value(0).toString());
        s.caseId = QUuid(query.value(1).toString());
        s.entityType = query.value(2).toString();
        s.entityId = entityId;
        s.place = query.value(3).toString();
        s.signerName = query.value(4).toString();
        s.signerUserId = QUuid(query.value(5).toString());
        s.png = query.value(6).toByteArray();
        s.sha256 = query.value(7).toString();
        s.strokes = query.value(8).toByteArray();
        s.refused = query.value(9).toBool();
        s.witnessName = query.value(10).toString();
        s.refusalNote = query.value(11).toString();
        s.signedAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
        s.deviceId = QUuid(query.value(13).toString());
        list.append(s);
    }
    return list;
}

} // namespace fieldcase::store
