#pragma once

#include <QtGlobal>

#include <cmath>

namespace fieldcase {

// WGS-84 position in decimal degrees, as GPS receivers report it.
struct GeoPoint {
    double latitude = 0;
    double longitude = 0;

    bool isValid() const {
        return std::isfinite(latitude) && std::isfinite(longitude) && latitude >= -90 && latitude <= 90 &&
               longitude >= -180 && longitude <= 180;
    }
    bool operator==(const GeoPoint&) const = default;
};

} // namespace fieldcase
