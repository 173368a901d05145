#include <catch2/catch.hpp>

#include "load/csv.h"

using namespace std::string_literals;

using namespace openwijk;

namespace {
std::string Errors(const std::string& text, CsvTable* table = nullptr) {
  CsvTable local;
  Diagnostics d;
  ParseCsv("t.csv", text, table ? table : &local, &d);
  return d.ToString();
}
}  // namespace

TEST_CASE("standard CSV with quotes and positions", "[load][csv]") {
  CsvTable t;
  CHECK(Errors("id,naam\n1,\"Paddepoel, Noord\"\n2,\"zeg \"\"hoi\"\"\"\n", &t) == "");
  CHECK(t.notation == Notation::kStandard);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.Field(t.rows[0], 1) == "Paddepoel, Noord");
  CHECK(t.Field(t.rows[1], 1) == "zeg \"hoi\"");
  Position p = t.At(t.rows[1], 1);
  CHECK(p.line == 3);
  CHECK(p.column == 3);
  CHECK(t.Column("naam") == 1);
  CHECK(t.Column("bestaat-niet") == -1);
}

TEST_CASE("Dutch Excel CSV is recognised by its separator", "[load][csv]") {
  CsvTable t;
  CHECK(Errors("\xEF\xBB\xBFid;bedrag\r\n1;1.234,56\r\n", &t) == "");
  CHECK(t.notation == Notation::kDutch);
  CHECK(t.header[0] == "id");
  CHECK(t.Field(t.rows[0], 1) == "1.234,56");
}

TEST_CASE("quoted fields may span lines", "[load][csv]") {
  CsvTable t;
  CHECK(Errors("a,b\n\"x\ny\",2\n3,4\n", &t) == "");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.Field(t.rows[0], 0) == "x\ny");
  CHECK(t.rows[1].line == 4);
  // Columns count again from the line a quoted field ended on.
  CHECK(Errors("a,b\n\"x\n\ny\",z\"\n") == "t.csv:4:5: error: quote inside an unquoted field\n");
}

TEST_CASE("every value lives once in the table's text", "[load][csv]") {
  CsvTable t;
  CHECK(Errors("a,b\n 1 ,2,3\n4,\"x\"\"\ny\"\n\n5,6\n", &t) ==
        "t.csv:2: error: row has 3 fields, the header has 2\n");
  REQUIRE(t.rows.size() == 2);
  // The header, the row with a field too many and the blank line left
  // nothing behind: only the cells of the rows kept, unquoted and trimmed.
  CHECK(t.cells.size() == 4);
  CHECK(t.text == "4x\"\ny56");
  CHECK(t.Field(t.rows[0], 1) == "x\"\ny");
  CHECK(t.Field(t.rows[1], 0) == "5");
  CHECK(t.At(t.rows[1], 1).line == 6);
  CHECK(t.At(t.rows[1], 1).column == 3);
  // No such field: an empty value, and the position of the row.
  CHECK(t.Field(t.rows[1], 2).empty());
  CHECK(t.Field(t.rows[1], -1).empty());
  CHECK(t.At(t.rows[1], 2).line == 6);
  CHECK(t.At(t.rows[1], 2).column == 0);
}

TEST_CASE("CSV errors have exact positions and messages", "[load][csv]") {
  CHECK(Errors("a,b\n1,\"open\n2,3\n") ==
        "t.csv:2:3: error: unbalanced quote: field never closed\n");
  CHECK(Errors("a,b\n1,2,3\n4,5\n") == "t.csv:2: error: row has 3 fields, the header has 2\n");
  CHECK(Errors("a,b\n1,x\"y\n") == "t.csv:2:4: error: quote inside an unquoted field\n");
  CHECK(Errors("a,b\n1,\"x\"y\n") == "t.csv:2:6: error: unexpected text after closing quote\n");
  CHECK(Errors("a,b\n1,\xff\n") == "t.csv:2:3: error: invalid UTF-8\n");
  CHECK(Errors("a,b\n1,\0\n"s) == "t.csv:2:3: error: NUL byte in text file\n");
  CHECK(Errors("a,b\n1,\xEF\xBB\xBF"
               "2\n") == "t.csv:2:3: error: byte order mark in the middle of the file\n");
  CHECK(Errors("a,b\r\n1,2\n3,4\r\n") ==
        "t.csv:2:4: error: mixed line endings: LF here, CRLF on earlier lines\n");
  CHECK(Errors("") == "t.csv:1:1: error: empty file: expected a header row\n");
  CHECK(Errors("a,,c\n1,2,3\n") == "t.csv:1:3: error: empty column name in header\n");
}

TEST_CASE("a huge field is an error, not a hang", "[load][csv]") {
  std::string big(10 * 1024 * 1024, 'x');
  CHECK(Errors("a,b\n1," + big + "\n2,3\n") == "t.csv:2:3: error: field is longer than 64 KiB\n");
  CHECK(Errors("a,b\n1,\"" + big + "\"\n2,3\n") ==
        "t.csv:2:3: error: field is longer than 64 KiB\n");
}

TEST_CASE("missing columns are named", "[load][csv]") {
  CsvTable t;
  Diagnostics d;
  ParseCsv("t.csv", "code,naam\n", &t, &d);
  CHECK_FALSE(RequireColumns(t, {"code", "niveau"}, &d));
  CHECK(d.ToString() == "t.csv:1: error: missing required column 'niveau'\n");
}
