// Decisions, projects, zeggenschap, meetings and wijkagenda's: every id they
// name must exist (areas, bodies, begroting lines, decisions, agenda items),
// and a decision should not postdate the project it funds.
#include <algorithm>

#include "util/text.h"
#include "validate/validate.h"

namespace openwijk {

namespace {

std::string UnknownGebied(const Model& m, const std::string& code) {
  std::vector<std::string> codes;
  for (const Gebied& g : m.gebieden) codes.push_back(g.code);
  std::string hint = ClosestMatch(code, codes);
  return "unknown gebied '" + code + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?");
}

bool RegelExists(const Model& m, int jaar, const std::string& id) {
  auto it = m.begroting.find(jaar);
  if (it == m.begroting.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [&](const BegrotingRegel& r) { return r.id == id; });
}

void ValidateBesluiten(const Model& m, Diagnostics* diags) {
  const Bestuur& b = m.bestuur;
  for (const Besluit& s : b.besluiten) {
    if (s.orgaan < 0) diags->Error(s.pos_orgaan, "unknown orgaan '" + s.orgaan_id + "'");
    for (size_t i = 0; i < s.gebieden.size(); ++i) {
      if (s.gebieden[i] < 0) diags->Error(s.pos_gebieden, UnknownGebied(m, s.gebied_codes[i]));
    }
    if (s.vergadering_id.empty()) continue;
    if (s.vergadering < 0) {
      diags->Error(s.pos_vergadering, "unknown vergadering '" + s.vergadering_id + "'");
    } else if (!s.agendapunt.empty() && !b.FindPunt(b.vergaderingen[s.vergadering], s.agendapunt)) {
      diags->Error(s.pos_agendapunt, "vergadering '" + s.vergadering_id + "' has no agenda item '" +
                                         s.agendapunt + "'");
    }
  }
  for (const auto& [jaar, regels] : m.begroting) {
    for (const BegrotingRegel& r : regels) {
      if (!r.besluit.empty() && !b.FindBesluit(r.besluit)) {
        diags->Error(r.At(r.besluit_column), "unknown besluit '" + r.besluit + "'");
      }
    }
  }
}

void ValidateProjecten(const Model& m, Diagnostics* diags) {
  const Bestuur& b = m.bestuur;
  for (const Project& p : b.projecten) {
    if (p.gebied < 0) diags->Error(p.pos_gebied, UnknownGebied(m, p.gebied_code));
    if (!p.begrotingsregel.empty() && p.jaar > 0 && p.regel < 0) {
      diags->Error(p.pos_regel, "unknown begrotingsregel '" + p.begrotingsregel +
                                    "' in the begroting of " + std::to_string(p.jaar));
    }
    if (p.besluit.empty()) continue;
    if (p.besluit_index < 0) {
      diags->Error(p.pos_besluit, "unknown besluit '" + p.besluit + "'");
      continue;
    }
    const Besluit& s = b.besluiten[p.besluit_index];
    if (!p.start.empty() && !s.datum.empty() && s.datum > p.start) {
      diags->Warning(p.pos_besluit, "besluit '" + s.id + "' is dated " + s.datum +
                                        ", after project '" + p.id + "' started (" + p.start + ")");
    }
  }
}

void ValidateZeggenschap(const Model& m, Diagnostics* diags) {
  for (const Zeggenschap& z : m.bestuur.zeggenschap) {
    if (z.gebied < 0) diags->Error(z.pos_gebied, UnknownGebied(m, z.gebied_code));
    for (size_t i = 0; i < z.organen.size(); ++i) {
      if (z.organen_index[i] < 0)
        diags->Error(z.pos_organen, "unknown orgaan '" + z.organen[i] + "'");
    }
  }
}

void ValidateVergaderingen(const Model& m, Diagnostics* diags) {
  for (const Vergadering& v : m.bestuur.vergaderingen) {
    if (v.orgaan < 0 && !v.orgaan_id.empty()) {
      diags->Error(v.pos_orgaan, "unknown orgaan '" + v.orgaan_id + "'");
    }
    for (const AgendaSectie& s : v.secties) {
      for (const Agendapunt& p : s.punten) {
        for (size_t i = 0; i < p.gebieden.size(); ++i) {
          if (p.gebieden[i] < 0) {
            diags->Error(p.gebied_pos[i],
                         "agenda item " + p.nummer + ": " + UnknownGebied(m, p.gebied_codes[i]));
          }
        }
      }
    }
  }
}

void ValidateWijkagendas(const Model& m, Diagnostics* diags) {
  for (const Wijkagenda& w : m.bestuur.wijkagendas) {
    for (const WijkagendaItem& item : w.items) {
      for (size_t i = 0; i < item.begrotingsregels.size(); ++i) {
        if (item.jaar > 0 && !RegelExists(m, item.jaar, item.begrotingsregels[i])) {
          diags->Error(item.regel_pos[i], "unknown begrotingsregel '" + item.begrotingsregels[i] +
                                              "' in the begroting of " + std::to_string(item.jaar));
        }
      }
      for (size_t i = 0; i < item.projecten.size(); ++i) {
        if (!m.bestuur.project_index.count(item.projecten[i])) {
          diags->Error(item.project_pos[i], "unknown project '" + item.projecten[i] + "'");
        }
      }
    }
  }
}

}  // namespace

void ValidateBestuur(const Model& model, Diagnostics* diags) {
  ValidateBesluiten(model, diags);
  ValidateProjecten(model, diags);
  ValidateZeggenschap(model, diags);
  ValidateVergaderingen(model, diags);
  ValidateWijkagendas(model, diags);
}

}  // namespace openwijk
