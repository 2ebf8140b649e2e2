#include "ServerConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace fieldcase::sync::server {

QString ServerConfig::fileIn(const QString& dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("server.ini"));
}

std::optional<ServerConfig> ServerConfig::load(const QString& dataDir, QString* error) {
    const QString path = fileIn(dataDir);
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = QStringLiteral("%1 does not exist (run `fieldcase-server init` first)").arg(path);
        return std::nullopt;
    }
    QSettings ini(path, QSettings::IniFormat);
    ServerConfig config;
    config.dataDir = QDir(dataDir).absolutePath();
    config.bureauId = ini.value(QStringLiteral("bureau/id")).toString();
    config.bureauName = ini.value(QStringLiteral("bureau/name")).toString();
    config.agencyCode = ini.value(QStringLiteral("bureau/agency_code")).toString();
    config.databaseDriver = ini.value(QStringLiteral("database/driver"), config.databaseDriver).toString();
    config.databaseFile = ini.value(QStringLiteral("database/file")).toString();
    config.databaseHost = ini.value(QStringLiteral("database/host")).toString();
    config.databasePort = ini.value(QStringLiteral("database/port"), config.databasePort).toInt();
    config.databaseName = ini.value(QStringLiteral("database/name")).toString();
    config.databaseUser = ini.value(QStringLiteral("database/user")).toString();
    config.databasePassword = ini.value(QStringLiteral("database/password")).toString();
    const QString address = ini.value(QStringLiteral("http/address")).toString();
    if (!address.isEmpty())
        config.address = QHostAddress(address);
    config.port = static_cast<quint16>(ini.value(QStringLiteral("http/port"), config.port).toUInt());
    config.tlsCertificate = ini.value(QStringLiteral("tls/certificate")).toString();
    config.tlsKey = ini.value(QStringLiteral("tls/key")).toString();
    if (config.bureauId.isEmpty() || config.agencyCode.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1 lacks [bureau] id or agency_code").arg(path);
        return std::nullopt;
    }
    return config;
}

bool ServerConfig::save(QString* error) const {
    QSettings ini(fileIn(dataDir), QSettings::IniFormat);
    ini.setValue(QStringLiteral("bureau/id"), bureauId);
    ini.setValue(QStringLiteral("bureau/name"), bureauName);
    ini.setValue(QStringLiteral("bureau/agency_code"), agencyCode);
    ini.setValue(QStringLiteral("database/driver"), databaseDriver);
    if (databaseDriver == QLatin1String("QSQLITE")) {
        ini.setValue(QStringLiteral("database/file"), QDir(dataDir).relativeFilePath(sqliteFile()));
    } else {
        ini.setValue(QStringLiteral("database/host"), databaseHost);
        ini.setValue(QStringLiteral("database/port"), databasePort);
        ini.setValue(QStringLiteral("database/name"), databaseName);
        ini.setValue(QStringLiteral("database/user"), databaseUser);
        ini.setValue(QStringLiteral("database/password"), databasePassword);
    }
    ini.setValue(QStringLiteral("http/address"), address.toString());
    ini.setValue(QStringLiteral("http/port"), port);
    ini.setValue(QStringLiteral("tls/certificate"), tlsCertificate);
    ini.setValue(QStringLiteral("tls/key"), tlsKey);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(ini.fileName());
        return false;
    }
    return true;
}

bool ServerConfig::setPostgres(const QString& connectionString, QString* error) {
    databaseDriver = QStringLiteral("QPSQL");
    databaseFile.clear();
    const QStringList parts =
        connectionString.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString key = part.left(equals);
        const QString value = equals < 0 ? QString() : part.mid(equals + 1);
        if (key == QLatin1String("host"))
            databaseHost = value;
        else if (key == QLatin1String("port"))
            databasePort = value.toInt();
        else if (key == QLatin1String("dbname"))
            databaseName = value;
        else if (key == QLatin1String("user"))
            databaseUser = value;
        else if (key == QLatin1String("password"))
            databasePassword = value;
        else {
            if (error)
                *error = QStringLiteral("unknown PostgreSQL connection key \"%1\"").arg(key);
            return false;
        }
    }
    return true;
}

QString ServerConfig::resolvedPath(const QString& path) const {
    return path.isEmpty() ? QString() : QDir(dataDir).absoluteFilePath(path);
}

QString ServerConfig::sqliteFile() const {
    return resolvedPath(databaseFile.isEmpty() ? QStringLiteral("server.db") : databaseFile);
}

} // namespace fieldcase::sync::server
