// CSV reading (RFC 4180) for every table in the data repository.
//
// A file's notation follows from its header row: ';' means the Dutch Excel
// export (decimal comma), ',' means standard CSV (decimal point). Every field
// keeps its line and column, so later stages can point at it precisely.
//
// Problems found here (unbalanced quotes, wrong field counts, invalid UTF-8,
// NUL bytes, a byte order mark inside the file, mixed line endings, huge
// fields) are added to Diagnostics; the rows that could be read are kept.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.h"
#include "util/number.h"

namespace openwijk {

struct CsvRow {
  int line = 0;  // line of the row's first field
  std::vector<std::string> fields;
  std::vector<int> columns;  // column (from 1, in bytes) where each field starts
  std::vector<int> lines;    // line where each field starts (quoted fields may span lines)
};

struct CsvTable {
  SharedText file;  // every Position in the table shares it
  Notation notation = Notation::kStandard;
  std::vector<std::string> header;
  std::vector<CsvRow> rows;

  // Index of a column by header name, or -1.
  int Column(std::string_view name) const;
  // The position of field `col` in `row` (or of the row when col < 0).
  Position At(const CsvRow& row, int col) const;
};

// The longest field accepted, in bytes. Longer ones are an error (a 10 MB
// field is a broken export, not a description).
constexpr size_t kMaxCsvField = 64 * 1024;

// Parses `text` into *table. Returns false when any error was added.
bool ParseCsv(const std::string& file, std::string_view text, CsvTable* table, Diagnostics* diags);

// Adds "missing required column 'x'" for each absent column. Returns false if
// any was missing.
bool RequireColumns(const CsvTable& table, const std::vector<std::string>& columns,
                    Diagnostics* diags);

// Checks the bytes every text file must satisfy (UTF-8, no NUL, BOM only at
// the start) and strips a leading BOM. Returns false after adding an error.
bool CheckTextFile(const std::string& file, std::string_view* text, Diagnostics* diags);

}  // namespace openwijk
