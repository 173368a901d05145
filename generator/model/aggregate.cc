#include "model/aggregate.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace openwijk {

void Bedrag::Add(const std::optional<int64_t>& v) {
  if (v) {
    cents += *v;
    ++known;
  } else {
    ++missing;
  }
}

void Totaal::Add(const BegrotingRegel& r) {
  begroot.Add(r.begroot);
  gewijzigd.Add(r.gewijzigd);
  actueel.Add(r.gewijzigd ? r.gewijzigd : r.begroot);
  realisatie.Add(r.realisatie);
}

Aggregates::Aggregates(const Model& model) : model_(model) {
  const size_t n = model.gebieden.size();
  subtree_.resize(n);
  // Breadth-first per area. The stamp marks areas seen in this walk, so a
  // cycle (an error reported by validate/) cannot loop, without clearing a
  // visited set per area.
  std::vector<size_t> stamp(n, SIZE_MAX);
  for (size_t g = 0; g < n; ++g) {
    std::vector<int>& out = subtree_[g];
    out.push_back(static_cast<int>(g));
    stamp[g] = g;
    for (size_t i = 0; i < out.size(); ++i) {
      for (int k : model.gebieden[out[i]].kinderen) {
        if (stamp[k] != g) {
          stamp[k] = g;
          out.push_back(k);
        }
      }
    }
  }
  for (const auto& [jaar, regels] : model.begroting) {
    jaren_.push_back(jaar);
    auto& per_gebied = regels_[jaar];
    per_gebied.resize(n);
    for (size_t i = 0; i < regels.size(); ++i) {
      // Add the line to its area and every ancestor, once each: on a cycle
      // the walk comes back to an area that already has the line.
      for (int g = regels[i].gebied; g >= 0; g = model.gebieden[g].ouder) {
        if (!per_gebied[g].empty() && per_gebied[g].back() == static_cast<int>(i)) break;
        per_gebied[g].push_back(static_cast<int>(i));
      }
    }
  }
  auto it = model.indicator_index.find(model.config.inwoners_indicator);
  if (it != model.indicator_index.end()) inwoners_indicator_ = it->second;
}

const std::vector<int>& Aggregates::Regels(int g, int jaar) const {
  static const std::vector<int> kNone;
  auto it = regels_.find(jaar);
  if (it == regels_.end() || g < 0 || static_cast<size_t>(g) >= it->second.size()) return kNone;
  return it->second[g];
}

Totaal Aggregates::Lasten(int g, int jaar) const {
  Totaal t;
  const auto& regels = model_.begroting.at(jaar);
  for (int i : Regels(g, jaar)) {
    if (regels[i].soort == Soort::kLasten) t.Add(regels[i]);
  }
  return t;
}

Totaal Aggregates::Baten(int g, int jaar) const {
  Totaal t;
  const auto& regels = model_.begroting.at(jaar);
  for (int i : Regels(g, jaar)) {
    if (regels[i].soort == Soort::kBaten) t.Add(regels[i]);
  }
  return t;
}

std::optional<double> Aggregates::Inwoners(int g, int jaar, int* van_jaar) const {
  if (inwoners_indicator_ < 0 || g < 0) return std::nullopt;
  int oudste = std::numeric_limits<int>::max();
  std::optional<double> v = InwonersBelow(g, jaar, 0, &oudste);
  if (van_jaar && v) *van_jaar = oudste;
  return v;
}

// `van_jaar`: lowered to the year of each figure used.
std::optional<double> Aggregates::InwonersBelow(int g, int jaar, size_t depth,
                                                int* van_jaar) const {
  const KompasWaarde* best = nullptr;
  auto lo = std::lower_bound(model_.kompas.begin(), model_.kompas.end(),
                             std::make_pair(g, inwoners_indicator_),
                             [](const KompasWaarde& k, const std::pair<int, int>& key) {
                               return std::make_pair(k.gebied, k.indicator) < key;
                             });
  for (auto it = lo;
       it != model_.kompas.end() && it->gebied == g && it->indicator == inwoners_indicator_; ++it) {
    if (it->waarde && (it->jaar <= jaar || !best)) best = &*it;
  }
  if (best) {
    *van_jaar = std::min(*van_jaar, best->jaar);
    return best->waarde;
  }
  const auto& kinderen = model_.gebieden[g].kinderen;
  // Deeper than there are areas: a cycle (an error reported by validate/).
  if (kinderen.empty() || depth >= model_.gebieden.size()) return std::nullopt;
  double sum = 0;
  for (int k : kinderen) {
    std::optional<double> v = InwonersBelow(k, jaar, depth + 1, van_jaar);
    if (!v) return std::nullopt;
    sum += *v;
  }
  return sum;
}

std::vector<KompasReeks> KompasVoor(const Model& model, int gebied) {
  std::vector<KompasReeks> out;
  auto lo = std::lower_bound(model.kompas.begin(), model.kompas.end(), gebied,
                             [](const KompasWaarde& k, int g) { return k.gebied < g; });
  for (auto it = lo; it != model.kompas.end() && it->gebied == gebied; ++it) {
    const KompasWaarde& k = *it;
    if (!k.waarde) continue;
    if (out.empty() || out.back().indicator != &model.indicatoren[k.indicator]) {
      out.push_back({&model.indicatoren[k.indicator], {}});
    }
    out.back().waarden.push_back(&k);
  }
  return out;
}

}  // namespace openwijk
