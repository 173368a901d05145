// A diff matches budget lines on jaar + id. Ids of another kind in the next
// revision (whole numbers where there were codes, or the other way round)
// mean the key itself was replaced: a diff would only say that every line was
// removed and another added, which hides what really changed.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "model/publicatie.h"

namespace openwijk {

namespace {

// What a spreadsheet writes for a number: digits, no leading zero.
bool IsGetal(const std::string& id) {
  if (id.empty() || id.size() > 18) return false;
  if (id.size() > 1 && id[0] == '0') return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct IdSoort {
  bool getallen = true;                       // every id is a whole number
  const BegrotingRegel* voorbeeld = nullptr;  // the first line of the year
};

IdSoort SoortVan(const Regels& regels) {
  IdSoort s;
  for (const BegrotingRegel& r : regels) {
    if (r.id.empty()) continue;  // BuildModel reported it
    if (!s.voorbeeld) s.voorbeeld = &r;
    if (!IsGetal(r.id)) {
      s.getallen = false;
      // A code is the better example of a year of codes.
      if (IsGetal(s.voorbeeld->id)) s.voorbeeld = &r;
    }
  }
  return s;
}

std::string SoortTekst(const IdSoort& s) {
  return (s.getallen ? "whole numbers (such as '" : "codes (such as '") + s.voorbeeld->id + "')";
}

// "0012" and "12": the same id once a spreadsheet took it for a number.
bool ZonderVoorloopnullen(const Regels& codes, const std::unordered_set<std::string>& getallen,
                          std::string* van, std::string* naar) {
  for (const BegrotingRegel& r : codes) {
    size_t first = r.id.find_first_not_of('0');
    if (first == 0 || first == std::string::npos) continue;
    std::string kort = r.id.substr(first);
    if (getallen.count(kort)) {
      *van = r.id;
      *naar = kort;
      return true;
    }
  }
  return false;
}

}  // namespace

void CheckSleutelSoort(const Model& oud, const std::string& oud_label, const Model& nieuw,
                       const std::string& nieuw_label, Diagnostics* diags,
                       const std::set<int>& gedeeld) {
  for (const auto& [jaar, regels] : nieuw.begroting) {
    auto it = oud.begroting.find(jaar);
    if (it == oud.begroting.end() || gedeeld.count(jaar)) continue;
    IdSoort was = SoortVan(it->second), wordt = SoortVan(regels);
    if (!was.voorbeeld || !wordt.voorbeeld || was.getallen == wordt.getallen) continue;
    std::unordered_set<std::string> oude_ids, nieuwe_ids;
    for (const BegrotingRegel& r : it->second) oude_ids.insert(r.id);
    bool een_gelijk = std::any_of(regels.begin(), regels.end(),
                                  [&](const BegrotingRegel& r) { return oude_ids.count(r.id); });
    if (een_gelijk) continue;  // a renamed line or two, not another key
    for (const BegrotingRegel& r : regels) nieuwe_ids.insert(r.id);
    std::string van, naar, hint;
    if (wordt.getallen && ZonderVoorloopnullen(it->second, nieuwe_ids, &van, &naar)) {
      hint = "; did a spreadsheet drop the leading zeros ('" + van + "' became '" + naar + "')?";
    }
    Position pos = wordt.voorbeeld->At(wordt.voorbeeld->id_column);
    pos.file = nieuw_label + ":" + pos.file;
    diags->Error(pos, "the line ids of " + std::to_string(jaar) + " are " + SoortTekst(wordt) +
                          ", but in '" + oud_label + "' they were " + SoortTekst(was) +
                          ", and no id is the same: a diff matches lines on jaar + id, so it "
                          "would compare nothing; keep the ids of '" +
                          oud_label + "'" + hint);
  }
}

}  // namespace openwijk
