#include "model/diff_bestuur.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "util/number.h"

namespace openwijk {

namespace {

std::string OptText(const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); }

std::string OptAmount(const std::optional<int64_t>& v) {
  return v ? CentsToDecimalString(*v) : std::string();
}

}  // namespace

BestuurDiff DiffBestuur(const Model& oud, const Model& nieuw) {
  BestuurDiff d;
  std::map<std::string, const Project*> voor;
  for (const Project& p : oud.bestuur.projecten) voor.emplace(p.id, &p);
  for (const Project& p : nieuw.bestuur.projecten) {
    auto it = voor.find(p.id);
    ProjectWijziging w;
    w.nieuw = &p;
    if (it == voor.end()) {
      d.projecten.push_back(w);
      continue;
    }
    const Project& a = *it->second;
    w.oud = &a;
    if (a.status != p.status) w.velden.push_back({"status", a.status, p.status, false, {}, {}});
    if (a.voortgang != p.voortgang) {
      w.velden.push_back({"voortgang", OptText(a.voortgang), OptText(p.voortgang), false, {}, {}});
    }
    if (a.besteed != p.besteed) {
      w.velden.push_back(
          {"besteed", OptAmount(a.besteed), OptAmount(p.besteed), true, a.besteed, p.besteed});
    }
    if (!w.velden.empty()) d.projecten.push_back(w);
  }
  std::sort(d.projecten.begin(), d.projecten.end(),
            [](const ProjectWijziging& a, const ProjectWijziging& b) {
              return a.nieuw->id < b.nieuw->id;
            });
  std::set<std::string> bekend;
  for (const Besluit& b : oud.bestuur.besluiten) bekend.insert(b.id);
  for (const Besluit& b : nieuw.bestuur.besluiten) {
    if (!bekend.count(b.id)) d.besluiten.push_back(&b);
  }
  std::sort(d.besluiten.begin(), d.besluiten.end(), [](const Besluit* a, const Besluit* b) {
    return std::tie(a->datum, a->id) < std::tie(b->datum, b->id);
  });
  return d;
}

}  // namespace openwijk
