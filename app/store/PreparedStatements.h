#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <unordered_map>

namespace fieldcase::store {

// Prepared statements kept while one bulk write runs on this thread: applying a pulled page runs the same
// few statements for each of its hundreds of records, and preparing them again every time cost more than
// running them. While a PreparedStatements is alive, prepare() hands out its kept statement for the same SQL
// on the same connection; without one it prepares `fallback` as before, so the helpers that use it work
// inside and outside a bulk write. Their rows are read forwards only: a scrollable query on SQLite makes
// room for 128 rows each time it runs and keeps every row it reads.
class PreparedStatements {
public:
    explicit PreparedStatements(const QSqlDatabase& db);
    ~PreparedStatements();
    PreparedStatements(const PreparedStatements&) = delete;
    PreparedStatements& operator=(const PreparedStatements&) = delete;

    // The statement to bind and run, forward only: a kept one (reset) or `fallback`, prepared; nullptr
    // if `sql` does not prepare (`fallback` then holds the error). A kept statement is shared by every use
    // of that SQL, so read its rows before the same SQL runs again.
    static QSqlQuery* prepare(const QSqlDatabase& db, const QString& sql, QSqlQuery& fallback);

private:
    QString m_connection;
    std::unordered_map<QString, QSqlQuery> m_statements;
    PreparedStatements* m_previous;
};

} // namespace fieldcase::store
