#include "render/maps.h"

#include <algorithm>
#include <set>

#include "render/begroting_view.h"
#include "render/svg/svg_text.h"

namespace openwijk {

namespace {

const char kEuroSlug[] = "euro-per-inwoner";

// "wijken", "wijken en dorpen": what the parts of an area are called.
std::string DelenNaam(const Model& m, const std::vector<int>& delen) {
  std::vector<std::string> namen;
  for (int k : delen) {
    std::string n = NiveauLabel(m.gebieden[k]);
    std::string meervoud = n == "gebied"  ? "gebieden"
                           : n == "wijk"  ? "wijken"
                           : n == "dorp"  ? "dorpen"
                           : n == "buurt" ? "buurten"
                                          : "delen";
    if (std::find(namen.begin(), namen.end(), meervoud) == namen.end()) namen.push_back(meervoud);
  }
  if (namen.empty()) return "delen";
  std::string out = namen[0];
  for (size_t i = 1; i < namen.size(); ++i)
    out += (i + 1 == namen.size() ? " en " : ", ") + namen[i];
  return out;
}

// A folder name from an indicator id: lower case, [a-z0-9-] only.
std::string Slug(const std::string& id) {
  std::string out;
  for (char c : id) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    out += ok ? c : '-';
  }
  return out.empty() ? "maat" : out;
}

std::string Eenheid(const std::string& eenheid) {
  if (eenheid.rfind("% ", 0) == 0 || eenheid == "procent") return "%";
  return eenheid;
}

std::string WaardeTekst(const MaatWaarde& w, const KaartMaat& maat) {
  if (!w.waarde) return "geen gegevens";
  return FormatWithUnit(*w.waarde, w.decimalen, maat.eenheid);
}

std::string Titel(const RenderContext& ctx, int parent, const KaartMaat& maat) {
  const Model& m = ctx.model;
  std::string titel = maat.naam + " in de " + DelenNaam(m, m.gebieden[parent].kinderen) + " van " +
                      m.gebieden[parent].naam;
  if (maat.indicator < 0) return titel + ", " + std::to_string(ctx.agg.LaatsteJaar());
  return titel + ", nieuwste cijfers";
}

MapArea Vlak(const Model& m, const GeoIndex& geo, int g, const std::string& root) {
  MapArea a;
  a.code = m.gebieden[g].code;
  a.naam = m.gebieden[g].naam;
  a.url = root + m.gebieden[g].pad + "/";
  a.polygons = geo.Polygons(g);
  return a;
}

// The areas a locator map of g shows, and the area they make up together:
// g's parent and its parts. When g is its parent's only part (wijk Centrum is
// the only wijk of gebied Centrum) that map would show g alone, so the
// context goes up until there is more than one part, and the map shows the
// areas at g's level under it. For the gemeente: its parts.
std::vector<int> Buren(const Model& m, int g, int* context) {
  const Gebied& a = m.gebieden[g];
  int ouder = a.ouder;
  if (ouder < 0) {
    *context = g;
    return a.kinderen;
  }
  size_t steps = 0;
  while (m.gebieden[ouder].kinderen.size() == 1 && m.gebieden[ouder].ouder >= 0 &&
         steps++ <= m.gebieden.size()) {
    ouder = m.gebieden[ouder].ouder;
  }
  *context = ouder;
  std::vector<int> level{ouder}, out;
  for (size_t d = 0; !level.empty() && d <= m.gebieden.size(); ++d) {
    std::vector<int> next;
    for (int p : level) {
      for (int k : m.gebieden[p].kinderen) {
        if (m.gebieden[k].diepte == a.diepte) {
          out.push_back(k);
        } else if (m.gebieden[k].diepte < a.diepte) {
          next.push_back(k);
        }
      }
    }
    level = std::move(next);
  }
  return out;
}

bool AnyShape(const GeoIndex& geo, const std::vector<int>& areas) {
  for (int k : areas) {
    if (!geo.Polygons(k).empty()) return true;
  }
  return false;
}

}  // namespace

std::vector<KaartMaat> KaartMaten(const Model& m) {
  std::vector<KaartMaat> out;
  out.push_back({kEuroSlug, "Uitgaven per inwoner", "€", -1});
  for (size_t i = 0; i < m.indicatoren.size(); ++i) {
    const Indicator& ind = m.indicatoren[i];
    out.push_back({Slug(ind.id), ind.naam, Eenheid(ind.eenheid), static_cast<int>(i)});
  }
  return out;
}

KaartMaat StandaardMaat(const Model& m) {
  std::vector<KaartMaat> maten = KaartMaten(m);
  auto it = m.indicator_index.find(m.config.kaart_maat);
  if (m.config.kaart_maat.empty() || it == m.indicator_index.end()) return maten[0];
  return maten[static_cast<size_t>(it->second) + 1];
}

MaatWaarde WaardeVan(const RenderContext& ctx, const KaartMaat& maat, int g) {
  MaatWaarde w;
  if (maat.indicator < 0) {
    w.jaar = ctx.agg.LaatsteJaar();
    std::optional<double> inwoners = ctx.agg.Inwoners(g, w.jaar);
    std::optional<int64_t> per = PerInwonerCents(ctx.agg.Lasten(g, w.jaar).Huidig(), inwoners);
    if (w.jaar > 0 && per) w.waarde = static_cast<double>(*per) / 100.0;  // as the tables have it
    return w;
  }
  // model.kompas is sorted by gebied, indicator, jaar: the newest present
  // value is the last one with a value in the run of (g, indicator).
  const auto& kompas = ctx.model.kompas;
  auto key = [](const KompasWaarde& k) { return std::make_pair(k.gebied, k.indicator); };
  auto want = std::make_pair(g, maat.indicator);
  auto lo = std::lower_bound(kompas.begin(), kompas.end(), want,
                             [&](const KompasWaarde& k, const auto& v) { return key(k) < v; });
  auto hi = std::upper_bound(lo, kompas.end(), want,
                             [&](const auto& v, const KompasWaarde& k) { return v < key(k); });
  for (auto it = hi; it != lo;) {
    --it;
    if (!it->waarde) continue;
    w.waarde = it->waarde;
    w.jaar = it->jaar;
    w.decimalen = it->decimalen;
    break;
  }
  return w;
}

