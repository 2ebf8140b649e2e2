#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace fieldcase::sync::server {

// What one bureau server is, read from `<dataDir>/server.ini`. Everything else (users, devices, cases) lives
// in the database, so several processes started with the same file serve the same bureau.
struct ServerConfig {
    QString dataDir;

    QString bureauId;
    QString bureauName;
    QString agencyCode; // 机关代字, the first part of official numbers, e.g. 宁江

    QString databaseDriver = QStringLiteral("QSQLITE"); // or QPSQL
    QString databaseFile;                               // QSQLITE, relative to dataDir; empty: server.db
    QString databaseHost;                               // QPSQL
    int databasePort = 5432;
    QString databaseName;
    QString databaseUser;
    QString databasePassword;

    QHostAddress address = QHostAddress::Any;
    quint16 port = 8443;

    QString tlsCertificate; // paths, relative ones resolved against dataDir
    QString tlsKey;

    static QString fileIn(const QString& dataDir);
    // nullopt with `error` set when the file is missing or lacks the bureau's identity.
    static std::optional<ServerConfig> load(const QString& dataDir, QString* error = nullptr);
    bool save(QString* error = nullptr) const;

    // Takes a libpq-style "host=… port=… dbname=… user=… password=…" string; false names a key it does not
    // know.
    bool setPostgres(const QString& connectionString, QString* error = nullptr);

    QString resolvedPath(const QString& path) const;
    // The SQLite file, absolute.
    QString sqliteFile() const;
};

} // namespace fieldcase::sync::server
