#include "render/wijzigingen_view.h"

#include <cstdlib>
#include <map>

#include "model/publicatie.h"
#include "render/bestuur_view.h"
#include "render/diff_export.h"
#include "util/number.h"

namespace openwijk {

namespace {

const char* const kFaseNaam[] = {"begroot", "gewijzigd", "realisatie", "actueel"};

std::string VeldLabel(const std::string& veld) {
  if (veld == "gewijzigd") return "gewijzigde begroting";
  if (veld == "begroot") return "begroot";
  if (veld == "actueel") return "actuele begroting";
  return veld;
}

std::string GebiedNaam(const Model& oud, const Model& nieuw, const std::string& code) {
  int g = nieuw.FindGebied(code);
  if (g >= 0) return nieuw.gebieden[g].naam;
  g = oud.FindGebied(code);
  return g >= 0 ? oud.gebieden[g].naam : code;
}

// "€ 12.000 meer" for an amount that appears, "€ 12.000 minder" for one that goes.
std::string Erbij(int64_t cents, bool erbij) {
  if (cents == 0) return "gelijk";
  bool meer = (cents > 0) == erbij;
  return FormatEuro(std::llabs(cents)) + (meer ? " meer" : " minder");
}

Data Rij(const BegrotingRegel& r, const std::string& root, const std::string& wat,
         const std::string& oud, const std::string& nieuw, const std::string& verschil) {
  Data d{Data::type::object};
  Put(&d, "regel_naam", r.omschrijving.empty() ? r.id : r.omschrijving);
  Put(&d, "regel_url", RegelUrl(root, r.id));
  Put(&d, "jaar", std::to_string(r.jaar));
  Put(&d, "id", r.id);
  Put(&d, "wat", wat);
  Put(&d, "oud", oud);
  Put(&d, "nieuw", nieuw);
  Put(&d, "verschil", verschil);
  Put(&d, "klasse", "num");  // amounts right-aligned; a changed text is wrapped as text
  Put(&d, "heeft_anker", false);
  Put(&d, "anker", std::string());
  return d;
}

// Rows for a whole line that appears in (erbij) or leaves an area.
void HeleRegel(const BegrotingRegel& r, const std::string& root, const std::string& wat, bool erbij,
               std::vector<Data>* rijen) {
  const std::optional<int64_t>* fasen[] = {&r.begroot, &r.gewijzigd, &r.realisatie};
  bool any = false;
  for (int f = 0; f < 3; ++f) {
    if (!*fasen[f]) continue;
    any = true;
    std::string bedrag = FormatEuro(**fasen[f]);
    rijen->push_back(Rij(r, root, wat + ": " + VeldLabel(kFaseNaam[f]),
                         erbij ? "geen regel" : bedrag, erbij ? bedrag : "geen regel",
                         Erbij(**fasen[f], erbij)));
  }
  if (!any)
    rijen->push_back(Rij(r, root, wat, erbij ? "geen regel" : "niet bekend",
                         erbij ? "niet bekend" : "geen regel", ""));
}

// A decision as readers know it: "Begroting 2025 vastgesteld
// (raad-begroting-2025)"; the id alone when the model does not know it.
std::string BesluitTekst(const Model& m, const std::string& id) {
  if (id.empty()) return "leeg";
  const Besluit* b = m.bestuur.FindBesluit(id);
  return b && !b->titel.empty() ? b->titel + " (" + id + ")" : id;
}

void Velden(const RegelWijziging& w, const Model& oud, const Model& nieuw, const std::string& root,
            bool zonder_gebied, std::vector<Data>* rijen) {
  for (const VeldWijziging& v : w.velden) {
    if (zonder_gebied && v.veld == "gebied") continue;
    if (v.bedrag) {
      std::string verschil = VeldVerschilTekst(w, v);
      rijen->push_back(Rij(*w.nieuw, root, VeldLabel(v.veld), BedragTekst(v.oud_cents),
                           BedragTekst(v.nieuw_cents), verschil));
    } else {
      auto tekst = [&v](const Model& m, const std::string& s) {
        return v.veld == "besluit" ? BesluitTekst(m, s) : s.empty() ? "leeg" : s;
      };
      Data rij =
          Rij(*w.nieuw, root, VeldLabel(v.veld), tekst(oud, v.oud), tekst(nieuw, v.nieuw), "");
      Put(&rij, "klasse", "tekst");
      rijen->push_back(std::move(rij));
    }
  }
}

std::string SomTekst(int64_t cents, int bekend) {
  return bekend > 0 ? FormatEuro(cents) : std::string("niet bekend");
}

}  // namespace

std::string DatumTekst(const std::string& iso) {
  static const char* const kMaanden[] = {"januari",   "februari", "maart",    "april",
                                         "mei",       "juni",     "juli",     "augustus",
                                         "september", "oktober",  "november", "december"};
  if (!IsIsoDatum(iso)) return iso;
  int m = std::stoi(iso.substr(5, 2)), d = std::stoi(iso.substr(8, 2));
  return std::to_string(d) + " " + kMaanden[m - 1] + " " + iso.substr(0, 4);
}

std::string RegelSegment(const std::string& id) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : id) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_' || (c == '.' && !out.empty());
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '~';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string RegelUrl(const std::string& root, const std::string& id) {
  return root + "begroting/regel/" + RegelSegment(id) + ".html";
}

