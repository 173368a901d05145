// Invalid data repositories, next to the valid one: each breaks one thing and
// asserts the exact diagnostics `openwijk check` prints, and that `build`
// writes nothing.
#include <catch2/catch.hpp>

#include "site/sample_site.h"
#include "site/site_harness.h"

using namespace openwijk::testing;

namespace {

// Commits the sample with `edit` applied and returns what `check` printed.
template <typename Edit>
std::string CheckWith(SiteHarness& h, Edit edit) {
  auto files = SampleFiles();
  edit(files);
  h.Commit(files, "test");
  std::string out = h.Run({"check", "--repo", h.fixture().dir()});
  return out;
}

}  // namespace

TEST_CASE("invalid data gives exact file:line:column diagnostics", "[site][invalid]") {
  SiteHarness h;
  SECTION("unbalanced quote") {
    CHECK(
        CheckWith(
            h, [](auto& f) { f["data/gebieden.csv"] += "BU99990102,\"Open,buurt,WK999901,\n"; }) ==
        "data/gebieden.csv:6:12: error: unbalanced quote: field never closed\n"
        "openwijk: 1 error, 0 warnings\n");
  }
  SECTION("wrong number of fields") {
    CHECK(CheckWith(h, [](auto& f) { f["data/gebieden.csv"] += "BU99990102,Nieuw,buurt\n"; }) ==
          "data/gebieden.csv:6: error: row has 3 fields, the header has 5\n"
          "openwijk: 1 error, 0 warnings\n");
  }
  SECTION("non-numeric and ambiguous amounts") {
    CHECK(CheckWith(h,
                    [](auto& f) {
                      f["data/begroting/2024.csv"] +=
                          "a1,GM9999,Bestuur,0.1,X,lasten,veel,,,gemeente,Iv3\n"
                          "a2,GM9999,Bestuur,0.1,Y,lasten,1.234,,,gemeente,Iv3\n";
                      f["data/begroting/2025.csv"] +=
                          "a3;GM9999;Bestuur;0.1;Z;lasten;1,234.50;;;gemeente;Iv3\n";
                    }) ==
          "data/begroting/2024.csv:4:32: error: amount 'veel' is not in the standard (1234567.89) "
          "notation this file uses\n"
          "data/begroting/2024.csv:5:32: error: amount '1.234' has more than two decimals; in the "
          "standard (1234567.89) notation this file uses\n"
          "data/begroting/2025.csv:6:32: error: amount '1,234.50' is not in the Dutch "
          "(1.234.567,89) notation this file uses\n"
          "openwijk: 3 errors, 0 warnings\n");
  }
  SECTION("unknown area code, with a hint") {
    CHECK(
        CheckWith(h,
                  [](auto& f) {
                    f["data/begroting/2024.csv"] +=
                        "u1,WK999903,Bestuur,0.1,X,lasten,1,,,gemeente,Iv3\n";
                  }) ==
        "data/begroting/2024.csv:4:4: error: unknown gebied 'WK999903'; did you mean 'WK999901'?\n"
        "openwijk: 1 error, 0 warnings\n");
  }
  SECTION("duplicate id") {
    CHECK(CheckWith(h,
                    [](auto& f) {
                      f["data/begroting/2024.csv"] +=
                          "b1,GM9999,Bestuur,0.1,Dubbel,lasten,1,,,gemeente,Iv3\n";
                    }) ==
          "data/begroting/2024.csv:4:1: error: duplicate id 'b1' (first on line 2)\n"
          "openwijk: 1 error, 0 warnings\n");
  }
  SECTION("cycle in the area tree") {
    CHECK(CheckWith(h,
                    [](auto& f) {
                      f["data/gebieden.csv"] =
                          "code,naam,niveau,ouder,soort\n"
                          "GM9999,Testdorp,gemeente,,\n"
                          "WK999901,Noord,wijk,BU99990101,wijk\n"
                          "WK999902,Zuid,wijk,GM9999,dorp\n"
                          "BU99990101,Oude Haven,buurt,WK999901,\n";
                    }) ==
          "data/gebieden.csv:5:1: error: cycle in the area tree: BU99990101 -> WK999901 -> "
          "BU99990101\n"
          "openwijk: 1 error, 0 warnings\n");
  }
  SECTION("missing required file and column") {
    CHECK(CheckWith(h,
                    [](auto& f) {
                      f.erase("data/kompas/indicatoren.csv");
                      f["data/kompas/waarden.csv"] = "gebied,indicator,jaar\n";
                    }) ==
          "data/kompas/indicatoren.csv: error: missing required file data/kompas/indicatoren.csv\n"
          "data/kompas/waarden.csv:1: error: missing required column 'waarde'\n"
          "openwijk: 2 errors, 0 warnings\n");
  }
  SECTION("invalid UTF-8") {
    CHECK(
        CheckWith(
            h, [](auto& f) { f["data/gebieden.csv"] += "BU99990102,Caf\xe9,buurt,WK999901,\n"; }) ==
        "data/gebieden.csv:6:15: error: invalid UTF-8\n"
        "openwijk: 1 error, 0 warnings\n");
  }
  SECTION("malformed JSON and GeoJSON") {
    CHECK(CheckWith(h,
                    [](auto& f) {
                      f["site.json"] = "{\n  \"titel\": \"x\",\n}\n";
                      f["data/geo/gebieden.geojson"] =
                          "{\"type\": \"FeatureCollection\", \"features\": [\n{]}\n";
                    }) ==
          "data/geo/gebieden.geojson:2:2: error: malformed JSON: syntax error while parsing object "
          "key - unexpected ']'; expected string literal\n"
          "site.json:3:1: error: malformed JSON: syntax error while parsing object key - "
          "unexpected '}'; expected string literal\n"
          "openwijk: 2 errors, 0 warnings\n");
  }
  SECTION("paths outside the repository") {
    CHECK(CheckWith(
              h, [](auto& f) { f["site.json"].insert(2, "  \"templates\": \"../../etc\",\n"); }) ==
          "site.json:2:3: error: path '../../etc' in 'templates' is not allowed: '..' leaves the "
          "repository\n"
          "openwijk: 1 error, 0 warnings\n");
    CHECK(CheckWith(h,
                    [](auto& f) {
                      f["content/colofon.md"] =
                          "---\ntitel: Colofon\nafbeelding: ../geheim.png\n---\nTekst\n";
                    }) ==
          "content/colofon.md:3:13: error: path '../geheim.png' in 'afbeelding' is not allowed: "
          "'..' leaves the repository\n"
          "openwijk: 1 error, 0 warnings\n");
  }
}

