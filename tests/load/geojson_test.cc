#include "load/geojson.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <sstream>

namespace openwijk {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kBoundaries = OPENWIJK_TEST_SOURCE_DIR "/data/geo/";

// One feature with the given geometry JSON, code "A".
std::string OneFeature(const std::string& geometry) {
  return "{\"type\":\"FeatureCollection\",\"features\":[\n"
         "{\"type\":\"Feature\",\"properties\":{\"code\":\"A\"},\"geometry\":" +
         geometry + "}]}";
}

std::string Errors(const std::string& text, std::vector<GeoFeature>* out = nullptr) {
  Diagnostics diags;
  std::vector<GeoFeature> features = ParseGeoJson("t.geojson", text, {"code"}, &diags);
  if (out) *out = features;
  return diags.ToString();
}

const std::string kSquare = "[[0,0],[1,0],[1,1],[0,1],[0,0]]";

TEST_CASE("geojson: real Groningen wijken 2024", "[load][geojson]") {
  Diagnostics diags;
  auto features = ParseGeoJson("wijk_2024_GM0014.geojson",
                               ReadFile(kBoundaries + "wijken-2024.geojson"), {"statcode"}, &diags);
  CHECK(diags.ToString() == "");
  REQUIRE(features.size() == 20);
  CHECK(features[0].code == "WK001400");
  CHECK(features[0].index == 0);
  CHECK(features[0].pos.line == 2);
  CHECK(features[19].pos.line == 21);
  for (const GeoFeature& f : features) {
    REQUIRE(!f.polygons.empty());
    CHECK(f.polygons[0].outer.points.size() >= 4);
  }
}

TEST_CASE("geojson: real Groningen buurten 2017", "[load][geojson]") {
  Diagnostics diags;
  auto features = ParseGeoJson("buurt2017.geojson", ReadFile(kBoundaries + "buurten-2017.geojson"),
                               {"statcode", "BU_CODE"}, &diags);
  CHECK(diags.ToString() == "");
  REQUIRE(features.size() == 108);
  CHECK(features[0].code == "BU00140000");
}

TEST_CASE("geojson: polygon with a hole and a multipolygon", "[load][geojson]") {
  std::vector<GeoFeature> out;
  CHECK(
      Errors(OneFeature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[0,4],[0,0]]," +
                        kSquare + "]}"),
             &out) == "");
  REQUIRE(out.size() == 1);
  CHECK(out[0].polygons[0].holes.size() == 1);
  CHECK(out[0].pos.line == 2);
  CHECK(out[0].pos.column == 1);
  CHECK(Errors(OneFeature("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + kSquare + "],[" +
                          kSquare + "]]}"),
               &out) == "");
  REQUIRE(out.size() == 1);
  CHECK(out[0].polygons.size() == 2);
}

TEST_CASE("geojson: geometry errors", "[load][geojson]") {
  CHECK(Errors(OneFeature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}")) ==
        "t.geojson:2:1: error: feature 0: ring 0 is not closed\n");
  CHECK(Errors(OneFeature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}")) ==
        "t.geojson:2:1: error: feature 0: ring 0 has 3 points; a ring needs at least 4\n");
  CHECK(
      Errors(OneFeature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[200,0],[1,1],[0,0]]]}")) ==
      "t.geojson:2:1: error: feature 0: ring 0, point 1: longitude 200 is out of range "
      "-180..180\n");
  CHECK(
      Errors(
          OneFeature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,-91.5],[1,1],[0,0]]]}")) ==
      "t.geojson:2:1: error: feature 0: ring 0, point 1: latitude -91.5 is out of range -90..90\n");
  CHECK(Errors(
            OneFeature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,\"x\"],[1,1],[0,0]]]}")) ==
        "t.geojson:2:1: error: feature 0: ring 0, point 1 is not a [longitude, latitude] pair of "
        "finite numbers\n");
  CHECK(Errors(OneFeature("{\"type\":\"Point\",\"coordinates\":[0,0]}")) ==
        "t.geojson:2:1: error: feature 0: geometry type 'Point' is not supported; expected Polygon "
        "or MultiPolygon\n");
  CHECK(
      Errors(OneFeature("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + kSquare +
                        "],[[[0,0],[1,0],[0,0]]]]}")) ==
      "t.geojson:2:1: error: feature 0: polygon 1, ring 0 has 3 points; a ring needs at least 4\n");
}

TEST_CASE("geojson: NaN and infinity are malformed JSON", "[load][geojson]") {
  CHECK(
      Errors(OneFeature("{\"type\":\"Polygon\",\"coordinates\":[[[0,NaN],[1,0],[1,1],[0,0]]]}")) ==
      "t.geojson:2:93: error: malformed JSON: syntax error while parsing value - invalid "
      "literal; last read: '0,N'\n");
  CHECK(Errors(
            OneFeature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1e999],[1,1],[0,0]]]}")) ==
        "t.geojson:2:99: error: malformed JSON: number overflow parsing '1e999'\n");
}

