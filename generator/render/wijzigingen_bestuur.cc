// Projects and decisions on a publication page: what changed since the one
// before (model/diff_bestuur.h). Only shown when the data has them.
#include "model/diff_bestuur.h"
#include "render/bestuur_view.h"
#include "render/diff_export.h"
#include "render/publicaties.h"

namespace openwijk {

void AddBestuurWijzigingen(const Model& oud, const Model& nieuw, Data* page) {
  BestuurDiff d = DiffBestuur(oud, nieuw);
  Data projecten{Data::type::list};
  for (const ProjectWijziging& w : d.projecten) {
    const Project& p = *w.nieuw;
    auto row = [&](const std::string& wat, const std::string& was, const std::string& wordt) {
      Data r{Data::type::object};
      r.set("titel", p.titel.empty() ? p.id : p.titel);
      r.set("gebied", p.gebied >= 0 ? nieuw.gebieden[p.gebied].naam : p.gebied_code);
      r.set("wat", wat);
      r.set("anker", "project-" + AnchorId(p.id) + "-" + AnchorId(wat));
      r.set("oud", was);
      r.set("nieuw", wordt);
      projecten.push_back(r);
    };
    if (!w.oud) {
      row("nieuw project", "geen project", p.status);
      continue;
    }
    for (const VeldWijziging& v : w.velden) {
      if (v.bedrag) {
        row(v.veld, BedragTekst(v.oud_cents),
            BedragTekst(v.nieuw_cents) + " (" + VerschilTekst(v.oud_cents, v.nieuw_cents) + ")");
      } else if (v.veld == "voortgang") {
        row(v.veld, v.oud.empty() ? "niet bekend" : v.oud + "%",
            v.nieuw.empty() ? "niet bekend" : v.nieuw + "%");
      } else {
        row(v.veld, v.oud.empty() ? "leeg" : v.oud, v.nieuw.empty() ? "leeg" : v.nieuw);
      }
    }
  }
  Data besluiten{Data::type::list};
  for (const Besluit* b : d.besluiten) {
    Data r{Data::type::object};
    r.set("titel", b->titel);
    r.set("anker", "besluit-" + AnchorId(b->id));
    r.set("datum", b->datum);
    r.set("orgaan", OrgaanNaam(nieuw, b->orgaan, b->orgaan_id));
    r.set("uitkomst", b->uitkomst);
    besluiten.push_back(r);
  }
  page->set("heeft_projecten", !projecten.list_value().empty());
  page->set("projecten", projecten);
  page->set("heeft_besluiten", !besluiten.list_value().empty());
  page->set("besluiten_nieuw", besluiten);
}

}  // namespace openwijk
