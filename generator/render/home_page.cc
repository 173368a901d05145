// The home page: the gemeente in numbers, the total budget, how much of it
// can be placed in an area ("toerekenbaar") and the areas with € per inwoner.
#include <algorithm>
#include <map>

#include "render/begroting_view.h"
#include "render/jaar_cijfers.h"
#include "render/maps.h"
#include "render/pages.h"
#include "util/number.h"
#include "util/text.h"

namespace openwijk {

namespace {

// The biggest parts of the budget that stay at the gemeente itself, named so
// that "not placeable" is not a black box.
Data NietToerekenbaar(const RenderContext& ctx, int jaar) {
  const Model& m = ctx.model;
  std::map<std::string, int64_t> per_taakveld;
  for (const BegrotingRegel& r : m.begroting.at(jaar)) {
    if (r.gebied == m.root && r.soort == Soort::kLasten) {
      per_taakveld[r.taakveld] += r.gewijzigd ? *r.gewijzigd : r.begroot.value_or(0);
    }
  }
  std::vector<std::pair<int64_t, std::string>> sorted;
  for (auto& [k, v] : per_taakveld) sorted.emplace_back(-v, k);
  std::sort(sorted.begin(), sorted.end());
  Data list{Data::type::list};
  for (size_t i = 0; i < sorted.size() && i < 5; ++i) {
    const Taakveld* tv = m.FindTaakveld(sorted[i].second, jaar);
    Data d{Data::type::object};
    Put(&d, "naam", sorted[i].second + " " + (tv ? tv->naam : std::string()));
    Put(&d, "bedrag", FormatEuroRounded(-sorted[i].first));
    Append(&list, std::move(d));
  }
  return list;
}

Data AreaRow(const RenderContext& ctx, int g, int jaar, int diepte) {
  const std::string root;
  Data row = GebiedLink(ctx.model, g, root);
  Totaal t = ctx.agg.Lasten(g, jaar);
  std::optional<double> inw = ctx.agg.Inwoners(g, jaar);
  Put(&row, "lasten", FormatEuroRounded(t.Huidig()));
  Put(&row, "inwoners", inw ? FormatNumber(*inw, 0) : std::string("niet bekend"));
  std::optional<int64_t> per = PerInwonerHeleEuros(t.Huidig(), inw);
  Put(&row, "per_inwoner", per ? FormatEuroRounded(*per) : std::string("niet bekend"));
  Put(&row, "ingesprongen", diepte > 1);
  return row;
}

// The areas table as data: raw numbers and codes, no formatting. Amounts are
// euros with cents; per_inwoner is empty when the inhabitants are unknown.
void EmitAreaDownloads(RenderContext& ctx, const std::vector<int>& gebieden, int jaar) {
  const Model& m = ctx.model;
  std::string csv = "code,naam,niveau,ouder,jaar,uitgaven,inwoners,per_inwoner\n";
  std::string json = "[";
  for (size_t i = 0; i < gebieden.size(); ++i) {
    const Gebied& a = m.gebieden[gebieden[i]];
    int64_t lasten = ctx.agg.Lasten(gebieden[i], jaar).Huidig();
    std::optional<double> inw = ctx.agg.Inwoners(gebieden[i], jaar);
    std::string inwoners = inw ? std::to_string(static_cast<int64_t>(*inw + 0.5)) : "";
    std::optional<int64_t> per_cents = PerInwonerCents(lasten, inw);
    std::string per = per_cents ? CentsToDecimalString(*per_cents) : "";
    csv += CsvField(a.code) + "," + CsvField(a.naam) + "," + CsvField(a.niveau) + "," +
           CsvField(a.ouder_code) + "," + std::to_string(jaar) + "," +
           CentsToDecimalString(lasten) + "," + inwoners + "," + per + "\n";
    json += std::string(i ? ",\n " : "\n ") + "{\"code\": " + JsonQuote(a.code) +
            ", \"naam\": " + JsonQuote(a.naam) + ", \"niveau\": " + JsonQuote(a.niveau) +
            ", \"ouder\": " + JsonQuote(a.ouder_code) + ", \"jaar\": " + std::to_string(jaar) +
            ", \"uitgaven\": " + CentsToDecimalString(lasten) +
            ", \"inwoners\": " + (inwoners.empty() ? "null" : inwoners) +
            ", \"per_inwoner\": " + (per.empty() ? "null" : per) + "}";
  }
  json += gebieden.empty() ? "]\n" : "\n]\n";
  EmitFile(ctx, "gebieden-uitgaven.csv", std::move(csv));
  EmitFile(ctx, "gebieden-uitgaven.json", std::move(json));
}

}  // namespace

void RenderHome(RenderContext& ctx) {
  const Model& m = ctx.model;
  Data page{Data::type::object};
  Put(&page, "titel", m.config.titel);
  Put(&page, "is_home", true);
  int jaar = ctx.agg.LaatsteJaar();
  if (m.root < 0 || jaar == 0) {
    EmitPage(ctx, "", "home", std::move(page));
    return;
  }
  const Gebied& gemeente = m.gebieden[m.root];
  Put(&page, "gemeente", GebiedLink(m, m.root, ""));
  Put(&page, "jaar", std::to_string(jaar));
  Put(&page, "illustratief", JaarIsIllustratief(m, jaar));
  Totaal totaal = ctx.agg.Lasten(m.root, jaar);
  Totaal eigen;  // lines on the gemeente itself: not placeable in an area
  for (const BegrotingRegel& r : m.begroting.at(jaar)) {
    if (r.gebied == m.root && r.soort == Soort::kLasten) eigen.Add(r);
  }
  int64_t all = totaal.Huidig();
  int64_t placed = all - eigen.Huidig();
  Put(&page, "totaal", FormatEuroRounded(all));
  Put(&page, "baten", FormatEuroRounded(ctx.agg.Baten(m.root, jaar).Huidig()));
  Put(&page, "toerekenbaar", FormatEuroRounded(placed));
  Put(&page, "toerekenbaar_pct", all ? FormatPercent(static_cast<double>(placed) / all) : "0%");
  Put(&page, "niet_toerekenbaar", FormatEuroRounded(all - placed));
  Put(&page, "niet_toerekenbaar_pct",
      all ? FormatPercent(static_cast<double>(all - placed) / all) : "0%");
  Put(&page, "grootste_posten", NietToerekenbaar(ctx, jaar));
  int inw_jaar = 0;
  std::optional<double> inw = ctx.agg.Inwoners(m.root, jaar, &inw_jaar);
  Put(&page, "inwoners",
      inw ? FormatNumber(*inw, 0) + " (cijfer van " + std::to_string(inw_jaar) + ")"
          : std::string("niet bekend"));
  std::optional<int64_t> per = PerInwonerHeleEuros(all, inw);
  Put(&page, "per_inwoner", per ? FormatEuroRounded(*per) : std::string("niet bekend"));
  // The areas two levels down (gebieden and their wijken/dorpen).
  Data rows{Data::type::list};
  std::vector<int> in_tabel;
  for (int k : gemeente.kinderen) {
    Append(&rows, AreaRow(ctx, k, jaar, 1));
    in_tabel.push_back(k);
    for (int kk : m.gebieden[k].kinderen) {
      Append(&rows, AreaRow(ctx, kk, jaar, 2));
      in_tabel.push_back(kk);
    }
  }
  Put(&page, "gebieden", std::move(rows));
  EmitAreaDownloads(ctx, in_tabel, jaar);
  AddHomeKaart(ctx, &page);
  EmitPage(ctx, "", "home", std::move(page));
}

}  // namespace openwijk
