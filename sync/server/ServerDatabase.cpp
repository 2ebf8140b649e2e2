#include "ServerDatabase.h"

#include <QDir>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace fieldcase::sync::server {

namespace {

constexpr int SchemaVersion = 1;

const char* const Schema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS units (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
    "roles TEXT NOT NULL, unit_id TEXT, certificate_number TEXT, verifier TEXT NOT NULL, "
    "active BIGINT NOT NULL DEFAULT 1)",
    "CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, name TEXT NOT NULL, public_key TEXT NOT NULL, "
    "token_sha256 TEXT NOT NULL UNIQUE, enrolled_at TEXT NOT NULL, revoked_at TEXT, "
    "last_seq BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS enrol_codes (code_sha256 TEXT PRIMARY KEY, created_at TEXT NOT NULL, "
    "expires_at TEXT NOT NULL, used_at TEXT, device_id TEXT)",
    "CREATE TABLE IF NOT EXISTS sessions (token_sha256 TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
    "device_id TEXT NOT NULL, expires_at TEXT NOT NULL)",
    // One row per entity, carrying the sequence of its last change: pull is `seq > cursor ORDER BY seq`.
    "CREATE TABLE IF NOT EXISTS entities (type TEXT NOT NULL, id TEXT NOT NULL, version BIGINT NOT NULL, "
    "seq BIGINT NOT NULL UNIQUE, unit_id TEXT, case_id TEXT, assignee_id TEXT, state TEXT, "
    "fields TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (type, id))",
    "CREATE INDEX IF NOT EXISTS entities_case ON entities (case_id)",
    "CREATE TABLE IF NOT EXISTS mutation_results (device_id TEXT NOT NULL, device_seq BIGINT NOT NULL, "
    "mutation_id TEXT NOT NULL UNIQUE, result TEXT NOT NULL, PRIMARY KEY (device_id, device_seq))",
    "CREATE TABLE IF NOT EXISTS number_blocks (device_id TEXT NOT NULL, kind TEXT NOT NULL, "
    "year BIGINT NOT NULL, first BIGINT NOT NULL, last BIGINT NOT NULL, reserved_at TEXT NOT NULL)",
};

} // namespace

ServerDatabase::ServerDatabase(ServerConfig config)
    : m_config(std::move(config))
    , m_connectionPrefix(
          QStringLiteral("fieldcase-server-%1-").arg(QUuid::createUuid().toString(QUuid::Id128))) {}

ServerDatabase::~ServerDatabase() {
    closeThreadConnection();
}

QString ServerDatabase::threadConnectionName() const {
    return m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

void ServerDatabase::closeThreadConnection() {
    const QString name = threadConnectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase ServerDatabase::connection() {
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_config.databaseDriver, name);
    if (isPostgres()) {
        db.setHostName(m_config.databaseHost);
        db.setPort(m_config.databasePort);
        db.setDatabaseName(m_config.databaseName);
        db.setUserName(m_config.databaseUser);
        db.setPassword(m_config.databasePassword);
    } else {
        db.setDatabaseName(m_config.sqliteFile());
        // Writers wait for each other instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    }
    if (!db.open())
        throw DatabaseError(
            QStringLiteral("cannot open the database: %1").arg(db.lastError().text()).toStdString());
    if (isPostgres()) {
        // "relation exists, skipping" on every start is not news.
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    } else {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        // A push opens a savepoint per mutation, and SQLite keeps each page a savepoint changes in a
        // statement journal: in a temporary file by default, which cost as much as the mutations' own work.
        pragma.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    }
    return db;
}

WriteTransaction* ServerDatabase::openTransaction() {
    QMutexLocker locker(&m_transactionsLock);
    return m_openTransactions.value(QThread::currentThreadId());
}

void ServerDatabase::setOpenTransaction(WriteTransaction* transaction) {
    QMutexLocker locker(&m_transactionsLock);
    if (transaction)
        m_openTransactions.insert(QThread::currentThreadId(), transaction);
    else
        m_openTransactions.remove(QThread::currentThreadId());
}

namespace {

[[noreturn]] void throwFailure(const QString& sql, const QSqlQuery& query) {
    throw DatabaseError(QStringLiteral("%1: %2").arg(sql, query.lastError().text()).toStdString());
}

// Rows are only ever read forwards (Rows has no seek). A scrollable QSqlQuery on SQLite caches every row it
// reads and makes room for 128 rows of each statement it runs, which cost more than running a push's
// statements.
QSqlQuery forwardQuery(const QSqlDatabase& db) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    return query;
}

void bindAndRun(const QString& sql, QSqlQuery& query, const QVariantList& values) {
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throwFailure(sql, query);
}

} // namespace

Rows ServerDatabase::run(const QString& sql, const QVariantList& values) {
    // PostgreSQL does not prepare SAVEPOINT and the like, SQLite prepares anything: there a push's two
    // savepoint statements per mutation are kept too.
    if (!values.isEmpty() || !isPostgres()) {
        if (WriteTransaction* transaction = openTransaction())
            return transaction->runCached(sql, values);
    }
    QSqlQuery query = forwardQuery(connection());
    if (values.isEmpty()) {
        // Transaction control and DDL go unprepared: not every driver prepares them.
        if (!query.exec(sql))
            throw DatabaseError(QStringLiteral("%1: %2").arg(sql, query.lastError().text()).toStdString());
        return Rows(std::move(query));
    }
    if (!query.prepare(sql))
        throwFailure(sql, query);
    bindAndRun(sql, query, values);
    return Rows(std::move(query));
}

bool ServerDatabase::migrate(QString* error) {
    try {
        WriteTransaction transaction(*this);
        for (const char* statement : Schema)
            run(QString::fromLatin1(statement));
        run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {QString::number(SchemaVersion)});
        transaction.commit();
        return true;
    } catch (const DatabaseError& failure) {
        if (error)
            *error = QString::fromStdString(failure.what());
        return false;
    }
}

