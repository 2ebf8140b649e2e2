#pragma once

#include <QSqlDatabase>
#include <QString>

namespace fieldcase::store {

// One SQLite file per profile. Each thread gets its own connection (Qt's SQL connections must stay
// on the thread that made them); all share the same pragmas: WAL, foreign keys, a busy timeout.
class Database {
public:
    enum class OpenError {
        None,
        CannotCreate,    // the directory is not writable, the disk is full
        Corrupt,         // not an SQLite database, or it fails the integrity check
        Locked,          // another process holds a write lock for longer than the busy timeout
        NewerVersion,    // written by a newer FieldCase: refuse rather than guess
        MigrationFailed, // a migration failed and was rolled back
    };
    struct OpenResult {
        OpenError error = OpenError::None;
        QString message; // translated, for the user
        int foundVersion = 0;
        bool ok() const { return error == OpenError::None; }
    };

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens or creates the file and migrates it to the current schema. A file that is corrupt, locked
    // or newer than this program is left exactly as it was.
    OpenResult open(const QString& path);
    void close();
    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

    // The calling thread's connection, created on first use.
    QSqlDatabase connection() const;
    // A worker thread calls this before it ends: its connection is closed and forgotten, so a later
    // thread that happens to get the same address does not find a connection made elsewhere.
    void releaseThisThreadsConnection() const;

    // For tests: open without migrating beyond `version` (0 = leave the schema as found).
    OpenResult openAtVersion(const QString& path, int version);

private:
    OpenResult openImpl(const QString& path, int targetVersion);
    // Reads the schema version, checks integrity, switches to WAL and migrates; changes nothing on failure.
    static OpenResult checkAndMigrate(QSqlDatabase db, const QString& path, int targetVersion);
    QString connectionNameForThisThread() const;

    QString m_path;
    QString m_connectionPrefix;
};

} // namespace fieldcase::store
