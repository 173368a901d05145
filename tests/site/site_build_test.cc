// Whole-site tests: real git repositories made through libgit2, built at
// different revisions, with assertions on the files written.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "site/sample_site.h"
#include "site/site_harness.h"

using namespace openwijk;
using namespace openwijk::testing;

TEST_CASE("the sample builds a page per area, content pages and downloads", "[site]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "begroting 2025");
  REQUIRE(h.Build() == "");
  CHECK(h.Exists("index.html"));
  CHECK(h.Exists("gemeente/testdorp/index.html"));
  CHECK(h.Exists("wijk/noord/index.html"));
  CHECK(h.Exists("wijk/zuid/index.html"));
  CHECK(h.Exists("buurt/oude-haven/index.html"));
  CHECK(h.Exists("colofon/index.html"));
  CHECK(h.Exists("style.css"));
  CHECK(h.Exists("wijk/noord/begroting-2025.csv"));
  CHECK(h.Exists("wijk/noord/begroting-2025.json"));
  CHECK(h.Exists("wijk/noord/begroting/2024/index.html"));
  CHECK(h.Exists("wijk/noord/kompas.csv"));

  std::string noord = h.Read("wijk/noord/index.html");
  CHECK_THAT(noord, Catch::Contains("<html lang=\"nl\">"));
  // 300.000 begroot, 280.000 gewijzigd on Noord, plus 45.000,50 on its buurt.
  CHECK_THAT(noord, Catch::Contains("€ 345.001"));
  // The gewijzigd column counts a line that was not amended at its budget: 280.000 + 45.000,50,
  // not 280.000 alone (which would look like a cut of 65.000).
  CHECK_THAT(noord, Catch::Contains("<td class=\"num\">€ 325.001</td>"));
  // And so does the row of such a line, so that the rows add up to that total; before,
  // it said "niet bekend" while the total counted it.
  CHECK_THAT(noord, Catch::Contains("<th scope=\"row\">Participatie</th><td class=\"num\">€ "
                                    "45.001</td><td class=\"num\">€ 45.001</td>"));
  CHECK_THAT(noord, Catch::Contains("<caption>Lasten per programma, 2025</caption>"));
  CHECK_THAT(noord, Catch::Contains("<th scope=\"row\">Participatie</th>"));
  CHECK_THAT(noord, Catch::Contains("5.7 Openbaar groen en (openlucht) recreatie"));
  CHECK_THAT(noord, Catch::Contains("2,25"));  // kompas value as written
  CHECK_THAT(noord, Catch::Contains("+100 <span class=\"eenheid\">sinds 2023</span>"));
  CHECK_THAT(noord, Catch::Contains("<h3>Sterktes</h3>"));  // DNA text, shifted below h2
  CHECK_THAT(noord, Catch::Contains("href=\"../../gemeente/testdorp/\""));
  CHECK_THAT(noord, Catch::Contains(h.head().substr(0, 10)));  // provenance in the footer
  // Lines whose bron says "illustratief" are called that on the page.
  CHECK_THAT(noord, Catch::Contains("een deel van deze bedragen is illustratief"));

  std::string csv = h.Read("wijk/noord/begroting-2025.csv");
  CHECK(csv ==
        "id,jaar,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,"
        "financier,bron,besluit\n"
        "g1,2025,WK999901,Leefomgeving,5.7,Groen Noord,lasten,300000,280000,,gemeente,illustratief,"
        "\n"
        "w1,2025,BU99990101,Participatie,6.1,Wijkbudget Oude Haven,lasten,45000.50,,,corporaties,"
        "illustratief,\n");
  std::string json = h.Read("wijk/noord/begroting-2025.json");
  CHECK_THAT(json, Catch::Contains("\"begroot\": 45000.50"));
  auto parsed = nlohmann::json::parse(json);  // the download is valid JSON
  REQUIRE(parsed.size() == 2);
  CHECK(parsed[1]["begroot"].get<double>() == Approx(45000.5));
  CHECK(parsed[0]["realisatie"].is_null());
  CHECK_THAT(json, Catch::Contains("\"realisatie\": null"));

  // The home page's areas table has its numbers beside it, raw.
  CHECK_THAT(h.Read("index.html"), Catch::Contains("href=\"gebieden-uitgaven.csv\" download"));
  std::string areas = h.Read("gebieden-uitgaven.csv");
  CHECK_THAT(areas,
             Catch::StartsWith("code,naam,niveau,ouder,jaar,uitgaven,inwoners,per_inwoner\n"));
  CHECK_THAT(areas, Catch::Contains("WK999901,Noord,wijk,GM9999,2025,325000.50,2000,162.50\n"));
  auto areas_json = nlohmann::json::parse(h.Read("gebieden-uitgaven.json"));
  REQUIRE(areas_json.size() >= 2);
  CHECK(areas_json[0]["code"] == "WK999901");

  std::string home = h.Read("index.html");
  // The current budget: gewijzigd where a line was amended, else begroot (g1: 280.000 for
  // 300.000). 1.234.567 + 280.000 + 45.000,50 + 100.000 = 1.659.567,50; placeable 425.000,50.
  CHECK_THAT(home, Catch::Contains("€ 1.659.568"));
  CHECK_THAT(home, Catch::Contains("€ 425.001"));
  CHECK_THAT(home, Catch::Contains("25,6%"));
}

