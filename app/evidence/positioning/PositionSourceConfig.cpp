#include "PositionSourceConfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace fieldcase::evidence {

namespace {

constexpr PositionSourceConfig::Kind AllKinds[] = {
    PositionSourceConfig::Kind::System, PositionSourceConfig::Kind::NmeaSerial,
    PositionSourceConfig::Kind::NmeaTcp, PositionSourceConfig::Kind::NmeaFile};

PositionSourceConfig::Kind kindFromKey(const QString& key) {
    for (PositionSourceConfig::Kind kind : AllKinds) {
        if (positionSourceKindKey(kind) == key)
            return kind;
    }
    return PositionSourceConfig::Kind::System;
}

// "host:port" as a URL the nmea plugin parses; IPv6 hosts are written in brackets ("[::1]:2947").
QUrl socketUrl(const QString& address) {
    return QUrl(QStringLiteral("socket://") + address.trimmed(), QUrl::StrictMode);
}

} // namespace

QString positionSourceKindKey(PositionSourceConfig::Kind kind) {
    switch (kind) {
    case PositionSourceConfig::Kind::NmeaSerial:
        return QStringLiteral("nmea_serial");
    case PositionSourceConfig::Kind::NmeaTcp:
        return QStringLiteral("nmea_tcp");
    case PositionSourceConfig::Kind::NmeaFile:
        return QStringLiteral("nmea_file");
    case PositionSourceConfig::Kind::System:
        break;
    }
    return QStringLiteral("system");
}

QString PositionSourceConfig::nmeaSource() const {
    switch (kind) {
    case Kind::NmeaSerial:
        return QStringLiteral("serial:") + serialPort.trimmed();
    case Kind::NmeaTcp:
        return socketUrl(tcpAddress).toString();
    case Kind::NmeaFile:
        // The plugin takes a plain path as a file to replay.
        return filePath;
    case Kind::System:
        break;
    }
    return {};
}

QString PositionSourceConfig::problem() const {
    switch (kind) {
    case Kind::NmeaSerial:
        if (serialPort.trimmed().isEmpty())
            return QCoreApplication::translate("PositionSourceConfig",
                                               "No serial port is set for the GPS receiver.");
        break;
    case Kind::NmeaTcp: {
        const QUrl url = socketUrl(tcpAddress);
        if (!url.isValid() || url.host().isEmpty() || url.port() <= 0)
            return QCoreApplication::translate(
                       "PositionSourceConfig",
                       "The NMEA network address \"%1\" is not of the form host:port.")
                .arg(tcpAddress);
        break;
    }
    case Kind::NmeaFile:
        if (!QFileInfo(filePath).isFile())
            return QCoreApplication::translate("PositionSourceConfig", "The NMEA file \"%1\" does not exist.")
                .arg(filePath);
        break;
    case Kind::System:
        break;
    }
    return {};
}

PositionSourceConfig PositionSourceConfig::load(QSettings& settings) {
    PositionSourceConfig config;
    settings.beginGroup(QStringLiteral("position"));
    config.kind = kindFromKey(settings.value(QStringLiteral("source")).toString());
    config.serialPort = settings.value(QStringLiteral("serialPort")).toString();
    config.tcpAddress = settings.value(QStringLiteral("tcpAddress")).toString();
    config.filePath = settings.value(QStringLiteral("file")).toString();
    bool valid = false;
    const double radius = settings.value(QStringLiteral("checkInRadiusMeters")).toDouble(&valid);
    if (valid && radius > 0)
        config.checkInRadiusMeters = radius;
    settings.endGroup();
    return config;
}

void PositionSourceConfig::save(QSettings& settings) const {
    settings.beginGroup(QStringLiteral("position"));
    settings.setValue(QStringLiteral("source"), positionSourceKindKey(kind));
    settings.setValue(QStringLiteral("serialPort"), serialPort);
    settings.setValue(QStringLiteral("tcpAddress"), tcpAddress);
    settings.setValue(QStringLiteral("file"), filePath);
    settings.setValue(QStringLiteral("checkInRadiusMeters"), checkInRadiusMeters);
    settings.endGroup();
}

PositionSourceConfig PositionSourceConfig::load(const QString& settingsPath) {
    QSettings settings(settingsPath, QSettings::IniFormat);
    return load(settings);
}

void PositionSourceConfig::save(const QString& settingsPath) const {
    QSettings settings(settingsPath, QSettings::IniFormat);
    save(settings);
    settings.sync();
}

} // namespace fieldcase::evidence
