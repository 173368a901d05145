// begroting/regel/<id>.html: one budget line in every publication.
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "render/bestuur_view.h"
#include "render/diff_export.h"
#include "render/jaar_cijfers.h"
#include "render/publicaties.h"
#include "render/svg/chart.h"
#include "render/wijzigingen_view.h"

namespace openwijk {

void RenderRegelGeschiedenis(RenderContext& ctx) {
  const Publicaties& pubs = *ctx.model.publicaties;
  // Lines with an anchor on a publication page: changed since the one before.
  std::set<std::tuple<size_t, int, std::string>> ankers;
  for (size_t i = 1; i < pubs.lijst.size(); ++i) {
    for (const RegelWijziging& w : pubs.wijzigingen[i].regels) ankers.emplace(i, w.jaar, w.id);
  }
  std::vector<std::string> datums;  // each publication's date in words, for every page
  for (const Publicatie& p : pubs.lijst) datums.push_back(DatumTekst(p.datum));
  for (size_t n = 0; n < pubs.geschiedenissen.size(); ++n) {
    if (!ctx.Mine()) continue;
    const std::string& id = pubs.geschiedenissen.Id(n);
    std::vector<RegelStand> standen = pubs.geschiedenissen.Standen(n);
    const std::string dir = "begroting/regel";
    std::string root = RootPrefix(dir);
    const BegrotingRegel& laatste = *standen.back().regel;
    Data page{Data::type::object};
    // The page title has the id too: two lines can share a description (in
    // Groningen's Iv3 lines, taakveld 6.81a and 6.811 of other scheme years).
    // The heading does not; the id is right below it.
    const std::string kop =
        "Begrotingsregel: " + (laatste.omschrijving.empty() ? id : laatste.omschrijving);
    Put(&page, "titel", laatste.omschrijving.empty() ? kop : kop + " (" + id + ")");
    Put(&page, "kop", kop);
    Put(&page, "id", id);
    Put(&page, "omschrijving", laatste.omschrijving);
    Put(&page, "index_url", root + "publicaties/");
    Put(&page, "pagina_url", RegelSegment(id) + ".html");
    // Where the newest amounts come from, and who decided them.
    Put(&page, "programma", laatste.programma.str());
    Put(&page, "taakveld", laatste.taakveld.str());
    Put(&page, "financier", laatste.financier.str());
    Put(&page, "bron", laatste.bron.str());
    const Besluit* besluit = ctx.model.bestuur.FindBesluit(laatste.besluit.str());
    Put(&page, "heeft_besluit", besluit != nullptr);
    if (besluit) Put(&page, "besluit", BesluitData(ctx.model, *besluit, root));
    bool illustratief = false;
    for (const RegelStand& s : standen) illustratief = illustratief || IsIllustratief(*s.regel);
    Put(&page, "illustratief", illustratief);
    // One row per jaar and run of consecutive publications in which the
    // line kept the same area and amounts: a line that never changed is one
    // row per year, not one per year and publication.
    std::map<int, std::vector<const RegelStand*>> per_jaar;
    for (const RegelStand& s : standen) per_jaar[s.regel->jaar].push_back(&s);
    auto zelfde = [](const RegelStand& a, const RegelStand& b) {
      return b.publicatie == a.publicatie + 1 && a.regel->gebied_code == b.regel->gebied_code &&
             a.regel->begroot == b.regel->begroot && a.regel->gewijzigd == b.regel->gewijzigd &&
             a.regel->realisatie == b.regel->realisatie;
    };
    Data rijen{Data::type::list};
    for (const auto& [jaar, lijst] : per_jaar) {
      for (size_t k = 0; k < lijst.size();) {
        size_t tot = k;
        while (tot + 1 < lijst.size() && zelfde(*lijst[tot], *lijst[tot + 1])) ++tot;
        const RegelStand& s = *lijst[k];
        const Publicatie& p = pubs.lijst[s.publicatie];
        const BegrotingRegel& r = *s.regel;
        Data d{Data::type::object};
        Put(&d, "publicatie", p.titel);
        bool anker = ankers.count({s.publicatie, r.jaar, r.id}) > 0;
        Put(&d, "url",
            root + "publicaties/" + p.slug + "/" + (anker ? "#" + RegelAnker(r.jaar, r.id) : ""));
        Put(&d, "veranderd", anker);
        Put(&d, "datum", std::string(datums[s.publicatie]));
        Put(&d, "datum_iso", p.datum);
        Put(&d, "heeft_tot", tot > k);
        if (tot > k) {
          const Publicatie& laatst = pubs.lijst[lijst[tot]->publicatie];
          Put(&d, "tot", laatst.titel);
          Put(&d, "tot_url", root + "publicaties/" + laatst.slug + "/");
          Put(&d, "tot_datum", std::string(datums[lijst[tot]->publicatie]));
          Put(&d, "tot_datum_iso", laatst.datum);
        }
        Put(&d, "jaar", std::to_string(r.jaar));
        int g = ctx.model.FindGebied(r.gebied_code);
        std::string naam = r.gebied_code;
        if (g < 0) {
          int og = p.model->FindGebied(r.gebied_code);
          if (og >= 0) naam = p.model->gebieden[og].naam;
        } else {
          naam = ctx.model.gebieden[g].naam;
          Put(&d, "gebied_url", root + ctx.model.gebieden[g].pad + "/");
        }
        Put(&d, "gebied", naam);
        Put(&d, "begroot", BedragTekst(r.begroot));
        Put(&d, "gewijzigd", BedragTekst(r.gewijzigd));
        Put(&d, "realisatie", BedragTekst(r.realisatie));
        Append(&rijen, std::move(d));
        k = tot + 1;
      }
    }
    Put(&page, "rijen", std::move(rijen));
    // The trend of the newest year's amount (gewijzigd, else begroot) over
    // the publications that have it, numbered 1..N as in the table.
    SparklineInput lijn;
    lijn.label = "Bedrag voor " + std::to_string(laatste.jaar) + " in publicatie";
    lijn.unit = "€";
    lijn.width = 240;
    lijn.height = 48;
    for (const RegelStand& s : standen) {
      const BegrotingRegel& r = *s.regel;
      std::optional<int64_t> v = r.gewijzigd ? r.gewijzigd : r.begroot;
      if (r.jaar == laatste.jaar && v) lijn.values[static_cast<int>(s.publicatie) + 1] = *v / 100.0;
    }
    lijn.first_year = 1;
    lijn.last_year = static_cast<int>(pubs.lijst.size());
    Put(&page, "heeft_verloop", lijn.values.size() >= 2);
    if (lijn.values.size() >= 2) Put(&page, "verloop_svg", SparklineSvg(lijn));
    Put(&page, "verloop_jaar", std::to_string(laatste.jaar));
    Put(&page, "samenvatting", "Het bedrag van begrotingsregel " + id + " in elke publicatie.");
    EmitPage(ctx, dir, "regel", std::move(page), RegelSegment(id) + ".html");
  }
}

}  // namespace openwijk