std::string RegelAnker(int jaar, const std::string& id) {
  return "regel-" + std::to_string(jaar) + "-" + RegelSegment(id);
}

Data WijzigingGroepen(const RenderContext& ctx, const ModelDiff& diff, const Model& oud,
                      const Model& nieuw, const std::string& root, bool ankers) {
  std::map<std::string, std::vector<Data>> per_gebied;
  for (const RegelWijziging& w : diff.regels) {
    std::vector<Data>& hier = per_gebied[w.gebied_code()];
    size_t eerste = hier.size();
    if (w.actie == Actie::kToegevoegd) {
      HeleRegel(*w.nieuw, root, "nieuwe regel", true, &hier);
    } else if (w.actie == Actie::kVerwijderd) {
      HeleRegel(*w.oud, root, "regel vervallen", false, &hier);
    } else if (w.oud->gebied_code != w.nieuw->gebied_code) {
      // Moved: it leaves the old area and arrives in the new one, so both
      // areas' totals add up.
      std::string van = GebiedNaam(oud, nieuw, w.oud->gebied_code);
      std::string naar = GebiedNaam(oud, nieuw, w.nieuw->gebied_code);
      HeleRegel(*w.oud, root, "verplaatst naar " + naar, false, &per_gebied[w.oud->gebied_code]);
      HeleRegel(*w.nieuw, root, "verplaatst van " + van, true, &hier);
      Velden(w, oud, nieuw, root, true, &hier);
    } else {
      Velden(w, oud, nieuw, root, false, &hier);
    }
    if (ankers && eerste < hier.size()) {
      Put(&hier[eerste], "anker", RegelAnker(w.jaar, w.id));
      Put(&hier[eerste], "heeft_anker", true);
    }
  }
  std::vector<std::pair<std::string, std::string>> volgorde;  // naam, code
  for (const auto& [code, rijen] : per_gebied) {
    if (!rijen.empty()) volgorde.emplace_back(GebiedNaam(oud, nieuw, code), code);
  }
  std::sort(volgorde.begin(), volgorde.end());
  Data groepen{Data::type::list};
  for (const auto& [naam, code] : volgorde) {
    Data g{Data::type::object};
    Put(&g, "naam", naam);
    Put(&g, "code", code);
    Put(&g, "anker", "gebied-" + RegelSegment(code));
    int idx = ctx.model.FindGebied(code);
    Put(&g, "heeft_url", idx >= 0);
    Put(&g, "url", idx >= 0 ? root + ctx.model.gebieden[idx].pad + "/" : std::string());
    Data rijen{Data::type::list};
    for (const Data& r : per_gebied[code]) Append(&rijen, Data(r));
    Put(&g, "rijen", std::move(rijen));
    std::set<std::string> codes = {code};
    Data totalen = TotalenRijen(diff, &codes);
    Put(&g, "heeft_totalen", !totalen.list_value().empty());
    Put(&g, "totalen", std::move(totalen));
    Append(&groepen, std::move(g));
  }
  return groepen;
}

Data TotalenRijen(const ModelDiff& diff, const std::set<std::string>* codes) {
  std::map<SomSleutel, Som> som;
  if (diff.sommen) som = diff.sommen->Totaal(codes);
  Data rijen{Data::type::list};
  for (const auto& [k, s] : som) {
    if (s.oud == s.nieuw && (s.oud_bekend > 0) == (s.nieuw_bekend > 0)) continue;
    auto [jaar, soort, fase] = k;
    // Sums of gewijzigd over only the lines that have one mislead; the
    // actual budget (fase 3) tells the same change in full.
    if (fase == 1) continue;
    Data d{Data::type::object};
    Put(&d, "label",
        std::string(soort == 0 ? "Lasten " : "Baten ") + std::to_string(jaar) + ", " +
            VeldLabel(kFaseNaam[fase]));
    // A realisatie known for only some of the year's lines says so: the sum
    // of the known lines is not what the gemeente spent in all.
    auto plan_it = som.find({jaar, soort, 3});
    const Som plan = plan_it == som.end() ? Som{} : plan_it->second;
    const bool realisatie = fase == 2;  // clang 14 cannot capture a structured binding
    auto tekst = [realisatie](int64_t cents, int bekend, int regels) {
      return SomTekst(cents, bekend) +
             (realisatie && bekend > 0 && bekend < regels ? " (deels bekend)" : "");
    };
    Put(&d, "oud", tekst(s.oud, s.oud_bekend, plan.oud_bekend));
    Put(&d, "nieuw", tekst(s.nieuw, s.nieuw_bekend, plan.nieuw_bekend));
    auto opt = [](int64_t c, int n) { return n > 0 ? std::optional<int64_t>(c) : std::nullopt; };
    Put(&d, "verschil", VerschilTekst(opt(s.oud, s.oud_bekend), opt(s.nieuw, s.nieuw_bekend)));
    Append(&rijen, std::move(d));
  }
  return rijen;
}

