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

// A taakveld's place in the Iv3 order: its chapter, then what follows the
// dot as levels, one digit each: 6.711 is under 6.71 under 6.7, so it comes
// after 6.60 and before 6.8, and 0.61 before 0.7. The one exception is
// chapter 0's 0.10 and 0.11, the tenth and eleventh after 0.9. The text
// decides between equal keys.
using TaakveldSleutel = std::tuple<int, int, std::string_view, std::string_view>;
TaakveldSleutel SleutelVan(std::string_view s) {
  const int hoofdstuk = std::atoi(std::string(s.substr(0, s.find('.'))).c_str());
  const size_t dot = s.find('.');
  std::string_view rest = dot == std::string_view::npos ? "" : s.substr(dot + 1);
  if (hoofdstuk == 0 && (rest == "10" || rest == "11")) return {0, rest[1] - '0' + 10, "", s};
  int eerste = !rest.empty() && rest[0] >= '0' && rest[0] <= '9' ? rest[0] - '0' : 0;
  return {hoofdstuk, eerste, rest.empty() ? rest : rest.substr(1), s};
}

}  // namespace

bool IsIllustratief(const BegrotingRegel& r) {
  return r.bron.str().find("llustratief") != std::string::npos;
}

bool JaarIsIllustratief(const Model& m, int jaar) {
  auto it = m.begroting.find(jaar);
  if (it == m.begroting.end()) return false;
  const std::string* gezien = nullptr;  // lines share their bron text: check each once in a row
  for (const BegrotingRegel& r : it->second) {
    if (&r.bron.str() == gezien) continue;
    if (IsIllustratief(r)) return true;
    gezien = &r.bron.str();
  }
  return false;
}

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
      c.illustratief = IsIllustratief(r);
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
  for (const auto& groep : per_taakveld) volgorde.emplace_back(SleutelVan(groep.first), &groep);
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
