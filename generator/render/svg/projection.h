// Map projection for the small area maps: lon/lat (WGS84) to SVG pixels.
//
// A local equirectangular projection: x = lon * cos(lat0), y = -lat, with lat0
// the latitude of the bounding-box centre. Over one gemeente (a few tens of
// km) the distortion is far below a pixel, it needs no projection library,
// and it is trivially deterministic. y is flipped because SVG y grows down.
#pragma once

#include <utility>

namespace openwijk {

struct BoundingBox {
  double min_lon = 0, min_lat = 0, max_lon = 0, max_lat = 0;
  bool empty = true;

  void Add(double lon, double lat);
  void Add(const BoundingBox& other);
};

struct Projection {
  double min_lon = 0, max_lat = 0;  // the top-left corner of the box
  double scale_x = 1, scale_y = 1;  // pixels per degree; scale_x includes cos(lat0)
  double margin = 0;
  double width = 0, height = 0;  // the viewBox size, margins included

  std::pair<double, double> Project(double lon, double lat) const {
    return {margin + (lon - min_lon) * scale_x, margin + (max_lat - lat) * scale_y};
  }
};

// Fits `box` into at most max_width x max_height pixels (margin on every side
// included), keeping the aspect ratio. The box touches the margin on the
// limiting side, so width or height may come out smaller than the maximum.
// A degenerate box (one point, or empty) gets a small span so nothing divides by 0.
Projection FitProjection(const BoundingBox& box, double max_width, double max_height,
                         double margin = 0);

}  // namespace openwijk
