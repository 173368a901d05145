// data/projecten.csv: projects paid from a begroting line.
#include "model/build.h"
#include "model/build_bestuur.h"
#include "util/number.h"
#include "util/text.h"

namespace openwijk {

namespace {

const std::vector<std::string> kColumns = {
    "id",     "gebied",    "titel",     "omschrijving", "begrotingsregel", "toegekend", "besteed",
    "status", "voortgang", "resultaat", "besluit",      "start",           "eind"};

std::optional<int64_t> Amount(const CsvTable& t, const CsvRow& row, int col, Diagnostics* diags) {
  std::string_view text = t.Field(row, col);
  if (text.empty()) return std::nullopt;
  int64_t cents = 0;
  std::string error;
  if (!ParseAmount(text, t.notation, &cents, &error)) {
    diags->Error(t.At(row, col), error);
    return std::nullopt;
  }
  return cents;
}

std::optional<double> Coordinate(const CsvTable& t, const CsvRow& row, int col, double lo,
                                 double hi, Diagnostics* diags) {
  std::string_view text = t.Field(row, col);
  if (text.empty()) return std::nullopt;
  double v = 0;
  int decimals = 0;
  std::string error;
  if (!ParseDecimal(text, t.notation, &v, &decimals, &error) || v < lo || v > hi) {
    diags->Error(t.At(row, col), "'" + std::string(text) + "' is not a coordinate between " +
                                     FormatNumber(lo, 0) + " and " + FormatNumber(hi, 0));
    return std::nullopt;
  }
  return v;
}

}  // namespace

void BuildProjecten(const LoadedFiles& files, Model* model, Diagnostics* diags) {
  const CsvTable* t = OptionalTable(files, "data/projecten.csv", kColumns, diags);
  if (!t) return;
  std::vector<int> c;
  for (const std::string& name : kColumns) c.push_back(t->Column(name));
  int c_jaar = t->Column("jaar"), c_lat = t->Column("lat"), c_lon = t->Column("lon");
  int c_toel = t->Column("toelichting"), c_bron = t->Column("bron");
  Bestuur& b = model->bestuur;
  for (const CsvRow& row : t->rows) {
    Project p;
    p.pos = t->At(row, -1);
    p.id = t->Field(row, c[0]);
    p.gebied_code = t->Field(row, c[1]);
    p.pos_gebied = t->At(row, c[1]);
    p.gebied = model->FindGebied(p.gebied_code);
    p.titel = t->Field(row, c[2]);
    p.omschrijving = t->Field(row, c[3]);
    p.begrotingsregel = t->Field(row, c[4]);
    p.pos_regel = t->At(row, c[4]);
    p.toegekend = Amount(*t, row, c[5], diags);
    p.besteed = Amount(*t, row, c[6], diags);
    p.status = t->Field(row, c[7]);
    if (!IsOneOf(p.status, kProjectStatussen)) {
      diags->Error(t->At(row, c[7]), "unknown status '" + p.status +
                                         "'; expected one of: " + OneOfText(kProjectStatussen));
    }
    std::string_view voortgang = t->Field(row, c[8]);
    int64_t v = 0;
    if (!voortgang.empty()) {
      if (ParseInt(voortgang, &v) && v <= 100) {
        p.voortgang = static_cast<int>(v);
      } else {
        diags->Error(t->At(row, c[8]), "voortgang '" + std::string(voortgang) +
                                           "' is not a whole number from 0 to 100");
      }
    }
    p.resultaat = t->Field(row, c[9]);
    p.besluit = t->Field(row, c[10]);
    p.pos_besluit = t->At(row, c[10]);
    p.start = DatumField(t->Field(row, c[11]), t->At(row, c[11]), diags);
    p.pos_start = t->At(row, c[11]);
    p.eind = DatumField(t->Field(row, c[12]), t->At(row, c[12]), diags);
    p.lat = Coordinate(*t, row, c_lat, -90, 90, diags);
    p.lon = Coordinate(*t, row, c_lon, -180, 180, diags);
    p.toelichting = t->Field(row, c_toel);
    p.bron = t->Field(row, c_bron);
    if (p.id.empty()) diags->Error(t->At(row, c[0]), "empty id");
    if (!p.start.empty() && !p.eind.empty() && p.eind < p.start) {
      diags->Error(t->At(row, c[12]), "eind " + p.eind + " is before start " + p.start);
    }
    if (p.toegekend && p.besteed && *p.besteed > *p.toegekend && Trim(p.toelichting).empty()) {
      diags->Error(t->At(row, c[6]), "besteed (" + FormatEuro(*p.besteed) +
                                         ") is more than toegekend (" + FormatEuro(*p.toegekend) +
                                         "); add a toelichting");
    }
    // The funding line is looked up in the begroting of `jaar`, else of the start year.
    std::string_view jaar = t->Field(row, c_jaar);
    int64_t y = 0;
    if (!jaar.empty()) {
      if (ParseInt(jaar, &y) && y >= 1900 && y <= 2200) {
        p.jaar = static_cast<int>(y);
      } else {
        diags->Error(t->At(row, c_jaar), "'" + std::string(jaar) + "' is not a year");
      }
    } else if (!p.start.empty()) {
      p.jaar = std::stoi(p.start.substr(0, 4));
    } else if (!p.begrotingsregel.empty() && t->Field(row, c[11]).empty()) {
      diags->Error(p.pos_regel, "project needs a jaar or a start date to find begrotingsregel '" +
                                    p.begrotingsregel + "'");
    }
    auto [it, inserted] = b.project_index.emplace(p.id, static_cast<int>(b.projecten.size()));
    if (!inserted) {
      diags->Error(p.pos, "duplicate project '" + p.id + "' (first on line " +
                              std::to_string(b.projecten[it->second].pos.line) + ")");
      continue;
    }
    b.projecten.push_back(std::move(p));
  }
}

}  // namespace openwijk
