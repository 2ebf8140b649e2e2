#pragma once

#include <QString>

class QSettings;

namespace fieldcase::evidence {

// Where the device's position comes from, as the user sets it; kept in the "position" group of the
// profile's settings file, so a tablet with a built-in receiver and a laptop with a USB puck each keep
// their own.
struct PositionSourceConfig {
    enum class Kind {
        System,     // the platform's service (geoclue2 on Linux, Windows location)
        NmeaSerial, // a receiver on a serial port or USB serial adapter
        NmeaTcp,    // an NMEA stream over TCP (gpsd's NMEA port, a phone app, a receiver's network port)
        NmeaFile,   // a recorded NMEA file replayed (training, tests)
    };
    static constexpr double DefaultCheckInRadiusMeters = 500;

    Kind kind = Kind::System;
    QString serialPort; // "/dev/ttyUSB0", "COM3"
    QString tcpAddress; // "host:port", e.g. "127.0.0.1:2947"
    QString filePath;
    // How far from the subject's registered position a check-in may be before it is marked.
    double checkInRadiusMeters = DefaultCheckInRadiusMeters;

    // The value of Qt's nmea plugin parameter "nmea.source" for the NMEA kinds; empty for System.
    QString nmeaSource() const;
    // What is missing or malformed for the chosen kind (translated); empty when the settings can work.
    QString problem() const;

    // Reads and writes the "position" group; missing keys keep their defaults.
    static PositionSourceConfig load(QSettings& settings);
    void save(QSettings& settings) const;
    static PositionSourceConfig load(const QString& settingsPath);
    void save(const QString& settingsPath) const;

    bool operator==(const PositionSourceConfig&) const = default;
};

// The stable key of a kind in settings files ("system", "nmea_serial", "nmea_tcp", "nmea_file").
QString positionSourceKindKey(PositionSourceConfig::Kind kind);

} // namespace fieldcase::evidence
