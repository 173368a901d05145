// data/gebieden.csv -> Model::gebieden, with parent/child links and the
// stable output folder of every area ("wijk/centrum").
#include <algorithm>
#include <map>
#include <set>

#include "model/build.h"
#include "util/text.h"

namespace openwijk {

namespace {

const char* const kNiveaus[] = {"gemeente", "gebied", "wijk", "buurt"};

bool IsNiveau(const std::string& s) {
  return std::find(std::begin(kNiveaus), std::end(kNiveaus), s) != std::end(kNiveaus);
}

// Folders are "<niveau>/<slug>". A second area with the same slug on the
// same level gets its code appended; areas are visited in code order, so the
// result is the same in every build.
void AssignPaths(Model* model) {
  std::set<std::string> taken;
  for (Gebied& g : model->gebieden) {
    std::string slug = Slugify(g.naam);
    if (slug.empty()) slug = Slugify(g.code);
    std::string pad = g.niveau + "/" + slug;
    if (taken.count(pad)) pad += "-" + Slugify(g.code);
    // Another area's naam may itself end in that code ("Noord WK02"): count on.
    const std::string base = pad;
    for (int n = 2; taken.count(pad); ++n) pad = base + "-" + std::to_string(n);
    taken.insert(pad);
    g.pad = pad;
  }
}

void Link(Model* model) {
  for (size_t i = 0; i < model->gebieden.size(); ++i) {
    Gebied& g = model->gebieden[i];
    if (g.ouder_code.empty()) continue;
    g.ouder = model->FindGebied(g.ouder_code);
    if (g.ouder >= 0 && g.ouder != static_cast<int>(i)) {
      model->gebieden[g.ouder].kinderen.push_back(static_cast<int>(i));
    }
  }
  for (Gebied& g : model->gebieden) {
    std::sort(g.kinderen.begin(), g.kinderen.end(), [&](int a, int b) {
      return std::tie(model->gebieden[a].naam, model->gebieden[a].code) <
             std::tie(model->gebieden[b].naam, model->gebieden[b].code);
    });
  }
  // Depth, memoised so that a long chain costs O(n) in all. Areas on a cycle
  // (reported by validate/) get some finite depth instead of looping.
  const int n = static_cast<int>(model->gebieden.size());
  std::vector<int> depth(n, -1);  // -1 unknown, -2 on the current walk
  for (int start = 0; start < n; ++start) {
    std::vector<int> walk;
    int g = start;
    while (g >= 0 && depth[g] == -1) {
      depth[g] = -2;
      walk.push_back(g);
      g = model->gebieden[g].ouder;
    }
    int d = g < 0 ? -1 : depth[g];
    if (d == -2) d = -1;  // ran into the walk itself: a cycle
    for (auto it = walk.rbegin(); it != walk.rend(); ++it) depth[*it] = ++d;
  }
  for (int i = 0; i < n; ++i) model->gebieden[i].diepte = depth[i];
}

}  // namespace

void BuildGebieden(const LoadedFiles& files, Model* model, Diagnostics* diags) {
  const CsvTable* t =
      RequireTable(files, "data/gebieden.csv", {"code", "naam", "niveau", "ouder"}, diags);
  if (!t) return;
  int c_code = t->Column("code"), c_naam = t->Column("naam"), c_niveau = t->Column("niveau"),
      c_ouder = t->Column("ouder"), c_soort = t->Column("soort");
  for (const CsvRow& row : t->rows) {
    Gebied g;
    g.code = t->Field(row, c_code);
    g.naam = t->Field(row, c_naam);
    g.niveau = t->Field(row, c_niveau);
    g.ouder_code = t->Field(row, c_ouder);
    g.soort = t->Field(row, c_soort);
    g.pos = t->At(row, c_code);
    g.pos_ouder = t->At(row, c_ouder);
    if (g.code.empty()) {
      diags->Error(t->At(row, c_code), "empty area code");
      continue;
    }
    if (g.naam.empty()) diags->Error(t->At(row, c_naam), "area '" + g.code + "' has no naam");
    if (!IsNiveau(g.niveau)) {
      diags->Error(t->At(row, c_niveau),
                   "unknown niveau '" + g.niveau + "'; expected gemeente, gebied, wijk or buurt");
    }
    if (!g.soort.empty() && g.soort != "wijk" && g.soort != "dorp") {
      diags->Error(t->At(row, c_soort), "unknown soort '" + g.soort + "'; expected wijk or dorp");
    }
    model->gebieden.push_back(std::move(g));
  }
  std::stable_sort(model->gebieden.begin(), model->gebieden.end(),
                   [](const Gebied& a, const Gebied& b) { return a.code < b.code; });
  for (size_t i = 0; i < model->gebieden.size(); ++i) {
    // The first of duplicate codes wins; validate/ reports the others.
    model->gebied_index.emplace(model->gebieden[i].code, static_cast<int>(i));
  }
  Link(model);
  model->root = model->FindGebied(model->config.gemeente);
  AssignPaths(model);
  std::map<std::string, int> per_naam;
  for (const Gebied& g : model->gebieden) ++per_naam[g.naam];
  for (Gebied& g : model->gebieden) g.naam_gedeeld = per_naam[g.naam] > 1;
}

}  // namespace openwijk
