#pragma once

#include "GeoPoint.h"

#include <QDateTime>
#include <QIODevice>
#include <QString>

#include <optional>

namespace fieldcase::evidence {

// What a photo's EXIF says about when, where and with what it was taken. A field is only filled when
// the file states it and the value makes sense: a wrong time or place in a court record does more harm
// than an honest "unknown", so anything doubtful (a zero denominator, a latitude beyond 90°, a date
// like 0000:00:00, a GPS fix the receiver marked void) is left out rather than guessed.
struct PhotoMetadata {
    // The camera's clock at the capture: DateTimeOriginal, else DateTime (IFD0). When the file gives
    // the matching offset (OffsetTimeOriginal, resp. OffsetTime) the value carries it
    // (Qt::OffsetFromUTC) and is an exact instant. Without one, the camera's zone is unknown: the wall
    // clock reading is kept as this device's local time and `captureTimeZoneAssumed` says so.
    std::optional<QDateTime> capturedAt;
    bool captureTimeZoneAssumed = false;

    std::optional<GeoPoint> position;     // GPSLatitude/GPSLongitude with their N/S/E/W references
    std::optional<double> altitudeMeters; // above sea level; negative below (GPSAltitudeRef 1)
    std::optional<QDateTime> gpsTime;     // GPSDateStamp + GPSTimeStamp, UTC: the satellites' clock

    std::optional<QString> cameraMake;
    std::optional<QString> cameraModel;
    std::optional<int> orientation; // EXIF orientation 1..8 (1: upright, 6: turned 90° clockwise to view)

    bool isEmpty() const {
        return !capturedAt && !position && !altitudeMeters && !gpsTime && !cameraMake && !cameraModel &&
               !orientation;
    }
};

// Reads the EXIF block at the start of a JPEG: only the bytes up to the EXIF segment are read, so this
// is cheap for large files. Never throws and never fails: a missing, unreadable, truncated or non-JPEG
// file gives an empty result. Safe on any thread.
PhotoMetadata readPhotoMetadata(const QString& path);
PhotoMetadata readPhotoMetadata(QIODevice& device);

} // namespace fieldcase::evidence
