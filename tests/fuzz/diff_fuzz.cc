// libFuzzer target: the inputs of a diff between two publications. The input
// is split at the first two "\n--\n" lines into the old begroting (CSV), the
// new one, and an annotated tag message. Both CSVs go through the CSV reader
// and the amount parser into begroting lines, as the loader reads them; the
// lines are compared (model/diff.h) and the result exported as the JSON and
// CSV downloads; the tag message goes through ParseTagBericht.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "load/csv.h"
#include "model/diff.h"
#include "model/publicatie.h"
#include "render/diff_export.h"
#include "util/number.h"

namespace {

using namespace openwijk;

std::optional<int64_t> Amount(const CsvTable& t, const CsvRow& row, const char* column) {
  int c = t.Column(column);
  std::string_view text = t.Field(row, c);
  int64_t cents = 0;
  std::string error;
  if (text.empty() || !ParseAmount(text, t.notation, &cents, &error)) return std::nullopt;
  return cents;
}

void ReadBegroting(std::string_view text, Model* model) {
  Diagnostics diags;
  CheckTextFile("data/begroting/2025.csv", &text, &diags);
  CsvTable t;
  ParseCsv("data/begroting/2025.csv", text, &t, &diags);
  auto field = [&](const CsvRow& row, const char* column) {
    int c = t.Column(column);
    return std::string(t.Field(row, c));
  };
  Regels& regels = model->begroting[2025];
  for (const CsvRow& row : t.rows) {
    BegrotingRegel r;
    r.id = field(row, "id");
    r.jaar = 2025;
    r.gebied_code = field(row, "gebied");
    r.programma = field(row, "programma");
    r.taakveld = field(row, "taakveld");
    r.omschrijving = field(row, "omschrijving");
    r.soort = field(row, "soort") == "baten" ? Soort::kBaten : Soort::kLasten;
    r.begroot = Amount(t, row, "begroot");
    r.gewijzigd = Amount(t, row, "gewijzigd");
    r.realisatie = Amount(t, row, "realisatie");
    r.financier = field(row, "financier");
    r.pos = {"data/begroting/2025.csv", row.line, 1};
    regels.push_back(std::move(r));
  }
  CheckRegelSleutels(*model, &diags);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view parts[3];
  for (int i = 0; i < 2; ++i) {
    size_t cut = input.find("\n--\n");
    if (cut == std::string_view::npos) break;
    parts[i] = input.substr(0, cut + 1);
    input.remove_prefix(cut + 4);
  }
  parts[2] = input;
  Model oud, nieuw;
  ReadBegroting(parts[0], &oud);
  ReadBegroting(parts[1], &nieuw);
  ModelDiff diff = DiffModels(oud, nieuw);
  DiffJson(diff, "publicatie/1", "publicatie/2");
  DiffCsv(diff);
  TagBericht bericht;
  std::string error;
  ParseTagBericht(std::string(parts[2]), &bericht, &error);
  return 0;
}
