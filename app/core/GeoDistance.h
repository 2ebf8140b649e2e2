#pragma once

#include "GeoPoint.h"
#include "PositionStamp.h"

#include <optional>

namespace fieldcase {

// The mean radius of the WGS-84 ellipsoid, (2a + b) / 3. A sphere of this radius is off from the
// ellipsoid by at most about 0.5 %: 5 m in a kilometre, far below what a check-in radius or a GPS
// fix can tell apart.
inline constexpr double EarthMeanRadiusMeters = 6371008.8;

// Great-circle distance in metres between two positions (haversine, which stays exact for the short
// distances a check-in measures, where the law of cosines loses its digits).
double distanceMeters(const GeoPoint& from, const GeoPoint& to);

// How a check-in compares with where the subject is registered. The assessment marks rather than
// refuses: an inspector may be at a subject's second site, or the registered coordinates may be
// wrong, and the record must still be made; the marks tell a reviewer what to look at.
struct CheckInAssessment {
    // Empty without a fix, or when the subject has no registered position.
    std::optional<double> distanceMeters;
    double radiusMeters = 0;
    // Farther from the registered position than the radius. Measured from the fix itself, not
    // widened by its accuracy: a poor fix must not make a far check-in look near; `poor` says how
    // far the distance can be trusted.
    bool beyondRadius = false;
    bool hasFix = false;
    bool stale = false; // PositionStamp::isStale: the fix is older than a minute
    bool poor = false;  // PositionStamp::isPoor: worse than 50 m, or no accuracy known
};

CheckInAssessment assessCheckIn(const PositionStamp& stamp, const std::optional<GeoPoint>& registered,
                                double radiusMeters);

} // namespace fieldcase
