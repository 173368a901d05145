// Geometry on area polygons (load/geojson.h): bounds and SVG path data.
// Point-in-polygon lives in model/geo_index.h (validate/ needs it too).
// Pure functions; results are owned by the caller.
#pragma once

#include <string>
#include <vector>

#include "load/geojson.h"
#include "model/geo_index.h"  // PointInPolygons
#include "render/svg/projection.h"
#include "render/svg/simplify.h"

namespace openwijk {

BoundingBox BoundsOf(const std::vector<Polygon>& polygons);

// SVG path data ("M1 2L3 4...Z" per ring) for `polygons`: projected,
// simplified with SimplifyRing, rounded to 0.1 px, and with points that round
// to the same pixel as their predecessor left out. Draw it with
// fill-rule="evenodd" so holes stay open.
std::string PathData(const std::vector<Polygon>& polygons, const Projection& projection,
                     double tolerance = kDefaultSimplifyTolerance);

}  // namespace openwijk