MapInput KaartInput(const RenderContext& ctx, const GeoIndex& geo, int parent,
                    const KaartMaat& maat, const std::string& root) {
  const Model& m = ctx.model;
  MapInput in;
  in.id_prefix = "kaart-" + maat.slug;
  in.title = Titel(ctx, parent, maat);
  in.measure = maat.naam;
  in.unit = maat.eenheid;
  in.description = "Kaart van " + EndOfSentence(m.gebieden[parent].naam) +
                   " Elk deel heeft een kleur en " + "arcering naar " + maat.naam +
                   "; de legenda staat onder de kaart. " +
                   "Dezelfde cijfers staan in de tabel bij de kaart.";
  for (int k : m.gebieden[parent].kinderen) {
    MapArea a = Vlak(m, geo, k, root);
    MaatWaarde w = WaardeVan(ctx, maat, k);
    a.value = w.waarde;
    if (w.waarde) {
      in.decimals = std::max(in.decimals, w.decimalen);
      a.value_label = WaardeTekst(w, maat);
    }
    in.areas.push_back(std::move(a));
  }
  return in;
}

Data KaartData(const RenderContext& ctx, const GeoIndex& geo, int parent, const KaartMaat& maat,
               const std::string& root) {
  const Model& m = ctx.model;
  const std::vector<int>& kinderen = m.gebieden[parent].kinderen;
  Data d{Data::type::object};
  if (!AnyShape(geo, kinderen)) return d;
  MapInput in = KaartInput(ctx, geo, parent, maat, root);
  Put(&d, "svg", ChoroplethSvg(in));
  Put(&d, "titel", in.title);
  Put(&d, "maat", maat.naam);
  Put(&d, "toon_jaar", maat.indicator >= 0);
  std::vector<int> op_naam = kinderen;
  std::stable_sort(op_naam.begin(), op_naam.end(),
                   [&m](int a, int b) { return m.gebieden[a].naam < m.gebieden[b].naam; });
  Data rijen{Data::type::list};
  for (int k : op_naam) {
    MaatWaarde w = WaardeVan(ctx, maat, k);
    Data r = GebiedLink(m, k, root);
    Put(&r, "waarde", WaardeTekst(w, maat));
    Put(&r, "bekend", w.waarde.has_value());
    Put(&r, "jaar", w.waarde ? std::to_string(w.jaar) : std::string("–"));
    Put(&r, "op_kaart", !geo.Polygons(k).empty());
    Append(&rijen, std::move(r));
  }
  Put(&d, "rijen", std::move(rijen));
  Put(&d, "csv", "kaart.csv");
  Put(&d, "json", "kaart.json");
  return d;
}

LocatorInput LiggingInput(const RenderContext& ctx, const GeoIndex& geo, int g,
                          const std::string& root) {
  const Model& m = ctx.model;
  const Gebied& a = m.gebieden[g];
  LocatorInput in;
  in.title = "Ligging van " + a.naam;
  int context = -1;
  std::vector<int> buren = Buren(m, g, &context);
  for (int k : buren) in.areas.push_back(Vlak(m, geo, k, root));
  in.description = "Kaart van " + m.gebieden[context].naam + " met de " + DelenNaam(m, buren) +
                   "; elk deel linkt naar zijn eigen pagina.";
  if (context != g) in.current_code = a.code;  // the gemeente: its parts, none highlighted
  in.points = KaartPunten(ctx, g, root);
  return in;
}

Data LiggingData(const RenderContext& ctx, const GeoIndex& geo, int g, const std::string& root) {
  int context = -1;
  Data d{Data::type::object};
  if (!AnyShape(geo, Buren(ctx.model, g, &context))) return d;
  LocatorInput in = LiggingInput(ctx, geo, g, root);
  Put(&d, "svg", LocatorSvg(in));
  Put(&d, "titel", in.title);
  Data punten{Data::type::list};
  for (const MapPoint& p : in.points) {
    Data r{Data::type::object};
    Put(&r, "naam", p.label);
    Put(&r, "heeft_link", !p.url.empty());
    Put(&r, "link", p.url);
    Append(&punten, std::move(r));
  }
  Put(&d, "heeft_punten", !in.points.empty());
  Put(&d, "punten", std::move(punten));
  return d;
}

bool AddKaarten(const RenderContext& ctx, int g, const std::string& root, Data* page) {
  if (!ctx.geo || ctx.geo->empty()) return false;
  Data ligging = LiggingData(ctx, *ctx.geo, g, root);
  if (!ligging.is_empty_object()) Put(page, "ligging", std::move(ligging));
  if (ctx.model.gebieden[g].kinderen.empty()) return false;
  Data kaart = KaartData(ctx, *ctx.geo, g, StandaardMaat(ctx.model), root);
  if (kaart.is_empty_object()) return false;
  Put(page, "kaart", std::move(kaart));
  return true;
}

}  // namespace openwijk
