// publicaties/index.html and publicaties/<slug>/index.html with downloads.
#include "render/diff_export.h"
#include "render/pages.h"
#include "render/publicaties.h"
#include "render/wijzigingen_view.h"

namespace openwijk {

namespace {

Data PublicatieLink(const Publicatie& p, const std::string& root) {
  Data d{Data::type::object};
  d.set("titel", p.titel);
  d.set("url", root + "publicaties/" + p.slug + "/");
  d.set("soort", PublicatieSoortLabel(p.soort));
  d.set("datum", DatumTekst(p.datum));
  d.set("datum_iso", p.datum);
  d.set("tag", p.tag);
  d.set("commit_id", p.commit_id);
  d.set("commit_kort", p.commit_id.substr(0, 10));
  return d;
}

Data Downloads(const std::vector<DownloadBestand>& files) {
  static const std::map<std::string, std::string> kUitleg = {
      {"begroting.csv", "alle begrotingsregels (CSV)"},
      {"begroting.json", "alle begrotingsregels (JSON)"},
      {"gebieden.csv", "de gebieden (CSV)"},
      {"indicatoren.csv", "de onderwerpen van het wijkkompas (CSV)"},
      {"kompas.csv", "de cijfers van het wijkkompas (CSV)"},
      {"kompas.json", "de cijfers van het wijkkompas (JSON)"},
      {"organen.csv", "de organen die besluiten of adviseren (CSV)"},
      {"organen.json", "de organen die besluiten of adviseren (JSON)"},
      {"besluiten.csv", "de besluiten, met wie besloot en de stemmen (CSV)"},
      {"besluiten.json", "de besluiten, met wie besloot en de stemmen (JSON)"},
      {"projecten.csv", "de projecten, met toegekend en besteed geld (CSV)"},
      {"projecten.json", "de projecten, met toegekend en besteed geld (JSON)"},
      {"zeggenschap.csv", "de afspraken over zeggenschap per gebied en thema (CSV)"},
      {"zeggenschap.json", "de afspraken over zeggenschap per gebied en thema (JSON)"},
      {"wijzigingen.csv", "wat er veranderde (CSV)"},
      {"wijzigingen.json", "wat er veranderde (JSON)"},
      {"datapackage.json",
       "beschrijving van alle bestanden met controlegetallen (Frictionless datapackage)"},
  };
  Data list{Data::type::list};
  for (const DownloadBestand& f : files) {
    Data d{Data::type::object};
    d.set("bestand", f.path);
    d.set("url", f.path);
    auto it = kUitleg.find(f.path);
    d.set("uitleg", it == kUitleg.end() ? f.path : it->second);
    list.push_back(d);
  }
  return list;
}

void RenderPublicatie(RenderContext& ctx, const Publicaties& pubs, size_t i) {
  const Publicatie& p = pubs.lijst[i];
  std::string dir = "publicaties/" + p.slug;
  std::string root = RootPrefix(dir);
  const ModelDiff& diff = pubs.wijzigingen[i];
  const Publicatie* vorige = pubs.Vorige(i);
  const Model& oud = vorige ? *vorige->model : *pubs.leeg;
  Data page = PublicatieLink(p, root);
  if (!p.omschrijving.empty()) page.set("omschrijving", p.omschrijving);  // "" counts as true
  page.set("index_url", root + "publicaties/");
  page.set("eerste", vorige == nullptr);
  if (vorige) page.set("vorige", PublicatieLink(*vorige, root));
  int regels = 0;
  for (const auto& [jaar, r] : p.model->begroting) regels += static_cast<int>(r.size());
  page.set("regels", std::to_string(regels));
  page.set("toegevoegd", std::to_string(diff.toegevoegd));
  page.set("verwijderd", std::to_string(diff.verwijderd));
  page.set("gewijzigd", std::to_string(diff.gewijzigd));
  page.set("geen", vorige && diff.empty());
  if (vorige) {
    page.set("groepen", WijzigingGroepen(ctx, diff, oud, *p.model, root, true));
    Data totalen = TotalenRijen(diff, nullptr);
    page.set("heeft_totalen", !totalen.list_value().empty());
    page.set("totalen", totalen);
    Data kompas = KompasRijen(diff, oud, *p.model);
    page.set("heeft_kompas", !kompas.list_value().empty());
    page.set("kompas", kompas);
    AddBestuurWijzigingen(oud, *p.model, &page);  // projects and decisions
  }
  std::vector<DownloadBestand> files =
      PublicatieDownloads(pubs, i, [&](const std::string& path, std::string content) {
        EmitFile(ctx, dir + "/" + path, std::move(content));
      });
  page.set("downloads", Downloads(files));
  page.set("samenvatting", p.titel + ": " + WijzigingSamenvatting(pubs, i) + ".");
  EmitPage(ctx, dir, "publicatie", page);
}

}  // namespace

void RenderPublicaties(RenderContext& ctx) {
  const Model& m = ctx.model;
  bool any = m.publicaties && !m.publicaties->lijst.empty();
  // A data repository with its own, older templates still builds.
  if (!any && !ctx.templates.Has("publicaties")) return;
  Data page{Data::type::object};
  page.set("titel", std::string("Publicaties"));
  page.set("samenvatting",
           std::string("Alle publicaties van de begroting, met wat er per keer veranderde."));
  Data lijst{Data::type::list};
  const std::string root = "../";
  if (m.publicaties) {
    const Publicaties& pubs = *m.publicaties;
    for (size_t i = pubs.lijst.size(); i-- > 0;) {
      Data d = PublicatieLink(pubs.lijst[i], root);
      d.set("wijzigingen", WijzigingSamenvatting(pubs, i));
      lijst.push_back(d);
      if (ctx.Mine()) RenderPublicatie(ctx, pubs, i);
    }
    RenderRegelGeschiedenis(ctx);  // a unit per line
  }
  if (!ctx.Mine()) return;
  page.set("heeft_publicaties", !lijst.list_value().empty());
  page.set("publicaties", lijst);
  EmitPage(ctx, "publicaties", "publicaties", page);
}

}  // namespace openwijk
