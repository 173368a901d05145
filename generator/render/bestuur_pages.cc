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
  d.set("orgaan", OrgaanNaam(m, v.orgaan, v.orgaan_id));
  d.set("datum", DutchDatum(v.datum));
  d.set("datum_iso", v.datum);
  d.set("tijd", LocalTijd(v.start_utc, v.offset_minutes));
  d.set("status", StatusTekst(v));
  d.set("afgelast", v.status == "afgelast");
  d.set("url", VergaderingUrl(root, v));
  size_t n = 0;
  for (const AgendaSectie& s : v.secties) n += s.punten.size();
  d.set("punten", std::to_string(n));
  return d;
}

void RenderIndex(RenderContext& ctx) {
  const Model& m = ctx.model;
  const std::string root = "../";
  Data komend{Data::type::list}, geweest{Data::type::list};
  for (const Vergadering& v : m.bestuur.vergaderingen) {
    if (IsKomend(m, v)) komend.push_back(VergaderingRij(m, v, root));
  }
  for (auto it = m.bestuur.vergaderingen.rbegin(); it != m.bestuur.vergaderingen.rend(); ++it) {
    if (!IsKomend(m, *it)) geweest.push_back(VergaderingRij(m, *it, root));
  }
  Data page{Data::type::object};
  page.set("titel", "Vergaderingen");
  page.set("samenvatting", "Vergaderingen van de gemeenteraad en de commissies, met de agenda.");
  page.set("peildatum", DutchDate(m.commit.time, m.commit.offset_minutes));
  page.set("heeft_komend", !komend.list_value().empty());
  page.set("komend", komend);
  page.set("heeft_geweest", !geweest.list_value().empty());
  page.set("geweest", geweest);
  page.set("heeft_ics", !m.bestuur.vergaderingen.empty());
  page.set("ics", "alle.ics");
  page.set("atom", root + "feeds/nieuw.xml");
  page.set("csv", "agendapunten.csv");
  page.set("json", "agendapunten.json");
  EmitPage(ctx, "vergaderingen", "vergaderingen", page);
}

void RenderVergadering(RenderContext& ctx, const Vergadering& v) {
  const Model& m = ctx.model;
  const std::string dir = "vergaderingen/" + v.id;
  const std::string root = RootPrefix(dir);
  Data page = VergaderingRij(m, v, root);
  page.set("titel", OrgaanNaam(m, v.orgaan, v.orgaan_id) + ", " + DutchDatum(v.datum));
  SetOpt(&page, "eind", v.eind.empty() ? std::string() : LocalTijd(v.eind_utc, v.offset_minutes));
  SetOpt(&page, "locatie", v.locatie);
  SetOpt(&page, "voorzitter", v.voorzitter);
  page.set("komend", IsKomend(m, v));
  SetOpt(&page, "bron", v.bron);
  bool spreekrecht = false;
  Data secties{Data::type::list};
  for (const AgendaSectie& s : v.secties) {
    Data sd{Data::type::object};
    sd.set("code", s.code);
    sd.set("titel", s.titel);
    sd.set("anker", "sectie-" + AnchorId(s.code));
    Data punten{Data::type::list};
    for (const Agendapunt& p : s.punten) {
      punten.push_back(PuntData(m, v, s, p, root));
      spreekrecht = spreekrecht || p.spreekrecht;
    }
    sd.set("punten", punten);
    sd.set("leeg", s.punten.empty());
    secties.push_back(sd);
  }
  page.set("secties", secties);
  page.set("heeft_spreekrecht", spreekrecht);
  page.set("index_url", root + "vergaderingen/");
  EmitPage(ctx, dir, "vergadering", page);
}

}  // namespace

Data ZeggenschapData(const Model& m, const Zeggenschap& z, const std::string& root) {
  Data d{Data::type::object};
  if (z.gebied >= 0) d.set("gebied", GebiedLink(m, z.gebied, root));
  d.set("gebied_code", z.gebied_code);
  d.set("thema", z.thema);
  d.set("archetype", std::to_string(z.archetype));
  d.set("archetype_naam", ArchetypeNaam(z.archetype));
  SetOpt(&d, "sinds", DutchDatum(z.sinds));
  SetOpt(&d, "afspraken", z.afspraken);
  std::string organen;
  for (size_t i = 0; i < z.organen.size(); ++i) {
    organen += (i ? ", " : "") + OrgaanNaam(m, z.organen_index[i], z.organen[i]);
  }
  d.set("organen", organen);
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
    d.set("id", o.id);
    d.set("naam", o.naam);
    d.set("soort", o.soort);
    organen.push_back(d);
  }
  Data zeggenschap{Data::type::list};
  for (const Zeggenschap& z : b.zeggenschap) zeggenschap.push_back(ZeggenschapData(m, z, root));
  // Newest decisions first; ties by id so the order is stable.
  std::vector<const Besluit*> sorted;
  for (const Besluit& s : b.besluiten) sorted.push_back(&s);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Besluit* a, const Besluit* c) {
    return std::tie(c->datum, a->id) < std::tie(a->datum, c->id);
  });
  Data besluiten{Data::type::list};
  for (const Besluit* s : sorted) besluiten.push_back(BesluitData(m, *s, root));
  Data page{Data::type::object};
  page.set("titel", "Wie beslist?");
  page.set("samenvatting",
           "Wie er beslist over geld en plannen in de wijken, en welke besluiten er zijn genomen.");
  page.set("heeft_organen", !b.organen.empty());
  page.set("organen", organen);
  page.set("heeft_zeggenschap", !b.zeggenschap.empty());
  page.set("zeggenschap", zeggenschap);
  page.set("heeft_besluiten", !b.besluiten.empty());
  page.set("besluiten", besluiten);
  EmitPage(ctx, "besluiten", "besluiten", page);
}

}  // namespace openwijk
