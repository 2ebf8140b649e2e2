#include "DiscretionStore.h"

#include "SqlValues.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

namespace {

std::optional<discretion::Pack> parseStored(const QByteArray& content) {
    discretion::PackParser::Result parsed = discretion::PackParser::parse(content);
    return parsed.pack;
}

QString compactJson(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

DiscretionStore::CheckedPack DiscretionStore::check(const QByteArray& content,
                                                    const QByteArray& signatureFile,
                                                    const QList<security::TrustedKey>& trusted) {
    CheckedPack checked;
    const security::DetachedSignature::Check signature =
        security::DetachedSignature::verify(content, signatureFile, trusted);
    if (!signature.ok) {
        checked.message =
            QCoreApplication::translate("DiscretionStore", "The discretion standard was refused: %1")
                .arg(signature.message);
        return checked;
    }
    discretion::PackParser::Result parsed = discretion::PackParser::parse(content);
    if (!parsed.ok()) {
        checked.message =
            QCoreApplication::translate("DiscretionStore", "The discretion standard was refused: %1")
                .arg(parsed.error.toString());
        return checked;
    }
    checked.pack = std::move(parsed.pack);
    checked.keyId = signature.keyId;
    return checked;
}

StoreResult DiscretionStore::insert(QSqlDatabase& db, const CheckedPack& checked, const QByteArray& content,
                                    const QByteArray& signatureFile) {
    const discretion::Pack& pack = *checked.pack;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO discretion_packs(sha256, pack_id, version, key_id, content, "
                                 "signature, installed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(pack.sha256Hex));
    query.addBindValue(pack.id);
    query.addBindValue(pack.version);
    query.addBindValue(checked.keyId);
    query.addBindValue(content);
    query.addBindValue(signatureFile);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (query.exec())
        return StoreResult();
    if (query.lastError().text().contains(QLatin1String("UNIQUE")))
        return StoreResult::failure(
            QCoreApplication::translate("DiscretionStore",
                                        "A different standard %1 version %2 is already installed; a "
                                        "published version is never replaced.")
                .arg(pack.id, pack.version));
    return StoreResult::failure(query.lastError().text());
}

DiscretionStore::InstallResult DiscretionStore::install(const QByteArray& content,
                                                        const QByteArray& signatureFile,
                                                        const QList<security::TrustedKey>& trusted) {
    InstallResult result;
    const CheckedPack checked = check(content, signatureFile, trusted);
    if (!checked.pack) {
        result.message = checked.message;
        return result;
    }
    const discretion::Pack& pack = *checked.pack;
    if (packBySha256(QString::fromLatin1(pack.sha256Hex))) {
        result.ok = true;
        result.alreadyInstalled = true;
        result.pack = pack;
        return result;
    }
    const QJsonObject details{{QStringLiteral("pack_id"), pack.id},
                              {QStringLiteral("version"), pack.version},
                              {QStringLiteral("sha256"), QString::fromLatin1(pack.sha256Hex)},
                              {QStringLiteral("key_id"), checked.keyId}};
    // Installing a published standard is not a user's edit to sync: rows and an audit event, no outbox.
    const StoreResult written =
        m_store.bulkLoad({}, QStringLiteral("discretion.pack_installed"), details,
                         [&](QSqlDatabase& db) { return insert(db, checked, content, signatureFile); });
    if (!written) {
        result.message = written.message();
        return result;
    }
    result.ok = true;
    result.pack = pack;
    return result;
}

QList<discretion::Pack> DiscretionStore::latestPacks() const {
    QList<discretion::Pack> packs;
    QSqlQuery query(m_store.connection());
    // Versions compare as installed order within a pack id: the last row inserted per id wins. By rowid:
    // installed_at has whole seconds, and two versions installed in one second must not tie.
    if (!query.exec(QStringLiteral("SELECT content FROM discretion_packs d WHERE rowid = "
                                   "(SELECT max(rowid) FROM discretion_packs e WHERE e.pack_id = d.pack_id) "
                                   "ORDER BY pack_id")))
        return packs;
    while (query.next()) {
        if (std::optional<discretion::Pack> pack = parseStored(query.value(0).toByteArray()))
            packs.append(*pack);
    }
    return packs;
}

std::optional<discretion::Pack> DiscretionStore::packBySha256(const QString& sha256) const {
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT content FROM discretion_packs WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return parseStored(query.value(0).toByteArray());
}

StoreResult DiscretionStore::save(const QUuid& actorId, const QUuid& caseId,
                                  const discretion::Answers& answers, const discretion::CaseDates& dates,
                                  const discretion::Result& result, std::optional<double> departureAmount,
                                  const QString& departureReason) {
    if (!result.ok)
        return StoreResult::failure(
            QCoreApplication::translate("DiscretionStore", "Only a complete result can be saved."));
    if (departureAmount && *departureAmount != result.amount && departureReason.trimmed().isEmpty())
        return StoreResult::failure(QCoreApplication::translate(
            "DiscretionStore", "A fine different from the recommended amount needs a written reason."));
    if (departureAmount && *departureAmount < 0)
        return StoreResult::failure(
            QCoreApplication::translate("DiscretionStore", "A fine cannot be negative."));

    const QUuid id = Uuid7::create();
    const QString answersJson = compactJson(answers.toJson());
    const QString resultJson = compactJson(result.toJson());
    Action action{QStringLiteral("case.discretion_saved"),
                  QStringLiteral("case"),
                  caseId,
                  0,
                  {{QStringLiteral("discretion_id"), {}, Uuid7::toText(id)},
                   {QStringLiteral("violation_code"), {}, result.violationCode},
                   {QStringLiteral("pack_sha256"), {}, result.packSha256},
                   {QStringLiteral("answers"), {}, answers.toJson()},
                   {QStringLiteral("recommended_amount"), {}, result.amount},
                   {QStringLiteral("departure_amount"),
                    {},
                    departureAmount ? QJsonValue(*departureAmount) : QJsonValue()},
                   {QStringLiteral("departure_reason"), {}, departureReason}},
                  {{QStringLiteral("violation"), result.violationCode},
                   {QStringLiteral("pack"), result.packId + QLatin1Char(' ') + result.packVersion},
                   {QStringLiteral("amount"), departureAmount.value_or(result.amount)}}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO case_discretion(id, case_id, violation_code, pack_sha256, "
                                     "answers, act_start, act_end, "
                                     "decision_date, result, recommended_amount, departure_amount, "
                                     "departure_reason, saved_by, saved_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(Uuid7::toText(id));
        query.addBindValue(Uuid7::toText(caseId));
        query.addBindValue(result.violationCode);
        query.addBindValue(result.packSha256);
        query.addBindValue(answersJson);
        query.addBindValue(sql::dateOrNull(dates.actStart));
        query.addBindValue(sql::dateOrNull(dates.actEnd));
        query.addBindValue(dates.decision.toString(Qt::ISODate));
        query.addBindValue(resultJson);
        query.addBindValue(result.amount);
        query.addBindValue(departureAmount ? QVariant(*departureAmount) : QVariant());
        query.addBindValue(sql::text(departureReason.trimmed()));
        query.addBindValue(sql::idOrNull(actorId));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        return query.exec() ? StoreResult() : StoreResult::failure(query.lastError().text());
    });
}

QList<DiscretionStore::SavedResult> DiscretionStore::resultsFor(const QUuid& caseId) const {
    QList<SavedResult> results;
    QSqlQuery query(m_store.connection());
    query.prepare(
        QStringLiteral("SELECT id, violation_code, pack_sha256, answers, act_start, act_end, decision_date, "
                       "result, recommended_amount, departure_amount, departure_reason, saved_at "
                       "FROM case_discretion WHERE case_id = ? ORDER BY row"));
    query.addBindValue(Uuid7::toText(caseId));
    if (!query.exec())
        return results;
    while (query.next()) {
        SavedResult saved;
        saved.id = QUuid::fromString(query.value(0).toString());
        saved.caseId = caseId;
        saved.violationCode = query.value(1).toString();
        saved.packSha256 = query.value(2).toString();
        saved.answers = discretion::Answers::fromJson(
                            QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object(), nullptr)
                            .value_or(discretion::Answers{});
        saved.dates = {QDate::fromString(query.value(4).toString(), Qt::ISODate),
                       QDate::fromString(query.value(5).toString(), Qt::ISODate),
                       QDate::fromString(query.value(6).toString(), Qt::ISODate)};
        saved.resultJson = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        saved.recommendedAmount = query.value(8).toDouble();
        if (!query.value(9).isNull())
            saved.departureAmount = query.value(9).toDouble();
        saved.departureReason = query.value(10).toString();
        saved.savedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODate);
        results.append(saved);
    }
    return results;
}

} // namespace fieldcase::store