TEST_CASE("a build reads the tree at the revision asked for", "[site]") {
  SiteHarness h;
  auto files = SampleFiles();
  std::string first = h.Commit(files, "eerste");
  files["data/begroting/2025.csv"] +=
      "x1;WK999902;Leefomgeving;5.7;Speeltuin;lasten;7.000;;;gemeente;illustratief\n";
  h.Commit(files, "tweede");
  REQUIRE(h.Build() == "");
  CHECK_THAT(h.Read("wijk/zuid/index.html"), Catch::Contains("€ 107.000"));
  REQUIRE(h.Build({"--rev", first}) == "");
  std::string zuid = h.Read("wijk/zuid/index.html");
  CHECK_THAT(zuid, Catch::Contains("€ 100.000"));
  CHECK_THAT(zuid, !Catch::Contains("€ 107.000"));
  CHECK_THAT(zuid, Catch::Contains(first.substr(0, 10)));
  // The footer names what was built only when it is a publication: not
  // HEAD, a branch or a commit id, whole or short.
  CHECK_THAT(zuid, !Catch::Contains("(" + first));
  REQUIRE(h.Build({"--rev", first.substr(0, 7)}) == "");
  CHECK_THAT(h.Read("index.html"), !Catch::Contains("(" + first.substr(0, 7)));
  REQUIRE(h.Build() == "");
  CHECK_THAT(h.Read("index.html"), !Catch::Contains("(HEAD)"));
  h.fixture().Tag("publicatie/1", "Begroting\n\nsoort: begroting\ndatum: 2025-01-01\n");
  REQUIRE(h.Build({"--rev", "publicatie/1"}) == "");
  CHECK_THAT(h.Read("index.html"), Catch::Contains("</code> (publicatie Begroting) van <time"));
  REQUIRE(h.Build() == "");
  CHECK_THAT(h.Read("index.html"), !Catch::Contains("(publicatie Begroting)"));
}

TEST_CASE("the same revision builds to the same bytes", "[site][determinism]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "begroting");
  REQUIRE(h.Build() == "");
  std::string a = h.TreeDigest();
  REQUIRE(h.Build({}, "site2") == "");
  CHECK(h.TreeDigest("site2") == a);
  // A clean worktree builds exactly like HEAD.
  REQUIRE(h.Build({"--worktree"}, "site3") == "");
  CHECK(h.TreeDigest("site3") == a);
}

