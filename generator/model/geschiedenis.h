// The history of every budget line: its value in each publication where it
// exists, for the line's history page and `openwijk history`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace openwijk {

// One line as it stood in one publication.
struct RegelStand {
  size_t publicatie = 0;  // index into Publicaties::lijst
  const BegrotingRegel* regel = nullptr;
};

// Every line id in the publications, in id order. A line that is the same
// object in consecutive publications (RegelPool shares unchanged lines) is
// kept once, as a run of publications, in one sorted vector: at the land
// scale that is about 1.3 million runs for 10 million stands, where a map of
// vectors of stands took 230 MB.
class RegelGeschiedenissen {
 public:
  RegelGeschiedenissen() = default;
  // `modellen`: the publications' Models in publication order. They must
  // outlive this.
  explicit RegelGeschiedenissen(const std::vector<const Model*>& modellen);

  // How many ids, and the id of number `n` (0 <= n < size()).
  size_t size() const { return starts_.size(); }
  const std::string& Id(size_t n) const { return runs_[starts_[n]].regel->id; }
  // The stands of id number `n`, in publication order, then by jaar.
  std::vector<RegelStand> Standen(size_t n) const;

  // How many runs are kept (a measure of the sharing).
  size_t runs() const { return runs_.size(); }

  bool Has(std::string_view id) const { return Find(id) < size(); }
  // The stands of `id`; empty when no publication has it.
  std::vector<RegelStand> Of(std::string_view id) const;

 private:
  struct Run {
    const BegrotingRegel* regel = nullptr;
    uint32_t van = 0, tot = 0;  // the publications [van, tot] that hold it
  };
  size_t Find(std::string_view id) const;  // size() when absent

  std::vector<Run> runs_;         // by id, jaar, first publication
  std::vector<uint32_t> starts_;  // the first run of each id
};

}  // namespace openwijk
