#include "Numbers.h"

#include "Protocol.h"
#include "Uuid7.h"

namespace fieldcase::sync::server {

namespace {
// 罚立: the category of case openings (立案) in the penalty procedure.
const QString CaseCategory = QStringLiteral("罚立");
} // namespace

int Numbers::currentYear(const ServerDatabase& database) {
    return database.now().toOffsetFromUtc(8 * 3600).date().year();
}

QString Numbers::nextCaseNumber(WriteTransaction& transaction, int year) {
    const qint64 n =
        transaction.advanceCounter(QStringLiteral("case_number/%1/%2").arg(CaseCategory).arg(year));
    return QStringLiteral("%1环%2〔%3〕%4号")
        .arg(transaction.database().config().agencyCode, CaseCategory)
        .arg(year)
        .arg(n);
}

Outcome<QJsonObject> Numbers::reserve(ServerDatabase& database, const QUuid& deviceId, const QString& kind,
                                      qint64 count, qint64 above) {
    if (kind.trimmed().isEmpty() || count < 1 || count > MaxBlock)
        return Failure{
            400, QString::fromLatin1(errors::BadRequest),
            QStringLiteral("\"kind\" must name a document kind and \"count\" be 1 to %1").arg(MaxBlock)};
    if (above < 0 || above > MaxSerial)
        return Failure{400, QString::fromLatin1(errors::BadRequest),
                       QStringLiteral("\"above\" must be 0 to %1").arg(MaxSerial)};
    const int year = currentYear(database);
    WriteTransaction transaction(database);
    const QString counter = QStringLiteral("document_number/%1/%2").arg(kind).arg(year);
    // A device that numbered documents from a block entered by hand (before it joined the bureau) has
    // serials the counter never gave: the block skips past them, so no serial is handed out twice and a
    // block the device must refuse is never reserved (and wasted) again and again.
    const qint64 reached = transaction.advanceCounter(counter, 0);
    const qint64 last = transaction.advanceCounter(counter, qMax<qint64>(0, above - reached) + count);
    const qint64 first = last - count + 1;
    transaction.run(
        QStringLiteral("INSERT INTO number_blocks (device_id, kind, year, first, last, reserved_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {Uuid7::toText(deviceId), kind, year, first, last, timeText(database.now())});
    transaction.commit();
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("year"), year},
                       {QStringLiteral("first"), first},
                       {QStringLiteral("last"), last}};
}

} // namespace fieldcase::sync::server