WriteTransaction::WriteTransaction(ServerDatabase& database)
    : m_database(database) {
    m_database.run(m_database.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
    m_database.setOpenTransaction(this);
    if (m_database.isPostgres()) {
        // The schema may not exist yet on the first migration.
        const bool hasCounters =
            m_database
                .run(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_name = 'counters'"))
                .next();
        if (hasCounters)
            advanceCounter(QStringLiteral("seq"), 0);
    }
}

WriteTransaction::~WriteTransaction() {
    if (!m_open)
        return;
    finishStatements();
    QSqlQuery rollback(m_database.connection());
    rollback.exec(QStringLiteral("ROLLBACK"));
}

Rows WriteTransaction::runCached(const QString& sql, const QVariantList& values) {
    auto statement = m_statements.find(sql);
    if (statement == m_statements.end()) {
        QSqlQuery query = forwardQuery(m_database.connection());
        if (!query.prepare(sql))
            throwFailure(sql, query);
        statement = m_statements.emplace(sql, std::move(query)).first;
    }
    bindAndRun(sql, statement->second, values);
    return Rows(statement->second);
}

// Every kept statement reset and released before the transaction ends: a statement left stepping would keep
// SQLite's read snapshot of this transaction alive into the next request.
void WriteTransaction::finishStatements() {
    m_database.setOpenTransaction(nullptr);
    for (auto& [sql, statement] : m_statements)
        statement.finish();
    m_statements.clear();
}

qint64 WriteTransaction::advanceCounter(const QString& name, qint64 step) {
    run(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"),
        {name});
    run(QStringLiteral("UPDATE counters SET value = value + ? WHERE name = ?"), {step, name});
    Rows query = run(QStringLiteral("SELECT value FROM counters WHERE name = ?"), {name});
    if (!query.next())
        throw DatabaseError("counter vanished inside its transaction");
    return query.value(0).toLongLong();
}

qint64 WriteTransaction::nextSequence() {
    if (m_sequence < 0) {
        m_sequence = advanceCounter(QStringLiteral("seq"), 0);
        m_sequenceRead = m_sequence;
    }
    return ++m_sequence;
}

const QString& WriteTransaction::nowText() {
    if (m_nowText.isEmpty())
        m_nowText = timeText(m_database.now());
    return m_nowText;
}

void WriteTransaction::commit() {
    if (m_sequence > m_sequenceRead)
        run(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'seq'"), {m_sequence});
    finishStatements();
    m_database.run(QStringLiteral("COMMIT"));
    m_open = false;
}

Savepoint::Savepoint(WriteTransaction& transaction)
    : m_transaction(transaction) {
    m_transaction.run(QStringLiteral("SAVEPOINT mutation"));
}

Savepoint::~Savepoint() {
    if (m_open) {
        try {
            rollback();
        } catch (const DatabaseError&) {
            // The transaction around it is rolled back as a whole anyway.
        }
    }
}

void Savepoint::release() {
    m_transaction.run(QStringLiteral("RELEASE SAVEPOINT mutation"));
    m_open = false;
}

void Savepoint::rollback() {
    m_open = false;
    m_transaction.run(QStringLiteral("ROLLBACK TO SAVEPOINT mutation"));
    m_transaction.run(QStringLiteral("RELEASE SAVEPOINT mutation"));
}

QString timeText(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace fieldcase::sync::server
