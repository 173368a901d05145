// The feeds: iCalendar of every meeting (vergaderingen/alle.ics) and of the
// agenda items about an area (<pad>/agenda.ics, when there are any: a
// calendar needs at least one event); Atom of new decisions and agenda items
// for the whole site (feeds/nieuw.xml) and per area (<pad>/nieuw.xml).
// UIDs and entry ids come from meeting, item and decision ids; DTSTAMP and
// the feed's updated time from the commit. Never the clock.
#include <algorithm>

#include "render/bestuur_view.h"
#include "render/feed_format.h"
#include "util/datum.h"

namespace openwijk {

namespace {

std::string IcsStatus(const Vergadering& v) {
  if (v.status == "afgelast") return "CANCELLED";
  return "CONFIRMED";
}

// Not for a cancelled meeting: nobody can speak there.
std::string Spreekrecht(const Vergadering& v, const Agendapunt& p) {
  return p.spreekrecht && v.status != "afgelast"
             ? "Spreekrecht: u mag hier drie minuten inspreken. Meld u vooraf aan bij de griffie."
             : "";
}

IcsEvent MeetingEvent(const Model& m, const Vergadering& v) {
  IcsEvent e;
  e.uid = v.id + "@" + SiteHost(m);
  e.start_utc = v.start_utc;
  e.end_utc = v.eind_utc;
  e.summary = OrgaanNaam(m, v.orgaan, v.orgaan_id) + (v.status == "afgelast" ? " (afgelast)" : "");
  std::string agenda;
  for (const AgendaSectie& s : v.secties) {
    for (const Agendapunt& p : s.punten) agenda += p.nummer + " " + p.titel + "\n";
  }
  e.description = agenda;
  e.location = v.locatie;
  e.url = AbsoluteUrl(m, "vergaderingen/" + v.id + "/");
  e.status = IcsStatus(v);
  return e;
}

IcsEvent ItemEvent(const Model& m, const PuntRef& r) {
  IcsEvent e;
  e.uid = r.v->id + "/" + r.p->nummer + "@" + SiteHost(m);
  e.start_utc = r.v->start_utc;
  e.end_utc = r.v->eind_utc;
  e.summary = r.p->nummer + " " + r.p->titel + " (" + OrgaanNaam(m, r.v->orgaan, r.v->orgaan_id) +
              (r.v->status == "afgelast" ? ", afgelast" : "") + ")";
  std::string sp = Spreekrecht(*r.v, *r.p);
  e.description =
      r.p->omschrijving + (sp.empty() ? "" : (r.p->omschrijving.empty() ? "" : "\n") + sp);
  e.location = r.v->locatie;
  e.url = AbsoluteUrl(m, "vergaderingen/" + r.v->id + "/#" + PuntAnker(r.p->nummer));
  e.status = IcsStatus(*r.v);
  return e;
}

int64_t DatumUtc(const std::string& iso) {
  if (iso.size() != 10) return 0;
  return DaysFromCivil(std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)),
                       std::stoi(iso.substr(8, 2))) *
         86400;
}

// Entries for decisions and agenda items about g (every one for g < 0). An
// entry's <updated> is when it last changed (RFC 4287 4.2.15), never later
// than the commit that published it: a planned meeting is news now, not on
// its own date.
std::vector<AtomEntry> Entries(const Model& m, int g) {
  const int64_t stamp = m.commit.time;
  std::vector<AtomEntry> out;
  for (const Besluit& s : m.bestuur.besluiten) {
    if (g >= 0 && !Concerns(m, s.gebieden, g)) continue;
    AtomEntry e;
    e.id = AbsoluteUrl(m, "besluiten/#besluit-" + AnchorId(s.id));
    e.title = "Besluit: " + s.titel;
    e.link = e.id;
    e.updated = std::min(DatumUtc(s.datum), stamp);
    e.summary = OrgaanNaam(m, s.orgaan, s.orgaan_id) + ", " + DutchDatum(s.datum) +
                (s.uitkomst.empty() ? "" : ": " + s.uitkomst);
    e.category = "besluit";
    out.push_back(e);
  }
  for (const Vergadering& v : m.bestuur.vergaderingen) {
    for (const AgendaSectie& sec : v.secties) {
      for (const Agendapunt& p : sec.punten) {
        if (g >= 0 && !Concerns(m, p.gebieden, g)) continue;
        AtomEntry e;
        e.id = AbsoluteUrl(m, "vergaderingen/" + v.id + "/#" + PuntAnker(p.nummer));
        e.title = "Agendapunt " + p.nummer + ": " + p.titel;
        e.link = e.id;
        e.updated = std::min(v.start_utc, stamp);
        e.summary = OrgaanNaam(m, v.orgaan, v.orgaan_id) + ", " + DutchDatum(v.datum) +
                    (v.status == "afgelast" ? " (afgelast)" : "") +
                    (p.omschrijving.empty() ? "" : ". " + p.omschrijving);
        e.category = "agendapunt";
        out.push_back(e);
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const AtomEntry& a, const AtomEntry& b) {
    return std::tie(b.updated, a.id) < std::tie(a.updated, b.id);
  });
  return out;
}

}  // namespace

void RenderFeeds(RenderContext& ctx) {
  const Model& m = ctx.model;
  const int64_t stamp = m.commit.time;
  std::vector<IcsEvent> alle;
  for (const Vergadering& v : m.bestuur.vergaderingen) alle.push_back(MeetingEvent(m, v));
  // A calendar needs at least one event (RFC 5545 3.6).
  if (!alle.empty()) {
    EmitFile(ctx, "vergaderingen/alle.ics",
             IcsCalendar("Vergaderingen: " + m.config.titel, stamp, alle));
  }
  EmitFile(ctx, "feeds/nieuw.xml",
           AtomFeed(AbsoluteUrl(m, "feeds/nieuw.xml"), "Nieuw: " + m.config.titel,
                    AbsoluteUrl(m, "feeds/nieuw.xml"), AbsoluteUrl(m, "vergaderingen/"), stamp,
                    m.config.titel, Entries(m, -1)));
  for (size_t i = 0; i < m.gebieden.size(); ++i) {
    int g = static_cast<int>(i);
    const Gebied& a = m.gebieden[g];
    std::vector<IcsEvent> events;
    for (const PuntRef& r : PuntenVoor(m, g)) events.push_back(ItemEvent(m, r));
    if (!events.empty()) {
      EmitFile(ctx, a.pad + "/agenda.ics", IcsCalendar("Agenda: " + a.naam, stamp, events));
    }
    EmitFile(ctx, a.pad + "/nieuw.xml",
             AtomFeed(AbsoluteUrl(m, a.pad + "/nieuw.xml"), "Nieuw over " + TitelNaam(a),
                      AbsoluteUrl(m, a.pad + "/nieuw.xml"), AbsoluteUrl(m, a.pad + "/"), stamp,
                      m.config.titel, Entries(m, g)));
  }
}

}  // namespace openwijk
