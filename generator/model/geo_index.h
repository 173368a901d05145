// The boundary of every area, ready to draw or to test a point against.
//
// An area's shape is its own GeoJSON feature (Model::geo) when it has one;
// otherwise it is the shapes of its children together, recursively. So a
// level that has no boundaries of its own (the gebieden of Groningen are
// unions of CBS wijken) is drawn as the union of its descendants, without
// drawing a shape twice when a wijk and its buurten both have one.
//
// Computed once per Model, bottom-up, so page renderers never walk the tree
// for polygons. A GeoIndex refers to the Model's features: the Model must
// outlive it.
#pragma once

#include <vector>

#include "load/geojson.h"
#include "model/model.h"

namespace openwijk {

class GeoIndex {
 public:
  explicit GeoIndex(const Model& model);

  // The shape of area g (own, else its descendants'); empty when unknown.
  const std::vector<Polygon>& Polygons(int g) const;
  // Only the area's own feature; empty when it has none.
  const std::vector<Polygon>& OwnPolygons(int g) const;
  // No area has a shape: the site has no maps at all.
  bool empty() const { return empty_; }

 private:
  std::vector<const GeoFeature*> own_;         // by gebied; null when none
  std::vector<std::vector<Polygon>> derived_;  // by gebied; for areas without own_
  std::vector<Polygon> none_;
  bool empty_ = true;
};

// Even-odd rule in lon/lat: a point in a hole is outside. Points exactly on
// an edge may fall either way (it never matters at map scale).
bool PointInRing(const Ring& ring, double lon, double lat);
bool PointInPolygon(const Polygon& polygon, double lon, double lat);
bool PointInPolygons(const std::vector<Polygon>& polygons, double lon, double lat);

}  // namespace openwijk
