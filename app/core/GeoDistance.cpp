#include "GeoDistance.h"

#include <cmath>
#include <numbers>

namespace fieldcase {

namespace {

double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}

} // namespace

double distanceMeters(const GeoPoint& from, const GeoPoint& to) {
    const double phi1 = radians(from.latitude);
    const double phi2 = radians(to.latitude);
    const double sinHalfDPhi = std::sin((phi2 - phi1) / 2);
    const double sinHalfDLambda = std::sin(radians(to.longitude - from.longitude) / 2);
    const double h =
        sinHalfDPhi * sinHalfDPhi + std::cos(phi1) * std::cos(phi2) * sinHalfDLambda * sinHalfDLambda;
    // Rounding can push h a hair above 1 for antipodal points; asin would then return NaN.
    return 2 * EarthMeanRadiusMeters * std::asin(std::sqrt(std::min(1.0, h)));
}

CheckInAssessment assessCheckIn(const PositionStamp& stamp, const std::optional<GeoPoint>& registered,
                                double radiusMeters) {
    CheckInAssessment assessment;
    assessment.radiusMeters = radiusMeters;
    assessment.hasFix = stamp.hasFix();
    assessment.stale = stamp.isStale();
    assessment.poor = stamp.isPoor();
    if (assessment.hasFix && registered && registered->isValid()) {
        assessment.distanceMeters = distanceMeters(*stamp.position, *registered);
        assessment.beyondRadius = *assessment.distanceMeters > radiusMeters;
    }
    return assessment;
}

} // namespace fieldcase
