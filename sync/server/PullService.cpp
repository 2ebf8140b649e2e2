#include "PullService.h"

#include "Uuid7.h"

#include <QJsonDocument>

namespace fieldcase::sync::server {

PullService::PullService(ServerDatabase& database)
    : m_database(database) {}

namespace {
constexpr qint64 EnvelopeBytes = 160;
} // namespace

PullPage PullService::pull(const UserRecord& user, qint64 cursor, int limit, qint64 maxBytes) {
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
    PullPage page;
    page.cursor = cursor;
    qint64 bytes = 0;
    while (query.next()) {
        EntityChange change;
        change.seq = query.value(0).toLongLong();
        change.type = query.value(1).toString();
        change.id = QUuid::fromString(query.value(2).toString());
        change.version = query.value(3).toLongLong();
        const QByteArray fields = query.value(4).toString().toUtf8();
        change.fields = QJsonDocument::fromJson(fields).object();
        // The stored compact fields plus the envelope (seq, type, id, version: under 160 bytes) instead of
        // serialising every change once more only to weigh it: the page is serialised once, for the answer.
        const qint64 size = fields.size() + EnvelopeBytes;
        if (page.changes.size() == limit || (!page.changes.isEmpty() && bytes + size > maxBytes)) {
            page.more = true;
            break;
        }
        bytes += size;
        page.cursor = change.seq;
        page.changes.append(change);
    }
    return page;
}

} // namespace fieldcase::sync::server
