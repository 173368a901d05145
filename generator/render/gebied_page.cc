// The page of one area (at every level): breadcrumbs, children, kompas
// figures, the DNA text and the begroting of the newest year; plus a page per
// other year, a verantwoording page per year (verantwoording_page.cc) and the
// downloads beside the tables.
#include "render/pages.h"

#include <map>

#include "render/begroting_view.h"
#include "render/bestuur_view.h"
#include "render/charts.h"
#include "render/jaar_cijfers.h"
#include "render/maps.h"
#include "render/markdown.h"
#include "render/wijzigingen_view.h"
#include "util/number.h"

namespace openwijk {

namespace {

Data Breadcrumbs(const Model& m, int g, const std::string& root) {
  std::vector<int> chain;
  size_t steps = 0;
  for (int p = m.gebieden[g].ouder; p >= 0 && steps++ <= m.gebieden.size();
       p = m.gebieden[p].ouder) {
    chain.insert(chain.begin(), p);
  }
  Data list{Data::type::list};
  for (int p : chain) Append(&list, GebiedLink(m, p, root));
  return list;
}

std::string FormatWaarde(const KompasWaarde& w) { return FormatNumber(*w.waarde, w.decimalen); }

Data KompasTable(const Model& m, int g) {
  Data rows{Data::type::list};
  for (const KompasReeks& reeks : KompasVoor(m, g)) {
    const KompasWaarde* last = reeks.waarden.back();
    Data row{Data::type::object};
    Put(&row, "naam", reeks.indicator->naam);
    Put(&row, "eenheid", reeks.indicator->eenheid);
    Put(&row, "waarde", FormatWaarde(*last));
    Put(&row, "jaar", std::to_string(last->jaar));
    Put(&row, "bron", reeks.indicator->bron);
    Put(&row, "verloop", VerloopSvg(reeks));
    if (reeks.waarden.size() >= 2) {
      const KompasWaarde* prev = reeks.waarden[reeks.waarden.size() - 2];
      double diff = *last->waarde - *prev->waarde;
      int dec = std::max(last->decimalen, prev->decimalen);
      std::string sign = diff > 0 ? "+" : "";
      Put(&row, "verschil", sign + FormatNumber(diff, dec));
      Put(&row, "vorig_jaar", std::to_string(prev->jaar));
      Put(&row, "heeft_verschil", true);
    } else {
      Put(&row, "heeft_verschil", false);
    }
    Append(&rows, std::move(row));
  }
  return rows;
}

Data Kinderen(const Model& m, int g, const std::string& root) {
  Data list{Data::type::list};
  for (int k : m.gebieden[g].kinderen) Append(&list, GebiedLink(m, k, root));
  return list;
}

Data OtherYears(const RenderContext& ctx, int g, int current, const std::string& root) {
  Data list{Data::type::list};
  const std::string base = root + ctx.model.gebieden[g].pad + "/";
  for (int jaar : ctx.agg.Jaren()) {
    Data y{Data::type::object};
    Put(&y, "jaar", std::to_string(jaar));
    Put(&y, "huidig", jaar == current);
    Put(&y, "url",
        jaar == ctx.agg.LaatsteJaar() ? base : base + "begroting/" + std::to_string(jaar) + "/");
    Append(&list, std::move(y));
  }
  return list;
}

// `cijfers`: the sums of `jaar`; null when there is no begroting at all.
Data GebiedData(const RenderContext& ctx, int g, int jaar, const JaarCijfers* cijfers,
                const std::string& dir) {
  const Model& m = ctx.model;
  const Gebied& a = m.gebieden[g];
  std::string root = RootPrefix(dir);
  Data page{Data::type::object};
  Put(&page, "titel",
      jaar == ctx.agg.LaatsteJaar() ? TitelNaam(a)
                                    : TitelNaam(a) + ": begroting " + std::to_string(jaar));
  Put(&page, "naam", a.naam);
  Put(&page, "code", a.code);
  Put(&page, "niveau", NiveauLabel(a));
  Put(&page, "kruimelpad", Breadcrumbs(m, g, root));
  Put(&page, "gebied_url", root + a.pad + "/");
  Put(&page, "kinderen", Kinderen(m, g, root));
  Put(&page, "heeft_kinderen", !a.kinderen.empty());
  Put(&page, "is_gemeente", g == m.root);
  Put(&page, "jaren", OtherYears(ctx, g, jaar, root));
  if (cijfers) Put(&page, "begroting", BegrotingTables(ctx, g, jaar, root, *cijfers));
  Put(&page, "heeft_begroting", cijfers != nullptr);
  return page;
}

}  // namespace

void RenderGebiedPages(RenderContext& ctx) {
  const Model& m = ctx.model;
  int laatste = ctx.agg.LaatsteJaar();
  for (size_t i = 0; i < m.gebieden.size(); ++i) {
    if (!ctx.Mine()) continue;
    int g = static_cast<int>(i);
    const Gebied& a = m.gebieden[g];
    std::string root = RootPrefix(a.pad);
    // Each year's sums, for the begroting and verantwoording pages and
    // their charts alike.
    std::map<int, JaarCijfers> cijfers;
    for (int jaar : ctx.agg.Jaren()) cijfers.emplace(jaar, TelJaar(ctx, g, jaar));
    Data page = GebiedData(ctx, g, laatste, laatste > 0 ? &cijfers.at(laatste) : nullptr, a.pad);
    Data kompas = KompasTable(m, g);
    Put(&page, "heeft_kompas", !kompas.list_value().empty());
    Put(&page, "kompas", std::move(kompas));
    Put(&page, "kompas_csv", root + a.pad + "/kompas.csv");
    Put(&page, "kompas_json", root + a.pad + "/kompas.json");
    auto dna = m.dna.find(g);
    Put(&page, "heeft_dna", dna != m.dna.end());
    if (dna != m.dna.end()) {
      Put(&page, "dna_html", MarkdownToHtml(dna->second.markdown, 3));
      Put(&page, "dna_bron", dna->second.bron);
    }
    bool kaart = AddKaarten(ctx, g, root, &page);  // the parts on a map, and where g lies
    AddZeggenschap(ctx, g, &page);                 // "Wie beslist hier?"
    AddWijzigingen(ctx, g, &page);                 // what the newest publication changed here
    EmitPage(ctx, a.pad, "gebied", std::move(page));
    for (int jaar : ctx.agg.Jaren()) {
      EmitBegrotingDownloads(ctx, g, jaar);
      RenderVerantwoording(ctx, g, jaar, cijfers.at(jaar));
      if (jaar == laatste) continue;
      std::string dir = a.pad + "/begroting/" + std::to_string(jaar);
      EmitPage(ctx, dir, "begroting_jaar", GebiedData(ctx, g, jaar, &cijfers.at(jaar), dir));
    }
    EmitKompasDownloads(ctx, g);
    if (kaart) EmitKaartDownloads(ctx, a.pad, g, StandaardMaat(m));
  }
}

}  // namespace openwijk
