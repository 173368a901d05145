// The page of one area (at every level): breadcrumbs, children, kompas
// figures, the DNA text and the begroting of the newest year; plus a page per
// other year and the downloads beside the tables.
#include "render/pages.h"

#include "render/begroting_view.h"
#include "render/bestuur_view.h"
#include "render/charts.h"
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
  for (int p : chain) list.push_back(GebiedLink(m, p, root));
  return list;
}

std::string FormatWaarde(const KompasWaarde& w) { return FormatNumber(*w.waarde, w.decimalen); }

Data KompasTable(const Model& m, int g) {
  Data rows{Data::type::list};
  for (const KompasReeks& reeks : KompasVoor(m, g)) {
    const KompasWaarde* last = reeks.waarden.back();
    Data row{Data::type::object};
    row.set("naam", reeks.indicator->naam);
    row.set("eenheid", reeks.indicator->eenheid);
    row.set("waarde", FormatWaarde(*last));
    row.set("jaar", std::to_string(last->jaar));
    row.set("bron", reeks.indicator->bron);
    row.set("verloop", VerloopSvg(reeks));
    if (reeks.waarden.size() >= 2) {
      const KompasWaarde* prev = reeks.waarden[reeks.waarden.size() - 2];
      double diff = *last->waarde - *prev->waarde;
      int dec = std::max(last->decimalen, prev->decimalen);
      std::string sign = diff > 0 ? "+" : "";
      row.set("verschil", sign + FormatNumber(diff, dec));
      row.set("vorig_jaar", std::to_string(prev->jaar));
      row.set("heeft_verschil", true);
    } else {
      row.set("heeft_verschil", false);
    }
    rows.push_back(row);
  }
  return rows;
}

Data Kinderen(const Model& m, int g, const std::string& root) {
  Data list{Data::type::list};
  for (int k : m.gebieden[g].kinderen) list.push_back(GebiedLink(m, k, root));
  return list;
}

Data OtherYears(const RenderContext& ctx, int g, int current, const std::string& root) {
  Data list{Data::type::list};
  const std::string base = root + ctx.model.gebieden[g].pad + "/";
  for (int jaar : ctx.agg.Jaren()) {
    Data y{Data::type::object};
    y.set("jaar", std::to_string(jaar));
    y.set("huidig", jaar == current);
    y.set("url",
          jaar == ctx.agg.LaatsteJaar() ? base : base + "begroting/" + std::to_string(jaar) + "/");
    list.push_back(y);
  }
  return list;
}

Data GebiedData(const RenderContext& ctx, int g, int jaar, const std::string& dir) {
  const Model& m = ctx.model;
  const Gebied& a = m.gebieden[g];
  std::string root = RootPrefix(dir);
  Data page{Data::type::object};
  page.set("titel",
           jaar == ctx.agg.LaatsteJaar() ? a.naam : a.naam + ": begroting " + std::to_string(jaar));
  page.set("naam", a.naam);
  page.set("code", a.code);
  page.set("niveau", NiveauLabel(a));
  page.set("kruimelpad", Breadcrumbs(m, g, root));
  page.set("gebied_url", root + a.pad + "/");
  page.set("kinderen", Kinderen(m, g, root));
  page.set("heeft_kinderen", !a.kinderen.empty());
  page.set("is_gemeente", g == m.root);
  page.set("jaren", OtherYears(ctx, g, jaar, root));
  if (jaar > 0) {
    Data begroting = BegrotingTables(ctx, g, jaar, root);
    AddBegrotingGrafiek(ctx, g, jaar, &begroting);  // bars beside the programma table
    Put(&page, "begroting", std::move(begroting));
  }
  page.set("heeft_begroting", jaar > 0);
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
    Data page = GebiedData(ctx, g, laatste, a.pad);
    Data kompas = KompasTable(m, g);
    page.set("heeft_kompas", !kompas.list_value().empty());
    Put(&page, "kompas", std::move(kompas));
    page.set("kompas_csv", root + a.pad + "/kompas.csv");
    page.set("kompas_json", root + a.pad + "/kompas.json");
    auto dna = m.dna.find(g);
    page.set("heeft_dna", dna != m.dna.end());
    if (dna != m.dna.end()) {
      page.set("dna_html", MarkdownToHtml(dna->second.markdown, 3));
      page.set("dna_bron", dna->second.bron);
    }
    bool kaart = AddKaarten(ctx, g, root, &page);  // the parts on a map, and where g lies
    AddZeggenschap(ctx, g, &page);                 // "Wie beslist hier?"
    AddWijzigingen(ctx, g, &page);                 // what the newest publication changed here
    EmitPage(ctx, a.pad, "gebied", std::move(page));
    for (int jaar : ctx.agg.Jaren()) {
      EmitFile(ctx, a.pad + "/begroting-" + std::to_string(jaar) + ".csv",
               BegrotingCsv(ctx, g, jaar));
      EmitFile(ctx, a.pad + "/begroting-" + std::to_string(jaar) + ".json",
               BegrotingJson(ctx, g, jaar));
      if (jaar == laatste) continue;
      std::string dir = a.pad + "/begroting/" + std::to_string(jaar);
      EmitPage(ctx, dir, "begroting_jaar", GebiedData(ctx, g, jaar, dir));
    }
    EmitKompasDownloads(ctx, g);
    if (kaart) EmitKaartDownloads(ctx, a.pad, g, StandaardMaat(m));
  }
}

}  // namespace openwijk
