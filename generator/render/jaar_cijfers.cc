#include "render/jaar_cijfers.h"

#include <unordered_map>

#include "render/charts.h"

namespace openwijk {

namespace {

// Sums lines into groups by a text they share. The lines of a year hold one
// copy of each programma, taakveld and financier (SharedText), so a group is
// found by the copy's address and only a new address compares text.
class Groepen {
 public:
  explicit Groepen(std::map<std::string, Totaal>* out) : out_(out) {}
  void Add(const SharedText& key, const BegrotingRegel& r) {
    const std::string& text = key.str();
    auto [it, nieuw] = by_address_.try_emplace(&text, nullptr);
    if (nieuw) it->second = &(*out_)[text];
    it->second->Add(r);
  }

 private:
  std::map<std::string, Totaal>* out_;
  std::unordered_map<const std::string*, Totaal*> by_address_;
};

}  // namespace

JaarCijfers TelJaar(const RenderContext& ctx, int g, int jaar) {
  const Model& m = ctx.model;
  const auto& regels = m.begroting.at(jaar);
  JaarCijfers c;
  Groepen programmas(&c.per_programma), taakvelden(&c.per_taakveld), financiers(&c.per_financier);
  const std::string* gezien_bron = nullptr;  // the last bron checked, by address
  for (int i : ctx.agg.Regels(g, jaar)) {
    const BegrotingRegel& r = regels[i];
    c.heeft_regels = true;
    const std::string& bron = r.bron.str();
    if (!c.illustratief && &bron != gezien_bron) {
      c.illustratief = bron.find("llustratief") != std::string::npos;
      gezien_bron = &bron;
    }
    if (r.soort != Soort::kLasten) continue;
    c.totaal.Add(r);
    if (r.gebied == g) c.eigen.Add(r);
    programmas.Add(r.programma, r);
    taakvelden.Add(r.taakveld, r);
    financiers.Add(r.financier, r);
  }
  c.grafiek = ProgrammaBarsSvg(m, g, jaar, c.per_programma);
  return c;
}

}  // namespace openwijk
