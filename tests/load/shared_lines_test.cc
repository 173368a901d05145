#include <catch2/catch.hpp>

#include <random>

#include "load/shared_lines.h"

using namespace openwijk;

TEST_CASE("only the lines that differ are kept, with their line numbers", "[load][shared_lines]") {
  ChangedLines c;
  REQUIRE(DropSharedLines("id;x\na;1\nb;2\nc;3\n", "id;x\na;1\nb;9\nc;3\nd;4", &c));
  CHECK(c.text[0] == "id;x\nb;2\n");
  CHECK(c.lines[0] == std::vector<int>{1, 3});
  CHECK(c.text[1] == "id;x\nb;9\nd;4");  // as in the file: no line end after d;4
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

TEST_CASE("a last line without a line end is kept without one", "[load][shared_lines]") {
  ChangedLines c;
  // Parsed whole, a lone '\r' at the end is an error; the reduced text must
  // not hide it behind an added '\n'.
  REQUIRE(DropSharedLines("h\r\nx;1\r\ny;1\r", "h\r\nx;1\r\ny;2\r", &c));
  CHECK(c.text[0] == "h\r\ny;1\r");
  CHECK(c.text[1] == "h\r\ny;2\r");
  REQUIRE(DropSharedLines("h", "h\nx", &c));
  CHECK(c.text[0] == "h");
  CHECK(c.text[1] == "h\nx");
}

TEST_CASE("line numbers count every shared line, also many in one stretch",
          "[load][shared_lines]") {
  std::string same;
  for (int i = 0; i < 1000; ++i) same += i % 3 ? "x;1\n" : "\n";  // 1000 lines, some empty
  ChangedLines c;
  REQUIRE(DropSharedLines("h\n" + same + "y;1\n" + same + "z;1\n",
                          "h\n" + same + "y;2\n" + same + "z;2\n", &c));
  CHECK(c.lines[0] == std::vector<int>{1, 1002, 2003});
  CHECK(c.lines[1] == std::vector<int>{1, 1002, 2003});
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
  CHECK_FALSE(DropSharedLines("h\nx\n", spans, &c));           // only in b
  CHECK_FALSE(DropSharedLines("h\n\"a\"\"\n", "h\n", &c));     // odd count on one line
}

TEST_CASE("another header or an empty version is not reduced", "[load][shared_lines]") {
  ChangedLines c;
  CHECK_FALSE(DropSharedLines("id;x\na;1\n", "id;y\na;1\n", &c));
  CHECK_FALSE(DropSharedLines("", "id;x\n", &c));
  CHECK_FALSE(DropSharedLines("id;x\n", "", &c));
}

namespace {

// The rule DropSharedLines keeps, written plainly: split into lines, share
// equal lines at the same position, then (kShared) equal lines anywhere, as
// often as both versions hold them. A line with a line end is not equal to
// one without, and only lines with one move.
ChangedLines Reference(const std::string& a, const std::string& b, Moved moved = Moved::kShared) {
  std::vector<std::pair<std::string, bool>> split[2];  // text, ended
  const std::string texts[2] = {a, b};
  for (int s = 0; s < 2; ++s) {
    for (size_t p = 0; p < texts[s].size();) {
      size_t end = std::min(texts[s].find('\n', p), texts[s].size());
      split[s].push_back({texts[s].substr(p, end - p), end < texts[s].size()});
      p = end + 1;
    }
  }
  std::vector<bool> keep[2] = {std::vector<bool>(split[0].size(), true),
                               std::vector<bool>(split[1].size(), true)};
  ChangedLines c;
  for (size_t i = 1; i < std::min(split[0].size(), split[1].size()); ++i) {
    if (split[0][i] == split[1][i]) {
      keep[0][i] = keep[1][i] = false;
      const int line = static_cast<int>(i) + 1;
      if (!c.in_place.empty() && c.in_place.back().second + 1 == line) {
        c.in_place.back().second = line;
      } else {
        c.in_place.emplace_back(line, line);
      }
    }
  }
  for (size_t j = 1; moved == Moved::kShared && j < split[1].size(); ++j) {
    for (size_t i = 1; keep[1][j] && split[1][j].second && i < split[0].size(); ++i) {
      if (keep[0][i] && split[0][i] == split[1][j]) keep[0][i] = keep[1][j] = false;
    }
  }
  for (int s = 0; s < 2; ++s) {
    for (size_t i = 0; i < split[s].size(); ++i) {
      if (i > 0 && !keep[s][i]) {
        c.any_shared = true;
        continue;
      }
      // As in the file: a last line without its '\n' stays without.
      c.text[s] += split[s][i].first + (split[s][i].second ? "\n" : "");
      c.lines[s].push_back(static_cast<int>(i) + 1);
    }
  }
  return c;
}

// Whether some line holds an odd number of quotes.
bool OddQuotes(const std::string& text) {
  for (size_t p = 0; p < text.size();) {
    size_t end = std::min(text.find('\n', p), text.size());
    if (std::count(text.begin() + p, text.begin() + end, '"') % 2 != 0) return true;
    p = end + 1;
  }
  return false;
}

// A CSV text of up to 12 lines after the header, from a few shapes, with
// or without a last line end, as "\n" or "\r\n" (or a lone '\r'). Some lines
// are longer than the blocks CommonPrefix compares, and differ from each
// other at any byte.
std::string RandomText(std::mt19937* rng, const std::string& shared_start = "") {
  static const char* const kLines[] = {"x;1", "y;2", "z;3", "\"q;r\";4", "", "x;1;lang"};
  const std::string end = (*rng)() % 4 == 0 ? "\r\n" : "\n";
  std::string t = shared_start.empty() ? "id;x" : shared_start;
  const int n = static_cast<int>((*rng)() % 12);
  for (int i = 0; i < n; ++i) {
    std::string line = kLines[(*rng)() % 6];
    if ((*rng)() % 40 == 0) line = "x;\"half";  // a quoted field that goes on
    if ((*rng)() % 3 == 0) {
      line = std::string(600, 'w');
      line[(*rng)() % 600] = 'v';
    }
    t += end + line;
  }
  const int last = static_cast<int>((*rng)() % 3);
  if (last == 1) t += end;
  if (last == 2) t += "\r";
  return t;
}

}  // namespace

TEST_CASE("the reduction keeps exactly the lines the plain rule keeps", "[load][shared_lines]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 5000; ++round) {
    const std::string a = RandomText(&rng);
    // b is another text, or a's first lines and others after them, or a
    // with one byte changed (not the header, a quote or a line end).
    std::string b = RandomText(&rng);
    const size_t header = a.find('\n');
    const int kind = static_cast<int>(rng() % 3);
    if (kind == 1) {
      const size_t cut = a.rfind('\n', a.size() / 2);
      b = RandomText(&rng, a.substr(0, cut == std::string::npos ? a.size() : cut));
    } else if (kind == 2 && header != std::string::npos && header + 1 < a.size()) {
      b = a;
      const size_t at = header + 1 + rng() % (a.size() - header - 1);
      if (b[at] != '\n' && b[at] != '"') b[at] = '#';
    }
    INFO("a = " << a << "\nb = " << b);
    ChangedLines got;
    // Another header ("id;x\r" against "id;x") is not reduced either.
    const bool reducible =
        !OddQuotes(a) && !OddQuotes(b) && a.substr(0, a.find('\n')) == b.substr(0, b.find('\n'));
    for (Moved moved : {Moved::kShared, Moved::kChanged}) {
      REQUIRE(DropSharedLines(a, b, &got, moved) == reducible);
      if (!reducible) continue;
      const ChangedLines want = Reference(a, b, moved);
      CHECK(got.text[0] == want.text[0]);
      CHECK(got.text[1] == want.text[1]);
      CHECK(got.lines[0] == want.lines[0]);
      CHECK(got.lines[1] == want.lines[1]);
      CHECK(got.in_place == want.in_place);
      if (moved == Moved::kShared) CHECK(got.any_shared == want.any_shared);
    }
  }
}

