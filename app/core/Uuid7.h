#pragma once

#include <QDateTime>
#include <QUuid>

#include <functional>

namespace fieldcase {

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Record ids are made on the device,
// never change, and sort roughly by creation time, which keeps SQLite's B-tree inserts local.
class Uuid7 {
public:
    static QUuid create();
    // For tests and seeding: a UUIDv7 with the given timestamp.
    static QUuid createAt(qint64 unixMs);
    // Milliseconds encoded in a v7 id, or -1 for any other version.
    static qint64 timestampOf(const QUuid& id);
    // The form used in the database and in sync messages: lower-case, no braces.
    static QString toText(const QUuid& id) { return id.toString(QUuid::WithoutBraces); }
};

} // namespace fieldcase
