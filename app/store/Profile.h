#pragma once

#include "Database.h"
#include "Store.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace fieldcase::store {

// A profile is one directory: the case database, the evidence vault and the settings of one
// device's user base. Only one process may have a profile open at a time.
class Profile {
public:
    enum class OpenError { None, InUse, NotAProfile, Database };
    struct OpenResult {
        OpenError error = OpenError::None;
        Database::OpenError databaseError = Database::OpenError::None;
        QString message; // translated
        bool ok() const { return error == OpenError::None; }
    };

    Profile();
    ~Profile();

    // Opens the profile in `directory`; with `create`, makes the directory and an empty database when
    // there is none. Files that cannot be opened are never modified.
    OpenResult open(const QString& directory, bool create);
    void close();

    bool isOpen() const { return m_store != nullptr; }
    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString settingsPath() const;
    QString vaultPath() const;
    Store& store() { return *m_store; }
    Database& database() { return m_database; }

    static QString databasePathIn(const QString& directory);
    static bool existsIn(const QString& directory);
    // Where the GUI looks when no --profile is given.
    static QString defaultDirectory();

private:
    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    Database m_database;
    std::unique_ptr<Store> m_store;
};

} // namespace fieldcase::store
