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
    static constexpr qint64 MaxSerial = 999'999'999; // a serial printed in a document number

    // The case number given when the opening of a case is approved: `{agency}环罚立〔{year}〕{N}号`.
    static QString nextCaseNumber(WriteTransaction& transaction, int year);
    // A block of on-site document numbers for one device, valid to the end of the current year:
    // {"kind", "year", "first", "last"}.
    // `above`: the highest serial the device has issued of that kind this year; the block starts above it
    // and above everything reserved before.
    static Outcome<QJsonObject> reserve(ServerDatabase& database, const QUuid& deviceId, const QString& kind,
                                        qint64 count, qint64 above = 0);
    // The year numbers count in: the bureau's calendar year (China Standard Time, whatever the host's zone).
    static int currentYear(const ServerDatabase& database);
};

} // namespace fieldcase::sync::server
