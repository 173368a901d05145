#include "render/svg/simplify.h"

#include <cmath>

namespace openwijk {

namespace {

// Distance from p to segment a-b; to the point a when a == b, which is what
// makes a closed ring (first == last) work as one polyline.
double SegmentDistance(const PixelPoint& p, const PixelPoint& a, const PixelPoint& b) {
  double dx = b.first - a.first, dy = b.second - a.second;
  double len2 = dx * dx + dy * dy;
  double t = 0;
  if (len2 > 0) {
    t = ((p.first - a.first) * dx + (p.second - a.second) * dy) / len2;
    t = t < 0 ? 0 : (t > 1 ? 1 : t);
  }
  double ex = a.first + t * dx - p.first, ey = a.second + t * dy - p.second;
  return std::sqrt(ex * ex + ey * ey);
}

}  // namespace

std::vector<PixelPoint> SimplifyLine(const std::vector<PixelPoint>& line, double tolerance) {
  if (line.size() < 3) return line;
  std::vector<char> keep(line.size(), 0);
  keep.front() = keep.back() = 1;
  // An explicit stack: a ring from outside input may have 500,000 points, too
  // many for recursion.
  std::vector<std::pair<size_t, size_t>> todo{{0, line.size() - 1}};
  while (!todo.empty()) {
    auto [first, last] = todo.back();
    todo.pop_back();
    double farthest = -1;
    size_t index = first;
    for (size_t i = first + 1; i < last; ++i) {
      double d = SegmentDistance(line[i], line[first], line[last]);
      if (d > farthest) {
        farthest = d;
        index = i;
      }
    }
    if (index == first || farthest <= tolerance) continue;
    keep[index] = 1;
    todo.push_back({index, last});
    todo.push_back({first, index});
  }
  std::vector<PixelPoint> out;
  for (size_t i = 0; i < line.size(); ++i) {
    if (keep[i]) out.push_back(line[i]);
  }
  return out;
}

std::vector<PixelPoint> SimplifyRing(const std::vector<PixelPoint>& ring, double tolerance) {
  if (ring.size() <= 4) return ring;
  std::vector<PixelPoint> out = SimplifyLine(ring, tolerance);
  return out.size() < 4 ? ring : out;
}

}  // namespace openwijk
