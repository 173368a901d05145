// data/vergaderingen/<datum>-<slug>.json: one council meeting per file, its
// agenda in secties (A algemeen, B inhoud, C huishoudelijk, ...).
#include <algorithm>
#include <map>

#include "load/json_text.h"
#include "model/build.h"
#include "model/build_bestuur.h"
#include "util/datum.h"
#include "util/path.h"
#include "util/text.h"

namespace openwijk {

namespace {

using nlohmann::json;

// Positions in the JSON text: nlohmann keeps none, so keys are found in the
// text in document order (the n-th "nummer" key is the n-th agenda item).
class Locator {
 public:
  Locator(const std::string& file, const std::string* text) : file_(file), text_(text) {}

  Position At(size_t offset) const {
    Position p{file_, 0, 0};
    if (text_ && offset != std::string::npos)
      OffsetToLineColumn(*text_, offset, &p.line, &p.column);
    return p;
  }
  // Offset of `"key"` at or after `from`, or npos.
  size_t Find(const std::string& quoted, size_t from) const {
    if (!text_ || from == std::string::npos) return std::string::npos;
    return text_->find(quoted, from);
  }
  Position Key(const std::string& key) const { return At(Find("\"" + key + "\"", 0)); }

 private:
  std::string file_;
  const std::string* text_;
};

// A string member; "" when absent. A non-string is reported.
std::string Str(const json& obj, const char* key, const Position& pos, Diagnostics* diags) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return "";
  if (!it->is_string()) {
    diags->Error(pos, std::string("'") + key + "' must be a text");
    return "";
  }
  return it->get<std::string>();
}

std::string Required(const json& obj, const char* key, const Locator& loc, const Position& where,
                     Diagnostics* diags) {
  Position pos = loc.Key(key);
  if (!obj.contains(key)) {
    diags->Error(where, std::string("missing required key '") + key + "'");
    return "";
  }
  return Str(obj, key, pos, diags);
}

void ReadPunt(const json& j, const std::string& sectie, const Locator& loc, size_t* cursor,
              Vergadering* v, std::map<std::string, int>* seen, Diagnostics* diags) {
  Agendapunt p;
  size_t at = loc.Find("\"nummer\"", *cursor);
  if (at != std::string::npos) *cursor = at + 1;
  p.pos = loc.At(at);
  if (!j.is_object()) {
    diags->Error(p.pos, "an agenda item must be an object");
    return;
  }
  auto nr = j.find("nummer");
  if (nr == j.end()) {
    diags->Error(p.pos, "agenda item without 'nummer' in sectie " + sectie);
  } else if (nr->is_number_unsigned()) {
    p.nummer = sectie + "." + std::to_string(nr->get<uint64_t>());  // 2 in sectie B is B.2
  } else if (nr->is_string()) {
    p.nummer = nr->get<std::string>();
  } else {
    diags->Error(p.pos, "'nummer' must be a text (\"B.2\") or a whole number");
  }
  p.titel = Str(j, "titel", p.pos, diags);
  p.omschrijving = Str(j, "omschrijving", p.pos, diags);
  if (p.titel.empty()) diags->Error(p.pos, "agenda item " + p.nummer + " has no titel");
  if (j.contains("gebieden")) {
    const json& g = j["gebieden"];
    if (!g.is_array()) diags->Error(p.pos, "'gebieden' must be a list of area codes");
    for (const json& code : g.is_array() ? g : json::array()) {
      if (!code.is_string()) {
        diags->Error(p.pos, "'gebieden' must be a list of area codes");
        continue;
      }
      std::string c = code.get<std::string>();
      size_t cpos = loc.Find("\"" + c + "\"", at);
      p.gebied_codes.push_back(c);
      p.gebied_pos.push_back(cpos == std::string::npos ? p.pos : loc.At(cpos));
      p.gebieden.push_back(-1);  // resolved below
    }
  }
  if (j.contains("documenten")) {
    const json& docs = j["documenten"];
    for (const json& d : docs.is_array() ? docs : json::array()) {
      if (!d.is_object()) continue;
      AgendaDocument doc{Str(d, "titel", p.pos, diags), Str(d, "url", p.pos, diags)};
      if (doc.url.empty() || !(StartsWith(doc.url, "https://") || StartsWith(doc.url, "http://"))) {
        diags->Error(p.pos, "document '" + doc.titel + "' needs an http(s) url");
        continue;
      }
      p.documenten.push_back(std::move(doc));
    }
    if (!docs.is_array()) diags->Error(p.pos, "'documenten' must be a list");
  }
  auto sp = j.find("spreekrecht");
  if (sp != j.end()) {
    if (sp->is_boolean()) {
      p.spreekrecht = sp->get<bool>();
    } else {
      diags->Error(p.pos, "'spreekrecht' must be true or false");
    }
  }
  if (!p.nummer.empty()) {
    auto [it, inserted] = seen->emplace(p.nummer, p.pos.line);
    if (!inserted) {
      diags->Error(p.pos, "duplicate agenda item number '" + p.nummer + "' (first on line " +
                              std::to_string(it->second) + ")");
    }
  }
  v->secties.back().punten.push_back(std::move(p));
}

void ReadVergadering(const std::string& path, const json& j, const std::string* text, Model* model,
                     Diagnostics* diags) {
  Locator loc(path, text);
  Position file_pos{path, 1, 1};
  std::string stem = StemOf(path);
  if (!(stem.size() > 11 && IsValidDatum(stem.substr(0, 10)) && stem[10] == '-')) {
    diags->Error({path, 0, 0},
                 "meeting files are named <datum>-<naam>.json, for example "
                 "2025-03-12-gemeenteraad.json");
    return;
  }
  if (!j.is_object()) {
    diags->Error(file_pos, "a meeting file holds one JSON object");
    return;
  }
  Vergadering v;
  v.id = stem;
  v.pos = file_pos;
  v.orgaan_id = Required(j, "orgaan", loc, file_pos, diags);
  v.pos_orgaan = loc.Key("orgaan");
  v.start = Required(j, "start", loc, file_pos, diags);
  v.eind = Str(j, "eind", loc.Key("eind"), diags);
  v.locatie = Str(j, "locatie", loc.Key("locatie"), diags);
  v.voorzitter = Str(j, "voorzitter", loc.Key("voorzitter"), diags);
  v.status = Required(j, "status", loc, file_pos, diags);
  v.bron = Str(j, "bron", loc.Key("bron"), diags);
  if (!v.start.empty()) {
    if (ParseDateTime(v.start, &v.start_utc, &v.offset_minutes)) {
      v.datum = LocalDatum(v.start_utc, v.offset_minutes);
      if (v.datum != stem.substr(0, 10)) {
        diags->Error(loc.Key("start"), "start " + v.start +
                                           " is not on the date in the file name (" +
                                           stem.substr(0, 10) + ")");
      }
    } else {
      diags->Error(loc.Key("start"),
                   "'" + v.start + "' is not a date and time like 2025-03-12T19:30:00+01:00");
    }
  }
  int eind_offset = 0;
  if (v.eind.empty()) {
    v.eind_utc = v.start_utc + 3 * 3600;  // a council evening, when no end is given
  } else if (!ParseDateTime(v.eind, &v.eind_utc, &eind_offset)) {
    diags->Error(loc.Key("eind"),
                 "'" + v.eind + "' is not a date and time like 2025-03-12T23:00:00+01:00");
  } else if (v.eind_utc < v.start_utc) {
    diags->Error(loc.Key("eind"), "eind " + v.eind + " is before start " + v.start);
  }
  if (!v.status.empty() && !IsOneOf(v.status, kVergaderingStatussen)) {
    diags->Error(loc.Key("status"), "unknown status '" + v.status +
                                        "'; expected one of: " + OneOfText(kVergaderingStatussen));
  }
  std::map<std::string, int> seen;
  size_t cursor = 0;
  const json secties = j.contains("secties") ? j["secties"] : json::array();
  if (!secties.is_array()) diags->Error(loc.Key("secties"), "'secties' must be a list");
  for (const json& s : secties.is_array() ? secties : json::array()) {
    if (!s.is_object()) {
      diags->Error(loc.Key("secties"), "a sectie must be an object with code, titel and punten");
      continue;
    }
    AgendaSectie sectie;
    sectie.code = Str(s, "code", loc.Key("secties"), diags);
    sectie.titel = Str(s, "titel", loc.Key("secties"), diags);
    if (sectie.code.empty()) diags->Error(loc.Key("secties"), "sectie without a code (A, B, C)");
    v.secties.push_back(sectie);
    const json punten = s.contains("punten") ? s["punten"] : json::array();
    for (const json& p : punten.is_array() ? punten : json::array()) {
      ReadPunt(p, sectie.code, loc, &cursor, &v, &seen, diags);
    }
  }
  for (AgendaSectie& s : v.secties) {
    for (Agendapunt& p : s.punten) {
      for (size_t i = 0; i < p.gebied_codes.size(); ++i)
        p.gebieden[i] = model->FindGebied(p.gebied_codes[i]);
    }
  }
  model->bestuur.vergaderingen.push_back(std::move(v));
}

}  // namespace

void BuildVergaderingen(const LoadedFiles& files, Model* model, Diagnostics* diags) {
  Bestuur& b = model->bestuur;
  for (const auto& [path, j] : files.json_files) {
    if (!StartsWith(path, "data/vergaderingen/")) continue;
    if (path.find('/', 19) != std::string::npos) continue;
    auto text = files.json_texts.find(path);
    ReadVergadering(path, *j, text == files.json_texts.end() ? nullptr : text->second.get(), model,
                    diags);
  }
  std::stable_sort(b.vergaderingen.begin(), b.vergaderingen.end(),
                   [](const Vergadering& a, const Vergadering& c) {
                     return std::tie(a.start_utc, a.id) < std::tie(c.start_utc, c.id);
                   });
  for (size_t i = 0; i < b.vergaderingen.size(); ++i)
    b.vergadering_index[b.vergaderingen[i].id] = static_cast<int>(i);
}

}  // namespace openwijk
