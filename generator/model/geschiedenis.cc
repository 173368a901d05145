#include "model/geschiedenis.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace openwijk {

RegelGeschiedenissen::RegelGeschiedenissen(const std::vector<const Model*>& modellen) {
  // A shared line sits at the same row of the same year in the publication
  // before: the run of each row is remembered for one publication.
  std::map<int, std::vector<uint32_t>> vorige;
  for (uint32_t i = 0; i < modellen.size(); ++i) {
    std::map<int, std::vector<uint32_t>> nu;
    for (const auto& [jaar, regels] : modellen[i]->begroting) {
      std::vector<uint32_t>& rij = nu[jaar];
      rij.reserve(regels.size());
      auto v = vorige.find(jaar);
      for (size_t k = 0; k < regels.size(); ++k) {
        const BegrotingRegel& r = regels[k];
        if (v != vorige.end() && k < v->second.size()) {
          Run& run = runs_[v->second[k]];
          if (run.regel == &r && run.tot + 1 == i) {
            run.tot = i;
            rij.push_back(v->second[k]);
            continue;
          }
        }
        rij.push_back(static_cast<uint32_t>(runs_.size()));
        runs_.push_back({&r, i, i});
      }
    }
    vorige = std::move(nu);
  }
  std::stable_sort(runs_.begin(), runs_.end(), [](const Run& a, const Run& b) {
    if (int c = a.regel->id.compare(b.regel->id)) return c < 0;
    return std::tie(a.regel->jaar, a.van) < std::tie(b.regel->jaar, b.van);
  });
  for (size_t k = 0; k < runs_.size(); ++k) {
    if (k == 0 || runs_[k].regel->id != runs_[k - 1].regel->id)
      starts_.push_back(static_cast<uint32_t>(k));
  }
}

std::vector<RegelStand> RegelGeschiedenissen::Standen(size_t n) const {
  size_t end = n + 1 < starts_.size() ? starts_[n + 1] : runs_.size();
  std::vector<RegelStand> out;
  for (size_t k = starts_[n]; k < end; ++k) {
    for (uint32_t p = runs_[k].van; p <= runs_[k].tot; ++p) out.push_back({p, runs_[k].regel});
  }
  std::stable_sort(out.begin(), out.end(), [](const RegelStand& a, const RegelStand& b) {
    return std::tie(a.publicatie, a.regel->jaar) < std::tie(b.publicatie, b.regel->jaar);
  });
  return out;
}

size_t RegelGeschiedenissen::Find(std::string_view id) const {
  auto it =
      std::lower_bound(starts_.begin(), starts_.end(), id,
                       [&](uint32_t k, std::string_view x) { return runs_[k].regel->id < x; });
  return it != starts_.end() && runs_[*it].regel->id == id ? it - starts_.begin() : size();
}

std::vector<RegelStand> RegelGeschiedenissen::Of(std::string_view id) const {
  size_t n = Find(id);
  return n < size() ? Standen(n) : std::vector<RegelStand>{};
}

}  // namespace openwijk
