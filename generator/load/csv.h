// CSV reading (RFC 4180) for every table in the data repository.
//
// A file's notation follows from its header row: ';' means the Dutch Excel
// export (decimal comma), ',' means standard CSV (decimal point). Every field
// keeps its line and column, so later stages can point at it precisely.
//
// Problems found here (unbalanced quotes, wrong field counts, invalid UTF-8,
// NUL bytes, a byte order mark inside the file, mixed line endings, huge
// fields, files over 4 GiB) are added to Diagnostics; the rows that could be
// read are kept.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.h"
#include "util/number.h"

namespace openwijk {

// One record. Its fields are CsvTable::cells[first, first + size).
struct CsvRow {
  int line = 0;  // line of the row's first field
  uint32_t first = 0;
  uint32_t size = 0;
};

// Where one field's value is in CsvTable::text, and where it starts in the
// file (line, and column from 1 in bytes; quoted fields may span lines).
struct CsvCell {
  uint32_t begin = 0;
  uint32_t size = 0;
  int line = 0;
  int column = 0;
};

// A parsed file. The values of all fields are kept back to back in one
// string, not one string each: a national budget has millions of fields, and
// a string, its allocation and two position vectors per row made the parsed
// tables twice the size of the budget they describe.
struct CsvTable {
  SharedText file;  // every Position in the table shares it
  Notation notation = Notation::kStandard;
  std::vector<std::string> header;
  std::vector<CsvRow> rows;
  std::vector<CsvCell> cells;  // the fields of every row, in order
  std::string text;            // their values, unquoted and trimmed

  // Index of a column by header name, or -1.
  int Column(std::string_view name) const;
  // The value of field `col` in `row`, or "" when the row has no such field.
  std::string_view Field(const CsvRow& row, int col) const;
  // The position of field `col` in `row` (or of the row when col < 0).
  Position At(const CsvRow& row, int col) const;
};

// The longest field accepted, in bytes. Longer ones are an error (a 10 MB
// field is a broken export, not a description).
constexpr size_t kMaxCsvField = 64 * 1024;

// Parses `text` into *table (replacing what it held). Returns false when any
// error was added.
bool ParseCsv(const std::string& file, std::string_view text, CsvTable* table, Diagnostics* diags);

// Adds "missing required column 'x'" for each absent column. Returns false if
// any was missing.
bool RequireColumns(const CsvTable& table, const std::vector<std::string>& columns,
                    Diagnostics* diags);

// Checks the bytes every text file must satisfy (UTF-8, no NUL, BOM only at
// the start) and strips a leading BOM. Returns false after adding an error.
bool CheckTextFile(const std::string& file, std::string_view* text, Diagnostics* diags);

}  // namespace openwijk
