#include "DocumentNumbers.h"

#include "DocumentNumber.h"
#include "SqlValues.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::store {

namespace {

StoreResult queryFailure(const QSqlQuery& query) {
    return StoreResult::failure(query.lastError().text());
}

// Where the block's first serial and the highest serial issued from earlier blocks are kept: the
// document_numbers row only counts (next, last), and both are needed to refuse a block that reopens
// serials already issued.
QString blockMetaKey(const QString& category, int year) {
    return QStringLiteral("document_block:%1:%2").arg(category).arg(year);
}

struct BlockState {
    std::optional<NumberBlock> block;
    qint64 floor = 0; // highest serial issued from earlier blocks
    qint64 highestIssued() const {
        const qint64 fromBlock = block && block->next > block->first ? block->next - 1 : 0;
        return qMax(floor, fromBlock);
    }
};

BlockState readBlock(QSqlDatabase db, const QString& category, int year) {
    BlockState state;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(blockMetaKey(category, year));
    QJsonObject meta;
    if (query.exec() && query.next())
        meta = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    state.floor = meta.value(QStringLiteral("floor")).toInteger();

    query.prepare(QStringLiteral("SELECT next, last FROM document_numbers WHERE category = ? AND year = ?"));
    query.addBindValue(category);
    query.addBindValue(year);
    if (query.exec() && query.next()) {
        NumberBlock block{category, year, 0, query.value(0).toLongLong(), query.value(1).toLongLong()};
        block.first = meta.value(QStringLiteral("first")).toInteger(block.next);
        state.block = block;
    }
    return state;
}

bool validCategory(const QString& category) {
    static const QRegularExpression blank(QStringLiteral("\\s"));
    return !category.isEmpty() && !category.contains(blank) && !category.contains(u':');
}

constexpr int FirstYear = 2000;
constexpr int LastYear = 9999;

} // namespace

QString DocumentNumbers::agency() const {
    return m_store.metaValue(QString::fromLatin1(DocumentAgencyKey));
}

QString DocumentNumbers::pattern() const {
    const QString pattern = m_store.metaValue(QString::fromLatin1(DocumentPatternKey));
    return pattern.isEmpty() ? DocumentNumber::defaultPattern() : pattern;
}

StoreResult DocumentNumbers::setFormat(const QUuid& actorId, const QString& agency, const QString& pattern) {
    // Never a null string: it would bind as NULL, and meta values are NOT NULL.
    const QString newAgency = agency.isNull() ? QStringLiteral("") : agency.trimmed();
    const QString newPattern = pattern.trimmed();
    if (const QString problem = DocumentNumber::patternProblem(newPattern); !problem.isEmpty())
        return StoreResult::failure(problem);
    const QString oldAgency = this->agency();
    const QString oldPattern = this->pattern();
    if (newAgency == oldAgency && newPattern == oldPattern)
        return {};
    // Meta values are not synchronised data, so the change goes to the audit log only, after the write.
    if (StoreResult written = m_store.setMetaValue(QString::fromLatin1(DocumentAgencyKey), newAgency);
        !written)
        return written;
    if (StoreResult written = m_store.setMetaValue(QString::fromLatin1(DocumentPatternKey), newPattern);
        !written)
        return written;
    return m_store.recordEvent(actorId, QStringLiteral("document_numbers.format"), QStringLiteral("profile"),
                               {},
                               {{QStringLiteral("agency"), newAgency},
                                {QStringLiteral("old_agency"), oldAgency},
                                {QStringLiteral("pattern"), newPattern},
                                {QStringLiteral("old_pattern"), oldPattern}});
}

std::optional<NumberBlock> DocumentNumbers::block(const QString& category, int year) const {
    return readBlock(m_store.connection(), category, year).block;
}

qint64 DocumentNumbers::highestIssued(const QString& category, int year) const {
    return readBlock(m_store.connection(), category, year).highestIssued();
}

qint64 DocumentNumbers::remaining(const QString& category, int year) const {
    const std::optional<NumberBlock> found = block(category, year);
    return found ? found->remaining() : 0;
}

