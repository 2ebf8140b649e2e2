#pragma once

#include "ServerConfig.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <optional>
#include <stdexcept>
#include <unordered_map>

namespace fieldcase::sync::server {

class WriteTransaction;

// A statement failed: the transaction around it is rolled back and the caller answers 500. Rule violations
// are never reported this way; they are results.
class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What run() answers: the rows of a statement that ran. Inside a WriteTransaction it is the transaction's
// kept statement, so it is valid until the same SQL runs again or the transaction ends.
class Rows {
public:
    explicit Rows(QSqlQuery&& owned)
        : m_owned(std::move(owned)) {}
    explicit Rows(QSqlQuery& kept)
        : m_kept(&kept) {}

    bool next() { return query().next(); }
    QVariant value(int index) const { return query().value(index); }
    int numRowsAffected() const { return query().numRowsAffected(); }
    // Done with the rows before the end of the scope (a SQLite statement left open keeps its snapshot).
    void finish() { query().finish(); }

private:
    QSqlQuery& query() { return m_kept ? *m_kept : *m_owned; }
    const QSqlQuery& query() const { return m_kept ? *m_kept : *m_owned; }

    std::optional<QSqlQuery> m_owned;
    QSqlQuery* m_kept = nullptr;
};

// The server's database, SQLite or PostgreSQL with one schema (TEXT and BIGINT only: hashes as hex, JSON as
// text). Each thread gets its own connection, because a QSqlDatabase may only be used by the thread that
// opened it.
class ServerDatabase {
public:
    explicit ServerDatabase(ServerConfig config);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    const ServerConfig& config() const { return m_config; }
    bool isPostgres() const { return m_config.databaseDriver == QLatin1String("QPSQL"); }

    // This thread's connection, opened on first use; throws DatabaseError when it cannot be opened.
    QSqlDatabase connection();
    // A thread that used the database calls this before it ends (the destructor does it for its own thread).
    void closeThreadConnection();
    // Creates or upgrades the schema; safe to call on every start.
    bool migrate(QString* error = nullptr);

    // Prepares `sql`, binds `values` in order and runs it; throws DatabaseError on failure. Inside a
    // WriteTransaction of this thread the prepared statement is kept and reused until the transaction ends
    // (a push runs the same dozen statements for each of its 500 mutations, and preparing them again each
    // time cost more than running them). So a query must be read before the same SQL runs again.
    Rows run(const QString& sql, const QVariantList& values = {});

    // "Now" for expiry times and number years; tests replace it to cross a year.
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    friend class WriteTransaction;
    QString threadConnectionName() const;
    // The WriteTransaction open on this thread, if any.
    WriteTransaction* openTransaction();
    void setOpenTransaction(WriteTransaction* transaction);

    ServerConfig m_config;
    QMutex m_transactionsLock;
    QHash<Qt::HANDLE, WriteTransaction*> m_openTransactions;
    QString m_connectionPrefix;
    std::function<QDateTime()> m_clock;
};

// The one way to write: BEGIN IMMEDIATE on SQLite; on PostgreSQL the row of the "seq" counter is locked
// first, so writers are serialized, sequences are given in commit order, and no two locks are taken in
// different orders. Rolled back unless commit() is called.
class WriteTransaction {
public:
    explicit WriteTransaction(ServerDatabase& database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    ServerDatabase& database() { return m_database; }
    Rows run(const QString& sql, const QVariantList& values = {}) { return m_database.run(sql, values); }
    // Adds `step` to the named counter (created at 0) and answers its new value; the row stays locked to
    // the end of the transaction, which is what makes the numbers gapless.
    qint64 advanceCounter(const QString& name, qint64 step = 1);
    // The next entity sequence. The counter row is read (and on PostgreSQL locked) once, counted on in
    // memory and written back at commit: one statement per transaction instead of three per entity. A
    // savepoint rolled back after taking sequences leaves a gap, which a cursor does not mind.
    qint64 nextSequence();
    // The transaction's moment as timeText(), taken once: every row it stamps was written at one time.
    const QString& nowText();
    void commit();

private:
    friend class ServerDatabase;
    Rows runCached(const QString& sql, const QVariantList& values);
    void finishStatements();

    ServerDatabase& m_database;
    bool m_open = false;
    qint64 m_sequence = -1; // -1: not read yet
    qint64 m_sequenceRead = -1;
    QString m_nowText;                                   // empty: not taken yet
    std::unordered_map<QString, QSqlQuery> m_statements; // node-based: a Rows keeps a pointer into it
};

// A savepoint inside a WriteTransaction: one pushed mutation is undone on its own when it is rejected.
class Savepoint {
public:
    explicit Savepoint(WriteTransaction& transaction);
    ~Savepoint();
    void release();
    void rollback();

private:
    WriteTransaction& m_transaction;
    bool m_open = true;
};

// Times are stored as UTC ISO text with milliseconds, so they compare as strings on both databases.
QString timeText(const QDateTime& time);
QDateTime timeFromText(const QString& text);
// A typed NULL for a TEXT column when `text` is empty (PostgreSQL needs the type of a bound NULL).
QVariant textOrNull(const QString& text);

} // namespace fieldcase::sync::server
