// The totals of each area's own budget lines in two revisions, for the years
// that have line changes, so that a diff's line changes can be reconciled
// with the totals they change (render/wijzigingen_view.cc).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "model/regels.h"

namespace openwijk {

// One total before (oud) and after (nieuw). Empty amounts count as 0 but are
// not "bekend" (known).
struct Som {
  int64_t oud = 0, nieuw = 0;
  int oud_bekend = 0, nieuw_bekend = 0;
};

// (jaar, soort, fase): soort 0 lasten, 1 baten; fase 0 begroot, 1 gewijzigd,
// 2 realisatie, 3 the actual budget (gewijzigd where a line has it, else
// begroot).
using SomSleutel = std::tuple<int, int, int>;

// One row of Soms per area code, in code order, each with every (jaar,
// soort, fase) of the years summed: a table, not a map of maps. At a national
// scale that is 17,000 areas in each of ten diffs, and the maps took 60 MB a
// diff.
class Sommen {
 public:
  // The totals of the lines of `jaren` in `oud` and in `nieuw`.
  Sommen(const std::map<int, Regels>& oud, const std::map<int, Regels>& nieuw,
         const std::set<int>& jaren);

  // The totals of the areas in `codes` added up (of every area when null),
  // by key, with every key of the years summed; a total without lines is 0
  // and not known on either side.
  std::map<SomSleutel, Som> Totaal(const std::set<std::string>* codes) const;
  // One area's total (0 and not known when the area has no lines).
  Som Van(const std::string& code, const SomSleutel& key) const;

 private:
  static constexpr int kPerJaar = 2 * 4;  // soort x fase

  std::vector<int> jaren_;          // sorted
  std::vector<std::string> codes_;  // sorted, one row each
  std::vector<Som> rows_;           // codes_.size() rows of jaren_.size() * kPerJaar
};

}  // namespace openwijk
