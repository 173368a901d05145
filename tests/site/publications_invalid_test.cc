// Bad publications: each stops the build with one clear error and no site.
#include <catch2/catch.hpp>

#include "site/sample_site.h"
#include "site/site_harness.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

// The diagnostics of a failed build, without the closing summary lines.
std::string Errors(const std::string& output) {
  std::string out;
  size_t start = 0;
  while (start < output.size()) {
    size_t end = output.find('\n', start);
    std::string line = output.substr(start, end - start);
    if (line.find("error") != std::string::npos && line.find("openwijk: 1 error") != 0 &&
        line.find(" errors, ") == std::string::npos) {
      out += line + "\n";
    }
    start = end == std::string::npos ? output.size() : end + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("a publication tag that points to no commit is an error",
          "[site][publicaties][invalid]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "begroting");
  h.fixture().TagObject("publicatie/kapot", "HEAD:site.json");
  std::string out = h.Build();
  CHECK(h.last_exit() == 1);
  CHECK(Errors(out) == "openwijk: error: tag 'publicatie/kapot' does not point to a commit\n");
  CHECK_THAT(out, Catch::Contains("no site written"));
  CHECK_FALSE(h.Exists("index.html"));
}

TEST_CASE("a build with two publications of the same datum and soort fails",
          "[site][publicaties][invalid]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "begroting");
  h.fixture().Tag("publicatie/a", "A\nsoort: wijziging\ndatum: 2025-03-01\n");
  auto files = SampleFiles();
  files["content/colofon.md"] += "Meer.\n";
  h.Commit(files, "tekst");
  h.fixture().Tag("publicatie/b", "B\nsoort: wijziging\ndatum: 2025-03-01\n");
  std::string out = h.Build();
  CHECK(h.last_exit() == 1);
  CHECK(Errors(out) ==
        "openwijk: error: publications 'publicatie/a' and 'publicatie/b' have the same datum "
        "(2025-03-01) and soort (wijziging)\n");
  CHECK_FALSE(h.Exists("index.html"));
}

TEST_CASE("a bad soort in a tag message is an error", "[site][publicaties][invalid]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "begroting");
  h.fixture().Tag("publicatie/a", "A\nsoort: voorjaarsnota\n");
  std::string out = h.Build();
  CHECK(h.last_exit() == 1);
  CHECK(Errors(out) ==
        "openwijk: error: tag 'publicatie/a': unknown soort 'voorjaarsnota'; expected begroting, "
        "wijziging, tussentijdse-rapportage or jaarrekening\n");
}

TEST_CASE("a publication whose line ids are not unique is an error",
          "[site][publicaties][invalid]") {
  SiteHarness h;
  auto files = SampleFiles();
  files["data/begroting/2024.csv"] +=
      "g1,WK999902,Leefomgeving,5.7,Groen Zuid,lasten,1,,,gemeente,x\n";
  // Published with the mistake (the tag is made through libgit2, so it is not validated),
  // then fixed on HEAD.
  h.Commit(files, "begroting met een dubbele regel");
  h.fixture().Tag("publicatie/2025-begroting", "Begroting\nsoort: begroting\ndatum: 2024-11-07\n");
  h.Commit(SampleFiles(), "hersteld");
  std::string out = h.Build();
  CHECK(h.last_exit() == 1);
  CHECK(Errors(out) ==
        "publicatie/2025-begroting:data/begroting/2024.csv:4: error: duplicate id 'g1' (first on "
        "line 3)\n");
  CHECK_FALSE(h.Exists("index.html"));
}

TEST_CASE("a publication whose begroting lost its id column is an error",
          "[site][publicaties][invalid]") {
  SiteHarness h;
  auto files = SampleFiles();
  files["data/begroting/2024.csv"] =
      "code,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,financier,"
      "bron\n"
      "b1,GM9999,Bestuur,0.1,Raad en college,lasten,1000000,,990000.50,gemeente,Iv3\n";
  h.Commit(files, "kolom hernoemd");
  h.fixture().Tag("publicatie/x", "X\nsoort: begroting\ndatum: 2024-11-07\n");
  h.Commit(SampleFiles(), "hersteld");
  std::string out = h.Build();
  CHECK(h.last_exit() == 1);
  CHECK(Errors(out) ==
        "publicatie/x:data/begroting/2024.csv:1: error: missing required column 'id'\n");
}

TEST_CASE("openwijk diff with a revision that does not resolve",
          "[site][publicaties][invalid][cli]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "begroting");
  std::string out = h.Run({"diff", "HEAD", "geen-tak", "--repo", h.fixture().dir()});
  CHECK(h.last_exit() == 1);
  CHECK(Errors(out) == "openwijk: error: unknown revision 'geen-tak'\n");
  out = h.Run({"diff", "HEAD", "--repo", h.fixture().dir()});
  CHECK(h.last_exit() == 2);
  CHECK(out ==
        "openwijk diff: needs two revisions, REV_A and REV_B (see 'openwijk diff --help')\n");
  out = h.Run({"diff", "HEAD", "HEAD", "--format", "xml", "--repo", h.fixture().dir()});
  CHECK(h.last_exit() == 2);
  CHECK(out ==
        "openwijk diff: unknown format 'xml'; expected text, csv or json (see 'openwijk diff "
        "--help')\n");
  out = h.Run({"diff", "HEAD", "HEAD", "--gebied", "WK0", "--repo", h.fixture().dir()});
  CHECK(h.last_exit() == 1);
  CHECK(Errors(out) == "openwijk: error: unknown gebied 'WK0' in both revisions\n");
  out = h.Run({"diff", "HEAD", "HEAD", "--exit-kode"});
  CHECK(h.last_exit() == 2);
  CHECK(out ==
        "openwijk diff: unknown option '--exit-kode'; did you mean '--exit-code'? (see "
        "'openwijk diff --help')\n");
}
