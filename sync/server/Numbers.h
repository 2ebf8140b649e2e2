#pragma once

#include "ServerDatabase.h"
#include "ServiceResult.h"

#include <QJsonObject>
#include <QUuid>

namespace fieldcase::sync::server {

// Official numbers: gapless, per bureau, kind and year, each from a counter row locked in the transaction
// that uses the number, so a number is given exactly when what carries it commits.
class Numbers {
public:
    static constexpr int MaxBlock = 100;

    // The case number given when the opening of a case is approved: `{agency}环罚立〔{year}〕{N}号`.
    static QString nextCaseNumber(WriteTransaction& transaction, int year);
    // A block of on-site document numbers for one device, valid to the end of the current year:
    // {"kind", "year", "first", "last"}.
    static Outcome<QJsonObject> reserve(ServerDatabase& database, const QUuid& deviceId, const QString& kind,
                                        qint64 count);
    // The year numbers count in: the bureau's calendar year (China Standard Time, whatever the host's zone).
    static int currentYear(const ServerDatabase& database);
};

} // namespace fieldcase::sync::server
