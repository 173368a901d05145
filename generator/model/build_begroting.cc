// data/iv3/taakvelden.csv and data/begroting/<jaar>.csv -> the begroting.
#include <algorithm>

#include "model/build.h"
#include "util/parallel.h"
#include "util/path.h"
#include "util/text.h"

namespace openwijk {

namespace {

const std::vector<std::string> kBegrotingColumns = {
    "id",      "gebied",    "programma",  "taakveld",  "omschrijving", "soort",
    "begroot", "gewijzigd", "realisatie", "financier", "bron"};

std::optional<int64_t> Amount(const CsvTable& t, const CsvRow& row, int col, Diagnostics* diags) {
  std::string_view text = t.Field(row, col);
  if (text.empty()) return std::nullopt;  // not known (yet); never zero
  int64_t cents = 0;
  std::string error;
  if (!ParseAmount(text, t.notation, &cents, &error)) {
    diags->Error(t.At(row, col), error);
    return std::nullopt;
  }
  return cents;
}

// False when a required column is missing (and nothing was read).
bool ReadYear(const CsvTable& t, int jaar, Model* model, Diagnostics* diags, RegelPool* pool) {
  if (!RequireColumns(t, kBegrotingColumns, diags)) return false;
  std::vector<int> c;
  for (const std::string& name : kBegrotingColumns) c.push_back(t.Column(name));
  int c_besluit = t.Column("besluit");
  Regels& regels = model->begroting.at(jaar);  // made before the years are read side by side
  regels.reserve(regels.size() + t.rows.size());
  SharedTextPool texts;
  for (const CsvRow& row : t.rows) {
    BegrotingRegel r;
    r.jaar = jaar;
    r.pos = t.At(row, -1);
    r.id = t.Field(row, c[0]);
    r.gebied_code = t.Field(row, c[1]);
    r.programma = texts.Get(t.Field(row, c[2]));
    r.taakveld = texts.Get(t.Field(row, c[3]));
    r.omschrijving = t.Field(row, c[4]);
    std::string_view soort = t.Field(row, c[5]);
    if (soort == "lasten") {
      r.soort = Soort::kLasten;
    } else if (soort == "baten") {
      r.soort = Soort::kBaten;
    } else {
      diags->Error(t.At(row, c[5]),
                   "unknown soort '" + std::string(soort) + "'; expected lasten or baten");
    }
    r.begroot = Amount(t, row, c[6], diags);
    r.gewijzigd = Amount(t, row, c[7], diags);
    r.realisatie = Amount(t, row, c[8], diags);
    r.financier = texts.Get(t.Field(row, c[9]));
    r.bron = texts.Get(t.Field(row, c[10]));
    r.besluit = texts.Get(t.Field(row, c_besluit));
    if (r.id.empty()) diags->Error(t.At(row, c[0]), "empty id");
    if (r.bron.empty()) diags->Error(t.At(row, c[10]), "empty bron: every number needs a source");
    r.gebied = model->FindGebied(r.gebied_code);
    if (pool) {
      regels.push_back(pool->Share(jaar, regels.size(), std::move(r)));
    } else {
      regels.push_back(std::move(r));
    }
  }
  return true;
}

}  // namespace

void BuildTaakvelden(const LoadedFiles& files, Model* model, Diagnostics* diags) {
  const CsvTable* t =
      RequireTable(files, "data/iv3/taakvelden.csv", {"code", "naam", "jaren"}, diags);
  if (!t) return;
  int c_code = t->Column("code"), c_naam = t->Column("naam"), c_jaren = t->Column("jaren");
  for (const CsvRow& row : t->rows) {
    Taakveld tv{std::string(t->Field(row, c_code)), std::string(t->Field(row, c_naam)), {}};
    for (const std::string& y : Split(t->Field(row, c_jaren), ' ')) {
      int64_t jaar = 0;
      if (y.empty()) continue;
      if (!ParseInt(y, &jaar) || jaar < 1900 || jaar > 2200) {
        diags->Error(t->At(row, c_jaren), "'" + y + "' is not a year");
        continue;
      }
      tv.jaren.push_back(static_cast<int>(jaar));
    }
    // A code may return in a later scheme with a new meaning, but only once per year.
    for (int jaar : tv.jaren) {
      if (model->FindTaakveld(tv.code, jaar)) {
        diags->Error(
            t->At(row, c_code),
            "taakveld '" + tv.code + "' appears twice in the scheme of " + std::to_string(jaar));
      }
    }
    model->taakveld_index.emplace(tv.code, static_cast<int>(model->taakvelden.size()));
    model->taakvelden.push_back(std::move(tv));
  }
}

void BuildBegroting(const LoadedFiles& files, Model* model, Diagnostics* diags, RegelPool* pool) {
  struct Jaar {
    int jaar;
    const CsvTable* table;
    Diagnostics diags;
    bool read = false;
  };
  std::vector<Jaar> jaren;
  for (const auto& [path, table] : files.tables) {
    if (!StartsWith(path, "data/begroting/")) continue;
    std::string stem = StemOf(path);
    int64_t jaar = 0;
    if (path.find('/', 15) != std::string::npos || stem.size() != 4 || !ParseInt(stem, &jaar)) {
      diags->Error({path, 0, 0}, "begroting files are named <jaar>.csv, for example 2025.csv");
      continue;
    }
    // One file per year: the name is exactly the four digits of its year.
    jaren.push_back({static_cast<int>(jaar), table.get(), {}});
    model->begroting[static_cast<int>(jaar)];
    if (pool) pool->AddJaar(static_cast<int>(jaar));
  }
  // Each year fills its own lines and its own part of the pool, and reports
  // to its own list: the years are read side by side.
  ParallelFor(jaren.size(), [&](size_t i) {
    jaren[i].read = ReadYear(*jaren[i].table, jaren[i].jaar, model, &jaren[i].diags, pool);
  });
  for (const Jaar& j : jaren) {
    diags->Append(j.diags);
    if (!j.read) model->begroting.erase(j.jaar);  // a year without its columns has no lines
  }
  if (jaren.empty())
    diags->Error({"data/begroting/", 0, 0}, "missing required file data/begroting/<jaar>.csv");
}

}  // namespace openwijk
