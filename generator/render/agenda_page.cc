// <pad>/agenda/: the council items about an area (coming first, relative to
// the commit date) and its wijkagenda: opgave, proces and programma, linked
// to the begroting lines and projects that carry it.
#include "render/bestuur_view.h"
#include "render/markdown.h"
#include "util/datum.h"

namespace openwijk {

namespace {

Data RegelLinks(const Model& m, const WijkagendaItem& item, const std::string& root) {
  Data list{Data::type::list};
  auto year = m.begroting.find(item.jaar);
  for (const std::string& id : item.begrotingsregels) {
    Data d{Data::type::object};
    d.set("naam", id);
    if (year != m.begroting.end()) {
      for (const BegrotingRegel& r : year->second) {
        if (r.id != id || r.gebied < 0) continue;
        d.set("naam", r.omschrijving);
        d.set("url", VerantwoordingUrl(m, root, r.gebied, item.jaar) + "#regel-" + AnchorId(r.id));
      }
    }
    list.push_back(d);
  }
  return list;
}

Data ProjectLinks(const Model& m, const WijkagendaItem& item, const std::string& root) {
  Data list{Data::type::list};
  for (const std::string& id : item.projecten) {
    auto it = m.bestuur.project_index.find(id);
    Data d{Data::type::object};
    d.set("naam", id);
    if (it != m.bestuur.project_index.end()) {
      const Project& p = m.bestuur.projecten[it->second];
      d.set("naam", p.titel);
      d.set("status", p.status);
      if (p.gebied >= 0 && p.jaar > 0) {
        d.set("url", VerantwoordingUrl(m, root, p.gebied, p.jaar) + "#project-" + AnchorId(p.id));
      }
    }
    list.push_back(d);
  }
  return list;
}

Data WijkagendaData(const Model& m, const Wijkagenda& w, const std::string& root) {
  Data d{Data::type::object};
  d.set("titel", w.titel.empty() ? "Wijkagenda" : w.titel);
  SetOpt(&d, "bron", w.bron);
  d.set("tekst_html", MarkdownToHtml(w.markdown, 3));
  Data items{Data::type::list};
  for (const WijkagendaItem& item : w.items) {
    Data i{Data::type::object};
    i.set("thema", item.thema);
    SetOpt(&i, "opgave", item.opgave);
    SetOpt(&i, "proces", item.proces);
    SetOpt(&i, "inzet", item.inzet);
    i.set("jaar", std::to_string(item.jaar));
    i.set("status", item.status);
    Data regels = RegelLinks(m, item, root);
    Data projecten = ProjectLinks(m, item, root);
    i.set("heeft_regels", !regels.list_value().empty());
    i.set("regels", regels);
    i.set("heeft_projecten", !projecten.list_value().empty());
    i.set("projecten", projecten);
    items.push_back(i);
  }
  d.set("items", items);
  return d;
}

}  // namespace

void RenderAgendaPages(RenderContext& ctx) {
  const Model& m = ctx.model;
  for (size_t i = 0; i < m.gebieden.size(); ++i) {
    int g = static_cast<int>(i);
    const Gebied& a = m.gebieden[g];
    const std::string dir = a.pad + "/agenda";
    const std::string root = RootPrefix(dir);
    Data komend{Data::type::list}, geweest{Data::type::list};
    std::vector<PuntRef> punten = PuntenVoor(m, g);
    for (const PuntRef& r : punten) {
      if (IsKomend(m, *r.v)) komend.push_back(PuntData(m, *r.v, *r.s, *r.p, root));
    }
    for (auto it = punten.rbegin(); it != punten.rend(); ++it) {
      if (!IsKomend(m, *it->v)) geweest.push_back(PuntData(m, *it->v, *it->s, *it->p, root));
    }
    Data page{Data::type::object};
    page.set("titel", "Agenda: " + a.naam);
    page.set("samenvatting",
             "Wat de gemeenteraad bespreekt over " + a.naam + ", en de wijkagenda.");
    page.set("naam", a.naam);
    page.set("niveau", NiveauLabel(a));
    page.set("gebied_url", root + a.pad + "/");
    page.set("peildatum", DutchDate(m.commit.time, m.commit.offset_minutes));
    page.set("heeft_komend", !komend.list_value().empty());
    page.set("komend", komend);
    page.set("heeft_geweest", !geweest.list_value().empty());
    page.set("geweest", geweest);
    page.set("heeft_ics", !punten.empty());
    page.set("ics_url", root + a.pad + "/agenda.ics");
    page.set("atom_url", root + a.pad + "/nieuw.xml");
    page.set("vergaderingen_url", root + "vergaderingen/");
    bool heeft = false;
    for (const Wijkagenda& w : m.bestuur.wijkagendas) {
      if (w.gebied != g) continue;
      heeft = true;
      page.set("wijkagenda", WijkagendaData(m, w, root));
      page.set("wijkagenda_csv", "wijkagenda.csv");
      page.set("wijkagenda_json", "wijkagenda.json");
      EmitFile(ctx, dir + "/wijkagenda.csv", WijkagendaCsv(w));
      EmitFile(ctx, dir + "/wijkagenda.json", WijkagendaJson(w));
    }
    page.set("heeft_wijkagenda", heeft);
    EmitPage(ctx, dir, "agenda", page);
  }
}

}  // namespace openwijk
