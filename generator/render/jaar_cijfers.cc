#include "render/jaar_cijfers.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <tuple>
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

// A taakveld's place in the order: its row in the Iv3 scheme
// (data/iv3/taakvelden.csv lists them as the Iv3 does: 0.5, 0.61, 0.7, 0.8,
// 0.9, 0.10), then, for a code the scheme lacks, part by part: "0.10" ->
// (0, 10, "0.10"), so "0.2" comes before "0.10"; the text decides between
// equal parts.
using TaakveldSleutel = std::tuple<size_t, int, int, std::string_view>;
TaakveldSleutel SleutelVan(const Model& m, const std::string& s, const Taakveld* tv) {
  size_t rij = tv ? static_cast<size_t>(tv - m.taakvelden.data()) : m.taakvelden.size();
  size_t dot = s.find('.');
  return {rij, std::atoi(s.c_str()), dot == std::string::npos ? 0 : std::atoi(s.c_str() + dot + 1),
          s};
}

}  // namespace

JaarCijfers TelJaar(const RenderContext& ctx, int g, int jaar) {
  const Model& m = ctx.model;
  const auto& regels = m.begroting.at(jaar);
  JaarCijfers c;
  std::map<std::string, Totaal> per_taakveld;
  Groepen programmas(&c.per_programma), taakvelden(&per_taakveld), financiers(&c.per_financier);
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
  // Named and sorted once here, each code parsed once, rather than by each
  // page, parsing both codes at every comparison.
  std::vector<std::pair<TaakveldSleutel, const std::pair<const std::string, Totaal>*>> volgorde;
  for (const auto& groep : per_taakveld) {
    const Taakveld* tv = m.FindTaakveld(groep.first, jaar);
    volgorde.emplace_back(SleutelVan(m, groep.first, tv), &groep);
  }
  std::sort(volgorde.begin(), volgorde.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [sleutel, groep] : volgorde) {
    const std::string& code = groep->first;
    const Taakveld* tv = m.FindTaakveld(code, jaar);
    c.per_taakveld.push_back({code, code + " " + (tv ? tv->naam : std::string()), groep->second});
  }
  c.grafiek = ProgrammaBarsSvg(m, g, jaar, c.per_programma);
  return c;
}

}  // namespace openwijk
