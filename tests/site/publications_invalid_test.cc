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

TEST_CASE("a publication whose tree cannot be read is an error, and no site is written",
          "[site][publicaties][invalid]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "begroting");
  REQUIRE(h.Build().empty());
  std::string before = h.TreeDigest();
  h.fixture().CommitSymlinkEntry("data/link.csv", "../../etc/passwd", "link");
  h.fixture().Tag("publicatie/link", "Begroting\n\nsoort: begroting\ndatum: 2024-11-07\n");
  h.Commit(SampleFiles(), "link weg");  // HEAD itself is fine again
  std::string out = h.Build();
  CHECK(h.last_exit() == 1);
  CHECK(Errors(out) ==
        "data/link.csv: error: symbolic links are not allowed in the data repository\n");
  CHECK_THAT(out, Catch::Contains("no site written"));
  CHECK(h.TreeDigest() == before);
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
        "publicatie/2025-begroting:data/begroting/2024.csv:4:1: error: duplicate id 'g1' (first on "
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

TEST_CASE("a publication whose line ids changed kind is an error", "[site][publicaties][invalid]") {
  // First published with line numbers as ids, then with codes: not one line
  // would match, so a diff on jaar + id would say nothing true.
  SiteHarness h;
  auto files = SampleFiles();
  files["data/begroting/2024.csv"] =
      "id,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,financier,"
      "bron\n"
      "1,GM9999,Bestuur,0.1,Raad en college,lasten,1000000,,990000.50,gemeente,Iv3\n"
      "2,WK999901,Leefomgeving,5.7,Groen Noord,lasten,250000,,,gemeente,illustratief\n";
  h.Commit(files, "begroting met regelnummers");
  h.fixture().Tag("publicatie/a", "A\nsoort: begroting\ndatum: 2024-11-07\n");
  h.Commit(SampleFiles(), "codes als id");
  h.fixture().Tag("publicatie/b", "B\nsoort: wijziging\ndatum: 2025-03-01\n");
  std::string out = h.Build();
  CHECK(h.last_exit() == 1);
  const std::string error =
      "publicatie/b:data/begroting/2024.csv:2:1: error: the line ids of 2024 are codes (such as "
      "'b1'), but in 'publicatie/a' they were whole numbers (such as '1'), and no id is the "
      "same: a diff matches lines on jaar + id, so it would compare nothing; keep the ids of "
      "'publicatie/a'\n";
  CHECK(Errors(out) == error);
  CHECK_THAT(out, Catch::Contains("no site written"));
  CHECK_FALSE(h.Exists("index.html"));

  // `openwijk diff` compares on the same key, so it refuses the same way.
  out = h.Run({"diff", "publicatie/a", "publicatie/b", "--repo", h.fixture().dir()});
  CHECK(h.last_exit() == 1);
  CHECK(Errors(out) == error);
}

TEST_CASE("line ids that lost their leading zeros are an error with a hint",
          "[site][publicaties][invalid]") {
  SiteHarness h;
  auto files = SampleFiles();
  std::string& b2025 = files["data/begroting/2025.csv"];
  for (auto [code, nummer] :
       {std::pair{"b1;", "0101;"}, {"g1;", "0102;"}, {"w1;", "0103;"}, {"z1;", "0104;"}}) {
    b2025.replace(b2025.find(code), 3, nummer);
  }
  h.Commit(files, "codes met voorloopnullen");
  h.fixture().Tag("publicatie/a", "A\nsoort: begroting\ndatum: 2024-11-07\n");
  // Saved again from a spreadsheet, which took the codes for numbers.
  for (const char* nummer : {"0101;", "0102;", "0103;", "0104;"}) {
    b2025.replace(b2025.find(nummer), 5, std::string(nummer + 1));
  }
  b2025.replace(b2025.find("300.000"), 7, "310.000");
  h.Commit(files, "uit de spreadsheet");
  h.fixture().Tag("publicatie/b", "B\nsoort: wijziging\ndatum: 2025-03-01\n");
  std::string out = h.Build();
  CHECK(h.last_exit() == 1);
  CHECK(Errors(out) ==
        "publicatie/b:data/begroting/2025.csv:2:1: error: the line ids of 2025 are whole numbers "
        "(such as '101'), but in 'publicatie/a' they were codes (such as '0101'), and no id is "
        "the same: a diff matches lines on jaar + id, so it would compare nothing; keep the ids "
        "of 'publicatie/a'; did a spreadsheet drop the leading zeros ('0101' became '101')?\n");
  CHECK_FALSE(h.Exists("index.html"));
}

TEST_CASE("ids of one kind, or a few renamed, are no key change", "[site][publicaties]") {
  SiteHarness h;
  auto files = SampleFiles();
  std::string& b2024 = files["data/begroting/2024.csv"];
  b2024.replace(b2024.find("b1,"), 3, "10,");
  b2024.replace(b2024.find("g1,"), 3, "11,");
  h.Commit(files, "regelnummers");
  h.fixture().Tag("publicatie/a", "A\nsoort: begroting\ndatum: 2024-11-07\n");
  // Renumbered, but still numbers: a big change, not another kind of key.
  b2024.replace(b2024.find("10,"), 3, "20,");
  b2024.replace(b2024.find("11,"), 3, "21,");
  h.Commit(files, "hernummerd");
  h.fixture().Tag("publicatie/b", "B\nsoort: wijziging\ndatum: 2025-03-01\n");
  // One line gets a code and one keeps its number: the key is kept.
  b2024.replace(b2024.find("21,"), 3, "g1,");
  h.Commit(files, "een code");
  h.fixture().Tag("publicatie/c", "C\nsoort: wijziging\ndatum: 2025-04-01\n");
  CHECK(h.Build() == "");
  CHECK(h.last_exit() == 0);
  CHECK(h.Exists("publicaties/c/index.html"));
}
