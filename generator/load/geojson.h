// GeoJSON loading: area boundaries (CBS wijk- en buurtkaart) as plain polygons.
//
// Reads one RFC 7946 FeatureCollection whose features are Polygon or
// MultiPolygon areas in WGS84 longitude/latitude, and returns one GeoFeature
// per usable feature, keyed by a code property (statcode, WK_CODE, BU_CODE...).
// The caller owns the returned vector; nothing refers back to `text`.
//
// Outside input is untrusted, so the loader refuses before parsing what would
// be expensive to parse: nesting deeper than 64 levels and more than 500,000
// coordinate pairs. Every problem is appended to `diags` with the file and,
// when known, the line and column of the offending feature; a bad feature is
// left out and the others are still returned.
//
// Messages (N = feature index from 0, as in the JSON array; R = ring index;
// "polygon P, " is added before "ring R" for MultiPolygons):
//   error   malformed JSON: <reason from the JSON parser>          (at line:column)
//           e.g. "syntax error while parsing value - invalid literal; last read: '0,N'"
//           or "number overflow parsing '1e999'"
//   error   nesting deeper than 64 levels                          (at line:column)
//   error   too many coordinates (N); the limit is 500000
//   error   not a GeoJSON FeatureCollection
//   error   "features" is not an array
//   error   feature N: not a GeoJSON Feature object
//   error   feature N: missing code property (tried statcode, ...)
//   error   feature N: duplicate code 'X' (also feature M)
//   error   feature N: geometry type 'T' is not supported; expected Polygon or MultiPolygon
//   error   feature N: code property 'P' is not a non-empty string
//   error   feature N: geometry is not an object
//   error   feature N: geometry has no coordinates array
//   error   feature N: polygon has no rings                  ("polygon P has no rings")
//   error   feature N: ring R is not an array of positions
//   error   feature N: ring R, point I is not a [longitude, latitude] pair of numbers
//   error   feature N: ring R, point I: longitude X is out of range -180..180
//   error   feature N: ring R, point I: latitude X is out of range -90..90
//   error   feature N: ring R has K points; a ring needs at least 4
//   error   feature N: ring R is not closed
//   warning feature N: geometry is null; feature skipped
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "util/diagnostic.h"

namespace openwijk {

// A closed ring: the last point equals the first. Points are (longitude, latitude).
struct Ring {
  std::vector<std::pair<double, double>> points;
};

// An outer boundary with optional holes (enclaves that belong to another area).
struct Polygon {
  Ring outer;
  std::vector<Ring> holes;
};

struct GeoFeature {
  std::string code;               // value of the first code property present
  int index = 0;                  // position in the "features" array, from 0
  Position pos;                   // the feature's opening '{' (line 0 if not found)
  std::vector<Polygon> polygons;  // one for a Polygon, one or more for a MultiPolygon
};

// Limits on outside input, checked before the JSON is parsed.
constexpr int kGeoJsonMaxDepth = 64;
constexpr long kGeoJsonMaxCoordinates = 500000;

// Parses one FeatureCollection. `file` is used only for positions.
// code_properties: property names to try in order; the first present wins.
std::vector<GeoFeature> ParseGeoJson(const std::string& file, const std::string& text,
                                     const std::vector<std::string>& code_properties,
                                     Diagnostics* diags);

}  // namespace openwijk
