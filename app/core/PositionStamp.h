#pragma once

#include "GeoPoint.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fieldcase {

// What the device knew about its position at one moment (a capture, a check-in). Kept with the
// record so a court can see not only where, but how good that knowledge was.
struct PositionStamp {
    // Evidence taken with a fix older than this, or less accurate than this, is marked so: an
    // inspector walking between buildings with a minute-old fix may be 100 m from where the photo
    // was taken, and the record must say the position is doubtful rather than silently wrong.
    static constexpr int StaleAfterSeconds = 60;
    static constexpr double PoorBeyondMeters = 50.0;

    std::optional<GeoPoint> position;
    double accuracyMeters = -1; // horizontal radius as reported (Qt NMEA: 2 x HDOP x UERE); < 0: unknown
    QString source;             // e.g. "nmea:socket://127.0.0.1:2947", "geoclue2"; empty: no source
    QDateTime gpsTime;          // the receiver's time of the fix (UTC); invalid when unknown
    QDateTime receivedAt;       // the device clock when the fix arrived
    QDateTime takenAt;          // the device clock when this stamp was made
    int satellitesInUse = -1;

    bool hasFix() const { return position.has_value() && position->isValid(); }
    // Seconds between the fix arriving and the stamp; -1 without a fix.
    qint64 fixAgeSeconds() const {
        return hasFix() && receivedAt.isValid() && takenAt.isValid() ? receivedAt.secsTo(takenAt) : -1;
    }
    bool isStale() const { return hasFix() && fixAgeSeconds() > StaleAfterSeconds; }
    bool isPoor() const { return hasFix() && (accuracyMeters < 0 || accuracyMeters > PoorBeyondMeters); }
    // Device clock minus GPS time when the fix arrived, in milliseconds: positive when the device
    // clock is ahead. Empty when no GPS time is known.
    std::optional<qint64> clockSkewMs() const {
        if (!gpsTime.isValid() || !receivedAt.isValid())
            return std::nullopt;
        return gpsTime.msecsTo(receivedAt);
    }
};

} // namespace fieldcase
