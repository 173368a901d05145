// The area tree: unique codes, known parents, one root that is the gemeente
// of site.json, and no cycles.
#include <map>
#include <set>

#include "validate/validate.h"

namespace openwijk {

namespace {

void CheckCycles(const Model& model, Diagnostics* diags) {
  const auto& gs = model.gebieden;
  // 0 = unvisited, 1 = on the current path, 2 = known to reach the root.
  std::vector<int> state(gs.size(), 0);
  for (size_t start = 0; start < gs.size(); ++start) {
    std::vector<int> path;
    int g = static_cast<int>(start);
    while (g >= 0 && state[g] == 0) {
      state[g] = 1;
      path.push_back(g);
      // An own parent is reported as such by ValidateGebieden, not again here.
      g = gs[g].ouder == g ? -1 : gs[g].ouder;
    }
    if (g >= 0 && state[g] == 1) {
      // Report the cycle once, at the area with the smallest code in it.
      std::vector<int> cycle;
      size_t from = 0;
      while (path[from] != g) ++from;
      cycle.assign(path.begin() + from, path.end());
      size_t first = 0;
      for (size_t i = 1; i < cycle.size(); ++i) {
        if (gs[cycle[i]].code < gs[cycle[first]].code) first = i;
      }
      std::string text;
      for (size_t i = 0; i <= cycle.size(); ++i) {
        text += (i ? " -> " : "") + gs[cycle[(first + i) % cycle.size()]].code;
      }
      diags->Error(gs[cycle[first]].pos, "cycle in the area tree: " + text);
    }
    for (int p : path) state[p] = 2;
  }
}

}  // namespace

void ValidateGebieden(const Model& model, Diagnostics* diags) {
  std::map<std::string, const Gebied*> first;
  for (const Gebied& g : model.gebieden) {
    auto [it, inserted] = first.emplace(g.code, &g);
    if (!inserted) {
      diags->Error(g.pos, "duplicate area code '" + g.code + "' (first on line " +
                              std::to_string(it->second->pos.line) + ")");
    }
  }
  std::vector<const Gebied*> roots;
  for (const Gebied& g : model.gebieden) {
    if (g.ouder_code.empty()) {
      roots.push_back(&g);
    } else if (g.ouder < 0) {
      diags->Error(g.pos_ouder, "unknown parent '" + g.ouder_code + "' of area '" + g.code + "'");
    } else if (g.ouder_code == g.code) {
      diags->Error(g.pos_ouder, "area '" + g.code + "' is its own parent");
    }
  }
  if (!model.gebieden.empty() && model.root < 0) {
    diags->Error({"data/gebieden.csv", 0, 0}, "gemeente '" + model.config.gemeente +
                                                  "' from site.json is not in data/gebieden.csv");
  }
  for (const Gebied* r : roots) {
    if (r->code != model.config.gemeente) {
      diags->Error(r->pos, "area '" + r->code + "' has no parent; only the gemeente '" +
                               model.config.gemeente + "' may be the root");
    }
  }
  if (model.root >= 0 && model.gebieden[model.root].niveau != "gemeente") {
    diags->Error(model.gebieden[model.root].pos, "the root area must have niveau gemeente");
  }
  CheckCycles(model, diags);
}

}  // namespace openwijk
