// data/iv3/taakvelden.csv and data/begroting/<jaar>.csv -> the begroting.
#include <algorithm>
#include <limits>

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

// The line in `row`, read field by field. Errors go to `diags`.
class RegelReader {
 public:
  RegelReader(const CsvTable& t, int jaar, const Model& model) : t_(t), jaar_(jaar), model_(model) {
    for (const std::string& name : kBegrotingColumns) c_.push_back(t.Column(name));
    c_besluit_ = t.Column("besluit");
  }

  BegrotingRegel Read(const CsvRow& row, Diagnostics* diags) {
    const std::vector<int>& c = c_;
    BegrotingRegel r;
    r.jaar = jaar_;
    r.pos = t_.At(row, -1);
    r.id = t_.Field(row, c[0]);
    r.id_column = ColumnOnLine(row, c[0]);
    r.gebied_code = t_.Field(row, c[1]);
    r.gebied_column = ColumnOnLine(row, c[1]);
    r.programma = texts_.Get(t_.Field(row, c[2]));
    r.taakveld = texts_.Get(t_.Field(row, c[3]));
    r.taakveld_column = ColumnOnLine(row, c[3]);
    r.omschrijving = t_.Field(row, c[4]);
    std::string_view soort = t_.Field(row, c[5]);
    if (soort == "lasten") {
      r.soort = Soort::kLasten;
    } else if (soort == "baten") {
      r.soort = Soort::kBaten;
    } else {
      diags->Error(t_.At(row, c[5]),
                   "unknown soort '" + std::string(soort) + "'; expected lasten or baten");
    }
    r.begroot = Amount(t_, row, c[6], diags);
    r.gewijzigd = Amount(t_, row, c[7], diags);
    r.realisatie = Amount(t_, row, c[8], diags);
    r.financier = texts_.Get(t_.Field(row, c[9]));
    r.bron = texts_.Get(t_.Field(row, c[10]));
    r.besluit = texts_.Get(t_.Field(row, c_besluit_));
    if (c_besluit_ >= 0) r.besluit_column = ColumnOnLine(row, c_besluit_);
    if (r.id.empty()) diags->Error(t_.At(row, c[0]), "empty id");
    if (r.bron.empty()) diags->Error(t_.At(row, c[10]), "empty bron: every number needs a source");
    r.gebied = model_.FindGebied(r.gebied_code);
    return r;
  }

 private:
  // Where field `col` starts, when that is on the row's first line: a quoted
  // field before it may span lines, and then the line alone is reported.
  int ColumnOnLine(const CsvRow& row, int col) const {
    Position at = t_.At(row, col);
    return at.line == row.line ? at.column : 0;
  }

  const CsvTable& t_;
  const int jaar_;
  const Model& model_;
  std::vector<int> c_;
  int c_besluit_ = -1;
  SharedTextPool texts_;
};

// The indices of the earlier version's lines that are carried over: those
// at a line number in one of the runs. Both are in line order.
std::vector<size_t> CarriedIndices(const CarriedLines& carried) {
  std::vector<size_t> out;
  const Regels& earlier = *carried.earlier;
  auto run = carried.in_place.begin();
  for (size_t i = 0; i < earlier.size(); ++i) {
    const int line = earlier[i].pos.line;
    while (run != carried.in_place.end() && run->second < line) ++run;
    if (run == carried.in_place.end()) break;
    if (run->first <= line) out.push_back(i);
  }
  return out;
}

// False when a required column is missing (and nothing was read). With
// `carried`, the table holds only the lines that are not carried over, and
// the two are merged in line order.
bool ReadYear(const CsvTable& t, int jaar, Model* model, Diagnostics* diags, RegelPool* pool,
              const CarriedLines* carried) {
  if (!RequireColumns(t, kBegrotingColumns, diags)) return false;
  Regels& regels = model->begroting.at(jaar);  // made before the years are read side by side
  const std::vector<size_t> carry = carried ? CarriedIndices(*carried) : std::vector<size_t>{};
  regels.reserve(regels.size() + t.rows.size() + carry.size());
  size_t next = 0;  // in carry
  auto carry_until = [&](int line) {
    for (; next < carry.size() && (*carried->earlier)[carry[next]].pos.line < line; ++next) {
      regels.ShareLine(*carried->earlier, carry[next]);
    }
  };
  RegelReader reader(t, jaar, *model);
  for (const CsvRow& row : t.rows) {
    carry_until(row.line);
    BegrotingRegel r = reader.Read(row, diags);
    if (pool) {
      regels.push_back(pool->Share(jaar, regels.size(), std::move(r)));
    } else {
      regels.push_back(std::move(r));
    }
  }
  carry_until(std::numeric_limits<int>::max());
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

void BuildBegroting(const LoadedFiles& files, Model* model, Diagnostics* diags, RegelPool* pool,
                    const Carried* carried) {
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
    const CarriedLines* lines = nullptr;
    if (carried) {
      auto it = carried->find(jaren[i].jaar);
      if (it != carried->end()) lines = &it->second;
    }
    jaren[i].read = ReadYear(*jaren[i].table, jaren[i].jaar, model, &jaren[i].diags, pool, lines);
  });
  for (const Jaar& j : jaren) {
    diags->Append(j.diags);
    if (!j.read) model->begroting.erase(j.jaar);  // a year without its columns has no lines
  }
  if (jaren.empty())
    diags->Error({"data/begroting/", 0, 0}, "missing required file data/begroting/<jaar>.csv");
}

}  // namespace openwijk