Data KompasRijen(const ModelDiff& diff, const Model& oud, const Model& nieuw) {
  Data rijen{Data::type::list};
  for (const KompasWijziging& w : diff.kompas) {
    Data d{Data::type::object};
    Put(&d, "gebied", GebiedNaam(oud, nieuw, w.gebied));
    std::string naam = w.indicator;
    for (const Model* m : {&nieuw, &oud}) {
      auto it = m->indicator_index.find(w.indicator);
      if (it != m->indicator_index.end()) {
        naam = m->indicatoren[it->second].naam;
        break;
      }
    }
    Put(&d, "indicator", naam);
    Put(&d, "jaar", std::to_string(w.jaar));
    Put(&d, "anker",
        "kompas-" + AnchorId(w.gebied) + "-" + AnchorId(w.indicator) + "-" +
            std::to_string(w.jaar));
    auto text = [&](const std::optional<double>& v, bool er) {
      if (!er) return std::string("geen waarde");
      return v ? FormatNumber(*v, w.decimalen) : std::string("niet bekend");
    };
    Put(&d, "oud", text(w.oud, w.actie != Actie::kToegevoegd));
    Put(&d, "nieuw", text(w.nieuw, w.actie != Actie::kVerwijderd));
    std::string verschil;
    if (w.oud && w.nieuw) {
      double v = *w.nieuw - *w.oud;
      verschil = (v > 0   ? "+"
                  : v < 0 ? "-"
                          : "") +
                 FormatNumber(std::abs(v), w.decimalen) +
                 (v > 0   ? " (meer)"
                  : v < 0 ? " (minder)"
                          : "");
    }
    Put(&d, "verschil", verschil);
    Append(&rijen, std::move(d));
  }
  return rijen;
}

void AddWijzigingen(const RenderContext& ctx, int g, Data* page) {
  const Model& m = ctx.model;
  if (!m.publicaties || m.publicaties->lijst.empty()) return;
  const Publicaties& pubs = *m.publicaties;
  size_t n = pubs.lijst.size();
  const Publicatie& laatste = pubs.lijst[n - 1];
  std::string root = RootPrefix(m.gebieden[g].pad);
  Data d{Data::type::object};
  Put(&d, "titel", laatste.titel);
  Put(&d, "datum", DatumTekst(laatste.datum));
  Put(&d, "datum_iso", laatste.datum);
  Put(&d, "url", root + "publicaties/" + laatste.slug + "/");
  Put(&d, "eerste", n == 1);
  if (const ModelDiff* diff = pubs.Laatste()) {
    const Model& oud = *pubs.lijst[n - 2].model;
    const Model& nieuw = *laatste.model;
    std::set<std::string> codes = SubtreeCodes(m, m.gebieden[g].code);
    ModelDiff hier =
        ctx.laatste_per_gebied ? ctx.laatste_per_gebied->Filter(codes) : FilterDiff(*diff, codes);
    Put(&d, "vorige", pubs.lijst[n - 2].titel);
    Put(&d, "geen", hier.empty());
    Put(&d, "toegevoegd", std::to_string(hier.toegevoegd));
    Put(&d, "verwijderd", std::to_string(hier.verwijderd));
    Put(&d, "gewijzigd", std::to_string(hier.gewijzigd));
    Put(&d, "groepen", WijzigingGroepen(ctx, hier, oud, nieuw, root, false));
    Data totalen = TotalenRijen(hier, &codes);
    Put(&d, "heeft_totalen", !totalen.list_value().empty());
    Put(&d, "totalen", std::move(totalen));
    Data kompas = KompasRijen(hier, oud, nieuw);
    Put(&d, "heeft_kompas", !kompas.list_value().empty());
    Put(&d, "kompas", std::move(kompas));
  }
  Put(page, "wijzigingen_laatste", std::move(d));
}

}  // namespace openwijk