StoreResult DocumentNumbers::setBlock(const QUuid& actorId, const QString& category, int year, qint64 first,
                                      qint64 last) {
    const QString name = category.trimmed();
    if (!validCategory(name))
        return StoreResult::failure(tr("Name the document category, e.g. 责改."));
    if (year < FirstYear || year > LastYear)
        return StoreResult::failure(tr("The year %1 is not a valid year for document numbers.").arg(year));
    if (first < 1 || last < 1)
        return StoreResult::failure(tr("Enter the first and the last serial of the %1 block.").arg(name));
    if (first > last)
        return StoreResult::failure(
            tr("The %1 block runs backwards: its first serial %2 is after its last %3.")
                .arg(name)
                .arg(first)
                .arg(last));

    // The same id for every change of this device's block of a category and year, so the bureau sees one
    // entity per block.
    Action action{QStringLiteral("document_numbers.set_block"),
                  QStringLiteral("document_block"),
                  QUuid::createUuidV5(m_store.deviceId(), blockMetaKey(name, year)),
                  0,
                  {},
                  {}};
    return m_store.perform(actorId, action, [&](QSqlDatabase& db) -> StoreResult {
        // Read inside the transaction: its write lock keeps an issue from moving `next` meanwhile.
        const BlockState state = readBlock(db, name, year);
        const std::optional<NumberBlock>& old = state.block;
        const qint64 highestIssued = state.highestIssued();
        qint64 next = first;
        qint64 floor = highestIssued;
        if (old && old->first == first) {
            if (last < old->next - 1)
                return StoreResult::failure(
                    tr("Serials up to %1 have already been issued from the %2 block; its "
                       "last serial cannot be lower.")
                        .arg(old->next - 1)
                        .arg(name));
            next = old->next;
            floor = state.floor;
        } else if (first <= highestIssued) {
            return StoreResult::failure(tr("The new %1 block overlaps serials this device has already issued "
                                           "in %2 (up to %3); it must start above them.")
                                            .arg(name)
                                            .arg(year)
                                            .arg(highestIssued));
        }

        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("INSERT INTO document_numbers(category, year, next, last) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT(category, year) DO UPDATE SET next = excluded.next, "
                           "last = excluded.last"));
        query.addBindValue(name);
        query.addBindValue(year);
        query.addBindValue(next);
        query.addBindValue(last);
        if (!query.exec())
            return queryFailure(query);
        const QJsonObject meta{{QStringLiteral("first"), first}, {QStringLiteral("floor"), floor}};
        query.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(blockMetaKey(name, year));
        query.addBindValue(QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return queryFailure(query);

        // perform() reads the action after this writer returns, so the values found here travel with it.
        action.changes = {{QStringLiteral("category"), {}, name},
                          {QStringLiteral("year"), {}, year},
                          {QStringLiteral("first"), old ? QJsonValue(old->first) : QJsonValue(), first},
                          {QStringLiteral("last"), old ? QJsonValue(old->last) : QJsonValue(), last},
                          {QStringLiteral("next"), old ? QJsonValue(old->next) : QJsonValue(), next}};
        return {};
    });
}

