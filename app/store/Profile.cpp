#include "Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fieldcase::store {

namespace {} // namespace

Profile::Profile() = default;
Profile::~Profile() {
    close();
}

QString Profile::databasePathIn(const QString& directory) {
    return QDir(directory).filePath(QStringLiteral("fieldcase.db"));
}
bool Profile::existsIn(const QString& directory) {
    return QFileInfo::exists(databasePathIn(directory));
}

QString Profile::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("profiles/default"));
}

QString Profile::databasePath() const {
    return databasePathIn(m_directory);
}
QString Profile::settingsPath() const {
    return QDir(m_directory).filePath(QStringLiteral("settings.ini"));
}
QString Profile::vaultPath() const {
    return QDir(m_directory).filePath(QStringLiteral("vault"));
}

Profile::OpenResult Profile::open(const QString& directory, bool create) {
    close();
    const QString absolute = QDir(directory).absolutePath();
    if (!existsIn(absolute)) {
        if (!create)
            return {OpenError::NotAProfile, Database::OpenError::None,
                    QCoreApplication::translate("Profile", "%1 does not contain a FieldCase profile.")
                        .arg(absolute)};
        if (!QDir().mkpath(absolute))
            return {OpenError::Database, Database::OpenError::CannotCreate,
                    QCoreApplication::translate("Profile", "The profile folder %1 cannot be created.")
                        .arg(absolute)};
    }

    // A second FieldCase on the same profile would interleave two audit chains' sequence numbers.
    auto lock = std::make_unique<QLockFile>(QDir(absolute).filePath(QStringLiteral("fieldcase.lock")));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone, however old
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        if (lock->error() == QLockFile::LockFailedError)
            return {OpenError::InUse, Database::OpenError::None,
                    QCoreApplication::translate(
                        "Profile",
                        "The profile %1 is already open in another FieldCase window (process %2 on %3).")
                        .arg(absolute)
                        .arg(pid)
                        .arg(host)};
        return {OpenError::Database, Database::OpenError::CannotCreate,
                QCoreApplication::translate("Profile",
                                            "The profile %1 cannot be locked: the folder is not writable.")
                    .arg(absolute)};
    }

    const Database::OpenResult opened = m_database.open(databasePathIn(absolute));
    if (!opened.ok())
        return {OpenError::Database, opened.error, opened.message};
    auto store = std::make_unique<Store>(m_database);
    if (const StoreResult init = store->initialise(); !init) {
        m_database.close();
        return {OpenError::Database, Database::OpenError::CannotCreate, init.message()};
    }
    m_directory = absolute;
    m_lock = std::move(lock);
    m_store = std::move(store);
    return {};
}

void Profile::close() {
    m_store.reset();
    m_database.close();
    m_lock.reset();
    m_directory.clear();
}

} // namespace fieldcase::store
