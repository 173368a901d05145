#include "render/diff_export.h"

#include <cmath>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "render/begroting_view.h"
#include "util/number.h"
#include "util/text.h"

namespace openwijk {

namespace {

using Json = nlohmann::ordered_json;

std::string DecimalText(const std::optional<double>& v, int decimalen) {
  return v ? FormatNumber(*v, decimalen) : std::string("niet bekend");
}

// The arrow of a changed row and cell: "->", made longer ("-->", ...) until
// no value of the diff contains it, as daff's highlighter format does, so
// that "a->b" in a text field cannot be read as a change from a to b.
std::string Pijl(const ModelDiff& diff) {
  std::string pijl = "->";
  auto heeft = [&pijl](std::string_view s) { return s.find(pijl) != std::string_view::npos; };
  for (bool botst = true; botst;) {
    botst = false;
    for (const RegelWijziging& w : diff.regels) {
      for (const BegrotingRegel* r : {w.oud, w.nieuw}) {
        for (size_t k = 0; r && !botst && k < BegrotingKolommen().size(); ++k) {
          botst = heeft(RegelVeldAt(*r, k));
        }
      }
      if (botst) break;
    }
    if (botst) pijl.insert(0, "-");
  }
  return pijl;
}

}  // namespace

static std::string Meervoud(int n, const char* een, const char* meer) {
  return std::to_string(n) + " " + (n == 1 ? een : meer);
}

std::string WijzigingSamenvatting(const Publicaties& pubs, size_t i) {
  const ModelDiff& d = pubs.wijzigingen[i];
  if (i == 0)
    return "eerste publicatie, " + Meervoud(d.toegevoegd, "begrotingsregel", "begrotingsregels");
  if (d.empty()) return "niets veranderd";
  std::string out = Meervoud(d.gewijzigd, "regel gewijzigd", "regels gewijzigd") + ", " +
                    std::to_string(d.toegevoegd) + " nieuw, " + std::to_string(d.verwijderd) +
                    " vervallen";
  if (!d.kompas.empty()) {
    out += "; " + Meervoud(static_cast<int>(d.kompas.size()), "kompaswaarde", "kompaswaarden") +
           " anders";
  }
  return out;
}

std::string BedragTekst(const std::optional<int64_t>& cents) {
  return cents ? FormatEuro(*cents) : std::string("niet bekend");
}

std::string VerschilTekst(const std::optional<int64_t>& oud, const std::optional<int64_t>& nieuw) {
  if (!oud && !nieuw) return "gelijk";
  if (!oud) return "was niet bekend";
  if (!nieuw) return "niet meer bekend";
  int64_t d = *nieuw - *oud;
  if (d == 0) return "gelijk";
  std::string out = FormatEuro(std::llabs(d)) + (d > 0 ? " meer" : " minder");
  if (*oud != 0) {
    double pct = std::fabs(static_cast<double>(d) / static_cast<double>(*oud));
    // A change too small to show in tenths of a percent is not "-0,0%".
    out += pct < 0.0005 ? std::string(" (minder dan 0,1%)")
                        : std::string(" (") + (d > 0 ? "+" : "-") + FormatPercent(pct) + ")";
  }
  return out;
}

std::string VeldVerschilTekst(const RegelWijziging& w, const VeldWijziging& v) {
  // A first amendment against the budget until then; a first realisatie
  // against the plan it was spent under: the new publication's amended
  // budget when there is one, also when that came in the same publication.
  const BegrotingRegel& plan = v.veld == "realisatie" ? *w.nieuw : *w.oud;
  const std::optional<int64_t>& basis = v.veld == "gewijzigd" ? w.oud->begroot
                                        : plan.gewijzigd      ? plan.gewijzigd
                                                              : plan.begroot;
  if ((v.veld != "gewijzigd" && v.veld != "realisatie") || v.oud_cents || !v.nieuw_cents ||
      !basis) {
    return VerschilTekst(v.oud_cents, v.nieuw_cents);
  }
  std::string verschil = VerschilTekst(basis, v.nieuw_cents);
  size_t at = verschil.find(verschil.find(" meer") != std::string::npos ? " meer" : " minder");
  bool tegen_gewijzigd = v.veld == "realisatie" && plan.gewijzigd;
  if (at != std::string::npos) {
    size_t end = verschil.find(' ', at + 1);
    verschil.insert(end == std::string::npos ? verschil.size() : end,
                    tegen_gewijzigd ? " dan de gewijzigde begroting" : " dan begroot");
  }
  return verschil;
}

namespace {

// The lines of the diff are written as nlohmann's dump(1) would write them,
// straight into the output rather than built as a Json tree first: a
// member or element goes on a line of its own, one space deeper than its
// parent. (The test 'the diff as JSON is the text nlohmann's dump(1)
// gives' holds the two to the same bytes.)
void Line(std::string* out, int depth) {
  out->push_back('\n');
  out->append(depth, ' ');
}

// An amount in euros: a whole number without decimals, else the text
// nlohmann gives the double.
void AppendAmount(std::string* out, const std::optional<int64_t>& cents) {
  if (!cents) {
    out->append("null");
  } else if (*cents % 100 == 0) {
    out->append(std::to_string(*cents / 100));
  } else {
    out->append(Json(static_cast<double>(*cents) / 100.0).dump());
  }
}

void AppendKey(std::string* out, std::string_view key, int depth) {
  Line(out, depth);
  AppendJsonQuoted(out, key);
  out->append(": ");
}

// [oud, nieuw]: a value before and after, each written by its own function.
template <typename Oud, typename Nieuw>
void AppendPair(std::string* out, int depth, const Oud& oud, const Nieuw& nieuw) {
  out->push_back('[');
  Line(out, depth + 1);
  oud();
  out->push_back(',');
  Line(out, depth + 1);
  nieuw();
  Line(out, depth);
  out->push_back(']');
}

// An added or removed line: every column of BegrotingKolommen().
void AppendRegelObject(std::string* out, const BegrotingRegel& r, int depth) {
  out->push_back('{');
  const char* sep = "";
  const std::vector<std::string>& kolommen = BegrotingKolommen();
  for (size_t k = 0; k < kolommen.size(); ++k) {
    out->append(sep);
    sep = ",";
    AppendKey(out, kolommen[k], depth + 1);
    if (kolommen[k] == "jaar") {
      out->append(std::to_string(r.jaar));
    } else if (const std::optional<int64_t>* bedrag = AmountAt(r, k)) {
      AppendAmount(out, *bedrag);
    } else {
      AppendJsonQuoted(out, RegelVeldAt(r, k));
    }
  }
  Line(out, depth);
  out->push_back('}');
}

// A changed line: {"key": {jaar, id}, "changes": {veld: [oud, nieuw], ...}}.
void AppendWijzigingObject(std::string* out, const RegelWijziging& w, int depth) {
  out->push_back('{');
  AppendKey(out, "key", depth + 1);
  out->push_back('{');
  AppendKey(out, "jaar", depth + 2);
  out->append(std::to_string(w.jaar)).push_back(',');
  AppendKey(out, "id", depth + 2);
  AppendJsonQuoted(out, w.id);
  Line(out, depth + 1);
  out->append("},");
  AppendKey(out, "changes", depth + 1);
  if (w.velden.empty()) {
    out->append("{}");
  } else {
    out->push_back('{');
    const char* sep = "";
    for (const VeldWijziging& v : w.velden) {
      out->append(sep);
      sep = ",";
      AppendKey(out, v.veld, depth + 2);
      AppendPair(
          out, depth + 2,
          [&] { v.bedrag ? AppendAmount(out, v.oud_cents) : AppendJsonQuoted(out, v.oud); },
          [&] { v.bedrag ? AppendAmount(out, v.nieuw_cents) : AppendJsonQuoted(out, v.nieuw); });
    }
    Line(out, depth + 1);
    out->push_back('}');
  }
  Line(out, depth);
  out->push_back('}');
}

// A wijkkompas value: a double even when whole ("1200.0"), as nlohmann writes it.
void AppendKompasWaarde(std::string* out, const std::optional<double>& v) {
  out->append(v ? Json(*v).dump() : std::string("null"));
}

void AppendKompasSleutel(std::string* out, const KompasWijziging& w, int depth) {
  AppendKey(out, "gebied", depth);
  AppendJsonQuoted(out, w.gebied);
  out->push_back(',');
  AppendKey(out, "indicator", depth);
  AppendJsonQuoted(out, w.indicator);
  out->push_back(',');
  AppendKey(out, "jaar", depth);
  out->append(std::to_string(w.jaar));
}

// One kompas value: added or removed {gebied, indicator, jaar, waarde}; changed
// {"key": {gebied, indicator, jaar}, "changes": {"waarde": [oud, nieuw]}}.
void AppendKompasWijziging(std::string* out, const KompasWijziging& w, int depth) {
  out->push_back('{');
  if (w.actie == Actie::kGewijzigd) {
    AppendKey(out, "key", depth + 1);
    out->push_back('{');
    AppendKompasSleutel(out, w, depth + 2);
    Line(out, depth + 1);
    out->append("},");
    AppendKey(out, "changes", depth + 1);
    out->push_back('{');
    AppendKey(out, "waarde", depth + 2);
    AppendPair(
        out, depth + 2, [&] { AppendKompasWaarde(out, w.oud); },
        [&] { AppendKompasWaarde(out, w.nieuw); });
    Line(out, depth + 1);
    out->push_back('}');
  } else {
    AppendKompasSleutel(out, w, depth + 1);
    out->push_back(',');
    AppendKey(out, "waarde", depth + 1);
    AppendKompasWaarde(out, w.actie == Actie::kToegevoegd ? w.nieuw : w.oud);
  }
  Line(out, depth);
  out->push_back('}');
}

// {"added": [...], "removed": [...], "changed": [...]} of the wijkkompas.
void AppendKompas(std::string* out, const ModelDiff& diff, int depth) {
  out->push_back('{');
  const std::pair<const char*, Actie> soorten[] = {{"added", Actie::kToegevoegd},
                                                   {"removed", Actie::kVerwijderd},
                                                   {"changed", Actie::kGewijzigd}};
  for (const auto& [naam, actie] : soorten) {
    AppendKey(out, naam, depth + 1);
    out->push_back('[');
    const char* sep = "";
    for (const KompasWijziging& w : diff.kompas) {
      if (w.actie != actie) continue;
      out->append(sep);
      sep = ",";
      Line(out, depth + 2);
      AppendKompasWijziging(out, w, depth + 2);
    }
    if (*sep) Line(out, depth + 1);
    out->append(actie == Actie::kGewijzigd ? "]" : "],");
  }
  Line(out, depth);
  out->push_back('}');
}

// The member `key` of the top-level object: the changes of one kind, as
// dump(1) writes an array one level deep.
void AppendRegels(const ModelDiff& diff, Actie actie, const char* key, TextParts* parts) {
  std::string* out = parts->out();
  *out += std::string(" \"") + key + "\": [";
  bool first = true;
  for (const RegelWijziging& w : diff.regels) {
    if (w.actie != actie) continue;
    *out += first ? "\n  " : ",\n  ";
    first = false;
    if (actie == Actie::kGewijzigd) {
      AppendWijzigingObject(out, w, 2);
    } else {
      AppendRegelObject(out, actie == Actie::kToegevoegd ? *w.nieuw : *w.oud, 2);
    }
    parts->Mark();
  }
  *out += first ? "],\n" : "\n ],\n";
}

}  // namespace

// The same text as one Json tree dumped with dump(1), written a line at a
// time: the first publication's diff holds every line, and as one tree it
// took about a kilobyte per line (gigabytes at the benchmark's land scale).
std::string DiffJson(const ModelDiff& diff, const std::string& van, const std::string& naar,
                     const PartWriter* write) {
  TextParts parts(write);
  std::string& out = *parts.out();
  out += "{\n \"van\": " + Json(van).dump() + ",\n \"naar\": " + Json(naar).dump() + ",\n";
  AppendRegels(diff, Actie::kToegevoegd, "added", &parts);
  AppendRegels(diff, Actie::kVerwijderd, "removed", &parts);
  AppendRegels(diff, Actie::kGewijzigd, "changed", &parts);
  out += " \"kompas\": ";
  AppendKompas(&out, diff, 1);
  out += "\n}\n";
  return parts.Finish();
}

std::string DiffCsv(const ModelDiff& diff, const PartWriter* write) {
  TextParts parts(write);
  std::string& out = *parts.out();
  const std::string pijl = Pijl(diff);
  out += "@@";
  for (const std::string& k : BegrotingKolommen()) out += "," + k;
  out += "\n";
  for (const RegelWijziging& w : diff.regels) {
    parts.Mark();
    out += w.actie == Actie::kToegevoegd ? "+++" : w.actie == Actie::kVerwijderd ? "---" : pijl;
    const BegrotingRegel& r = w.nieuw ? *w.nieuw : *w.oud;
    const std::vector<std::string>& kolommen = BegrotingKolommen();
    for (size_t k = 0; k < kolommen.size(); ++k) {
      const VeldWijziging* changed = nullptr;
      for (const VeldWijziging& v : w.velden) {
        if (v.veld == kolommen[k]) changed = &v;
      }
      out.push_back(',');
      AppendCsvField(&out, changed ? changed->oud + pijl + changed->nieuw : RegelVeldAt(r, k));
    }
    out.push_back('\n');
  }
  return parts.Finish();
}

std::string KompasDiffCsv(const ModelDiff& diff) {
  std::string out = "@@,gebied,indicator,jaar,oud,nieuw\n";
  auto waarde = [&out](const std::optional<double>& v, int decimalen) {
    if (!v) return;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimalen, *v);
    out += buf;
  };
  for (const KompasWijziging& w : diff.kompas) {
    out += w.actie == Actie::kToegevoegd ? "+++" : w.actie == Actie::kVerwijderd ? "---" : "->";
    out += ",";
    AppendCsvField(&out, w.gebied);
    out += ",";
    AppendCsvField(&out, w.indicator);
    out += "," + std::to_string(w.jaar) + ",";
    waarde(w.oud, w.decimalen);
    out += ",";
    waarde(w.nieuw, w.decimalen);
    out += "\n";
  }
  return out;
}

