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
