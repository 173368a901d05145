// The area tree rules (validate/gebieden.cc): unique codes, known parents,
// one root that is the gemeente of site.json, and no cycles, each reported
// once with its exact position.
#include <catch2/catch.hpp>

#include <algorithm>

#include "model/build.h"
#include "support/bestuur_fixture.h"
#include "validate/validate.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

const std::string kHeader = "code,naam,niveau,ouder\n";

// Builds the fixture repository with `gebieden` as data/gebieden.csv and
// returns what ValidateGebieden alone reports, sorted.
std::string Check(const std::string& gebieden, const std::string& gemeente = "GM9999") {
  auto files = BestuurFiles();
  files["data/gebieden.csv"] = gebieden;
  Diagnostics build;
  LoadedFiles loaded = ParseFiles(files, &build);
  loaded.config.gemeente = gemeente;
  Model m;
  BuildModel(loaded, &m, &build);
  Diagnostics d;
  ValidateGebieden(m, &d);
  d.Sort();
  return d.ToString();
}

}  // namespace

TEST_CASE("a well-formed area tree has no problems", "[validate][gebieden]") {
  CHECK(Check(kHeader + "GM9999,Testdorp,gemeente,\n"
                        "WK999901,Noord,wijk,GM9999\n"
                        "BU99990101,Haven,buurt,WK999901\n") == "");
}

TEST_CASE("a duplicate area code points at the second, naming the first", "[validate][gebieden]") {
  CHECK(Check(kHeader + "GM9999,Testdorp,gemeente,\n"
                        "WK999901,Noord,wijk,GM9999\n"
                        "WK999902,Zuid,wijk,GM9999\n"
                        "WK999901,Noord-Oost,wijk,GM9999\n") ==
        "data/gebieden.csv:5:1: error: duplicate area code 'WK999901' (first on line 3)\n");
}

TEST_CASE("an unknown parent is an error at its ouder field", "[validate][gebieden]") {
  CHECK(Check(kHeader + "GM9999,Testdorp,gemeente,\n"
                        "WK999901,Noord,wijk,GM0014\n") ==
        "data/gebieden.csv:3:21: error: unknown parent 'GM0014' of area 'WK999901'\n");
}

TEST_CASE("an area without a parent must be the gemeente", "[validate][gebieden]") {
  CHECK(Check(kHeader + "GM9999,Testdorp,gemeente,\n"
                        "WK999901,Noord,wijk,\n") ==
        "data/gebieden.csv:3:1: error: area 'WK999901' has no parent; only the gemeente "
        "'GM9999' may be the root\n");
  // site.json names a gemeente that is not in the tree: every root is wrong.
  CHECK(Check(kHeader + "GM9999,Testdorp,gemeente,\n", "GM0014") ==
        "data/gebieden.csv: error: gemeente 'GM0014' from site.json is not in "
        "data/gebieden.csv\n"
        "data/gebieden.csv:2:1: error: area 'GM9999' has no parent; only the gemeente 'GM0014' "
        "may be the root\n");
  // The root named in site.json must be a gemeente.
  CHECK(Check(kHeader + "GM9999,Testdorp,wijk,\n") ==
        "data/gebieden.csv:2:1: error: the root area must have niveau gemeente\n");
}

TEST_CASE("a cycle is reported once, at its smallest code", "[validate][gebieden]") {
  // Written out of order, with a buurt hanging off the cycle.
  CHECK(Check(kHeader + "GM9999,Testdorp,gemeente,\n"
                        "WK999903,Drie,wijk,WK999901\n"
                        "BU99990201,Tak,buurt,WK999902\n"
                        "WK999901,Een,wijk,WK999902\n"
                        "WK999902,Twee,wijk,WK999903\n") ==
        "data/gebieden.csv:5:1: error: cycle in the area tree: WK999901 -> WK999902 -> "
        "WK999903 -> WK999901\n");
}

TEST_CASE("two cycles are two errors", "[validate][gebieden]") {
  CHECK(Check(kHeader + "GM9999,Testdorp,gemeente,\n"
                        "WK02,Twee,wijk,WK01\n"
                        "WK01,Een,wijk,WK02\n"
                        "WK11,Elf,wijk,WK12\n"
                        "WK12,Twaalf,wijk,WK11\n") ==
        "data/gebieden.csv:4:1: error: cycle in the area tree: WK01 -> WK02 -> WK01\n"
        "data/gebieden.csv:5:1: error: cycle in the area tree: WK11 -> WK12 -> WK11\n");
}

TEST_CASE("an area that is its own parent is one error, not also a cycle", "[validate][gebieden]") {
  CHECK(Check(kHeader + "GM9999,Testdorp,gemeente,\n"
                        "WK999901,Noord,wijk,WK999901\n") ==
        "data/gebieden.csv:3:21: error: area 'WK999901' is its own parent\n");
}

TEST_CASE("a long chain is no cycle", "[validate][gebieden]") {
  std::string csv = kHeader + "GM9999,Testdorp,gemeente,\n";
  std::string ouder = "GM9999";
  for (int i = 0; i < 1000; ++i) {
    std::string code = "X" + std::to_string(10000 + i);
    csv += code + ",Laag " + std::to_string(i) + ",wijk," + ouder + "\n";
    ouder = code;
  }
  CHECK(Check(csv) == "");
  // Closing the chain into a loop below the root: one cycle of 1000 areas.
  std::string loop = csv;
  loop.replace(loop.find("X10000,Laag 0,wijk,GM9999"), 25, "X10000,Laag 0,wijk,X10999");
  std::string out = Check(loop);
  CHECK_THAT(out, Catch::StartsWith("data/gebieden.csv:3:1: error: cycle in the area tree: "
                                    "X10000 -> X10999 -> X10998 -> "));
  CHECK_THAT(out, Catch::EndsWith(" -> X10001 -> X10000\n"));
  CHECK(std::count(out.begin(), out.end(), '\n') == 1);
}

TEST_CASE("an empty area tree leaves the error to the builder", "[validate][gebieden]") {
  CHECK(Check(kHeader) == "");
}
