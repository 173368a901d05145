// Sums over the area tree: what is budgeted in an area and everything below
// it, inhabitants, € per inwoner, and how much of the budget can be placed in
// an area at all ("toerekenbaar"). Pure functions over a Model.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace openwijk {

// A sum of optional amounts. `known` lines had a value, `missing` lines were
// empty ("not known yet"); the sum covers the known ones only.
struct Bedrag {
  int64_t cents = 0;
  int known = 0;
  int missing = 0;

  void Add(const std::optional<int64_t>& v);
  bool any() const { return known > 0; }
  bool complete() const { return known > 0 && missing == 0; }
};

struct Totaal {
  Bedrag begroot, gewijzigd, realisatie;
  // Per line gewijzigd, else begroot: a line without an amendment still has
  // its budget (data/README.md: gewijzigd is empty when there was none yet).
  Bedrag actueel;
  void Add(const BegrotingRegel& r);
  // The "gewijzigd" column of a row in a table: once any line of the table
  // was amended, the amended budget of the row's lines, a line without an
  // amendment with its begroot, so that the rows add up to the total; while
  // none was, not known. A row on its own is its own table.
  const Bedrag& GewijzigdKolom(bool tabel_gewijzigd) const {
    return tabel_gewijzigd ? actueel : gewijzigd;
  }
  // The best current budget figure: the amended budget once there is one, else begroot.
  int64_t Huidig() const { return gewijzigd.any() ? actueel.cents : begroot.cents; }
};

// Precomputed per-area views of one Model.
class Aggregates {
 public:
  explicit Aggregates(const Model& model);

  // `g` and all areas below it, in tree order (g first).
  const std::vector<int>& Subtree(int g) const { return subtree_[g]; }
  // Indices into model.begroting[jaar] of the lines in g's subtree.
  const std::vector<int>& Regels(int g, int jaar) const;
  // The years that have a begroting, ascending.
  const std::vector<int>& Jaren() const { return jaren_; }
  int LaatsteJaar() const { return jaren_.empty() ? 0 : jaren_.back(); }

  // Lasten of the subtree in `jaar`.
  Totaal Lasten(int g, int jaar) const;
  Totaal Baten(int g, int jaar) const;

  // Inhabitants of g in the newest year <= jaar that has a value (else the
  // oldest later one); the sum of the children when g has none of its own
  // and every child has one. `van_jaar`, when given, gets the year of the
  // figure (of a sum: its oldest part).
  std::optional<double> Inwoners(int g, int jaar, int* van_jaar = nullptr) const;

 private:
  std::optional<double> InwonersBelow(int g, int jaar, size_t depth, int* van_jaar) const;

  const Model& model_;
  std::vector<std::vector<int>> subtree_;
  std::vector<int> jaren_;
  std::map<int, std::vector<std::vector<int>>> regels_;  // jaar -> gebied -> line indices
  int inwoners_indicator_ = -1;
};

// The newest value of an indicator for an area, and the one before it.
struct KompasReeks {
  const Indicator* indicator = nullptr;
  std::vector<const KompasWaarde*> waarden;  // ascending by jaar, values present only
};
std::vector<KompasReeks> KompasVoor(const Model& model, int gebied);

}  // namespace openwijk
