// Boundaries: every shape belongs to a known area; an area without a shape
// (itself or through its children) is drawn as missing, with a warning.
#include <set>

#include "validate/validate.h"

namespace openwijk {

void ValidateGeo(const Model& model, Diagnostics* diags) {
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
}

}  // namespace openwijk
