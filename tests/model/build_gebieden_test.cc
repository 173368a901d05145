// data/gebieden.csv -> the area tree (model/build_gebieden.cc): fields,
// links, depth, output folders, and the field-level errors with their exact
// positions. Rules across areas (cycles, unknown parents) are validate/'s;
// here only that the builder leaves them for it without looping.
#include <catch2/catch.hpp>

#include <cstdio>
#include <set>

#include "model/build.h"
#include "support/bestuur_fixture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

const std::string kHeader = "code,naam,niveau,ouder,soort\n";

// Parses `csv` as data/gebieden.csv and runs only BuildGebieden.
Model Gebieden(const std::string& csv, Diagnostics* diags) {
  LoadedFiles files = ParseFiles({{"data/gebieden.csv", csv}}, diags);
  Model m;
  m.config = files.config;
  BuildGebieden(files, &m, diags);
  return m;
}

const Gebied& At(const Model& m, const std::string& code) {
  int g = m.FindGebied(code);
  REQUIRE(g >= 0);
  return m.gebieden[g];
}

std::vector<std::string> KinderCodes(const Model& m, const std::string& code) {
  std::vector<std::string> out;
  for (int k : At(m, code).kinderen) out.push_back(m.gebieden[k].code);
  return out;
}

}  // namespace

TEST_CASE("areas are read, sorted by code and linked to their parents", "[model][gebieden]") {
  Diagnostics d;
  Model m = Gebieden(kHeader +
                         "WK999902,Zuid,wijk,GM9999,dorp\n"
                         "BU99990101,Oude Haven,buurt,WK999901,\n"
                         "GM9999,Testdorp,gemeente,,\n"
                         "WK999901,Noord,wijk,GM9999,wijk\n"
                         "WK999903,Centrum,wijk,GM9999,\n",
                     &d);
  REQUIRE(d.ToString() == "");
  std::vector<std::string> codes;
  for (const Gebied& g : m.gebieden) codes.push_back(g.code);
  CHECK(codes ==
        std::vector<std::string>{"BU99990101", "GM9999", "WK999901", "WK999902", "WK999903"});
  CHECK(m.root == m.FindGebied("GM9999"));
  CHECK(At(m, "GM9999").ouder == -1);
  CHECK(At(m, "BU99990101").ouder == m.FindGebied("WK999901"));
  // Children by naam: Centrum, Noord, Zuid (not by code, not by file order).
  CHECK(KinderCodes(m, "GM9999") == std::vector<std::string>{"WK999903", "WK999901", "WK999902"});
  CHECK(KinderCodes(m, "BU99990101").empty());
  CHECK(At(m, "WK999902").soort == "dorp");
  CHECK(At(m, "WK999903").soort == "");
  CHECK(At(m, "GM9999").diepte == 0);
  CHECK(At(m, "WK999901").diepte == 1);
  CHECK(At(m, "BU99990101").diepte == 2);
  CHECK(At(m, "BU99990101").pad == "buurt/oude-haven");
  CHECK(At(m, "GM9999").pad == "gemeente/testdorp");
  // The position of an area is its code field (row 3 of the file).
  CHECK(At(m, "BU99990101").pos.line == 3);
  CHECK(At(m, "BU99990101").pos.column == 1);
  CHECK(m.FindGebied("WK000000") == -1);
}

TEST_CASE("children with the same naam are ordered by code", "[model][gebieden]") {
  Diagnostics d;
  Model m = Gebieden(kHeader +
                         "GM9999,Testdorp,gemeente,,\n"
                         "WK02,Centrum,wijk,GM9999,\n"
                         "WK01,Centrum,wijk,GM9999,\n"
                         "GB01,Centrum,gebied,GM9999,\n",
                     &d);
  REQUIRE(d.ToString() == "");
  CHECK(KinderCodes(m, "GM9999") == std::vector<std::string>{"GB01", "WK01", "WK02"});
  // Output folders are per niveau: a gebied and a wijk may share a slug; the
  // second wijk of that name gets its code appended (code order, so stable).
  CHECK(At(m, "GB01").pad == "gebied/centrum");
  CHECK(At(m, "WK01").pad == "wijk/centrum");
  CHECK(At(m, "WK02").pad == "wijk/centrum-wk02");
}

TEST_CASE("an area whose naam gives no slug is named by its code", "[model][gebieden]") {
  Diagnostics d;
  Model m = Gebieden(kHeader + "GM9999,Testdorp,gemeente,,\nWK01,€€,wijk,GM9999,\n", &d);
  CHECK(d.ToString() == "");
  CHECK(At(m, "WK01").pad == "wijk/wk01");
}

TEST_CASE("no two areas get the same output folder", "[model][gebieden]") {
  // WK00's naam happens to be what WK02's suffixed folder would be.
  Diagnostics d;
  Model m = Gebieden(kHeader +
                         "GM9999,Testdorp,gemeente,,\n"
                         "WK00,Noord WK02,wijk,GM9999,\n"
                         "WK01,Noord,wijk,GM9999,\n"
                         "WK02,Noord,wijk,GM9999,\n",
                     &d);
  REQUIRE(d.ToString() == "");
  CHECK(At(m, "WK00").pad == "wijk/noord-wk02");
  CHECK(At(m, "WK01").pad == "wijk/noord");
  CHECK(At(m, "WK02").pad == "wijk/noord-wk02-2");
  std::set<std::string> paden;
  for (const Gebied& g : m.gebieden) paden.insert(g.pad);
  CHECK(paden.size() == m.gebieden.size());
}

