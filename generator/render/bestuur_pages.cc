// vergaderingen/ (coming meetings first, relative to the commit date),
// vergaderingen/<id>/ (one meeting with its agenda) and besluiten/ (bodies,
// zeggenschap agreements and every decision).
#include <algorithm>

#include "render/bestuur_view.h"
#include "util/datum.h"

namespace openwijk {

namespace {

Data VergaderingRij(const Model& m, const Vergadering& v, const std::string& root) {
  Data d{Data::type::object};
  Put(&d, "orgaan", OrgaanNaam(m, v.orgaan, v.orgaan_id));
  Put(&d, "datum", DutchDatum(v.datum));
  Put(&d, "datum_iso", v.datum);
  Put(&d, "tijd", LocalTijd(v.start_utc, v.offset_minutes));
  Put(&d, "status", StatusTekst(v));
  Put(&d, "afgelast", v.status == "afgelast");
  Put(&d, "url", VergaderingUrl(root, v));
  size_t n = 0;
  for (const AgendaSectie& s : v.secties) n += s.punten.size();
  Put(&d, "punten", std::to_string(n));
  return d;
}

void RenderIndex(RenderContext& ctx) {
  const Model& m = ctx.model;
  const std::string root = "../";
  Data komend{Data::type::list}, geweest{Data::type::list};
  for (const Vergadering& v : m.bestuur.vergaderingen) {
    if (IsKomend(m, v)) Append(&komend, VergaderingRij(m, v, root));
  }
  for (auto it = m.bestuur.vergaderingen.rbegin(); it != m.bestuur.vergaderingen.rend(); ++it) {
    if (!IsKomend(m, *it)) Append(&geweest, VergaderingRij(m, *it, root));
  }
  Data page{Data::type::object};
  Put(&page, "titel", "Vergaderingen");
  Put(&page, "samenvatting", "Vergaderingen van de gemeenteraad en de commissies, met de agenda.");
  Put(&page, "peildatum", DutchDate(m.commit.time, m.commit.offset_minutes));
  Put(&page, "heeft_komend", !komend.list_value().empty());
  Put(&page, "komend", std::move(komend));
  Put(&page, "heeft_geweest", !geweest.list_value().empty());
  Put(&page, "geweest", std::move(geweest));
  Put(&page, "heeft_ics", !m.bestuur.vergaderingen.empty());
  Put(&page, "ics", "alle.ics");
  Put(&page, "atom", root + "feeds/nieuw.xml");
  Put(&page, "csv", "agendapunten.csv");
  Put(&page, "json", "agendapunten.json");
  EmitPage(ctx, "vergaderingen", "vergaderingen", std::move(page));
}

void RenderVergadering(RenderContext& ctx, const Vergadering& v) {
  const Model& m = ctx.model;
  const std::string dir = "vergaderingen/" + v.id;
  const std::string root = RootPrefix(dir);
  Data page = VergaderingRij(m, v, root);
  Put(&page, "titel", OrgaanNaam(m, v.orgaan, v.orgaan_id) + ", " + DutchDatum(v.datum));
  SetOpt(&page, "eind", v.eind.empty() ? std::string() : LocalTijd(v.eind_utc, v.offset_minutes));
  SetOpt(&page, "locatie", v.locatie);
  SetOpt(&page, "voorzitter", v.voorzitter);
  Put(&page, "komend", IsKomend(m, v));
  SetOpt(&page, "bron", v.bron);
  bool spreekrecht = false;
  Data secties{Data::type::list};
  for (const AgendaSectie& s : v.secties) {
    Data sd{Data::type::object};
    Put(&sd, "code", s.code);
    Put(&sd, "titel", s.titel);
    Put(&sd, "anker", "sectie-" + AnchorId(s.code));
    Data punten{Data::type::list};
    for (const Agendapunt& p : s.punten) {
      Append(&punten, PuntData(m, v, s, p, root));
      spreekrecht = spreekrecht || p.spreekrecht;
    }
    Put(&sd, "punten", std::move(punten));
    Put(&sd, "leeg", s.punten.empty());
    Append(&secties, std::move(sd));
  }
  Put(&page, "secties", std::move(secties));
  Put(&page, "heeft_spreekrecht", spreekrecht);
  Put(&page, "kan_inspreken", KanInspreken(m, v));
  Put(&page, "index_url", root + "vergaderingen/");
  EmitPage(ctx, dir, "vergadering", std::move(page));
}

}  // namespace

Data ZeggenschapData(const Model& m, const Zeggenschap& z, const std::string& root) {
  Data d{Data::type::object};
  if (z.gebied >= 0) Put(&d, "gebied", GebiedLink(m, z.gebied, root));
  Put(&d, "gebied_code", z.gebied_code);
  Put(&d, "thema", z.thema);
  Put(&d, "archetype", std::to_string(z.archetype));
  Put(&d, "archetype_naam", ArchetypeNaam(z.archetype));
  SetOpt(&d, "sinds", DutchDatum(z.sinds));
  SetOpt(&d, "afspraken", z.afspraken);
  std::string organen;
  for (size_t i = 0; i < z.organen.size(); ++i) {
    organen += (i ? ", " : "") + OrgaanNaam(m, z.organen_index[i], z.organen[i]);
  }
  Put(&d, "organen", std::move(organen));
  return d;
}

void RenderVergaderingen(RenderContext& ctx) {
  RenderIndex(ctx);
  for (const Vergadering& v : ctx.model.bestuur.vergaderingen) RenderVergadering(ctx, v);
}

void RenderBesluitenPage(RenderContext& ctx) {
  const Model& m = ctx.model;
  const Bestuur& b = m.bestuur;
  const std::string root = "../";
  Data organen{Data::type::list};
  for (const Orgaan& o : b.organen) {
    Data d{Data::type::object};
    Put(&d, "id", o.id);
    Put(&d, "naam", o.naam);
    Put(&d, "soort", OrgaanSoortLabel(o.soort));  // the downloads keep the code
    Append(&organen, std::move(d));
  }
  Data zeggenschap{Data::type::list};
  for (const Zeggenschap& z : b.zeggenschap) Append(&zeggenschap, ZeggenschapData(m, z, root));
  // Newest decisions first; ties by id so the order is stable.
  std::vector<const Besluit*> sorted;
  for (const Besluit& s : b.besluiten) sorted.push_back(&s);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Besluit* a, const Besluit* c) {
    return std::tie(c->datum, a->id) < std::tie(a->datum, c->id);
  });
  Data besluiten{Data::type::list};
  for (const Besluit* s : sorted) Append(&besluiten, BesluitData(m, *s, root));
  Data page{Data::type::object};
  Put(&page, "titel", "Wie beslist?");
  Put(&page, "samenvatting",
      "Wie er beslist over geld en plannen in de wijken, en welke besluiten er zijn genomen.");
  Put(&page, "heeft_organen", !b.organen.empty());
  Put(&page, "organen", std::move(organen));
  Put(&page, "heeft_zeggenschap", !b.zeggenschap.empty());
  Put(&page, "zeggenschap", std::move(zeggenschap));
  Put(&page, "heeft_besluiten", !b.besluiten.empty());
  Put(&page, "besluiten", std::move(besluiten));
  EmitPage(ctx, "besluiten", "besluiten", std::move(page));
}

}  // namespace openwijk
