// libFuzzer target: GeoJSON boundaries (CBS wijk- en buurtkaart), with the
// code properties of the sample site.json.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "load/geojson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace openwijk;
  std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  static const std::vector<std::string> kCodes = {"statcode", "BU_CODE"};
  std::vector<openwijk::GeoFeature> features =
      ParseGeoJson("data/geo/wijken-2024.geojson", text, kCodes, &diags);
  for (const GeoFeature& f : features) {
    if (f.code.empty() || f.polygons.empty()) __builtin_trap();
    for (const Polygon& p : f.polygons) {
      if (p.outer.points.size() < 4) __builtin_trap();  // the loader promises closed rings
    }
  }
  return 0;
}
