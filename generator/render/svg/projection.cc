#include "render/svg/projection.h"

#include <algorithm>
#include <cmath>

namespace openwijk {

void BoundingBox::Add(double lon, double lat) {
  if (empty) {
    min_lon = max_lon = lon;
    min_lat = max_lat = lat;
    empty = false;
    return;
  }
  min_lon = std::min(min_lon, lon);
  max_lon = std::max(max_lon, lon);
  min_lat = std::min(min_lat, lat);
  max_lat = std::max(max_lat, lat);
}

void BoundingBox::Add(const BoundingBox& other) {
  if (other.empty) return;
  Add(other.min_lon, other.min_lat);
  Add(other.max_lon, other.max_lat);
}

Projection FitProjection(const BoundingBox& in, double max_width, double max_height,
                         double margin) {
  constexpr double kPi = 3.14159265358979323846;
  constexpr double kMinSpan = 1e-6;  // degrees; about 0.1 m
  BoundingBox box = in;
  if (box.empty) box.Add(0, 0);
  if (box.max_lon - box.min_lon < kMinSpan) {
    box.min_lon -= kMinSpan / 2;
    box.max_lon += kMinSpan / 2;
  }
  if (box.max_lat - box.min_lat < kMinSpan) {
    box.min_lat -= kMinSpan / 2;
    box.max_lat += kMinSpan / 2;
  }
  double lat0 = (box.min_lat + box.max_lat) / 2 * kPi / 180;
  double span_x = (box.max_lon - box.min_lon) * std::cos(lat0);
  double span_y = box.max_lat - box.min_lat;
  double inner_w = std::max(1.0, max_width - 2 * margin);
  double inner_h = std::max(1.0, max_height - 2 * margin);
  double scale = std::min(inner_w / span_x, inner_h / span_y);

  Projection p;
  p.min_lon = box.min_lon;
  p.max_lat = box.max_lat;
  p.scale_x = scale * std::cos(lat0);
  p.scale_y = scale;
  p.margin = margin;
  p.width = span_x * scale + 2 * margin;
  p.height = span_y * scale + 2 * margin;
  return p;
}

}  // namespace openwijk