std::string DiffText(const ModelDiff& diff) {
  std::string out;
  for (const RegelWijziging& w : diff.regels) {
    const BegrotingRegel& r = w.nieuw ? *w.nieuw : *w.oud;
    std::string head =
        std::to_string(w.jaar) + " " + w.id + "  " + r.omschrijving + " (" + r.gebied_code + ")";
    if (w.actie == Actie::kToegevoegd) {
      out += "+ " + head + ": begroot " + BedragTekst(r.begroot) + "\n";
    } else if (w.actie == Actie::kVerwijderd) {
      out += "- " + head + ": begroot " + BedragTekst(r.begroot) + "\n";
    } else {
      out += "~ " + head + "\n";
      for (const VeldWijziging& v : w.velden) {
        if (v.bedrag) {
          out += "    " + v.veld + ": " + BedragTekst(v.oud_cents) + " -> " +
                 BedragTekst(v.nieuw_cents) + " (" + VeldVerschilTekst(w, v) + ")\n";
        } else {
          out += "    " + v.veld + ": '" + v.oud + "' -> '" + v.nieuw + "'\n";
        }
      }
    }
  }
  for (const KompasWijziging& w : diff.kompas) {
    out += std::string(w.actie == Actie::kToegevoegd   ? "+"
                       : w.actie == Actie::kVerwijderd ? "-"
                                                       : "~") +
           " kompas " + w.gebied + " " + w.indicator + " " + std::to_string(w.jaar) + ": " +
           DecimalText(w.oud, w.decimalen) + " -> " + DecimalText(w.nieuw, w.decimalen) + "\n";
  }
  int kompas = static_cast<int>(diff.kompas.size());
  out += std::to_string(diff.toegevoegd) + " added, " + std::to_string(diff.verwijderd) +
         " removed, " + std::to_string(diff.gewijzigd) + " changed; " + std::to_string(kompas) +
         " kompas value" + (kompas == 1 ? "" : "s") + " changed\n";
  return out;
}

}  // namespace openwijk