TEST_CASE("an area tree of any depth gets every depth right", "[model][gebieden]") {
  // A chain of 500 areas, written leaf first so no parent precedes its child.
  std::string csv = kHeader;
  const int kDepth = 500;
  auto code = [](int i) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "A%04d", i);
    return std::string(buf);
  };
  for (int i = kDepth - 1; i >= 1; --i) {
    csv += code(i) + ",Gebied " + std::to_string(i) + ",wijk," + code(i - 1) + ",\n";
  }
  csv += "A0000,Testdorp,gemeente,,\n";
  Diagnostics d;
  LoadedFiles files = ParseFiles({{"data/gebieden.csv", csv}}, &d);
  Model m;
  m.config.gemeente = "A0000";
  BuildGebieden(files, &m, &d);
  REQUIRE(d.ToString() == "");
  REQUIRE(m.gebieden.size() == static_cast<size_t>(kDepth));
  for (int i = 0; i < kDepth; ++i) {
    INFO(code(i));
    CHECK(m.gebieden[i].diepte == i);  // sorted by code = by depth here
    CHECK(m.gebieden[i].kinderen.size() == (i + 1 < kDepth ? 1u : 0u));
  }
  CHECK(m.root == 0);
}

TEST_CASE("unknown parents, self parents and cycles are left for validate/", "[model][gebieden]") {
  Diagnostics d;
  Model m = Gebieden(kHeader +
                         "GM9999,Testdorp,gemeente,,\n"
                         "WK01,Wees,wijk,WK99,\n"
                         "WK02,Zelf,wijk,WK02,\n"
                         "WK03,Kip,wijk,WK04,\n"
                         "WK04,Ei,wijk,WK03,\n",
                     &d);
  CHECK(d.ToString() == "");  // not the builder's to report
  CHECK(At(m, "WK01").ouder == -1);
  CHECK(At(m, "WK01").ouder_code == "WK99");
  CHECK(At(m, "WK01").diepte == 0);
  // An own parent is linked (validate/ sees it) but is not its own child.
  CHECK(At(m, "WK02").ouder == m.FindGebied("WK02"));
  CHECK(KinderCodes(m, "WK02").empty());
  // The cycle is linked both ways, and its depths are finite.
  CHECK(KinderCodes(m, "WK03") == std::vector<std::string>{"WK04"});
  CHECK(KinderCodes(m, "WK04") == std::vector<std::string>{"WK03"});
  for (const char* c : {"WK02", "WK03", "WK04"}) {
    INFO(c);
    CHECK(At(m, c).diepte >= 0);
    CHECK(At(m, c).diepte < static_cast<int>(m.gebieden.size()));
  }
  CHECK(KinderCodes(m, "GM9999").empty());
}

TEST_CASE("of duplicate codes the first in the file is the one found", "[model][gebieden]") {
  Diagnostics d;
  Model m = Gebieden(kHeader +
                         "GM9999,Testdorp,gemeente,,\n"
                         "WK01,Eerste,wijk,GM9999,\n"
                         "WK01,Tweede,wijk,GM9999,\n",
                     &d);
  CHECK(d.ToString() == "");  // validate/ reports the duplicate
  REQUIRE(m.gebieden.size() == 3);
  CHECK(At(m, "WK01").naam == "Eerste");
  CHECK(At(m, "WK01").pos.line == 3);
}

TEST_CASE("bad area fields are errors at the field", "[model][gebieden]") {
  Diagnostics d;
  Model m = Gebieden(kHeader +
                         "GM9999,Testdorp,gemeente,,\n"
                         ",Naamloos,wijk,GM9999,\n"
                         "WK01,,wijk,GM9999,\n"
                         "WK02,Noord,stadsdeel,GM9999,\n"
                         "WK03,Zuid,wijk,GM9999,stad\n",
                     &d);
  d.Sort();
  CHECK(d.ToString() ==
        "data/gebieden.csv:3:1: error: empty area code\n"
        "data/gebieden.csv:4:6: error: area 'WK01' has no naam\n"
        "data/gebieden.csv:5:12: error: unknown niveau 'stadsdeel'; expected gemeente, gebied, "
        "wijk or buurt\n"
        "data/gebieden.csv:6:23: error: unknown soort 'stad'; expected wijk or dorp\n");
  // An area without a code is left out; the others are kept.
  CHECK(m.gebieden.size() == 4);
}

TEST_CASE("a missing gebieden file or column is an error", "[model][gebieden]") {
  {
    Diagnostics d;
    Model m;
    BuildGebieden(LoadedFiles{}, &m, &d);
    CHECK(d.ToString() == "data/gebieden.csv: error: missing required file data/gebieden.csv\n");
    CHECK(m.root == -1);
  }
  {
    Diagnostics d;
    Model m = Gebieden("code,naam,ouder\nGM9999,Testdorp,\n", &d);
    CHECK(d.ToString() == "data/gebieden.csv:1: error: missing required column 'niveau'\n");
    CHECK(m.gebieden.empty());
  }
  {
    // soort is optional.
    Diagnostics d;
    Model m = Gebieden("code,naam,niveau,ouder\nGM9999,Testdorp,gemeente,\n", &d);
    CHECK(d.ToString() == "");
    CHECK(m.gebieden.size() == 1);
  }
}

TEST_CASE("the root is the gemeente of site.json, wherever it is", "[model][gebieden]") {
  Diagnostics d;
  LoadedFiles files =
      ParseFiles({{"data/gebieden.csv", kHeader + "GM0014,Groningen,gemeente,,\n"}}, &d);
  Model m;
  m.config.gemeente = "GM9999";  // not in the file
  BuildGebieden(files, &m, &d);
  CHECK(m.root == -1);
  Model n;
  n.config.gemeente = "GM0014";
  BuildGebieden(files, &n, &d);
  CHECK(n.root == 0);
}