TEST_CASE("an unknown revision is an error and writes nothing", "[site][invalid]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "een");
  CHECK(h.Build({"--rev", "bestaat-niet"}) ==
        "openwijk: error: unknown revision 'bestaat-niet'\n"
        "openwijk: 1 error, 0 warnings\n"
        "openwijk: no site written; " +
            h.out_root() + "/site/ is unchanged\n");
  CHECK(h.last_exit() == 1);
  CHECK_FALSE(h.Exists("index.html"));
}

TEST_CASE("usage errors exit 2 with a hint", "[cli]") {
  SiteHarness h;
  CHECK(h.Run({"biuld"}) ==
        "openwijk: unknown command 'biuld'; did you mean 'build'? (see 'openwijk --help')\n");
  CHECK(h.last_exit() == 2);
  CHECK(h.Run({"build", "--ouy", "x"}) ==
        "openwijk build: unknown option '--ouy'; did you mean '--out'? (see 'openwijk build "
        "--help')\n");
  CHECK(h.last_exit() == 2);
  CHECK(h.Run({"check", "--rev"}) ==
        "openwijk check: --rev needs a value (see 'openwijk check --help')\n");
  CHECK(h.last_exit() == 2);
  for (const char* command : {"build", "check", "diff", "history", "publications"}) {
    INFO(command);
    CHECK_THAT(h.Run({command, "--help"}),
               Catch::StartsWith(std::string("usage: openwijk ") + command));
    CHECK(h.last_exit() == 0);
  }
  CHECK(h.Run({"build", "--threads", "nul"}) ==
        "openwijk build: --threads wants a number from 1 to 256, not 'nul' (see 'openwijk build "
        "--help')\n");
  CHECK(h.last_exit() == 2);
  CHECK_THAT(h.Run({"--version"}), Catch::StartsWith("openwijk "));
}

TEST_CASE("check validates without writing anything", "[cli]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "een");
  std::string out = h.Run({"check", "--repo", h.fixture().dir()});
  CHECK(h.last_exit() == 0);
  CHECK_THAT(out, Catch::Contains(" is fine ("));
  CHECK(h.SiblingsOfOut().empty());  // no site, no stamp, no temporary folder
  CHECK(h.fixture().RevParse("HEAD") == h.head());
}
