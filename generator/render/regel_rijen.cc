#include "render/regel_rijen.h"

#include "model/publicatie.h"
#include "render/begroting_view.h"
#include "util/parallel.h"

namespace openwijk {

namespace {

// About the memory both rows of `r` take: the text fields appear once in
// each format; the rest of the text (keys, amounts) is about 300 bytes, and
// the bookkeeping (the Rij, its index entry, the allocations) about 150. An
// estimate, so that which lines are held is known before any is written, and
// the same on every run.
size_t Schatting(const BegrotingRegel& r) {
  size_t text = r.id.size() + r.gebied_code.size() + r.programma.str().size() +
                r.taakveld.str().size() + r.omschrijving.size() + r.financier.str().size() +
                r.bron.str().size() + r.besluit.str().size();
  return 2 * text + 450;
}

}  // namespace

RegelRijen::RegelRijen(const Model& model, size_t budget) {
  std::vector<const BegrotingRegel*> lines;
  size_t bytes = 0;
  // Adds r unless it is held already; false once the budget is spent.
  auto add = [&](const BegrotingRegel& r) {
    if (index_.count(&r)) return true;
    bytes += Schatting(r);
    if (bytes > budget) return false;
    index_.emplace(&r, lines.size());
    lines.push_back(&r);
    return true;
  };
  auto add_model = [&](const Model& m) {
    for (const auto& entry : m.begroting) {
      for (const BegrotingRegel& r : entry.second) {
        if (!add(r)) return false;
      }
    }
    return true;
  };
  bool room = add_model(model);
  if (room && model.publicaties) {
    for (const Publicatie& p : model.publicaties->lijst) {
      if (p.model && !(room = add_model(*p.model))) break;
    }
  }
  rijen_.resize(lines.size());
  constexpr size_t kChunk = 1024;
  ParallelFor((lines.size() + kChunk - 1) / kChunk, [&](size_t c) {
    std::string text;  // written here, then copied at its size
    for (size_t i = c * kChunk; i < lines.size() && i < (c + 1) * kChunk; ++i) {
      const BegrotingRegel& r = *lines[i];
      Rij& rij = rijen_[i];
      text.clear();
      AppendRegelJson(&text, r);
      rij.json = text;
      text.clear();
      AppendRegelCsv(&text, r);
      rij.csv = text;
    }
  });
}

const RegelRijen& RegelRijen::Geen() {
  static const RegelRijen geen;
  return geen;
}

const RegelRijen::Rij* RegelRijen::Find(const BegrotingRegel& r) const {
  if (index_.empty()) return nullptr;
  auto it = index_.find(&r);
  return it == index_.end() ? nullptr : &rijen_[it->second];
}

void RegelRijen::AppendJson(std::string* out, const BegrotingRegel& r) const {
  if (const Rij* rij = Find(r)) {
    out->append(rij->json);
  } else {
    AppendRegelJson(out, r);
  }
}

void RegelRijen::AppendCsv(std::string* out, const BegrotingRegel& r) const {
  if (const Rij* rij = Find(r)) {
    out->append(rij->csv);
  } else {
    AppendRegelCsv(out, r);
  }
}

}  // namespace openwijk
