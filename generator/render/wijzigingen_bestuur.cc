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
      Put(&r, "titel", p.titel.empty() ? p.id : p.titel);
      Put(&r, "gebied", p.gebied >= 0 ? nieuw.gebieden[p.gebied].naam : p.gebied_code);
      Put(&r, "wat", wat);
      Put(&r, "anker", "project-" + AnchorId(p.id) + "-" + AnchorId(wat));
      Put(&r, "oud", was);
      Put(&r, "nieuw", wordt);
      Append(&projecten, std::move(r));
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
    Put(&r, "titel", b->titel);
    Put(&r, "anker", "besluit-" + AnchorId(b->id));
    Put(&r, "datum", b->datum);
    Put(&r, "orgaan", OrgaanNaam(nieuw, b->orgaan, b->orgaan_id));
    Put(&r, "uitkomst", b->uitkomst);
    Append(&besluiten, std::move(r));
  }
  Put(page, "heeft_projecten", !projecten.list_value().empty());
  Put(page, "projecten", std::move(projecten));
  Put(page, "heeft_besluiten", !besluiten.list_value().empty());
  Put(page, "besluiten_nieuw", std::move(besluiten));
}

}  // namespace openwijk
