// Boundaries against the area tree and the projects (validate/geo.cc).
#include <catch2/catch.hpp>

#include <utility>

#include "validate/validate.h"

namespace openwijk {
namespace {

Polygon Square(double lon, double lat, double size) {
  Polygon p;
  p.outer.points = {
      {lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}, {lon, lat}};
  return p;
}

Gebied Area(const std::string& code, const std::string& naam, int ouder, int line) {
  Gebied g;
  g.code = code;
  g.naam = naam;
  g.ouder = ouder;
  g.pos = {"data/gebieden.csv", line, 1};
  return g;
}

// GM01 > WK01 (a shape), WK02 (no shape anywhere).
Model TwoWijken() {
  Model m;
  m.gebieden = {Area("GM01", "Testdorp", -1, 2), Area("WK01", "Zuid", 0, 3),
                Area("WK02", "Noord", 0, 4)};
  m.gebieden[0].kinderen = {2, 1};
  for (size_t i = 0; i < m.gebieden.size(); ++i) m.gebied_index[m.gebieden[i].code] = int(i);
  m.root = 0;
  m.geo = {{"WK01", 0, {}, {Square(6.5, 53.1, 0.1)}}};
  return m;
}

Project At(const std::string& id, int gebied, double lat, double lon, int line) {
  Project p;
  p.id = id;
  p.titel = "Project " + id;
  p.gebied = gebied;
  p.lat = lat;
  p.lon = lon;
  p.pos = {"data/projecten.csv", line, 1};
  return p;
}

TEST_CASE("an area without a shape is a warning; its parent's shape comes from the others",
          "[validate][geo]") {
  Model m = TwoWijken();
  Diagnostics d;
  ValidateGeo(m, &d);
  CHECK(d.error_count() == 0);
  CHECK(d.ToString() ==
        "data/gebieden.csv:4:1: warning: area 'WK02' (Noord) has no shape in data/geo/; its map "
        "shows it as missing\n");
}

TEST_CASE("a project outside its area is a warning naming both", "[validate][geo]") {
  Model m = TwoWijken();
  m.bestuur.projecten = {At("binnen", 1, 53.15, 6.55, 2), At("buiten", 1, 53.35, 6.55, 3)};
  Diagnostics d;
  ValidateGeo(m, &d);
  CHECK_THAT(d.ToString(),
             Catch::Contains("data/projecten.csv:3:1: warning: project 'buiten' (Project buiten) "
                             "lies at 53.35, 6.55, outside its area 'WK01' (Zuid)\n"));
  CHECK_THAT(d.ToString(), !Catch::Contains("'binnen'"));
  CHECK(d.error_count() == 0);
}

TEST_CASE("a shape whose code is no area is an error with the feature index", "[validate][geo]") {
  Model m = TwoWijken();
  // Field by field: GCC 12 warns (-Wmaybe-uninitialized, a false positive)
  // on the aggregate initialised from temporaries.
  GeoFeature f;
  f.code = "WK99";
  f.index = 1;
  f.pos = {"data/geo/wijken.geojson", 7, 3};
  f.polygons = {Square(6.7, 53.1, 0.1)};
  m.geo.push_back(std::move(f));
  Diagnostics d;
  ValidateGeo(m, &d);
  CHECK_THAT(d.ToString(), Catch::Contains("data/geo/wijken.geojson:7:3: error: feature 1: area "
                                           "code 'WK99' is not in data/gebieden.csv\n"));
}

}  // namespace
}  // namespace openwijk
