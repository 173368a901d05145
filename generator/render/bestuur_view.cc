#include "render/bestuur_view.h"

#include "util/datum.h"
#include "util/number.h"
#include "util/text.h"

namespace openwijk {

void RenderBestuur(RenderContext& ctx) {
  if (ctx.Mine()) RenderVergaderingen(ctx);
  if (ctx.Mine()) RenderBesluitenPage(ctx);
  if (ctx.Mine()) RenderAgendaPages(ctx);
  if (ctx.Mine()) RenderTransparantie(ctx);
  if (ctx.Mine()) RenderFeeds(ctx);
  if (ctx.Mine()) RenderBestuurDownloads(ctx);
}

void SetOpt(Data* d, const std::string& key, const std::string& value) {
  if (!value.empty()) Put(d, key, value);
}

std::string AnchorId(const std::string& id) {
  std::string out;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_';
    out += ok ? c : '-';
  }
  return out;
}

std::string PuntAnker(const std::string& nummer) { return "punt-" + AnchorId(nummer); }

std::string VergaderingUrl(const std::string& root, const Vergadering& v) {
  return root + "vergaderingen/" + v.id + "/";
}

std::string BesluitUrl(const std::string& root, const Besluit& s) {
  return root + "besluiten/#besluit-" + AnchorId(s.id);
}

std::string VerantwoordingUrl(const Model& m, const std::string& root, int g, int jaar) {
  return root + m.gebieden[g].pad + "/verantwoording/" + std::to_string(jaar) + "/";
}

std::string AbsoluteUrl(const Model& m, const std::string& path) {
  return m.config.basis_url + path;
}

std::string SiteHost(const Model& m) {
  std::string u = m.config.basis_url;
  size_t p = u.find("://");
  if (p == std::string::npos) return "openwijk";
  u = u.substr(p + 3);
  u = u.substr(0, u.find('/'));
  return u.empty() ? "openwijk" : u;
}

bool InSubtree(const Model& m, int a, int g) {
  size_t steps = 0;
  for (int p = a; p >= 0 && steps <= m.gebieden.size(); p = m.gebieden[p].ouder, ++steps) {
    if (p == g) return true;
  }
  return false;
}

bool Concerns(const Model& m, const std::vector<int>& gebieden, int g) {
  for (int a : gebieden) {
    if (a >= 0 && InSubtree(m, a, g)) return true;
  }
  return false;
}

std::vector<PuntRef> PuntenVoor(const Model& m, int g) {
  std::vector<PuntRef> out;
  for (const Vergadering& v : m.bestuur.vergaderingen) {
    for (const AgendaSectie& s : v.secties) {
      for (const Agendapunt& p : s.punten) {
        if (Concerns(m, p.gebieden, g)) out.push_back({&v, &s, &p});
      }
    }
  }
  return out;
}

bool IsKomend(const Model& m, const Vergadering& v) { return v.start_utc >= m.commit.time; }

bool KanInspreken(const Model& m, const Vergadering& v) {
  return IsKomend(m, v) && v.status != "afgelast";
}

std::string OrgaanNaam(const Model& m, int orgaan, const std::string& id) {
  return orgaan >= 0 ? m.bestuur.organen[orgaan].naam : id;
}

namespace {

// Links to the known areas of `gebieden`; each says whether it is the first,
// so that a template puts a comma only between them.
Data GebiedLinks(const Model& m, const std::vector<int>& gebieden, const std::string& root) {
  Data list{Data::type::list};
  for (int g : gebieden) {
    if (g < 0) continue;
    Data link = GebiedLink(m, g, root);
    Put(&link, "eerste", list.list_value().empty());
    Append(&list, std::move(link));
  }
  return list;
}

}  // namespace

