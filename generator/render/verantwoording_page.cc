// <pad>/verantwoording/<jaar>/: what happened with the money of an area in
// one year. Begroot, gewijzigd and realisatie side by side per programma, per
// taakveld and per financier, with the difference in € and % and lines more
// than 10% off said in words; the lines placed on the area itself with the
// decision that set them; the projects paid here; and two reconciliations
// (projects against their budget lines, the area against its parts).
#include <map>
#include <utility>
#include <vector>

#include "model/publicatie.h"
#include "render/bestuur_view.h"
#include "render/jaar_cijfers.h"
#include "render/wijzigingen_view.h"
#include "util/number.h"

namespace openwijk {

namespace {

constexpr double kDrempel = 0.10;  // "more than 10% off"

std::string Signed(int64_t cents) { return (cents > 0 ? "+" : "") + FormatEuroRounded(cents); }

Data Verschil(const Totaal& t) {
  Data d{Data::type::object};
  bool gewijzigd = t.gewijzigd.any();
  int64_t basis = t.Huidig();
  std::string basis_naam = gewijzigd ? "de gewijzigde begroting" : "de begroting";
  bool bekend = t.realisatie.complete() && (gewijzigd ? t.actueel : t.begroot).complete();
  Put(&d, "bekend", bekend);
  Put(&d, "afwijking", false);
  if (!bekend) {
    Put(&d, "euro", std::string("niet bekend"));
    Put(&d, "pct", std::string("niet bekend"));
    Put(&d, "signaal",
        std::string(t.realisatie.any() ? "Nog niet alles bekend: van een deel van de regels is "
                                         "nog niet bekend wat er is uitgegeven."
                                       : "Nog niet bekend: wat er is uitgegeven, staat nog niet "
                                         "in de gegevens."));
    return d;
  }
  int64_t diff = t.realisatie.cents - basis;
  Put(&d, "euro", Signed(diff));
  if (basis == 0) {
    Put(&d, "pct", std::string("niet te berekenen"));
    Put(&d, "signaal",
        diff == 0 ? std::string("Precies zoals begroot.")
                  : std::string("Er was niets begroot, maar wel uitgegeven."));
    Put(&d, "afwijking", diff != 0);
    return d;
  }
  double pct = static_cast<double>(diff) / static_cast<double>(basis < 0 ? -basis : basis);
  Put(&d, "pct", (pct > 0 ? "+" : "") + FormatPercent(pct));
  bool off = pct > kDrempel || pct < -kDrempel;
  Put(&d, "afwijking", off);
  if (!off) {
    Put(&d, "signaal", "Binnen 10% van " + basis_naam + ".");
  } else if (diff > 0) {
    Put(&d, "signaal", "Let op: meer dan 10% méér uitgegeven dan " + basis_naam + ".");
  } else {
    Put(&d, "signaal", "Let op: meer dan 10% minder uitgegeven dan " + basis_naam + ".");
  }
  return d;
}

Data Rij(const std::string& naam, const Totaal& t, bool tabel_gewijzigd) {
  Data row{Data::type::object};
  Put(&row, "naam", naam);
  Put(&row, "begroot", BedragCell(t.begroot));
  Put(&row, "gewijzigd", BedragCell(t.GewijzigdKolom(tabel_gewijzigd)));
  Put(&row, "realisatie", BedragCell(t.realisatie));
  Put(&row, "verschil", Verschil(t));
  return row;
}

// Rows of (name, sum) pairs and their total.
template <typename Groups>
Data Tabel(const Groups& groups, const Totaal& totaal) {
  Data rows{Data::type::list};
  const bool gewijzigd = totaal.gewijzigd.any();
  for (const auto& [naam, t] : groups) Append(&rows, Rij(naam, t, gewijzigd));
  Data d{Data::type::object};
  Put(&d, "rijen", std::move(rows));
  Put(&d, "totaal", Rij("Totaal", totaal, gewijzigd));
  return d;
}

Data ProjectData(const Model& m, const Project& p, const std::string& root) {
  Data d{Data::type::object};
  Put(&d, "anker", "project-" + AnchorId(p.id));
  Put(&d, "id", p.id);
  Put(&d, "titel", p.titel);
  SetOpt(&d, "omschrijving", p.omschrijving);
  if (p.gebied >= 0) Put(&d, "gebied", GebiedLink(m, p.gebied, root));
  Put(&d, "toegekend", AmountCell(p.toegekend));
  Put(&d, "besteed", AmountCell(p.besteed));
  Put(&d, "status", p.status);
  Put(&d, "voortgang",
      p.voortgang ? std::to_string(*p.voortgang) + "%" : std::string("niet bekend"));
  SetOpt(&d, "resultaat", p.resultaat);
  SetOpt(&d, "toelichting", p.toelichting);
  Put(&d, "heeft_besluit", p.besluit_index >= 0);
  if (p.besluit_index >= 0)
    Put(&d, "besluit", BesluitData(m, m.bestuur.besluiten[p.besluit_index], root));
  SetOpt(&d, "bron", p.bron);
  return d;
}

// Projects paid from each line, against the line's budget.
Data ProjectAansluiting(const Model& m, int jaar, const std::vector<const Project*>& projecten,
                        const std::string& root) {
  std::map<int, std::pair<int64_t, int64_t>> per_regel;  // toegekend, besteed
  for (const Project* p : projecten) {
    if (p->regel < 0) continue;
    auto& sums = per_regel[p->regel];
    sums.first += p->toegekend.value_or(0);
    sums.second += p->besteed.value_or(0);
  }
  Data rows{Data::type::list};
  const auto& regels = m.begroting.at(jaar);
  for (const auto& [i, sums] : per_regel) {
    const BegrotingRegel& r = regels[i];
    int64_t budget = r.gewijzigd ? *r.gewijzigd : r.begroot.value_or(0);
    Data d{Data::type::object};
    Put(&d, "regel", r.omschrijving);
    if (r.gebied >= 0)
      Put(&d, "url", VerantwoordingUrl(m, root, r.gebied, jaar) + "#regel-" + AnchorId(r.id));
    Put(&d, "budget", FormatEuroRounded(budget));
    Put(&d, "toegekend", FormatEuroRounded(sums.first));
    Put(&d, "besteed", FormatEuroRounded(sums.second));
    // Granted within the line, and spent within it too.
    bool past = sums.first <= budget && sums.second <= budget;
    Put(&d, "past", past);
    Put(&d, "tekst",
        sums.first > budget
            ? "Klopt niet: de projecten krijgen " + FormatEuroRounded(sums.first - budget) +
                  " meer dan er op deze regel staat."
        : !past ? "Let op: de projecten krijgen niet meer dan er op deze regel staat, maar er is " +
                      FormatEuroRounded(sums.second - budget) + " meer aan besteed."
                : "Klopt: de projecten passen binnen deze regel. Nog niet aan een project "
                  "toegekend: " +
                      FormatEuroRounded(budget - sums.first) + ".");
    Append(&rows, std::move(d));
  }
  return rows;
}

Data KinderAansluiting(const RenderContext& ctx, int g, int jaar, const Totaal& eigen) {
  const Model& m = ctx.model;
  const Gebied& a = m.gebieden[g];
  Totaal kinderen;
  for (int k : a.kinderen) {
    Totaal t = ctx.agg.Lasten(k, jaar);
    kinderen.begroot.cents += t.begroot.cents;
    kinderen.realisatie.cents += t.realisatie.cents;
  }
  Totaal totaal = ctx.agg.Lasten(g, jaar);
  Data d{Data::type::object};
  Put(&d, "heeft_kinderen", !a.kinderen.empty());
  Put(&d, "eigen", FormatEuroRounded(eigen.begroot.cents));
  Put(&d, "kinderen", FormatEuroRounded(kinderen.begroot.cents));
  Put(&d, "totaal", FormatEuroRounded(totaal.begroot.cents));
  int64_t diff = eigen.begroot.cents + kinderen.begroot.cents - totaal.begroot.cents;
  int64_t diff_r = eigen.realisatie.cents + kinderen.realisatie.cents - totaal.realisatie.cents;
  bool klopt = diff == 0 && diff_r == 0;
  Put(&d, "klopt", klopt);
  Put(&d, "tekst",
      klopt ? std::string("Dat telt precies op, ook voor de realisatie.")
            : "Dat telt niet op: het verschil is " + FormatEuroRounded(diff) + " (begroot) en " +
                  FormatEuroRounded(diff_r) + " (realisatie).");
  return d;
}

// `tabel_gewijzigd`: whether any line of the area's tables was amended; then
// each row shows its amended budget (its begroot when it has none), as the
// programma and taakveld tables above do.
Data EigenRegels(const RenderContext& ctx, int g, int jaar, bool tabel_gewijzigd,
                 const std::string& root) {
  const Model& m = ctx.model;
  Data rows{Data::type::list};
  for (int i : ctx.agg.Regels(g, jaar)) {
    const BegrotingRegel& r = m.begroting.at(jaar)[i];
    if (r.gebied != g || r.soort != Soort::kLasten) continue;
    Totaal t;
    t.Add(r);
    Data d = Rij(r.omschrijving, t, tabel_gewijzigd);
    Put(&d, "anker", "regel-" + AnchorId(r.id));
    Put(&d, "id", r.id);
    if (m.publicaties && m.publicaties->geschiedenissen.Has(r.id)) {
      Put(&d, "regel_url", RegelUrl(root, r.id));  // its value in every publication
    }
    Put(&d, "financier", r.financier.str());
    const Besluit* s = m.bestuur.FindBesluit(r.besluit);
    Put(&d, "heeft_besluit", s != nullptr);
    if (s) Put(&d, "besluit", BesluitData(m, *s, root));
    Append(&rows, std::move(d));
  }
  return rows;
}

}  // namespace

void RenderVerantwoording(RenderContext& ctx, int g, int jaar, const JaarCijfers& c) {
  const Model& m = ctx.model;
  const Gebied& a = m.gebieden[g];
  const std::string dir = a.pad + "/verantwoording/" + std::to_string(jaar);
  const std::string root = RootPrefix(dir);
  const Totaal& totaal = c.totaal;
  std::vector<const Project*> projecten;
  for (const Project& p : m.bestuur.projecten) {
    if (p.jaar == jaar && p.gebied >= 0 && InSubtree(m, p.gebied, g)) projecten.push_back(&p);
  }
  Data page{Data::type::object};
  Put(&page, "titel", "Verantwoording " + std::to_string(jaar) + ": " + TitelNaam(a));
  Put(&page, "samenvatting",
      "Wat is er in " + std::to_string(jaar) + " met het geld voor " + a.naam +
          " gebeurd, en wie heeft dat besloten?");
  Put(&page, "naam", a.naam);
  Put(&page, "niveau", NiveauLabel(a));
  Put(&page, "jaar", std::to_string(jaar));
  Put(&page, "gebied_url", root + a.pad + "/");
  Put(&page, "heeft_regels", !totaal.begroot.any() ? totaal.realisatie.any() : true);
  Put(&page, "per_programma", Tabel(c.per_programma, totaal));
  if (!c.grafiek.empty()) Put(&page, "grafiek", c.grafiek);  // bars beside the programma table
  std::vector<std::pair<std::string, Totaal>> taakvelden;    // by name, in code order
  for (const TaakveldSom& t : c.per_taakveld) taakvelden.emplace_back(t.naam, t.totaal);
  Put(&page, "per_taakveld", Tabel(taakvelden, totaal));
  Put(&page, "per_financier", Tabel(c.per_financier, totaal));
  Data eigen = EigenRegels(ctx, g, jaar, totaal.gewijzigd.any(), root);
  Put(&page, "heeft_eigen_regels", !eigen.list_value().empty());
  Put(&page, "eigen_regels", std::move(eigen));
  Data projecten_data{Data::type::list};
  for (const Project* p : projecten) Append(&projecten_data, ProjectData(m, *p, root));
  Put(&page, "heeft_projecten", !projecten.empty());
  Put(&page, "projecten", std::move(projecten_data));
  Data aansluiting = ProjectAansluiting(m, jaar, projecten, root);
  Put(&page, "heeft_aansluiting", !aansluiting.list_value().empty());
  Put(&page, "aansluiting", std::move(aansluiting));
  Put(&page, "kinderen", KinderAansluiting(ctx, g, jaar, c.eigen));
  Put(&page, "begroting_csv", root + a.pad + "/begroting-" + std::to_string(jaar) + ".csv");
  Put(&page, "begroting_json", root + a.pad + "/begroting-" + std::to_string(jaar) + ".json");
  Data jaren{Data::type::list};
  for (int y : ctx.agg.Jaren()) {
    Data j{Data::type::object};
    Put(&j, "jaar", std::to_string(y));
    Put(&j, "huidig", y == jaar);
    Put(&j, "url", VerantwoordingUrl(m, root, g, y));
    Append(&jaren, std::move(j));
  }
  Put(&page, "jaren", std::move(jaren));
  EmitPage(ctx, dir, "verantwoording", std::move(page));
  EmitFile(ctx, dir + "/projecten.csv", ProjectenCsv(projecten));
  EmitFile(ctx, dir + "/projecten.json", ProjectenJson(projecten));
}

}  // namespace openwijk
