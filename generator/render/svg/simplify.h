// Douglas–Peucker line simplification in projected (pixel) space.
//
// Working in pixels, not degrees, makes one tolerance (about half a pixel)
// right for every map size: detail that cannot be seen is dropped, which keeps
// a full-detail CBS buurtkaart small enough to inline in a page. The result
// is deterministic (no randomness, ties keep the first point) and owned by
// the caller.
#pragma once

#include <utility>
#include <vector>

namespace openwijk {

using PixelPoint = std::pair<double, double>;

constexpr double kDefaultSimplifyTolerance = 0.5;  // pixels

// Keeps the end points and every point farther than `tolerance` from the
// simplified line. Fewer than 3 points are returned unchanged.
std::vector<PixelPoint> SimplifyLine(const std::vector<PixelPoint>& line, double tolerance);

// The same for a closed ring (first point == last point). A ring never drops
// below 4 points (a triangle plus the closing point): if it would, the
// original ring is returned, so small areas never vanish from the map.
std::vector<PixelPoint> SimplifyRing(const std::vector<PixelPoint>& ring, double tolerance);

}  // namespace openwijk