Data BesluitData(const Model& m, const Besluit& s, const std::string& root) {
  Data d{Data::type::object};
  Put(&d, "id", s.id);
  Put(&d, "anker", "besluit-" + AnchorId(s.id));
  Put(&d, "titel", s.titel);
  Put(&d, "datum", DutchDatum(s.datum));
  Put(&d, "datum_iso", s.datum);
  Put(&d, "orgaan", OrgaanNaam(m, s.orgaan, s.orgaan_id));
  SetOpt(&d, "uitkomst", s.uitkomst);
  Put(&d, "url", BesluitUrl(root, s));
  std::string stemmen;
  if (s.voor || s.tegen || s.onthouding) {
    stemmen = std::to_string(s.voor.value_or(0)) + " voor, " + std::to_string(s.tegen.value_or(0)) +
              " tegen";
    if (s.onthouding) stemmen += ", " + std::to_string(*s.onthouding) + " onthouding";
  }
  SetOpt(&d, "stemmen", stemmen);
  SetOpt(&d, "document", s.document);
  Put(&d, "heeft_vergadering", s.vergadering >= 0);
  if (s.vergadering >= 0) {
    const Vergadering& v = m.bestuur.vergaderingen[s.vergadering];
    std::string url = VergaderingUrl(root, v);
    if (!s.agendapunt.empty()) url += "#" + PuntAnker(s.agendapunt);
    Put(&d, "vergadering_url", url);
    Put(&d, "vergadering",
        OrgaanNaam(m, v.orgaan, v.orgaan_id) + ", " + DutchDatum(v.datum) +
            (s.agendapunt.empty() ? "" : ", punt " + s.agendapunt));
  }
  Put(&d, "gebieden", GebiedLinks(m, s.gebieden, root));
  SetOpt(&d, "bron", s.bron);
  return d;
}

std::string StatusTekst(const Vergadering& v) {
  if (v.status == "afgelast") return "afgelast";
  if (v.status == "geweest") return "geweest";
  return "gepland";
}

Data PuntData(const Model& m, const Vergadering& v, const AgendaSectie& sectie, const Agendapunt& p,
              const std::string& root) {
  Data d{Data::type::object};
  Put(&d, "nummer", p.nummer);
  Put(&d, "anker", PuntAnker(p.nummer));
  Put(&d, "titel", p.titel);
  SetOpt(&d, "omschrijving", p.omschrijving);
  Put(&d, "sectie", sectie.titel);
  Put(&d, "spreekrecht", p.spreekrecht && KanInspreken(m, v));
  Put(&d, "url", VergaderingUrl(root, v) + "#" + PuntAnker(p.nummer));
  Put(&d, "vergadering", OrgaanNaam(m, v.orgaan, v.orgaan_id));
  Put(&d, "datum", DutchDatum(v.datum));
  Put(&d, "datum_iso", v.datum);
  Put(&d, "tijd", LocalTijd(v.start_utc, v.offset_minutes));
  Put(&d, "afgelast", v.status == "afgelast");
  Put(&d, "gebieden", GebiedLinks(m, p.gebieden, root));
  Put(&d, "heeft_gebieden", !p.gebieden.empty());
  Data docs{Data::type::list};
  for (const AgendaDocument& doc : p.documenten) {
    Data dd{Data::type::object};
    Put(&dd, "titel", doc.titel.empty() ? doc.url : doc.titel);
    Put(&dd, "url", doc.url);
    Append(&docs, std::move(dd));
  }
  Put(&d, "documenten", std::move(docs));
  Put(&d, "heeft_documenten", !p.documenten.empty());
  // Decisions taken on this item.
  Data besluiten{Data::type::list};
  for (const Besluit& s : m.bestuur.besluiten) {
    if (s.vergadering_id == v.id && s.agendapunt == p.nummer)
      Append(&besluiten, BesluitData(m, s, root));
  }
  Put(&d, "heeft_besluiten", !besluiten.list_value().empty());
  Put(&d, "besluiten", std::move(besluiten));
  return d;
}

}  // namespace openwijk