TEST_CASE("geojson: feature errors", "[load][geojson]") {
  std::string no_code =
      "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\","
      "\"properties\":{},\"geometry\":null}]}";
  CHECK(Errors(no_code) == "t.geojson:2:1: error: feature 0: missing code property (tried code)\n");
  std::vector<GeoFeature> out;
  CHECK(Errors(OneFeature("null"), &out) ==
        "t.geojson:2:1: warning: feature 0: geometry is null; feature skipped\n");
  CHECK(out.empty());
  std::string twice =
      "{\"type\":\"FeatureCollection\",\"features\":[\n"
      "{\"type\":\"Feature\",\"properties\":{\"code\":\"A\"},\"geometry\":{\"type\":"
      "\"Polygon\",\"coordinates\":[" +
      kSquare +
      "]}},\n"
      "{\"type\":\"Feature\",\"properties\":{\"code\":\"A\"},\"geometry\":{\"type\":"
      "\"Polygon\",\"coordinates\":[" +
      kSquare + "]}}]}";
  CHECK(Errors(twice, &out) ==
        "t.geojson:3:1: error: feature 1: duplicate code 'A' (also feature 0)\n");
  CHECK(out.size() == 1);
  CHECK(Errors("{\"type\":\"Feature\"}") == "t.geojson: error: not a GeoJSON FeatureCollection\n");
  CHECK(Errors("[]") == "t.geojson: error: not a GeoJSON FeatureCollection\n");
  CHECK(Errors("{\"type\":\"FeatureCollection\",\"features\":{}}") ==
        "t.geojson: error: \"features\" is not an array\n");
  CHECK(Errors("{\"type\":\"FeatureCollection\",\"features\":[1]}") ==
        "t.geojson: error: feature 0: not a GeoJSON Feature object\n");
}

TEST_CASE("geojson: malformed JSON reports line and column", "[load][geojson]") {
  CHECK(Errors("{\"type\":\"FeatureCollection\",\n  \"features\": [}") ==
        "t.geojson:2:16: error: malformed JSON: syntax error while parsing value - unexpected "
        "'}'; expected '[', '{', or a literal\n");
  CHECK(Errors("") ==
        "t.geojson:1:1: error: malformed JSON: syntax error while parsing value - unexpected end "
        "of input; expected '[', '{', or a literal\n");
}

TEST_CASE("geojson: nesting deeper than 64 is refused before parsing", "[load][geojson]") {
  std::string deep =
      "{\"type\":\"FeatureCollection\",\"features\":[],\"x\":" + std::string(100, '[') +
      std::string(100, ']') + "}";
  CHECK(Errors(deep) == "t.geojson:1:110: error: nesting deeper than 64 levels\n");
  // Brackets inside strings do not count.
  std::string in_string =
      "{\"type\":\"FeatureCollection\",\"features\":[],\"x\":\"" + std::string(100, '[') + "\"}";
  CHECK(Errors(in_string) == "");
}

TEST_CASE("geojson: a million coordinates fail fast", "[load][geojson]") {
  std::string text =
      "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
      "\"properties\":{\"code\":\"A\"},\"geometry\":{\"type\":\"Polygon\","
      "\"coordinates\":[[";
  for (int i = 0; i < 1000000; ++i) text += i ? ",[1.5,2.5]" : "[1.5,2.5]";
  text += "]]}}]}";
  auto start = std::chrono::steady_clock::now();
  CHECK(Errors(text) == "t.geojson: error: too many coordinates (1000000); the limit is 500000\n");
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  CHECK(ms < 2000);
}

TEST_CASE("geojson: every error is reported, good features kept", "[load][geojson]") {
  std::string text =
      "{\"type\":\"FeatureCollection\",\"features\":[\n"
      "{\"type\":\"Feature\",\"properties\":{\"code\":\"A\"},\"geometry\":{\"type\":"
      "\"LineString\",\"coordinates\":[[0,0],[1,1]]}},\n"
      "{\"type\":\"Feature\",\"properties\":{\"code\":\"B\"},\"geometry\":{\"type\":"
      "\"Polygon\",\"coordinates\":[" +
      kSquare +
      "]}},\n"
      "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}]}";
  std::vector<GeoFeature> out;
  CHECK(Errors(text, &out) ==
        "t.geojson:2:1: error: feature 0: geometry type 'LineString' is not supported; expected "
        "Polygon or MultiPolygon\n"
        "t.geojson:4:1: error: feature 2: missing code property (tried code)\n");
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == "B");
  CHECK(out[0].index == 1);
}

}  // namespace
}  // namespace openwijk
