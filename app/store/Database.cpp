#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace fieldcase::store {

namespace {

constexpr int BusyTimeoutMs = 5000;

// SQLite's file header: every database file starts with these 16 bytes.
constexpr char SqliteMagic[] = "SQLite format 3";

bool isBusyError(const QSqlError& error) {
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6); Qt reports the native code as text.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           error.databaseText().contains(QLatin1String("locked"));
}

Database::OpenResult failure(Database::OpenError error, const QString& message, int version = 0) {
    return {error, message, version};
}

} // namespace

Database::~Database() {
    close();
}

QString Database::connectionNameForThisThread() const {
    return m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

QSqlDatabase Database::connection() const {
    const QString name = connectionNameForThisThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (db.open()) {
        QSqlQuery query(db);
        // Foreign keys are per connection; WAL is a property of the file, set once at open.
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        query.exec(QStringLiteral("PRAGMA cache_size = -16000"));
    }
    return db;
}

void Database::releaseThisThreadsConnection() const {
    const QString name = connectionNameForThisThread();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

Database::OpenResult Database::open(const QString& path) {
    return openImpl(path, Migrations::latestVersion());
}

Database::OpenResult Database::openAtVersion(const QString& path, int version) {
    return openImpl(path, version);
}

Database::OpenResult Database::openImpl(const QString& path, int targetVersion) {
    close();
    const QFileInfo info(path);

    // Look at an existing file before SQLite writes anything to it: switching to WAL or migrating a
    // file that turns out to be foreign, damaged or newer would change it.
    if (info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(OpenError::CannotCreate,
                           QCoreApplication::translate("Database", "The case database %1 cannot be read: %2")
                               .arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (info.size() > 0 && !header.startsWith(SqliteMagic))
            return failure(OpenError::Corrupt,
                           QCoreApplication::translate(
                               "Database",
                               "The file %1 is not a FieldCase case database, or it is damaged. It has "
                               "not been changed.")
                               .arg(path));
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        return failure(
            OpenError::CannotCreate,
            QCoreApplication::translate(
                "Database", "The case database cannot be created in %1: the folder is not writable.")
                .arg(info.absolutePath()));
    }

    m_path = path;
    m_connectionPrefix = QStringLiteral("fieldcase-%1-").arg(QUuid::createUuid().toString(QUuid::Id128));
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        const QString error = db.lastError().text();
        close();
        return failure(OpenError::CannotCreate,
                       QCoreApplication::translate("Database", "The case database %1 cannot be opened: %2")
                           .arg(path, error));
    }

    OpenResult result = checkAndMigrate(db, path, targetVersion);
    db = QSqlDatabase(); // release the handle so close() can remove the connection
    if (!result.ok())
        close();
    return result;
}

Database::OpenResult Database::checkAndMigrate(QSqlDatabase db, const QString& path, int targetVersion) {
    QSqlQuery query(db);
    // The first read of the schema is where SQLite notices a damaged file or a lock held elsewhere.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        const QSqlError error = query.lastError();
        if (isBusyError(error))
            return failure(
                OpenError::Locked,
                QCoreApplication::translate(
                    "Database", "The case database %1 is in use by another program. Close it and try again.")
                    .arg(path));
        return failure(
            OpenError::Corrupt,
            QCoreApplication::translate(
                "Database",
                "The case database %1 is damaged and cannot be read (%2). It has not been changed.")
                .arg(path, error.databaseText()));
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > Migrations::latestVersion()) {
        return failure(
            OpenError::NewerVersion,
            QCoreApplication::translate(
                "Database",
                "The case database %1 was written by a newer version of FieldCase (schema %2; this "
                "version knows up to %3). Update FieldCase to open it. It has not been changed.")
                .arg(path)
                .arg(version)
                .arg(Migrations::latestVersion()),
            version);
    }
    if (version > 0) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
            query.value(0).toString() != QLatin1String("ok")) {
            const QString detail =
                query.lastError().isValid() ? query.lastError().databaseText() : query.value(0).toString();
            return failure(
                OpenError::Corrupt,
                QCoreApplication::translate(
                    "Database",
                    "The case database %1 failed its integrity check (%2). It has not been changed.")
                    .arg(path, detail),
                version);
        }
        query.finish();
    }

    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        const QSqlError error = query.lastError();
        return failure(
            isBusyError(error) ? OpenError::Locked : OpenError::CannotCreate,
            QCoreApplication::translate("Database", "The case database %1 cannot be opened for writing: %2")
                .arg(path, error.databaseText()));
    }
    query.finish();

    if (targetVersion > version) {
        const QString error = Migrations::migrate(db, targetVersion);
        if (!error.isEmpty()) {
            return failure(
                OpenError::MigrationFailed,
                QCoreApplication::translate(
                    "Database", "The case database %1 could not be upgraded; it was left at schema %2: %3")
                    .arg(path)
                    .arg(version)
                    .arg(error),
                version);
        }
    }
    return {OpenError::None, {}, std::max(version, targetVersion)};
}

void Database::close() {
    if (m_path.isEmpty())
        return;
    // Remove every thread's connection made for this file; the handles must be out of scope first.
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(m_connectionPrefix)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
    m_path.clear();
}

} // namespace fieldcase::store
