#include "PreparedStatements.h"

namespace fieldcase::store {

namespace {
// A connection belongs to one thread (Qt SQL's rule), so the active set is per thread.
thread_local PreparedStatements* t_active = nullptr;
} // namespace

PreparedStatements::PreparedStatements(const QSqlDatabase& db)
    : m_connection(db.connectionName())
    , m_previous(t_active) {
    t_active = this;
}

PreparedStatements::~PreparedStatements() {
    t_active = m_previous;
}

QSqlQuery* PreparedStatements::prepare(const QSqlDatabase& db, const QString& sql, QSqlQuery& fallback) {
    PreparedStatements* active = t_active;
    if (!active || active->m_connection != db.connectionName()) {
        fallback.setForwardOnly(true);
        return fallback.prepare(sql) ? &fallback : nullptr;
    }
    auto kept = active->m_statements.find(sql);
    if (kept == active->m_statements.end()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            fallback = std::move(query);
            return nullptr;
        }
        kept = active->m_statements.emplace(sql, std::move(query)).first;
    }
    kept->second.finish();
    return &kept->second;
}

} // namespace fieldcase::store
