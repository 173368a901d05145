// Geometry on area polygons (load/geojson.h): bounds, point-in-polygon, and
// SVG path data. Pure functions; results are owned by the caller.
#pragma once

#include <string>
#include <vector>

#include "load/geojson.h"
#include "render/svg/projection.h"
#include "render/svg/simplify.h"

namespace openwijk {

BoundingBox BoundsOf(const std::vector<Polygon>& polygons);

// Even-odd rule in lon/lat: a point in a hole is outside. Points exactly on
// an edge may fall either way (it never matters at map scale).
bool PointInRing(const Ring& ring, double lon, double lat);
bool PointInPolygon(const Polygon& polygon, double lon, double lat);
bool PointInPolygons(const std::vector<Polygon>& polygons, double lon, double lat);

// SVG path data ("M1 2L3 4...Z" per ring) for `polygons`: projected,
// simplified with SimplifyRing, rounded to 0.1 px, and with points that round
// to the same pixel as their predecessor left out. Draw it with
// fill-rule="evenodd" so holes stay open.
std::string PathData(const std::vector<Polygon>& polygons, const Projection& projection,
                     double tolerance = kDefaultSimplifyTolerance);

}  // namespace openwijk
