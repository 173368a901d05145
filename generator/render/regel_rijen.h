// Each budget line's row in the downloads, written once per build.
//
// A line is in the begroting download of its own area and of every area
// above it, and in that of every publication that holds it (publications
// share the lines they have in common, model/regels.h): at the benchmark's
// gemeente scale each line was written about six times in each format, a
// tenth of a build's instructions. RenderSite writes each row here once, on every
// thread, before the pages; the downloads copy them. Up to a memory budget:
// the lines past it are written where they are used, as before.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/model.h"

namespace openwijk {

class RegelRijen {
 public:
  // Holds nothing: every line is written where it is used.
  RegelRijen() = default;
  static const RegelRijen& Geen();  // one that holds nothing
  // The rows of the lines of `model` and then of its publications, in that
  // order, as long as the rows so far stay within about `budget` bytes.
  RegelRijen(const Model& model, size_t budget);

  // Append exactly what AppendRegelJson and AppendRegelCsv
  // (render/begroting_view.h) append for `r`.
  void AppendJson(std::string* out, const BegrotingRegel& r) const;
  void AppendCsv(std::string* out, const BegrotingRegel& r) const;

  size_t size() const { return rijen_.size(); }  // lines held

 private:
  struct Rij {
    std::string json;
    std::string csv;  // with its newline
  };
  const Rij* Find(const BegrotingRegel& r) const;

  std::vector<Rij> rijen_;
  std::unordered_map<const BegrotingRegel*, size_t> index_;  // line -> rijen_
};

}  // namespace openwijk
