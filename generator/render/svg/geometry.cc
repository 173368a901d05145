#include "render/svg/geometry.h"

#include "render/svg/svg_text.h"

namespace openwijk {

BoundingBox BoundsOf(const std::vector<Polygon>& polygons) {
  BoundingBox box;
  for (const Polygon& polygon : polygons) {
    // Holes lie inside the outer ring, so the outer ring bounds the polygon.
    for (const auto& [lon, lat] : polygon.outer.points) box.Add(lon, lat);
  }
  return box;
}

bool PointInRing(const Ring& ring, double lon, double lat) {
  bool inside = false;
  const auto& pts = ring.points;
  for (size_t i = 0, j = pts.empty() ? 0 : pts.size() - 1; i < pts.size(); j = i++) {
    double xi = pts[i].first, yi = pts[i].second;
    double xj = pts[j].first, yj = pts[j].second;
    if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

bool PointInPolygon(const Polygon& polygon, double lon, double lat) {
  if (!PointInRing(polygon.outer, lon, lat)) return false;
  for (const Ring& hole : polygon.holes) {
    if (PointInRing(hole, lon, lat)) return false;
  }
  return true;
}

bool PointInPolygons(const std::vector<Polygon>& polygons, double lon, double lat) {
  for (const Polygon& polygon : polygons) {
    if (PointInPolygon(polygon, lon, lat)) return true;
  }
  return false;
}

namespace {

void AppendRing(const Ring& ring, const Projection& projection, double tolerance,
                std::string* out) {
  std::vector<PixelPoint> pixels;
  pixels.reserve(ring.points.size());
  for (const auto& [lon, lat] : ring.points) pixels.push_back(projection.Project(lon, lat));
  pixels = SimplifyRing(pixels, tolerance);
  std::string last;
  int emitted = 0;
  for (size_t i = 0; i + 1 < pixels.size(); ++i) {  // the closing point is 'Z'
    std::string point = FormatPixel(pixels[i].first) + "," + FormatPixel(pixels[i].second);
    if (point == last) continue;
    *out += emitted == 0 ? "M" : (emitted == 1 ? "L" : " ");
    *out += point;
    last = point;
    ++emitted;
  }
  if (emitted > 0) *out += "Z";
}

}  // namespace

std::string PathData(const std::vector<Polygon>& polygons, const Projection& projection,
                     double tolerance) {
  std::string out;
  for (const Polygon& polygon : polygons) {
    AppendRing(polygon.outer, projection, tolerance, &out);
    for (const Ring& hole : polygon.holes) AppendRing(hole, projection, tolerance, &out);
  }
  return out;
}

}  // namespace openwijk
