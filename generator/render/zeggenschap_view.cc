// "Wie beslist hier?" on every area page: the agreed archetype per theme in
// plain Dutch, the bodies involved and the newest decisions about the area;
// plus the transparency summary and links to the area's agenda,
// verantwoording and feeds.
#include <algorithm>
#include <set>

#include "render/bestuur_view.h"

namespace openwijk {

std::string ArchetypeUitleg(int archetype) {
  switch (archetype) {
    case 1:
      return "Bewoners geven advies en mogen inspreken. De gemeenteraad beslist.";
    case 2:
      return "Bewoners bepalen mee wat er op de wijkagenda komt en nemen zelf het initiatief. "
             "De gemeente doet mee.";
    case 3:
      return "De wijk beslist zelf over een deel van het geld of de plannen. Daarna legt de wijk "
             "uit wat er met het geld is gebeurd, aan de gemeente en aan de buurt.";
    default:
      return "";
  }
}

namespace {

constexpr size_t kRecenteBesluiten = 5;

Data Afspraken(const Model& m, int g, const std::string& root, std::set<std::string>* organen) {
  Data list{Data::type::list};
  // The area's own agreements first, then those of the areas it lies in.
  size_t steps = 0;
  for (int a = g; a >= 0 && steps++ <= m.gebieden.size(); a = m.gebieden[a].ouder) {
    for (const Zeggenschap& z : m.bestuur.zeggenschap) {
      if (z.gebied != a) continue;
      Data d = ZeggenschapData(m, z, root);
      Put(&d, "uitleg", ArchetypeUitleg(z.archetype));
      Put(&d, "geerfd", a != g);
      Put(&d, "van", m.gebieden[a].naam);
      Append(&list, std::move(d));
      for (size_t i = 0; i < z.organen.size(); ++i) {
        organen->insert(OrgaanNaam(m, z.organen_index[i], z.organen[i]));
      }
    }
  }
  return list;
}

}  // namespace

void AddZeggenschap(const RenderContext& ctx, int g, Data* page) {
  const Model& m = ctx.model;
  const Gebied& a = m.gebieden[g];
  const std::string root = RootPrefix(a.pad);
  Data wie{Data::type::object};
  std::set<std::string> organen;
  Data afspraken = Afspraken(m, g, root, &organen);
  Put(&wie, "heeft_afspraken", !afspraken.list_value().empty());
  Put(&wie, "afspraak_lijst", std::move(afspraken));
  std::string organen_tekst;
  for (const std::string& o : organen) organen_tekst += (organen_tekst.empty() ? "" : ", ") + o;
  Put(&wie, "heeft_organen", !organen.empty());
  Put(&wie, "organen_tekst", organen_tekst);
  std::vector<const Besluit*> besluiten;
  for (const Besluit& s : m.bestuur.besluiten) {
    if (Concerns(m, s.gebieden, g)) besluiten.push_back(&s);
  }
  std::stable_sort(besluiten.begin(), besluiten.end(), [](const Besluit* x, const Besluit* y) {
    return std::tie(y->datum, x->id) < std::tie(x->datum, y->id);
  });
  Data recent{Data::type::list};
  for (size_t i = 0; i < besluiten.size() && i < kRecenteBesluiten; ++i) {
    Append(&recent, BesluitData(m, *besluiten[i], root));
  }
  Put(&wie, "heeft_besluiten", !besluiten.empty());
  Put(&wie, "besluiten", std::move(recent));
  Put(&wie, "meer_besluiten", besluiten.size() > kRecenteBesluiten);
  Put(&wie, "besluiten_url", root + "besluiten/");
  Put(&wie, "transparantie", TransparantieData(m, BerekenTransparantie(ctx, g)));
  Put(&wie, "transparantie_url", root + "transparantie/");
  Put(&wie, "agenda_url", root + a.pad + "/agenda/");
  Put(&wie, "atom_url", root + a.pad + "/nieuw.xml");
  Put(&wie, "heeft_ics", !PuntenVoor(m, g).empty());
  Put(&wie, "ics_url", root + a.pad + "/agenda.ics");
  Data jaren{Data::type::list};
  for (int jaar : ctx.agg.Jaren()) {
    Data j{Data::type::object};
    Put(&j, "jaar", std::to_string(jaar));
    Put(&j, "url", VerantwoordingUrl(m, root, g, jaar));
    Append(&jaren, std::move(j));
  }
  Put(&wie, "verantwoording", std::move(jaren));
  Put(page, "wie_beslist", std::move(wie));
}

}  // namespace openwijk
