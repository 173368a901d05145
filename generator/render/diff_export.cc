#include "render/diff_export.h"

#include <cmath>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "render/begroting_view.h"
#include "util/number.h"

namespace openwijk {

namespace {

using Json = nlohmann::ordered_json;

Json AmountJson(const std::optional<int64_t>& v) {
  if (!v) return nullptr;
  if (*v % 100 == 0) return *v / 100;
  return static_cast<double>(*v) / 100.0;
}

Json RegelJsonObject(const BegrotingRegel& r) {
  Json o;
  for (const std::string& k : BegrotingKolommen()) {
    if (k == "jaar") {
      o[k] = r.jaar;
    } else if (k == "begroot") {
      o[k] = AmountJson(r.begroot);
    } else if (k == "gewijzigd") {
      o[k] = AmountJson(r.gewijzigd);
    } else if (k == "realisatie") {
      o[k] = AmountJson(r.realisatie);
    } else {
      o[k] = RegelVeld(r, k);
    }
  }
  return o;
}

Json KompasValue(const std::optional<double>& v) {
  if (!v) return nullptr;
  return *v;
}

Json KompasJson(const ModelDiff& diff) {
  Json added = Json::array(), removed = Json::array(), changed = Json::array();
  for (const KompasWijziging& w : diff.kompas) {
    Json key;
    key["gebied"] = w.gebied;
    key["indicator"] = w.indicator;
    key["jaar"] = w.jaar;
    if (w.actie == Actie::kToegevoegd) {
      key["waarde"] = KompasValue(w.nieuw);
      added.push_back(key);
    } else if (w.actie == Actie::kVerwijderd) {
      key["waarde"] = KompasValue(w.oud);
      removed.push_back(key);
    } else {
      Json c;
      c["key"] = key;
      c["changes"]["waarde"] = Json::array({KompasValue(w.oud), KompasValue(w.nieuw)});
      changed.push_back(std::move(c));
    }
  }
  Json out;
  out["added"] = std::move(added);
  out["removed"] = std::move(removed);
  out["changed"] = std::move(changed);
  return out;
}

std::string DecimalText(const std::optional<double>& v, int decimalen) {
  return v ? FormatNumber(*v, decimalen) : std::string("niet bekend");
}

const char* ActieTeken(Actie a) {
  return a == Actie::kToegevoegd ? "+++" : a == Actie::kVerwijderd ? "---" : "->";
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
                        : std::string(" (") + (d > 0 ? "+" : "\u2212") + FormatPercent(pct) + ")";
  }
  return out;
}

namespace {

Json RegelWijzigingJson(const RegelWijziging& w) {
  if (w.actie == Actie::kToegevoegd) return RegelJsonObject(*w.nieuw);
  if (w.actie == Actie::kVerwijderd) return RegelJsonObject(*w.oud);
  Json c;
  c["key"]["jaar"] = w.jaar;
  c["key"]["id"] = w.id;
  c["changes"] = Json::object();
  for (const VeldWijziging& v : w.velden) {
    if (v.bedrag) {
      c["changes"][v.veld] = Json::array({AmountJson(v.oud_cents), AmountJson(v.nieuw_cents)});
    } else {
      c["changes"][v.veld] = Json::array({v.oud, v.nieuw});
    }
  }
  return c;
}

// `json` as dump(1) writes it `depth` levels deep: JSON text has no raw
// newlines inside its strings, so each line break gains the indent.
void AppendIndented(const Json& json, int depth, std::string* out) {
  std::string indent = "\n" + std::string(depth, ' ');
  for (char c : json.dump(1)) {
    if (c == '\n') {
      *out += indent;
    } else {
      *out += c;
    }
  }
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
    AppendIndented(RegelWijzigingJson(w), 2, out);
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
  AppendIndented(KompasJson(diff), 1, &out);
  out += "\n}\n";
  return parts.Finish();
}

std::string DiffCsv(const ModelDiff& diff, const PartWriter* write) {
  TextParts parts(write);
  std::string& out = *parts.out();
  out += "@@";
  for (const std::string& k : BegrotingKolommen()) out += "," + k;
  out += "\n";
  for (const RegelWijziging& w : diff.regels) {
    parts.Mark();
    out += ActieTeken(w.actie);
    const BegrotingRegel& r = w.nieuw ? *w.nieuw : *w.oud;
    for (const std::string& k : BegrotingKolommen()) {
      std::string cell = RegelVeld(r, k);
      for (const VeldWijziging& v : w.velden) {
        if (v.veld == k) cell = v.oud + "->" + v.nieuw;
      }
      out += "," + CsvField(cell);
    }
    out += "\n";
  }
  return parts.Finish();
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
                 BedragTekst(v.nieuw_cents) + " (" + VerschilTekst(v.oud_cents, v.nieuw_cents) +
                 ")\n";
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
