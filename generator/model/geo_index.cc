#include "model/geo_index.h"

#include <algorithm>
#include <numeric>

namespace openwijk {

GeoIndex::GeoIndex(const Model& model)
    : own_(model.gebieden.size(), nullptr), derived_(model.gebieden.size()) {
  for (const GeoFeature& f : model.geo) {
    int g = model.FindGebied(f.code);
    if (g < 0 || f.polygons.empty()) continue;  // unknown codes: validate/geo.cc
    own_[g] = &f;
    empty_ = false;
  }
  if (empty_) return;
  // Deepest first, so every child is complete before its parent takes it.
  // A cycle in the tree (reported by validate/) only leaves shapes out.
  std::vector<int> order(model.gebieden.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&model](int a, int b) {
    return model.gebieden[a].diepte > model.gebieden[b].diepte;
  });
  for (int g : order) {
    if (own_[g]) continue;
    std::vector<Polygon>& shape = derived_[g];
    for (int k : model.gebieden[g].kinderen) {
      if (k == g) continue;
      const std::vector<Polygon>& part = Polygons(k);
      shape.insert(shape.end(), part.begin(), part.end());
    }
  }
}

const std::vector<Polygon>& GeoIndex::Polygons(int g) const {
  if (g < 0 || static_cast<size_t>(g) >= own_.size()) return none_;
  return own_[g] ? own_[g]->polygons : derived_[g];
}

const std::vector<Polygon>& GeoIndex::OwnPolygons(int g) const {
  if (g < 0 || static_cast<size_t>(g) >= own_.size() || !own_[g]) return none_;
  return own_[g]->polygons;
}

bool PointInRing(const Ring& ring, double lon, double lat) {
  bool inside = false;
  const auto& pts = ring.points;
  for (size_t i = 0, j = pts.empty() ? 0 : pts.size() - 1; i < pts.size(); j = i++) {
    double xi = pts[i].first, yi = pts[i].second;
    double xj = pts[j].first, yj = pts[j].second;
    if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

bool PointInPolygon(const Polygon& polygon, double lon, double lat) {
  if (!PointInRing(polygon.outer, lon, lat)) return false;
  for (const Ring& hole : polygon.holes) {
    if (PointInRing(hole, lon, lat)) return false;
  }
  return true;
}

bool PointInPolygons(const std::vector<Polygon>& polygons, double lon, double lat) {
  for (const Polygon& polygon : polygons) {
    if (PointInPolygon(polygon, lon, lat)) return true;
  }
  return false;
}

}  // namespace openwijk
