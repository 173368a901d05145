// publicaties/index.html and publicaties/<slug>/index.html with downloads.
#include "render/diff_export.h"
#include "render/pages.h"
#include "render/publicaties.h"
#include "render/wijzigingen_view.h"

namespace openwijk {

namespace {

Data PublicatieLink(const Publicatie& p, const std::string& root) {
  Data d{Data::type::object};
  Put(&d, "titel", p.titel);
  Put(&d, "url", root + "publicaties/" + p.slug + "/");
  Put(&d, "soort", PublicatieSoortLabel(p.soort));
  Put(&d, "datum", DatumTekst(p.datum));
  Put(&d, "datum_iso", p.datum);
  Put(&d, "tag", p.tag);
  Put(&d, "commit_id", p.commit_id);
  Put(&d, "commit_kort", p.commit_id.substr(0, 10));
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
      {"wijzigingen.csv", "wat er veranderde in de begroting (CSV)"},
      {"wijzigingen-kompas.csv", "wat er veranderde in het wijkkompas (CSV)"},
      {"wijzigingen.json", "wat er veranderde in de begroting en het wijkkompas (JSON)"},
      {"datapackage.json",
       "beschrijving van alle bestanden met controlegetallen (Frictionless datapackage)"},
  };
  Data list{Data::type::list};
  for (const DownloadBestand& f : files) {
    Data d{Data::type::object};
    Put(&d, "bestand", f.path);
    Put(&d, "url", f.path);
    auto it = kUitleg.find(f.path);
    Put(&d, "uitleg", it == kUitleg.end() ? f.path : it->second);
    Append(&list, std::move(d));
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
  if (!p.omschrijving.empty()) Put(&page, "omschrijving", p.omschrijving);  // "" counts as true
  Put(&page, "index_url", root + "publicaties/");
  Put(&page, "eerste", vorige == nullptr);
  if (vorige) Put(&page, "vorige", PublicatieLink(*vorige, root));
  int regels = 0;
  for (const auto& [jaar, r] : p.model->begroting) regels += static_cast<int>(r.size());
  Put(&page, "regels", std::to_string(regels));
  Put(&page, "toegevoegd", std::to_string(diff.toegevoegd));
  Put(&page, "verwijderd", std::to_string(diff.verwijderd));
  Put(&page, "gewijzigd", std::to_string(diff.gewijzigd));
  Put(&page, "geen", vorige && diff.empty());
  if (vorige) {
    Put(&page, "groepen", WijzigingGroepen(ctx, diff, oud, *p.model, root, true));
    Data totalen = TotalenRijen(diff, nullptr);
    Put(&page, "heeft_totalen", !totalen.list_value().empty());
    Put(&page, "totalen", std::move(totalen));
    Data kompas = KompasRijen(diff, oud, *p.model);
    Put(&page, "heeft_kompas", !kompas.list_value().empty());
    Put(&page, "kompas", std::move(kompas));
    AddBestuurWijzigingen(oud, *p.model, &page);  // projects and decisions
  }
  std::vector<DownloadBestand> files = PublicatieDownloads(
      pubs, i,
      [&](const std::string& path, const PartMaker& make) {
        ctx.out->AddInParts(dir + "/" + path, make);
      },
      *ctx.rijen);
  Put(&page, "downloads", Downloads(files));
  Put(&page, "samenvatting", p.titel + ": " + WijzigingSamenvatting(pubs, i) + ".");
  EmitPage(ctx, dir, "publicatie", std::move(page));
}

}  // namespace

void RenderPublicaties(RenderContext& ctx) {
  const Model& m = ctx.model;
  bool any = m.publicaties && !m.publicaties->lijst.empty();
  // A data repository with its own, older templates still builds.
  if (!any && !ctx.templates.Has("publicaties")) return;
  Data page{Data::type::object};
  Put(&page, "titel", std::string("Publicaties"));
  Put(&page, "samenvatting",
      std::string("Alle publicaties van de begroting, met wat er per keer veranderde."));
  Data lijst{Data::type::list};
  const std::string root = "../";
  if (m.publicaties) {
    const Publicaties& pubs = *m.publicaties;
    for (size_t i = pubs.lijst.size(); i-- > 0;) {
      Data d = PublicatieLink(pubs.lijst[i], root);
      Put(&d, "wijzigingen", WijzigingSamenvatting(pubs, i));
      Append(&lijst, std::move(d));
      if (ctx.Mine()) RenderPublicatie(ctx, pubs, i);
    }
    RenderRegelGeschiedenis(ctx);  // a unit per line
  }
  if (!ctx.Mine()) return;
  Put(&page, "heeft_publicaties", !lijst.list_value().empty());
  Put(&page, "publicaties", std::move(lijst));
  EmitPage(ctx, "publicaties", "publicaties", std::move(page));
}

}  // namespace openwijk
