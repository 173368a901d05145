// Projection, simplification and point-in-polygon (render/svg).
#include <catch2/catch.hpp>
#include <cmath>

#include "render/svg/geometry.h"
#include "render/svg/projection.h"
#include "render/svg/simplify.h"

namespace openwijk {
namespace {

Ring MakeRing(std::vector<std::pair<double, double>> pts) { return Ring{std::move(pts)}; }

TEST_CASE("svg projection: bounding box corners map to viewBox corners", "[render][svg]") {
  BoundingBox box;
  box.Add(6.5, 53.1);
  box.Add(6.7, 53.3);
  Projection p = FitProjection(box, 600, 10000);
  auto [x0, y0] = p.Project(6.5, 53.3);  // north-west: top left
  auto [x1, y1] = p.Project(6.7, 53.1);  // south-east: bottom right
  CHECK(x0 == Approx(0).margin(1e-9));
  CHECK(y0 == Approx(0).margin(1e-9));
  CHECK(x1 == Approx(600));
  CHECK(y1 == Approx(p.height));
  CHECK(p.width == Approx(600));
  // Aspect ratio: 0.2 degrees of latitude over 0.2 * cos(53.2°) of longitude.
  double cos_lat0 = std::cos(53.2 * 3.14159265358979323846 / 180);
  CHECK(p.height / p.width == Approx(1 / cos_lat0));
}

TEST_CASE("svg projection: height limit and margin", "[render][svg]") {
  BoundingBox box;
  box.Add(0, 0);
  box.Add(1, 2);  // tall: limited by height
  Projection p = FitProjection(box, 600, 400, 10);
  CHECK(p.height == Approx(400));
  CHECK(p.width < 600);
  auto [x, y] = p.Project(0, 2);
  CHECK(x == Approx(10));
  CHECK(y == Approx(10));
  BoundingBox point;
  point.Add(6.5, 53.2);
  Projection q = FitProjection(point, 100, 100);  // degenerate box: no division by zero
  CHECK(std::isfinite(q.Project(6.5, 53.2).first));
}

TEST_CASE("svg simplify: collinear points reduce to the end points", "[render][svg]") {
  std::vector<PixelPoint> line;
  for (int i = 0; i <= 100; ++i) line.push_back({i * 1.0, i * 0.5});
  std::vector<PixelPoint> out = SimplifyLine(line, 0.5);
  REQUIRE(out.size() == 2);
  CHECK(out.front() == line.front());
  CHECK(out.back() == line.back());
  std::vector<PixelPoint> bent = {{0, 0}, {5, 2.6}, {10, 5}, {15, 2.4}, {20, 0}};
  CHECK(SimplifyLine(bent, 0.5) == std::vector<PixelPoint>{{0, 0}, {10, 5}, {20, 0}});
}

TEST_CASE("svg simplify: a ring keeps at least 4 points", "[render][svg]") {
  // A square with many points on its edges simplifies to its corners.
  std::vector<PixelPoint> square;
  for (int i = 0; i < 10; ++i) square.push_back({i * 1.0, 0});
  for (int i = 0; i < 10; ++i) square.push_back({10, i * 1.0});
  for (int i = 10; i > 0; --i) square.push_back({i * 1.0, 10});
  for (int i = 10; i >= 0; --i) square.push_back({0, i * 1.0});
  std::vector<PixelPoint> out = SimplifyRing(square, 0.5);
  CHECK(out.size() == 5);
  CHECK(out.front() == out.back());
  // A ring smaller than the tolerance would collapse: the original is kept.
  std::vector<PixelPoint> tiny = {{0, 0}, {0.1, 0}, {0.2, 0.1}, {0.1, 0.2}, {0, 0.1}, {0, 0}};
  CHECK(SimplifyRing(tiny, 0.5) == tiny);
  CHECK(SimplifyRing(square, 0.5) == out);  // deterministic
}

TEST_CASE("svg geometry: point in polygon respects holes", "[render][svg]") {
  Polygon p;
  p.outer = MakeRing({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
  p.holes.push_back(MakeRing({{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}}));
  CHECK(PointInPolygon(p, 1, 1));
  CHECK_FALSE(PointInPolygon(p, 5, 5));  // in the hole
  CHECK_FALSE(PointInPolygon(p, 11, 5));
  CHECK(PointInPolygon(p, 5, 3));
  Polygon q;
  q.outer = MakeRing({{20, 20}, {21, 20}, {21, 21}, {20, 21}, {20, 20}});
  CHECK(PointInPolygons({p, q}, 20.5, 20.5));
  CHECK_FALSE(PointInPolygons({p, q}, 15, 15));
}

TEST_CASE("svg geometry: path data is rounded and closed", "[render][svg]") {
  Polygon p;
  p.outer = MakeRing({{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}});
  BoundingBox box = BoundsOf({p});
  Projection proj = FitProjection(box, 100, 100);
  std::string d = PathData({p}, proj);
  // cos(0.5°) makes the square slightly narrower than tall: 100 px high.
  CHECK(d == "M0,100L100,100 100,0 0,0Z");
}

}  // namespace
}  // namespace openwijk