TEST_CASE("a worktree preview says so on every page", "[site]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "begroting");
  h.fixture().Write("content/colofon.md", "---\ntitel: Colofon (concept)\n---\nNieuw.\n");
  REQUIRE(h.Build({"--worktree"}) == "");
  // check says what it read too: not just "HEAD", as if the edits were not there.
  std::string short_id = h.head().substr(0, 10);
  CHECK_THAT(h.Run({"check", "--worktree", "--repo", h.fixture().dir()}),
             Catch::Contains("openwijk: HEAD " + short_id + " + uncommitted changes is fine ("));
  CHECK_THAT(h.Run({"check", "--repo", h.fixture().dir()}),
             Catch::Contains("openwijk: HEAD " + short_id + " is fine ("));
  CHECK_THAT(h.Read("colofon/index.html"), Catch::Contains("Colofon (concept)"));
  CHECK_THAT(h.Read("index.html"), Catch::Contains("class=\"werkversie\""));
  CHECK_THAT(h.Read("wijk/noord/index.html"), Catch::Contains("class=\"werkversie\""));
  REQUIRE(h.Build() == "");
  CHECK_THAT(h.Read("index.html"), !Catch::Contains("werkversie"));
}

TEST_CASE("a failed build leaves the previous site exactly as it was", "[site][atomic]") {
  SiteHarness h;
  auto files = SampleFiles();
  h.Commit(files, "goed");
  REQUIRE(h.Build() == "");
  std::string before = h.TreeDigest();
  files["data/begroting/2025.csv"] += "k1;WK000000;X;5.7;Kapot;lasten;veel;;;gemeente;x\n";
  h.Commit(files, "kapot");
  std::string errors = h.Build();
  CHECK_THAT(errors, Catch::Contains("data/begroting/2025.csv:6:"));
  CHECK(h.last_exit() == 1);
  CHECK(h.TreeDigest() == before);
  // No temporary left behind; the stamp of the good build is still there.
  CHECK(h.SiblingsOfOut() ==
        std::vector<std::string>{".site.openwijk", ".site.openwijk.lock", "site"});
}

TEST_CASE("a rebuild rewrites only what changed", "[site][publish]") {
  SiteHarness h;
  auto files = SampleFiles();
  h.Commit(files, "een");
  REQUIRE(h.Build() == "");
  REQUIRE(h.Build({"--force"}) == "");
  CHECK_FALSE(h.last_stats().up_to_date);
  CHECK(h.last_stats().written == 0);  // every file hard-linked from the previous site
  REQUIRE(h.Build() == "");
  CHECK(h.last_stats().up_to_date);  // the forced build stamped what it built
  files["content/colofon.md"] = "---\ntitel: Colofon\nvolgorde: 2\n---\nAnders.\n";
  h.Commit(files, "twee");
  REQUIRE(h.Build() == "");
  // Every page names the commit in its footer and every feed carries the
  // commit time (DTSTAMP, <updated>), so those change; the downloads and the
  // stylesheet do not, and are not written again.
  int feeds = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(h.out_root() + "/site")) {
    const std::string p = e.path().string();
    if (p.size() > 4 &&
        (p.compare(p.size() - 4, 4, ".ics") == 0 || p.compare(p.size() - 4, 4, ".xml") == 0))
      ++feeds;
  }
  CHECK(feeds > 0);
  CHECK(h.last_stats().written == static_cast<int>(h.HtmlPages().size()) + feeds);
}

TEST_CASE("no live markup comes out of data, front matter or Markdown", "[site][xss]") {
  SiteHarness h;
  auto files = SampleFiles();
  const std::string xss = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  files["data/gebieden.csv"] += "BU99990102,\"" + xss + "\",buurt,WK999901,\n";
  files["data/begroting/2025.csv"] +=
      "x;WK999902;\"" + xss + "\";5.7;\"" + xss + "\";lasten;1;;;\"" + xss + "\";\"" + xss + "\"\n";
  files["data/kompas/indicatoren.csv"] += "evil,\"" + xss + "\",\"" + xss + "\",\"" + xss + "\"\n";
  files["data/kompas/waarden.csv"] += "WK999902,evil,2024,1\n";
  files["content/evil.md"] = "---\ntitel: \"" + xss +
                             "\"\nsamenvatting: '\"><script>x</script>'\n---\n" + xss +
                             "\n\n[a](javascript:alert(3))\n";
  files["data/kompas/dna/WK999902.md"] = "---\nbron: \"" + xss + "\"\n---\n" + xss + "\n";
  h.Commit(files, "xss");
  REQUIRE(h.Build() == "");
  for (const std::string& page : h.HtmlPages()) {
    std::string html = h.Read(page);
    INFO(page);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
  }
  CHECK_THAT(h.Read("evil/index.html"), Catch::Contains("&lt;script&gt;"));
}

