#include "PullService.h"

#include "Uuid7.h"

namespace fieldcase::sync::server {

PullService::PullService(ServerDatabase& database)
    : m_database(database) {}

namespace {
constexpr qint64 EnvelopeBytes = 160;
} // namespace

QByteArray PullService::pull(const UserRecord& user, qint64 cursor, int limit, qint64 maxBytes) {
    limit = std::clamp(limit, 1, limits::MaxPullLimit);
    maxBytes = std::clamp<qint64>(maxBytes, 1, limits::MaxPullBytes);
    // Scope (PROTOCOL.md): the bureau-wide types go to everyone; a task to its assignee and the leaders of
    // its unit; everything else to the unit it belongs to, and to clerks once its case is closed or archived.
    const QString unitId = Uuid7::toText(user.user.unitId);
    Rows query = m_database.run(
        QStringLiteral(
            "SELECT seq, type, id, version, fields FROM entities WHERE seq > ? AND ("
            "type IN ('subject', 'unit', 'user', 'pack', 'device') "
            "OR (type = 'task' AND (assignee_id = ? OR (? = 1 AND unit_id = ?))) "
            "OR (type NOT IN ('subject', 'unit', 'user', 'pack', 'device', 'task') AND (unit_id = ? OR (? = "
            "1 AND "
            "case_id IN "
            "(SELECT c.id FROM entities c WHERE c.type = 'case' AND c.state IN ('closed', 'archived')))))) "
            "ORDER BY seq LIMIT ?"),
        {cursor, Uuid7::toText(user.user.id), user.user.hasRole(Role::TeamLeader) ? 1 : 0, unitId, unitId,
         user.user.hasRole(Role::EvidenceClerk) ? 1 : 0, limit + 1});
    // The answer is written from the stored texts: parsing each change's fields only to serialise them
    // again was two thirds of the server's time on a pull. The envelope's values are numbers, entity type
    // names and UUIDs, which JSON takes as they are; the fields are stored as compact JSON objects.
    QByteArray changes;
    qint64 nextCursor = cursor;
    bool more = false;
    qint64 bytes = 0;
    int taken = 0;
    while (query.next()) {
        const QByteArray fields = query.value(4).toString().toUtf8();
        // The stored fields plus the envelope (seq, type, id, version: under 160 bytes) weigh a change.
        const qint64 size = fields.size() + EnvelopeBytes;
        if (taken == limit || (taken > 0 && bytes + size > maxBytes)) {
            more = true;
            break;
        }
        bytes += size;
        nextCursor = query.value(0).toLongLong();
        changes += (taken++ > 0 ? ",{\"seq\":" : "{\"seq\":") + QByteArray::number(nextCursor) +
                   ",\"type\":\"" + query.value(1).toString().toUtf8() + "\",\"id\":\"" +
                   query.value(2).toString().toLatin1() +
                   "\",\"version\":" + QByteArray::number(query.value(3).toLongLong()) +
                   ",\"fields\":" + fields + '}';
    }
    return "{\"changes\":[" + changes + "],\"cursor\":" + QByteArray::number(nextCursor) +
           ",\"more\":" + (more ? "true" : "false") + '}';
}

} // namespace fieldcase::sync::server
