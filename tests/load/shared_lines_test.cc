#include <catch2/catch.hpp>

#include "load/shared_lines.h"

using namespace openwijk;

TEST_CASE("only the lines that differ are kept, with their line numbers", "[load][shared_lines]") {
  ChangedLines c;
  REQUIRE(DropSharedLines("id;x\na;1\nb;2\nc;3\n", "id;x\na;1\nb;9\nc;3\nd;4", &c));
  CHECK(c.text[0] == "id;x\nb;2\n");
  CHECK(c.lines[0] == std::vector<int>{1, 3});
  CHECK(c.text[1] == "id;x\nb;9\nd;4\n");
  CHECK(c.lines[1] == std::vector<int>{1, 3, 5});
  CHECK(c.any_shared);
}

TEST_CASE("a line that moved is shared; a repeated line is shared as often as both hold it",
          "[load][shared_lines]") {
  ChangedLines c;
  REQUIRE(DropSharedLines("h\nx\ny\ny\nz\n", "h\nz\ny\nx\n", &c));
  // x and z moved, one y is in both; the second y is only in a.
  CHECK(c.text[0] == "h\ny\n");
  CHECK(c.lines[0] == std::vector<int>{1, 4});
  CHECK(c.text[1] == "h\n");
  CHECK(c.lines[1] == std::vector<int>{1});
}

TEST_CASE("two versions without a line in common share nothing", "[load][shared_lines]") {
  ChangedLines c;
  REQUIRE(DropSharedLines("h\na\n", "h\nb\n", &c));
  CHECK_FALSE(c.any_shared);
  CHECK(c.text[0] == "h\na\n");
  CHECK(c.text[1] == "h\nb\n");
}

TEST_CASE("quoted fields on one line are fine; one over two lines is not reduced",
          "[load][shared_lines]") {
  ChangedLines c;
  CHECK(DropSharedLines("h\n\"a;b\";\"c\"\"d\"\n", "h\n\"a;b\";1\n", &c));
  CHECK(c.text[0] == "h\n\"a;b\";\"c\"\"d\"\n");
  // The same bytes on both sides, but the field runs over a line end.
  const std::string spans = "h\n\"een\ntwee\"\nx\n";
  CHECK_FALSE(DropSharedLines(spans, spans + "y\n", &c));
  CHECK_FALSE(DropSharedLines("h\nx\n", "h\nx\n\"open", &c));  // never closed
  CHECK_FALSE(DropSharedLines("h\n\"a\"\"\n", "h\n", &c));     // odd count on one line
}

TEST_CASE("another header or an empty version is not reduced", "[load][shared_lines]") {
  ChangedLines c;
  CHECK_FALSE(DropSharedLines("id;x\na;1\n", "id;y\na;1\n", &c));
  CHECK_FALSE(DropSharedLines("", "id;x\n", &c));
  CHECK_FALSE(DropSharedLines("id;x\n", "", &c));
}