TEST_CASE("a rebuild of the same commit into an untouched site does nothing", "[site][publish]") {
  SiteHarness h;
  auto files = SampleFiles();
  h.Commit(files, "een");
  REQUIRE(h.Build() == "");
  CHECK_FALSE(h.last_stats().up_to_date);
  std::string before = h.TreeDigest();
  REQUIRE(h.Build() == "");
  CHECK(h.last_stats().up_to_date);
  CHECK(h.TreeDigest() == before);

  SECTION("a file changed by hand makes it a full build that restores the file") {
    std::string page = h.out_root() + "/site/colofon/index.html";
    { std::ofstream(page, std::ios::app) << "<!-- hand edit -->"; }
    REQUIRE(h.Build() == "");
    CHECK_FALSE(h.last_stats().up_to_date);
    CHECK(h.last_stats().written == 1);
    CHECK(h.TreeDigest() == before);
  }
  SECTION("a file added by hand is removed by the full build it causes") {
    { std::ofstream(h.out_root() + "/site/extra.html") << "x"; }
    REQUIRE(h.Build() == "");
    CHECK_FALSE(h.last_stats().up_to_date);
    CHECK(h.TreeDigest() == before);
  }
  SECTION("a new tag is a new input") {
    h.fixture().Tag("publicatie/1", "Begroting\n\nsoort: begroting\ndatum: 2025-01-01\n");
    REQUIRE(h.Build() == "");
    CHECK_FALSE(h.last_stats().up_to_date);
  }
  SECTION("another revision is a full build") {
    files["content/colofon.md"] = "---\ntitel: Colofon\nvolgorde: 2\n---\nAnders.\n";
    h.Commit(files, "twee");
    REQUIRE(h.Build() == "");
    CHECK_FALSE(h.last_stats().up_to_date);
    CHECK_THAT(h.Read("colofon/index.html"), Catch::Contains("Anders."));
  }
}

TEST_CASE("the build names the output folder with one slash whatever --out ends in",
          "[site][cli]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "een");
  const std::string dir = h.out_root() + "/site";
  std::string wrote = h.Run({"build", "--repo", h.fixture().dir(), "--out", dir + "//"});
  REQUIRE(h.last_exit() == 0);
  CHECK_THAT(wrote, Catch::Contains(" to " + dir + "/ from "));
  std::string noop = h.Run({"build", "--repo", h.fixture().dir(), "--out", dir + "/"});
  CHECK_THAT(noop, Catch::Contains(dir + "/ is up to date with "));
  std::string failed =
      h.Run({"build", "--repo", h.fixture().dir(), "--out", dir + "//", "--rev", "bestaat-niet"});
  REQUIRE(h.last_exit() == 1);
  CHECK_THAT(failed, Catch::Contains("no site written; " + dir + "/ is unchanged"));
  CHECK_THAT(wrote + noop + failed, !Catch::Contains("//"));
}

TEST_CASE("the site is the same on one thread and on several", "[site][threads]") {
  SiteHarness h;
  h.Commit(SampleFiles(), "een");
  REQUIRE(h.Build({"--threads", "1"}, "een") == "");
  REQUIRE(h.Build({"--threads", "3"}, "drie") == "");
  CHECK(h.TreeDigest("een") == h.TreeDigest("drie"));
  CHECK(h.HtmlPages("een").size() > 20);
}
