// The transparency summary, computed from the data and never typed in: how
// much of an area's money has a known decision, how many finished projects
// report a result, and how new the data about the area is. Shown on every
// area page and as one table across all areas (transparantie/).
#include <algorithm>
#include <cmath>
#include <optional>

#include <nlohmann/json.hpp>

#include "render/begroting_view.h"
#include "render/bestuur_view.h"
#include "render/jaar_cijfers.h"
#include "util/datum.h"
#include "util/number.h"

namespace openwijk {

namespace {

int64_t Gewicht(const BegrotingRegel& r) {
  int64_t v = r.gewijzigd ? *r.gewijzigd : r.begroot.value_or(0);
  return v < 0 ? -v : v;
}

void Nieuwer(const std::string& datum, const std::string& grens, std::string* nieuwste) {
  if (!datum.empty() && datum <= grens && datum > *nieuwste) *nieuwste = datum;
}

}  // namespace

Transparantie BerekenTransparantie(const RenderContext& ctx, int g) {
  const Model& m = ctx.model;
  Transparantie t;
  t.jaar = ctx.agg.LaatsteJaar();
  if (t.jaar > 0) {
    const auto& regels = m.begroting.at(t.jaar);
    for (int i : ctx.agg.Regels(g, t.jaar)) {
      const BegrotingRegel& r = regels[i];
      if (r.soort != Soort::kLasten) continue;
      t.geld += Gewicht(r);
      if (!r.besluit.empty()) t.geld_met_besluit += Gewicht(r);
    }
  }
  // Only dates up to the commit count: a planned meeting is not "new data".
  const std::string grens = IsoDate(m.commit.time, m.commit.offset_minutes);
  for (const Project& p : m.bestuur.projecten) {
    if (p.gebied < 0 || !InSubtree(m, p.gebied, g)) continue;
    if (p.status == "afgerond") {
      ++t.afgerond;
      if (!p.resultaat.empty()) ++t.met_resultaat;
    }
    Nieuwer(p.start, grens, &t.nieuwste);
    Nieuwer(p.eind, grens, &t.nieuwste);
  }
  for (const Besluit& s : m.bestuur.besluiten) {
    if (Concerns(m, s.gebieden, g)) Nieuwer(s.datum, grens, &t.nieuwste);
  }
  for (const Vergadering& v : m.bestuur.vergaderingen) {
    for (const AgendaSectie& s : v.secties) {
      for (const Agendapunt& p : s.punten) {
        if (Concerns(m, p.gebieden, g)) Nieuwer(v.datum, grens, &t.nieuwste);
      }
    }
  }
  if (t.nieuwste.empty()) {
    t.nieuwste = grens;
    t.nieuwste_is_commit = true;
  }
  return t;
}

Data TransparantieData(const Model& m, const Transparantie& t) {
  (void)m;
  Data d{Data::type::object};
  Put(&d, "jaar", std::to_string(t.jaar));
  bool geld = t.geld > 0;
  Put(&d, "heeft_geld", geld);
  Put(&d, "besluit_pct",
      geld ? FormatPercent(static_cast<double>(t.geld_met_besluit) / t.geld) : "");
  Put(&d, "besluit_bedrag", FormatEuroRounded(t.geld_met_besluit));
  Put(&d, "geld", FormatEuroRounded(t.geld));
  Put(&d, "heeft_afgerond", t.afgerond > 0);
  Put(&d, "afgerond", std::to_string(t.afgerond));
  Put(&d, "met_resultaat", std::to_string(t.met_resultaat));
  Put(&d, "resultaat_pct",
      t.afgerond > 0 ? FormatPercent(static_cast<double>(t.met_resultaat) / t.afgerond) : "");
  Put(&d, "nieuwste", DutchDatum(t.nieuwste));
  Put(&d, "nieuwste_iso", t.nieuwste);
  Put(&d, "nieuwste_is_commit", t.nieuwste_is_commit);
  return d;
}

void RenderTransparantie(RenderContext& ctx) {
  const Model& m = ctx.model;
  const std::string root = "../";
  Data rows{Data::type::list};
  std::string csv =
      "gebied,naam,niveau,jaar,lasten,lasten_met_besluit,procent_met_besluit,"
      "projecten_afgerond,afgerond_met_resultaat,nieuwste_gegevens\n";
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  // Tree order: the gemeente, then each area followed by the areas below it.
  std::vector<int> order;
  std::vector<int> stack;
  if (m.root >= 0) stack.push_back(m.root);
  std::vector<bool> seen(m.gebieden.size(), false);
  while (!stack.empty()) {
    int g = stack.back();
    stack.pop_back();
    if (seen[g]) continue;
    seen[g] = true;
    order.push_back(g);
    const auto& k = m.gebieden[g].kinderen;
    for (auto it = k.rbegin(); it != k.rend(); ++it) stack.push_back(*it);
  }
  for (int g : order) {
    Transparantie t = BerekenTransparantie(ctx, g);
    Data row = TransparantieData(m, t);
    Put(&row, "gebied", GebiedLink(m, g, root));
    Put(&row, "diepte_klasse", "diepte-" + std::to_string(std::min(m.gebieden[g].diepte, 3)));
    Append(&rows, std::move(row));
    const Gebied& a = m.gebieden[g];
    // The share in hundredths of a percent, rounded (not cut off: 0.425% is 0.43).
    std::optional<int64_t> honderdsten;
    if (t.geld > 0) {
      honderdsten = std::llround(static_cast<double>(t.geld_met_besluit) * 10000.0 /
                                 static_cast<double>(t.geld));
    }
    std::string aandeel = honderdsten ? CentsToDecimalString(*honderdsten) : std::string();
    csv += CsvField(a.code) + "," + CsvField(a.naam) + "," + CsvField(a.niveau) + "," +
           std::to_string(t.jaar) + "," + CentsToDecimalString(t.geld) + "," +
           CentsToDecimalString(t.geld_met_besluit) + "," + aandeel + "," +
           std::to_string(t.afgerond) + "," + std::to_string(t.met_resultaat) + "," +
           (t.nieuwste_is_commit ? "" : t.nieuwste) + "\n";
    nlohmann::ordered_json o;
    o["gebied"] = a.code;
    o["naam"] = a.naam;
    o["niveau"] = a.niveau;
    o["jaar"] = t.jaar;
    o["lasten"] = static_cast<double>(t.geld) / 100.0;
    o["lasten_met_besluit"] = static_cast<double>(t.geld_met_besluit) / 100.0;
    o["procent_met_besluit"] = honderdsten ? nlohmann::ordered_json(*honderdsten / 100.0)
                                           : nlohmann::ordered_json(nullptr);
    o["projecten_afgerond"] = t.afgerond;
    o["afgerond_met_resultaat"] = t.met_resultaat;
    // Empty when no decision, meeting or project names the area: the page
    // then shows the commit date, which the download leaves out so that it
    // only changes when the data about the area does.
    o["nieuwste_gegevens"] =
        t.nieuwste_is_commit ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(t.nieuwste);
    arr.push_back(std::move(o));
  }
  Data page{Data::type::object};
  Put(&page, "titel", "Transparantie per gebied");
  Put(&page, "samenvatting", "Hoe open is elk gebied? Berekend uit de gegevens.");
  Put(&page, "jaar", std::to_string(ctx.agg.LaatsteJaar()));
  Put(&page, "illustratief", JaarIsIllustratief(ctx.model, ctx.agg.LaatsteJaar()));
  Put(&page, "rijen", std::move(rows));
  EmitPage(ctx, "transparantie", "transparantie", std::move(page));
  EmitFile(ctx, "transparantie/transparantie.csv", csv);
  EmitFile(ctx, "transparantie/transparantie.json", arr.dump(1) + "\n");
}

}  // namespace openwijk
