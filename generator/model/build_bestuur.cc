// data/organen.csv, data/besluiten.csv and data/zeggenschap.csv.
#include "model/build_bestuur.h"

#include <algorithm>

#include "model/build.h"
#include "util/datum.h"
#include "util/number.h"
#include "util/text.h"

namespace openwijk {

const std::vector<std::string> kOrgaanSoorten = {"gemeenteraad",
                                                 "commissie",
                                                 "college",
                                                 "wijkwethouder",
                                                 "gebiedsteam",
                                                 "wijkteam",
                                                 "bewonersorganisatie",
                                                 "cooperatieve-wijkraad",
                                                 "wijkpanel",
                                                 "bewonersstemming"};
const std::vector<std::string> kProjectStatussen = {"idee", "besloten", "in uitvoering", "afgerond",
                                                    "gestopt"};
const std::vector<std::string> kVergaderingStatussen = {"gepland", "afgelast", "geweest"};
const std::vector<std::string> kWijkagendaStatussen = {"concept", "vastgesteld", "in uitvoering",
                                                       "afgerond"};

std::string ArchetypeNaam(int archetype) {
  switch (archetype) {
    case 1:
      return "adviseren en inspreken";
    case 2:
      return "aanjagen en initiëren";
    case 3:
      return "verdelen en besluiten";
    default:
      return "";
  }
}

std::string OrgaanSoortLabel(const std::string& soort) {
  return soort == "cooperatieve-wijkraad" ? "coöperatieve wijkraad" : soort;
}

const Orgaan* Bestuur::FindOrgaan(const std::string& id) const {
  auto it = orgaan_index.find(id);
  return it == orgaan_index.end() ? nullptr : &organen[it->second];
}

const Besluit* Bestuur::FindBesluit(const std::string& id) const {
  auto it = besluit_index.find(id);
  return it == besluit_index.end() ? nullptr : &besluiten[it->second];
}

const Agendapunt* Bestuur::FindPunt(const Vergadering& v, const std::string& nummer) const {
  for (const AgendaSectie& s : v.secties) {
    for (const Agendapunt& p : s.punten) {
      if (p.nummer == nummer) return &p;
    }
  }
  return nullptr;
}

const CsvTable* OptionalTable(const LoadedFiles& files, const std::string& path,
                              const std::vector<std::string>& columns, Diagnostics* diags) {
  auto it = files.tables.find(path);
  if (it == files.tables.end()) return nullptr;
  if (!RequireColumns(*it->second, columns, diags)) return nullptr;
  return it->second.get();
}

std::string OneOfText(const std::vector<std::string>& allowed) {
  std::string out;
  for (size_t i = 0; i < allowed.size(); ++i) {
    if (i > 0) out += i + 1 == allowed.size() ? " or " : ", ";
    out += allowed[i];
  }
  return out;
}

bool IsOneOf(const std::string& value, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

std::string BadDatumMessage(const std::string& text) {
  return "'" + text + "' is not a valid date (JJJJ-MM-DD)";
}

std::string DatumField(std::string_view text, const Position& pos, Diagnostics* diags) {
  if (text.empty() || IsValidDatum(text)) return std::string(text);
  diags->Error(pos, BadDatumMessage(std::string(text)));
  return "";
}

std::optional<int> CountField(std::string_view text, const Position& pos, const char* name,
                              Diagnostics* diags) {
  if (text.empty()) return std::nullopt;
  int64_t v = 0;
  if (!ParseInt(text, &v) || v > 1000000) {
    diags->Error(pos, std::string(name) + " '" + std::string(text) + "' is not a whole number");
    return std::nullopt;
  }
  return static_cast<int>(v);
}

namespace {

std::vector<std::string> Codes(std::string_view text) {
  std::vector<std::string> out;
  for (const std::string& c : Split(text, ' ')) {
    if (!c.empty()) out.push_back(c);
  }
  return out;
}

}  // namespace

void BuildOrganen(const LoadedFiles& files, Model* model, Diagnostics* diags) {
  const CsvTable* t = OptionalTable(files, "data/organen.csv", {"id", "naam", "soort"}, diags);
  if (!t) return;
  Bestuur& b = model->bestuur;
  int c_id = t->Column("id"), c_naam = t->Column("naam"), c_soort = t->Column("soort");
  for (const CsvRow& row : t->rows) {
    Orgaan o{std::string(t->Field(row, c_id)), std::string(t->Field(row, c_naam)),
             std::string(t->Field(row, c_soort)), t->At(row, -1)};
    if (o.id.empty()) diags->Error(t->At(row, c_id), "empty id");
    if (!IsOneOf(o.soort, kOrgaanSoorten)) {
      diags->Error(t->At(row, c_soort), "unknown soort '" + o.soort +
                                            "'; expected one of: " + OneOfText(kOrgaanSoorten));
    }
    auto [it, inserted] = b.orgaan_index.emplace(o.id, static_cast<int>(b.organen.size()));
    if (!inserted) {
      diags->Error(o.pos, "duplicate orgaan '" + o.id + "' (first on line " +
                              std::to_string(b.organen[it->second].pos.line) + ")");
      continue;
    }
    b.organen.push_back(std::move(o));
  }
}

void BuildBesluiten(const LoadedFiles& files, Model* model, Diagnostics* diags) {
  const CsvTable* t = OptionalTable(files, "data/besluiten.csv",
                                    {"id", "datum", "orgaan", "titel", "uitkomst"}, diags);
  if (!t) return;
  Bestuur& b = model->bestuur;
  int c_id = t->Column("id"), c_datum = t->Column("datum"), c_orgaan = t->Column("orgaan");
  int c_titel = t->Column("titel"), c_uitkomst = t->Column("uitkomst");
  int c_voor = t->Column("voor"), c_tegen = t->Column("tegen"), c_ont = t->Column("onthouding");
  int c_verg = t->Column("vergadering"), c_punt = t->Column("agendapunt");
  int c_doc = t->Column("document"), c_geb = t->Column("gebieden"), c_bron = t->Column("bron");
  for (const CsvRow& row : t->rows) {
    Besluit s;
    s.pos = t->At(row, -1);
    s.id = t->Field(row, c_id);
    s.datum = DatumField(t->Field(row, c_datum), t->At(row, c_datum), diags);
    if (t->Field(row, c_datum).empty()) diags->Error(t->At(row, c_datum), "empty datum");
    s.orgaan_id = t->Field(row, c_orgaan);
    s.pos_orgaan = t->At(row, c_orgaan);
    s.titel = t->Field(row, c_titel);
    s.uitkomst = t->Field(row, c_uitkomst);
    s.voor = CountField(t->Field(row, c_voor), t->At(row, c_voor), "voor", diags);
    s.tegen = CountField(t->Field(row, c_tegen), t->At(row, c_tegen), "tegen", diags);
    s.onthouding = CountField(t->Field(row, c_ont), t->At(row, c_ont), "onthouding", diags);
    s.vergadering_id = t->Field(row, c_verg);
    s.pos_vergadering = c_verg >= 0 ? t->At(row, c_verg) : s.pos;
    s.agendapunt = t->Field(row, c_punt);
    s.pos_agendapunt = c_punt >= 0 ? t->At(row, c_punt) : s.pos;
    s.document = t->Field(row, c_doc);
    s.gebied_codes = Codes(t->Field(row, c_geb));
    s.pos_gebieden = c_geb >= 0 ? t->At(row, c_geb) : s.pos;
    s.bron = t->Field(row, c_bron);
    if (s.id.empty()) diags->Error(t->At(row, c_id), "empty id");
    if (!s.agendapunt.empty() && s.vergadering_id.empty()) {
      diags->Error(s.pos_agendapunt, "agendapunt without a vergadering");
    }
    for (const std::string& code : s.gebied_codes) s.gebieden.push_back(model->FindGebied(code));
    auto [it, inserted] = b.besluit_index.emplace(s.id, static_cast<int>(b.besluiten.size()));
    if (!inserted) {
      diags->Error(s.pos, "duplicate besluit '" + s.id + "' (first on line " +
                              std::to_string(b.besluiten[it->second].pos.line) + ")");
      continue;
    }
    b.besluiten.push_back(std::move(s));
  }
}

void BuildZeggenschap(const LoadedFiles& files, Model* model, Diagnostics* diags) {
  const CsvTable* t = OptionalTable(files, "data/zeggenschap.csv",
                                    {"gebied", "thema", "archetype", "sinds", "afspraken"}, diags);
  if (!t) return;
  int c_geb = t->Column("gebied"), c_thema = t->Column("thema"), c_arch = t->Column("archetype");
  int c_sinds = t->Column("sinds"), c_afs = t->Column("afspraken"), c_org = t->Column("organen");
  int c_bron = t->Column("bron");
  for (const CsvRow& row : t->rows) {
    Zeggenschap z;
    z.pos = t->At(row, -1);
    z.gebied_code = t->Field(row, c_geb);
    z.pos_gebied = t->At(row, c_geb);
    z.gebied = model->FindGebied(z.gebied_code);
    z.thema = t->Field(row, c_thema);
    std::string_view arch = t->Field(row, c_arch);
    if (arch == "1" || arch == "2" || arch == "3") {
      z.archetype = arch[0] - '0';
    } else {
      diags->Error(t->At(row, c_arch), "archetype '" + std::string(arch) +
                                           "' is not 1, 2 or 3 (1 adviseren en inspreken, "
                                           "2 aanjagen en initiëren, 3 verdelen en besluiten)");
    }
    z.sinds = DatumField(t->Field(row, c_sinds), t->At(row, c_sinds), diags);
    z.afspraken = t->Field(row, c_afs);
    z.organen = Codes(t->Field(row, c_org));
    z.pos_organen = c_org >= 0 ? t->At(row, c_org) : z.pos;
    z.bron = t->Field(row, c_bron);
    if (z.thema.empty()) diags->Error(t->At(row, c_thema), "empty thema");
    model->bestuur.zeggenschap.push_back(std::move(z));
  }
}

namespace {

// Resolves ids to indices once every table is read; what stays -1 is
// reported by validate/bestuur.cc.
void Link(Model* model) {
  Bestuur& b = model->bestuur;
  auto index = [](const std::map<std::string, int>& m, const std::string& id) {
    auto it = m.find(id);
    return it == m.end() ? -1 : it->second;
  };
  for (Besluit& s : b.besluiten) {
    s.orgaan = index(b.orgaan_index, s.orgaan_id);
    s.vergadering = index(b.vergadering_index, s.vergadering_id);
  }
  for (Project& p : b.projecten) {
    p.besluit_index = index(b.besluit_index, p.besluit);
    auto year = model->begroting.find(p.jaar);
    if (year == model->begroting.end() || p.begrotingsregel.empty()) continue;
    for (size_t i = 0; i < year->second.size(); ++i) {
      if (year->second[i].id == p.begrotingsregel) p.regel = static_cast<int>(i);
    }
  }
  for (Zeggenschap& z : b.zeggenschap) {
    for (const std::string& id : z.organen) z.organen_index.push_back(index(b.orgaan_index, id));
  }
  for (Vergadering& v : b.vergaderingen) v.orgaan = index(b.orgaan_index, v.orgaan_id);
}

}  // namespace

void BuildBestuur(const LoadedFiles& files, Model* model, Diagnostics* diags) {
  BuildOrganen(files, model, diags);
  BuildBesluiten(files, model, diags);
  BuildProjecten(files, model, diags);
  BuildZeggenschap(files, model, diags);
  BuildVergaderingen(files, model, diags);
  BuildWijkagendas(files, model, diags);
  Link(model);
}

}  // namespace openwijk