DocumentNumbers::Issued DocumentNumbers::issue(const QUuid& actorId, const Request& request) {
    const QString category = request.category.trimmed();
    const QString agency = this->agency();
    const QString pattern = this->pattern();
    if (!validCategory(category) || request.kind.trimmed().isEmpty() || !request.render)
        return {StoreResult::failure(tr("The document to number is incomplete (category, kind or content).")),
                std::nullopt};
    if (pattern.contains(QStringLiteral("{agency}")) && agency.isEmpty())
        return {StoreResult::failure(tr("Enter the agency's short name under Document numbers in Settings "
                                        "before issuing numbered documents.")),
                std::nullopt};

    IssuedDocument document;
    document.id = Uuid7::create();
    document.caseId = request.caseId;
    document.kind = request.kind.trimmed();
    document.issuedBy = actorId;
    document.issuedAt = QDateTime::currentDateTimeUtc();
    Action action{
        QStringLiteral("document.issue"), QStringLiteral("issued_document"), document.id, 0, {}, {}};
    const StoreResult result = m_store.perform(actorId, action, [&](QSqlDatabase& db) -> StoreResult {
        const std::optional<NumberBlock> block = readBlock(db, category, request.year).block;
        if (!block)
            return StoreResult::failure(tr("No block of %1 numbers for %2 is set on this device: enter the "
                                           "block the bureau reserved under Document numbers in Settings.")
                                            .arg(category)
                                            .arg(request.year));
        if (block->remaining() == 0)
            return StoreResult::failure(
                tr("The block of %1 numbers for %2 is used up (its last serial is %3): "
                   "ask the bureau for a new block and enter it in Settings.")
                    .arg(category)
                    .arg(request.year)
                    .arg(block->last));
        const qint64 serial = block->next;
        document.number = DocumentNumber{agency, category, request.year, serial}.format(pattern);

        QSqlQuery query(db);
        // The expected serial is in the WHERE clause, so a serial can only be taken once.
        query.prepare(QStringLiteral("UPDATE document_numbers SET next = next + 1 "
                                     "WHERE category = ? AND year = ? AND next = ? AND next <= last"));
        query.addBindValue(category);
        query.addBindValue(request.year);
        query.addBindValue(serial);
        if (!query.exec())
            return queryFailure(query);
        if (query.numRowsAffected() != 1)
            return StoreResult::failure(tr("The document number changed meanwhile; try again."));

        const QByteArray pdf = request.render(document.number);
        if (pdf.isEmpty())
            return StoreResult::failure(tr("The document could not be produced; no number was used."));
        document.pdfSha256 =
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());

        query.prepare(QStringLiteral("INSERT INTO issued_documents(id, case_id, kind, number, pdf_sha256, "
                                     "issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(Uuid7::toText(document.id));
        query.addBindValue(sql::idOrNull(document.caseId));
        query.addBindValue(document.kind);
        query.addBindValue(document.number);
        query.addBindValue(document.pdfSha256);
        query.addBindValue(sql::idOrNull(actorId));
        query.addBindValue(document.issuedAt.toString(Qt::ISODate));
        if (!query.exec())
            return queryFailure(query);

        // perform() reads the action after this writer returns: the number is only known here.
        action.changes = {
            {QStringLiteral("case_id"),
             {},
             document.caseId.isNull() ? QJsonValue() : QJsonValue(Uuid7::toText(document.caseId))},
            {QStringLiteral("kind"), {}, document.kind},
            {QStringLiteral("category"), {}, category},
            {QStringLiteral("year"), {}, request.year},
            {QStringLiteral("serial"), {}, serial},
            {QStringLiteral("number"), {}, document.number},
            {QStringLiteral("pdf_sha256"), {}, document.pdfSha256},
            {QStringLiteral("issued_at"), {}, document.issuedAt.toString(Qt::ISODate)}};
        action.auditDetails = {{QStringLiteral("number"), document.number},
                               {QStringLiteral("kind"), document.kind},
                               {QStringLiteral("pdf_sha256"), document.pdfSha256}};
        return {};
    });
    if (!result)
        return {result, std::nullopt};
    return {result, document};
}

std::optional<IssuedDocument> DocumentNumbers::issued(const QUuid& documentId) const {
    return selectIssued(QStringLiteral("id = ?"), {Uuid7::toText(documentId)});
}

std::optional<IssuedDocument> DocumentNumbers::latestFor(const QUuid& caseId, const QString& kind) const {
    return selectIssued(QStringLiteral("case_id = ? AND kind = ? ORDER BY row DESC LIMIT 1"),
                        {Uuid7::toText(caseId), kind});
}

std::optional<IssuedDocument> DocumentNumbers::selectIssued(const QString& where,
                                                            const QVariantList& values) const {
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT id, case_id, kind, number, pdf_sha256, issued_by, issued_at "
                                 "FROM issued_documents WHERE ") +
                  where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    IssuedDocument document;
    document.id = QUuid::fromString(query.value(0).toString());
    document.caseId = QUuid::fromString(query.value(1).toString());
    document.kind = query.value(2).toString();
    document.number = query.value(3).toString();
    document.pdfSha256 = query.value(4).toString();
    document.issuedBy = QUuid::fromString(query.value(5).toString());
    document.issuedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
    return document;
}

} // namespace fieldcase::store
