// What changed between two revisions of the data: budget lines added,
// removed and changed, and wijkkompas values changed. Lines are matched on
// their stable key (jaar + id), never on their position, so reordering rows
// gives no change. Pure functions over two Models; no I/O.
//
// A ModelDiff points into the two Models it was made from (oud, nieuw); the
// caller keeps both alive as long as the diff.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "model/model.h"
#include "model/sommen.h"

namespace openwijk {

enum class Actie { kToegevoegd, kVerwijderd, kGewijzigd };

// One field of a line that changed. Amounts (begroot, gewijzigd, realisatie)
// also carry their cents; empty means "not known".
struct VeldWijziging {
  std::string veld;        // column name: "gewijzigd", "gebied", ...
  std::string oud, nieuw;  // as in a download: "108750", "" when empty
  bool bedrag = false;
  std::optional<int64_t> oud_cents, nieuw_cents;
};

struct RegelWijziging {
  Actie actie = Actie::kGewijzigd;
  int jaar = 0;
  std::string id;
  const BegrotingRegel* oud = nullptr;    // null when added
  const BegrotingRegel* nieuw = nullptr;  // null when removed
  std::vector<VeldWijziging> velden;      // changed fields, in column order (kGewijzigd only)
  // The area as it is now (or was, when removed).
  const std::string& gebied_code() const { return nieuw ? nieuw->gebied_code : oud->gebied_code; }
};

struct KompasWijziging {
  Actie actie = Actie::kGewijzigd;
  std::string gebied, indicator;  // codes
  int jaar = 0;
  std::optional<double> oud, nieuw;  // empty = missing or not there
  int decimalen = 0;
};

struct ModelDiff {
  std::vector<RegelWijziging> regels;   // sorted by jaar, id
  std::vector<KompasWijziging> kompas;  // sorted by gebied, indicator, jaar
  int toegevoegd = 0, verwijderd = 0, gewijzigd = 0;
  // Per area, the totals of the years that have line changes, so that the
  // changes can be reconciled with the totals (shared by filtered copies).
  std::shared_ptr<const Sommen> sommen;
  bool empty() const { return regels.empty() && kompas.empty(); }
};

// Lets DiffModels skip what cannot have changed: begroting years whose file
// is the same blob in both revisions, and the kompas when its files are.
struct DiffSkip {
  std::set<int> jaren;
  bool kompas = false;
};

// The columns of a budget line as compared and downloaded, in order.
const std::vector<std::string>& BegrotingKolommen();
// The text of column `kolom` of `r` as in a download ("" when empty).
std::string RegelVeld(const BegrotingRegel& r, const std::string& kolom);
// The amount in column `kolom` (begroot, gewijzigd, realisatie) of `r`, or
// null for a column that holds no amount.
const std::optional<int64_t>* AmountOf(const BegrotingRegel& r, const std::string& kolom);
// The same two for the column at `index` in BegrotingKolommen(), for loops
// over every column of many lines: no name is compared.
std::string RegelVeldAt(const BegrotingRegel& r, size_t index);
const std::optional<int64_t>* AmountAt(const BegrotingRegel& r, size_t index);

// Each model must have unique line ids within a year (CheckRegelSleutels);
// both callers check that first. A line object held by both models at the
// same row (RegelPool) counts as unchanged without being compared.
ModelDiff DiffModels(const Model& oud, const Model& nieuw, const DiffSkip* skip = nullptr);

// The part of `diff` about the areas in `codes`: lines whose area was or is
// one of them, and kompas values of those areas, in the diff's order.
// Counts are recomputed.
ModelDiff FilterDiff(const ModelDiff& diff, const std::set<std::string>& codes);

// The changes of one diff by area code, for taking the part about many area
// sets (every area page shows its part of the latest publication's diff).
// Filter costs a lookup per code and what the part holds, where FilterDiff
// walked every change: at the land scale, 30,000 changes for each of 17,000
// areas, 30% of a build. Holds views into `diff` and the Models it points
// into: those must outlive it.
class DiffPerGebied {
 public:
  explicit DiffPerGebied(const ModelDiff& diff);
  DiffPerGebied(ModelDiff&&) = delete;  // it would point into a temporary
  // The same as FilterDiff(diff, codes).
  ModelDiff Filter(const std::set<std::string>& codes) const;

 private:
  const ModelDiff& diff_;
  // Per area code, the changes about it (index into diff_.regels, kompas).
  std::unordered_map<std::string_view, std::vector<size_t>> regels_, kompas_;
};

// The codes of area `code` and everything below it in `model`; empty when
// the model does not know the code.
std::set<std::string> SubtreeCodes(const Model& model, const std::string& code);

}  // namespace openwijk
