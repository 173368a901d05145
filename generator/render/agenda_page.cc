// <pad>/agenda/: the council items about an area (coming first, relative to
// the commit date) and its wijkagenda: opgave, proces and programma, linked
// to the begroting lines and projects that carry it.
#include "render/bestuur_view.h"
#include "render/markdown.h"
#include "util/datum.h"
#include "util/text.h"

namespace openwijk {

namespace {

// What closes a list whose last item shows `tekst`: a full stop, unless the
// text has one already ("Hoogkerk e.o.").
std::string Slot(const std::string& tekst) { return EndOfSentence(tekst).substr(tekst.size()); }

Data RegelLinks(const Model& m, const WijkagendaItem& item, const std::string& root) {
  Data list{Data::type::list};
  auto year = m.begroting.find(item.jaar);
  for (const std::string& id : item.begrotingsregels) {
    Data d{Data::type::object};
    std::string naam = id;
    if (year != m.begroting.end()) {
      for (const BegrotingRegel& r : year->second) {
        if (r.id != id || r.gebied < 0) continue;
        naam = r.omschrijving;
        Put(&d, "url",
            VerantwoordingUrl(m, root, r.gebied, item.jaar) + "#regel-" + AnchorId(r.id));
      }
    }
    Put(&d, "naam", naam);
    Put(&d, "eerste", list.list_value().empty());  // no separator before it
    Put(&d, "slot", &id == &item.begrotingsregels.back() ? Slot(naam) : "");
    Append(&list, std::move(d));
  }
  return list;
}

Data ProjectLinks(const Model& m, const WijkagendaItem& item, const std::string& root) {
  Data list{Data::type::list};
  for (const std::string& id : item.projecten) {
    auto it = m.bestuur.project_index.find(id);
    Data d{Data::type::object};
    std::string tekst = id;  // what the list shows last for this project
    if (it != m.bestuur.project_index.end()) {
      const Project& p = m.bestuur.projecten[it->second];
      tekst = p.titel;
      Put(&d, "status", p.status);
      if (!p.status.empty()) tekst = ")";
      if (p.gebied >= 0 && p.jaar > 0) {
        Put(&d, "url", VerantwoordingUrl(m, root, p.gebied, p.jaar) + "#project-" + AnchorId(p.id));
      }
      Put(&d, "naam", p.titel);
    } else {
      Put(&d, "naam", id);
    }
    Put(&d, "eerste", list.list_value().empty());  // no separator before it
    Put(&d, "slot", &id == &item.projecten.back() ? Slot(tekst) : "");
    Append(&list, std::move(d));
  }
  return list;
}

Data WijkagendaData(const Model& m, const Wijkagenda& w, const std::string& root) {
  Data d{Data::type::object};
  Put(&d, "titel", w.titel.empty() ? "Wijkagenda" : w.titel);
  SetOpt(&d, "bron", w.bron);
  Put(&d, "tekst_html", MarkdownToHtml(w.markdown, 3));
  Data items{Data::type::list};
  for (const WijkagendaItem& item : w.items) {
    Data i{Data::type::object};
    Put(&i, "thema", item.thema);
    SetOpt(&i, "opgave", item.opgave);
    SetOpt(&i, "proces", item.proces);
    SetOpt(&i, "inzet", item.inzet);
    Put(&i, "jaar", std::to_string(item.jaar));
    Put(&i, "status", item.status);
    Data regels = RegelLinks(m, item, root);
    Data projecten = ProjectLinks(m, item, root);
    Put(&i, "heeft_regels", !regels.list_value().empty());
    Put(&i, "regels", std::move(regels));
    Put(&i, "heeft_projecten", !projecten.list_value().empty());
    Put(&i, "projecten", std::move(projecten));
    Append(&items, std::move(i));
  }
  Put(&d, "items", std::move(items));
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
      if (IsKomend(m, *r.v)) Append(&komend, PuntData(m, *r.v, *r.s, *r.p, root));
    }
    for (auto it = punten.rbegin(); it != punten.rend(); ++it) {
      if (!IsKomend(m, *it->v)) Append(&geweest, PuntData(m, *it->v, *it->s, *it->p, root));
    }
    Data page{Data::type::object};
    Put(&page, "titel", "Agenda: " + TitelNaam(a));
    Put(&page, "samenvatting",
        "Wat de gemeenteraad bespreekt over " + a.naam + ", en de wijkagenda.");
    Put(&page, "naam", a.naam);
    Put(&page, "niveau", NiveauLabel(a));
    Put(&page, "gebied_url", root + a.pad + "/");
    Put(&page, "peildatum", DutchDate(m.commit.time, m.commit.offset_minutes));
    Put(&page, "heeft_komend", !komend.list_value().empty());
    Put(&page, "komend", std::move(komend));
    Put(&page, "heeft_geweest", !geweest.list_value().empty());
    Put(&page, "geweest", std::move(geweest));
    Put(&page, "heeft_ics", !punten.empty());
    Put(&page, "ics_url", root + a.pad + "/agenda.ics");
    Put(&page, "atom_url", root + a.pad + "/nieuw.xml");
    Put(&page, "vergaderingen_url", root + "vergaderingen/");
    bool heeft = false;
    for (const Wijkagenda& w : m.bestuur.wijkagendas) {
      if (w.gebied != g) continue;
      heeft = true;
      Put(&page, "wijkagenda", WijkagendaData(m, w, root));
      Put(&page, "wijkagenda_csv", "wijkagenda.csv");
      Put(&page, "wijkagenda_json", "wijkagenda.json");
      EmitFile(ctx, dir + "/wijkagenda.csv", WijkagendaCsv(w));
      EmitFile(ctx, dir + "/wijkagenda.json", WijkagendaJson(w));
    }
    Put(&page, "heeft_wijkagenda", heeft);
    EmitPage(ctx, dir, "agenda", std::move(page));
  }
}

}  // namespace openwijk
