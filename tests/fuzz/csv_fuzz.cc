// libFuzzer target: the CSV reader (both notations) and the text-file checks
// that run before it. The notation follows from the header row, so one target
// covers both; the amount parser gets every field in the file's notation, as
// the begroting loader does.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "load/csv.h"
#include "util/number.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace openwijk;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  CheckTextFile("data/begroting/2025.csv", &text, &diags);
  CsvTable table;
  ParseCsv("data/begroting/2025.csv", text, &table, &diags);
  // Rows take their cells in order, and every cell is inside the text.
  uint32_t next = 0;
  for (const CsvRow& row : table.rows) {
    if (row.size != table.header.size() || row.first < next) __builtin_trap();
    next = row.first + row.size;
    if (next > table.cells.size()) __builtin_trap();
    for (uint32_t i = 0; i < row.size; ++i) {
      const CsvCell& cell = table.cells[row.first + i];
      if (cell.begin + uint64_t{cell.size} > table.text.size()) __builtin_trap();
      if (cell.size > kMaxCsvField) __builtin_trap();
      table.At(row, static_cast<int>(i));
      int64_t cents = 0;
      std::string error;
      ParseAmount(table.Field(row, static_cast<int>(i)), table.notation, &cents, &error);
    }
  }
  table.Column("id");
  RequireColumns(table, {"id", "gebied", "begroot"}, &diags);
  diags.Sort();
  diags.ToString();
  return 0;
}
