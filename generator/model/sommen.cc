#include "model/sommen.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace openwijk {

Sommen::Sommen(const std::map<int, Regels>& oud, const std::map<int, Regels>& nieuw,
               const std::set<int>& jaren)
    : jaren_(jaren.begin(), jaren.end()) {
  const size_t width = jaren_.size() * kPerJaar;
  // Rows in the order the areas come, sorted by code at the end.
  std::unordered_map<std::string_view, size_t> index;
  std::vector<std::string_view> seen;
  std::vector<Som> rows;
  auto row_of_code = [&](std::string_view code) {
    auto [at, fresh] = index.emplace(code, seen.size());
    if (fresh) {
      seen.push_back(code);
      rows.resize(rows.size() + width);
    }
    return at->second;
  };
  for (int side = 0; side < 2; ++side) {
    const std::map<int, Regels>& begroting = side == 0 ? oud : nieuw;
    // The row of each area index (BegrotingRegel::gebied) this side has
    // shown, with the code it stood for: an array lookup and a short compare
    // for every line after an area's first, where hashing the code took 12%
    // of a land `check`. A line whose index names another code (a line not
    // read by BuildModel) or no area (-1) is found by its code.
    struct Seen {
      std::string_view code;
      size_t row = 0;
      bool known = false;
    };
    std::vector<Seen> by_gebied;
    for (size_t j = 0; j < jaren_.size(); ++j) {
      auto it = begroting.find(jaren_[j]);
      if (it == begroting.end()) continue;
      for (const BegrotingRegel& r : it->second) {
        const size_t g = static_cast<size_t>(r.gebied);
        Seen* at = r.gebied >= 0 && g < by_gebied.size() ? &by_gebied[g] : nullptr;
        size_t row;
        if (at && at->known && at->code == r.gebied_code) {
          row = at->row;
        } else {
          row = row_of_code(r.gebied_code);
          if (r.gebied >= 0) {
            if (g >= by_gebied.size()) by_gebied.resize(g + 1);
            by_gebied[g] = {r.gebied_code, row, true};
          }
        }
        Som* fasen = &rows[row * width + j * kPerJaar + (r.soort == Soort::kLasten ? 0 : 4)];
        // The actual budget (fase 3): gewijzigd where there is one, else begroot.
        const std::optional<int64_t>& actueel = r.gewijzigd ? r.gewijzigd : r.begroot;
        const std::optional<int64_t>* bedragen[] = {&r.begroot, &r.gewijzigd, &r.realisatie,
                                                    &actueel};
        for (int f = 0; f < 4; ++f) {
          if (!*bedragen[f]) continue;
          (side == 0 ? fasen[f].oud : fasen[f].nieuw) += **bedragen[f];
          ++(side == 0 ? fasen[f].oud_bekend : fasen[f].nieuw_bekend);
        }
      }
    }
  }
  std::vector<size_t> order(seen.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return seen[a] < seen[b]; });
  codes_.reserve(order.size());
  rows_.reserve(rows.size());
  for (size_t i : order) {
    codes_.emplace_back(seen[i]);
    rows_.insert(rows_.end(), rows.begin() + i * width, rows.begin() + (i + 1) * width);
  }
}

std::map<SomSleutel, Som> Sommen::Totaal(const std::set<std::string>* codes) const {
  const size_t width = jaren_.size() * kPerJaar;
  std::vector<Som> totaal(width);
  auto add = [&](size_t row) {
    for (size_t k = 0; k < width; ++k) {
      const Som& s = rows_[row * width + k];
      totaal[k].oud += s.oud;
      totaal[k].nieuw += s.nieuw;
      totaal[k].oud_bekend += s.oud_bekend;
      totaal[k].nieuw_bekend += s.nieuw_bekend;
    }
  };
  if (codes) {
    for (const std::string& c : *codes) {
      auto it = std::lower_bound(codes_.begin(), codes_.end(), c);
      if (it != codes_.end() && *it == c) add(it - codes_.begin());
    }
  } else {
    for (size_t row = 0; row < codes_.size(); ++row) add(row);
  }
  std::map<SomSleutel, Som> out;
  for (size_t j = 0; j < jaren_.size(); ++j) {
    for (int k = 0; k < kPerJaar; ++k) out[{jaren_[j], k / 4, k % 4}] = totaal[j * kPerJaar + k];
  }
  return out;
}

Som Sommen::Van(const std::string& code, const SomSleutel& key) const {
  auto [jaar, soort, fase] = key;
  auto c = std::lower_bound(codes_.begin(), codes_.end(), code);
  auto j = std::lower_bound(jaren_.begin(), jaren_.end(), jaar);
  if (c == codes_.end() || *c != code || j == jaren_.end() || *j != jaar) return {};
  size_t row = c - codes_.begin();
  return rows_[(row * jaren_.size() + (j - jaren_.begin())) * kPerJaar + soort * 4 + fase];
}

}  // namespace openwijk
