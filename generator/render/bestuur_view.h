// Shared pieces of the pages about who decides and what happened with the
// money (model/bestuur.h): links, anchors, "does this concern area g", and
// template data for a decision or an agenda item. The pages themselves:
//   bestuur_pages.cc        vergaderingen/, vergaderingen/<id>/, besluiten/
//   agenda_page.cc          <pad>/agenda/ (council items + wijkagenda)
//   verantwoording_page.cc  <pad>/verantwoording/<jaar>/
//   transparantie.cc        transparantie/ and the per-area summary
//   zeggenschap_view.cc     "Wie beslist hier?" on every area page
//   feeds.cc                iCalendar and Atom feeds
//   bestuur_downloads.cc    CSV and JSON of every new table
#pragma once

#include <string>
#include <vector>

#include "render/context.h"

namespace openwijk {

struct JaarCijfers;  // render/jaar_cijfers.h

// Every page and file of this part of the site.
void RenderBestuur(RenderContext& ctx);
void RenderVergaderingen(RenderContext& ctx);
void RenderBesluitenPage(RenderContext& ctx);
void RenderAgendaPages(RenderContext& ctx);
// <pad>/verantwoording/<jaar>/ of area g, from the year's sums `c`; part of
// the area's own unit of work (RenderGebiedPages), which has those sums.
void RenderVerantwoording(RenderContext& ctx, int g, int jaar, const JaarCijfers& c);
void RenderTransparantie(RenderContext& ctx);
void RenderFeeds(RenderContext& ctx);
void RenderBestuurDownloads(RenderContext& ctx);

// Adds the "Wie beslist hier?" section, the transparency summary and the
// links to agenda, verantwoording and feeds to an area page's data.
void AddZeggenschap(const RenderContext& ctx, int g, Data* page);

// Sets `key` only when `value` is not empty: kainjow treats "" as true in
// {{#key}} sections, so optional texts must be absent instead.
void SetOpt(Data* d, const std::string& key, const std::string& value);

// An id usable in an HTML id and URL fragment: other characters become '-'.
std::string AnchorId(const std::string& id);
std::string PuntAnker(const std::string& nummer);  // "punt-B-2"
std::string VergaderingUrl(const std::string& root, const Vergadering& v);
std::string BesluitUrl(const std::string& root, const Besluit& s);
std::string VerantwoordingUrl(const Model& m, const std::string& root, int g, int jaar);
// basis_url + path: for feeds, which need absolute links.
std::string AbsoluteUrl(const Model& m, const std::string& path);
// The host of basis_url, for iCalendar UIDs ("example.org").
std::string SiteHost(const Model& m);

// Is area `a` equal to `g` or below it?
bool InSubtree(const Model& m, int a, int g);
// Does a list of areas touch g's subtree?
bool Concerns(const Model& m, const std::vector<int>& gebieden, int g);

// The agenda items that concern g's subtree, in meeting order.
struct PuntRef {
  const Vergadering* v;
  const AgendaSectie* s;
  const Agendapunt* p;
};
std::vector<PuntRef> PuntenVoor(const Model& m, int g);

// A meeting that starts at or after the commit time is coming ("komend").
bool IsKomend(const Model& m, const Vergadering& v);
// Whether residents can still sign up to speak: a coming meeting that is not
// cancelled. Past and cancelled meetings do not invite anyone.
bool KanInspreken(const Model& m, const Vergadering& v);

std::string OrgaanNaam(const Model& m, int orgaan, const std::string& id);
// Template data for a decision: titel, datum, orgaan, uitkomst, stemmen, url,
// document, vergadering link.
Data BesluitData(const Model& m, const Besluit& s, const std::string& root);
// Template data for one agenda item of meeting v.
Data PuntData(const Model& m, const Vergadering& v, const AgendaSectie& sectie, const Agendapunt& p,
              const std::string& root);
// Template data for one zeggenschap agreement (gebied, thema, archetype, ...).
Data ZeggenschapData(const Model& m, const Zeggenschap& z, const std::string& root);
// "adviseren en inspreken" explained in plain Dutch (B1).
std::string ArchetypeUitleg(int archetype);

// The transparency summary of an area, computed from the data.
struct Transparantie {
  int jaar = 0;
  int64_t geld = 0;  // |lasten| of the newest year in the subtree, cents
  int64_t geld_met_besluit = 0;
  int afgerond = 0;       // finished projects in the subtree
  int met_resultaat = 0;  // of which with a resultaat
  std::string nieuwste;   // newest date (JJJJ-MM-DD) of data about the area
  bool nieuwste_is_commit = false;
};
Transparantie BerekenTransparantie(const RenderContext& ctx, int g);
Data TransparantieData(const Model& m, const Transparantie& t);

// Downloads of the tables (bestuur_downloads.cc): ids and plain numbers, the
// same on besluiten/ and in each publication's downloads.
std::string OrganenCsv(const Bestuur& b);
std::string OrganenJson(const Bestuur& b);
std::string BesluitenCsv(const Bestuur& b);
std::string BesluitenJson(const Bestuur& b);
std::string ZeggenschapCsv(const Bestuur& b);
std::string ZeggenschapJson(const Bestuur& b);
std::string ProjectenCsv(const std::vector<const Project*>& projecten);
std::string ProjectenJson(const std::vector<const Project*>& projecten);
// Every project of `b`, in file order.
std::vector<const Project*> AlleProjecten(const Bestuur& b);
std::string WijkagendaCsv(const Wijkagenda& w);
std::string WijkagendaJson(const Wijkagenda& w);

// "geweest", "gepland", "afgelast" in words for residents.
std::string StatusTekst(const Vergadering& v);

}  // namespace openwijk
