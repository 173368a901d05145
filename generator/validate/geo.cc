// Boundaries: every shape belongs to a known area; an area without a shape
// (itself or through its children) is drawn as missing, with a warning; a
// project whose location lies outside its area's shape is a warning too.
#include <cstdio>
#include <set>

#include "model/geo_index.h"
#include "validate/validate.h"

namespace openwijk {

namespace {

// Inside g's shape, or inside the own shape of an area below it (a buurt of
// 2017 need not lie exactly within its wijk of 2024).
bool InArea(const Model& model, const GeoIndex& geo, int g, double lon, double lat) {
  std::vector<int> todo{g};
  for (size_t steps = 0; !todo.empty() && steps <= model.gebieden.size(); ++steps) {
    int a = todo.back();
    todo.pop_back();
    if (PointInPolygons(a == g ? geo.Polygons(a) : geo.OwnPolygons(a), lon, lat)) return true;
    todo.insert(todo.end(), model.gebieden[a].kinderen.begin(), model.gebieden[a].kinderen.end());
  }
  return false;
}

std::string LatLon(double lat, double lon) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g, %.6g", lat, lon);
  return buf;
}

void ValidateProjectLocaties(const Model& model, Diagnostics* diags) {
  GeoIndex geo(model);
  if (geo.empty()) return;
  for (const Project& p : model.bestuur.projecten) {
    if (!p.lat || !p.lon || p.gebied < 0 || geo.Polygons(p.gebied).empty()) continue;
    if (InArea(model, geo, p.gebied, *p.lon, *p.lat)) continue;
    const Gebied& a = model.gebieden[p.gebied];
    diags->Warning(p.pos, "project '" + p.id + "' (" + p.titel + ") lies at " +
                              LatLon(*p.lat, *p.lon) + ", outside its area '" + a.code + "' (" +
                              a.naam + ")");
  }
}

}  // namespace

void ValidateGeo(const Model& model, Diagnostics* diags) {
  const std::string& maat = model.config.kaart_maat;
  if (!maat.empty() && !model.indicator_index.count(maat)) {
    diags->Warning({model.config.file, 0, 0},
                   "kompas.kaart names indicator '" + maat +
                       "', which is not in data/kompas/indicatoren.csv; the maps show € per "
                       "inwoner");
  }
  std::set<int> drawn;
  for (const GeoFeature& f : model.geo) {
    int g = model.FindGebied(f.code);
    if (g < 0) {
      diags->Error(f.pos, "feature " + std::to_string(f.index) + ": area code '" + f.code +
                              "' is not in data/gebieden.csv");
      continue;
    }
    drawn.insert(g);
  }
  if (model.geo.empty()) return;
  // An area is drawable if it has a shape or a descendant with one. The step
  // bound keeps a cycle (reported elsewhere) from looping.
  std::vector<bool> drawable(model.gebieden.size(), false);
  for (int g : drawn) {
    size_t steps = 0;
    for (int p = g; p >= 0 && !drawable[p] && steps <= model.gebieden.size(); ++steps) {
      drawable[p] = true;
      p = model.gebieden[p].ouder;
    }
  }
  for (size_t i = 0; i < model.gebieden.size(); ++i) {
    if (!drawable[i]) {
      const Gebied& g = model.gebieden[i];
      diags->Warning(g.pos, "area '" + g.code + "' (" + g.naam +
                                ") has no shape in data/geo/; its map shows it as missing");
    }
  }
  ValidateProjectLocaties(model, diags);
}

}  // namespace openwijk