TEST_CASE("the lines in place are listed as runs; moved lines can be kept as changed",
          "[load][shared_lines]") {
  ChangedLines c;
  // Line 3 changed, a line was inserted at 5: lines 2, 4 and the (now
  // shifted) rest are compared line by line.
  REQUIRE(DropSharedLines("h\na\nb\nc\nd\ne\n", "h\na\nB\nc\nX\nd\ne\n", &c, Moved::kChanged));
  CHECK(c.in_place == std::vector<std::pair<int, int>>{{2, 2}, {4, 4}});
  CHECK(c.text[1] == "h\nB\nX\nd\ne\n");  // d and e moved: kept
  CHECK(c.lines[1] == std::vector<int>{1, 3, 5, 6, 7});
  REQUIRE(DropSharedLines("h\na\nb\nc\nd\ne\n", "h\na\nB\nc\nX\nd\ne\n", &c));
  CHECK(c.text[1] == "h\nB\nX\n");  // by default they are shared
  CHECK(c.in_place == std::vector<std::pair<int, int>>{{2, 2}, {4, 4}});
  // A last line that differs only in its line end is not the same line: in
  // a CRLF file, "y\n" at the end is an error and "y" is not.
  REQUIRE(DropSharedLines("h\r\nx\r\ny", "h\r\nx\r\ny\n", &c, Moved::kChanged));
  CHECK(c.in_place == std::vector<std::pair<int, int>>{{2, 2}});
  CHECK(c.text[1] == "h\r\ny\n");
  CHECK(c.lines[1] == std::vector<int>{1, 3});
  // Nor does it move (openwijk diff).
  REQUIRE(DropSharedLines("h\ny\nx\n", "h\nx\ny", &c));
  CHECK(c.text[0] == "h\ny\n");
  CHECK(c.text[1] == "h\ny");
}
