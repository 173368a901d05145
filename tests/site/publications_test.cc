// Publications: tagged commits of a real repository, built into pages that
// say what changed, with downloads whose checksums match; and the diff,
// history and publications commands on the same repository.
#include <catch2/catch.hpp>

#include <cstring>
#include <nlohmann/json.hpp>
#include <sstream>

#include "site/sample_site.h"
#include "site/site_harness.h"
#include "util/sha256.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

const char* kHeader2025 =
    "id;gebied;programma;taakveld;omschrijving;soort;begroot;gewijzigd;realisatie;financier;bron\n";

// Three publications of the sample: the begroting, a wijziging, a jaarrekening.
struct ThreePublications {
  SiteHarness h;
  std::string c1, c2, c3;
  std::map<std::string, std::string> files;  // as in the last publication
  ThreePublications() {
    files = SampleFiles();
    c1 = h.Commit(files, "begroting 2025");
    h.fixture().Tag("publicatie/2025-begroting",
                    "Begroting 2025\n\nsoort: begroting\ndatum: 2024-11-07\n\nZoals vastgesteld.\n",
                    1750000000);
    // Rows reordered (no change), g1 amended, w1 moved to Zuid, z1 gone, x1 new.
    files["data/begroting/2025.csv"] =
        std::string(kHeader2025) +
        "x1;WK999902;Leefomgeving;5.7;Speeltuin;lasten;7.000;;;gemeente;illustratief\n"
        "w1;WK999902;Participatie;6.1;Wijkbudget Oude "
        "Haven;lasten;45.000,50;;;corporaties;illustratief\n"
        "g1;WK999901;Leefomgeving;5.7;Groen Noord;lasten;300.000;270.000;;gemeente;illustratief\n"
        "b1;GM9999;Bestuur;0.1;Raad en college;lasten;1.234.567;;;gemeente;Iv3\n";
    files["data/kompas/waarden.csv"] =
        "gebied,indicator,jaar,waarde\n"
        "GM9999,inwoners,2024,3000\n"
        "WK999901,inwoners,2023,1900\n"
        "WK999901,inwoners,2024,2050\n"
        "WK999902,inwoners,2024,1000\n"
        "BU99990101,inwoners,2024,\n"
        "WK999901,hh_grootte,2024,2.25\n";
    c2 = h.Commit(files, "wijziging");
    h.fixture().Tag("publicatie/2025-wijziging-1",
                    "Wijziging 1\n\nsoort: wijziging\ndatum: 2025-03-01\n", 1750100000);
    // The jaarrekening: b1's realisatie is known for the first time.
    files["data/begroting/2025.csv"] =
        std::string(kHeader2025) +
        "b1;GM9999;Bestuur;0.1;Raad en college;lasten;1.234.567;;1.200.000;gemeente;Iv3\n"
        "g1;WK999901;Leefomgeving;5.7;Groen Noord;lasten;300.000;270.000;;gemeente;illustratief\n"
        "w1;WK999902;Participatie;6.1;Wijkbudget Oude "
        "Haven;lasten;45.000,50;;;corporaties;illustratief\n"
        "x1;WK999902;Leefomgeving;5.7;Speeltuin;lasten;7.000;;;gemeente;illustratief\n";
    c3 = h.Commit(files, "jaarrekening");
    h.fixture().Tag("publicatie/2025-jaarrekening",
                    "Jaarrekening 2025\n\nsoort: jaarrekening\ndatum: 2026-04-15\n", 1750200000);
  }
};

}  // namespace

TEST_CASE("publications get an index, a page each and the exact diff", "[site][publicaties]") {
  ThreePublications p;
  SiteHarness& h = p.h;
  REQUIRE(h.Build() == "");

  std::string index = h.Read("publicaties/index.html");
  size_t j = index.find("Jaarrekening 2025"), w = index.find("Wijziging 1"),
         b = index.find("Begroting 2025");
  CHECK(j < w);
  CHECK(w < b);  // newest first
  CHECK(b != std::string::npos);
  CHECK_THAT(index, Catch::Contains("<td>Begrotingswijziging</td>"));
  CHECK_THAT(index, Catch::Contains("<time datetime=\"2025-03-01\">1 maart 2025</time>"));
  CHECK_THAT(index, Catch::Contains(p.c2.substr(0, 10)));
  CHECK_THAT(index,
             Catch::Contains("2 regels gewijzigd, 1 nieuw, 1 vervallen; 1 kompaswaarde anders"));

  CHECK(
      h.Read("publicaties/2025-wijziging-1/wijzigingen.csv") ==
      "@@,id,jaar,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,"
      "financier,bron,besluit\n"
      "->,g1,2025,WK999901,Leefomgeving,5.7,Groen Noord,lasten,300000,280000->270000,,gemeente,"
      "illustratief,\n"
      "->,w1,2025,BU99990101->WK999902,Participatie,6.1,Wijkbudget Oude Haven,lasten,45000.50,,,"
      "corporaties,illustratief,\n"
      "+++,x1,2025,WK999902,Leefomgeving,5.7,Speeltuin,lasten,7000,,,gemeente,illustratief,\n"
      "---,z1,2025,WK999902,Leefomgeving,5.7,Groen Zuid,lasten,100000,,,gemeente,illustratief,\n");
  auto diff = nlohmann::json::parse(h.Read("publicaties/2025-wijziging-1/wijzigingen.json"));
  CHECK(diff["van"] == "publicatie/2025-begroting");
  CHECK(diff["naar"] == "publicatie/2025-wijziging-1");
  REQUIRE(diff["added"].size() == 1);
  CHECK(diff["added"][0]["id"] == "x1");
  CHECK(diff["added"][0]["begroot"] == 7000);
  REQUIRE(diff["removed"].size() == 1);
  CHECK(diff["removed"][0]["id"] == "z1");
  REQUIRE(diff["changed"].size() == 2);
  CHECK(diff["changed"][0]["key"] == nlohmann::json({{"jaar", 2025}, {"id", "g1"}}));
  CHECK(diff["changed"][0]["changes"] == nlohmann::json({{"gewijzigd", {280000, 270000}}}));
  CHECK(diff["changed"][1]["changes"] == nlohmann::json({{"gebied", {"BU99990101", "WK999902"}}}));
  CHECK(diff["kompas"]["changed"][0]["changes"]["waarde"] == nlohmann::json({2000.0, 2050.0}));
  // b1 was only moved to another row: it is nowhere in the diff.
  CHECK(h.Read("publicaties/2025-wijziging-1/wijzigingen.json").find("\"b1\"") ==
        std::string::npos);

  std::string page = h.Read("publicaties/2025-wijziging-1/index.html");
  CHECK_THAT(page, Catch::Contains("<h2 id=\"veranderd\">Wat is er veranderd</h2>"));
  CHECK_THAT(page, Catch::Contains("Begrotingsregels gewijzigd: 2</li>"));
  CHECK_THAT(
      page,
      Catch::Contains(
          "<tr id=\"regel-2025-g1\"><th scope=\"row\"><a "
          "href=\"../../begroting/regel/g1.html\">Groen "
          "Noord</a> <span class=\"code\">2025 · g1</span></th><td>gewijzigde begroting</td><td "
          "class=\"num\">€ 280.000</td><td class=\"num\">€ 270.000</td><td class=\"num\">€ 10.000 "
          "minder (-3,6%)</td></tr>"));
  // The moved line leaves Oude Haven and arrives in Zuid.
  CHECK_THAT(page, Catch::Contains("<td>verplaatst naar Zuid: begroot</td><td class=\"num\">€ "
                                   "45.000,50</td><td class=\"num\">geen regel</td><td "
                                   "class=\"num\">€ 45.000,50 minder</td>"));
  CHECK_THAT(page,
             Catch::Contains("<td>verplaatst van Oude Haven: begroot</td><td "
                             "class=\"num\">geen regel</td><td class=\"num\">€ 45.000,50</td>"));
  // Zuid: 100.000 before; 7.000 + 45.000,50 after. Reconciled in the area's total.
  CHECK_THAT(page,
             Catch::Contains("<th scope=\"row\" colspan=\"2\">Totaal Zuid: Lasten 2025, "
                             "begroot</th><td class=\"num\">€ 100.000</td><td class=\"num\">€ "
                             "52.000,50</td><td class=\"num\">€ 47.999,50 minder (-48,0%)</td>"));
  // And for the gemeente: 1.679.567,50 before, 1.679.567,50 - 100.000 + 7.000 after.
  CHECK_THAT(page, Catch::Contains("<th scope=\"row\">Lasten 2025, begroot</th><td class=\"num\">€ "
                                   "1.679.567,50</td><td class=\"num\">€ 1.586.567,50</td><td "
                                   "class=\"num\">€ 93.000 minder (-5,5%)</td>"));
  CHECK_THAT(page, Catch::Contains("<td class=\"num\">2.000</td><td class=\"num\">2.050</td><td "
                                   "class=\"num\">+50 (meer)</td>"));

  // A realisatie filled in for the first time is "niet bekend -> € X", not "0 ->".
  std::string jr = h.Read("publicaties/2025-jaarrekening/index.html");
  CHECK_THAT(jr, Catch::Contains("<td>realisatie</td><td class=\"num\">niet bekend</td><td "
                                 "class=\"num\">€ 1.200.000</td><td class=\"num\">€ 34.567 "
                                 "minder dan begroot (-2,8%)</td>"));
  CHECK_THAT(
      h.Read("publicaties/2025-jaarrekening/wijzigingen.csv"),
      Catch::Contains("->,b1,2025,GM9999,Bestuur,0.1,Raad en college,lasten,1234567,,->1200000,"));

  std::string eerste = h.Read("publicaties/2025-begroting/index.html");
  CHECK_THAT(eerste, Catch::Contains("Dit is de eerste publicatie."));
  CHECK_THAT(eerste, Catch::Contains("De begroting heeft 6 regels."));
}

// The jaarrekening page of two publications of line g1 (begroot 300.000): a wijziging with
// `gewijzigd` and no realisatie, then the jaarrekening with 270.000 amended and 260.000 spent.
std::string Jaarrekening(const std::string& gewijzigd) {
  SiteHarness h;
  auto files = SampleFiles();
  auto begroting = [&](const std::string& gewijzigd, const std::string& realisatie) {
    files["data/begroting/2025.csv"] = std::string(kHeader2025) +
                                       "g1;WK999901;Leefomgeving;5.7;Groen Noord;lasten;300.000;" +
                                       gewijzigd + ";" + realisatie + ";gemeente;illustratief\n";
  };
  begroting(gewijzigd, "");
  h.Commit(files, "wijziging");
  h.fixture().Tag("publicatie/2025-wijziging-1",
                  "Wijziging 1\n\nsoort: wijziging\ndatum: 2025-03-01\n", 1750100000);
  begroting("270.000", "260.000");
  h.Commit(files, "jaarrekening");
  h.fixture().Tag("publicatie/2025-jaarrekening",
                  "Jaarrekening 2025\n\nsoort: jaarrekening\ndatum: 2026-04-15\n", 1750200000);
  REQUIRE(h.Build() == "");
  return h.Read("publicaties/2025-jaarrekening/index.html");
}

TEST_CASE("a first realisatie of an amended line is set against the amended budget",
          "[site][publicaties]") {
  const std::string realisatie =
      "<td>realisatie</td><td class=\"num\">niet bekend</td><td class=\"num\">€ 260.000</td><td "
      "class=\"num\">€ 10.000 minder dan de gewijzigde begroting (-3,7%)</td>";
  SECTION("amended in an earlier publication") {
    std::string jr = Jaarrekening("270.000");
    CHECK_THAT(jr, Catch::Contains(realisatie));
    // The year's one line has its realisatie: the total is not "deels bekend".
    CHECK_THAT(jr, Catch::Contains("<th scope=\"row\">Lasten 2025, realisatie</th><td "
                                   "class=\"num\">niet bekend</td><td class=\"num\">€ "
                                   "260.000</td>"));
    CHECK_THAT(jr, !Catch::Contains("dan begroot"));
  }
  SECTION("amended in the same publication: against the amendment, not the first budget") {
    std::string jr = Jaarrekening("");
    CHECK_THAT(jr, Catch::Contains(realisatie));
    CHECK_THAT(jr,
               Catch::Contains("<td>gewijzigde begroting</td><td class=\"num\">niet bekend</td><td "
                               "class=\"num\">€ 270.000</td><td class=\"num\">€ 30.000 "
                               "minder dan begroot (-10,0%)</td>"));
    CHECK_THAT(jr, !Catch::Contains("40.000"));  // 300.000 - 260.000
  }
}

TEST_CASE("a changed decision reads by its title on the publication page", "[site][publicaties]") {
  SiteHarness h;
  auto files = SampleFiles();
  files["data/organen.csv"] = "id,naam,soort\nraad,Gemeenteraad Testdorp,gemeenteraad\n";
  files["data/besluiten.csv"] =
      "id,datum,orgaan,titel,uitkomst\n"
      "raad-begroting,2024-11-07,raad,Begroting 2025 vastgesteld,aangenomen\n"
      "raad-korting,2025-03-01,raad,Korting op het groen,aangenomen\n";
  auto begroting = [&](const std::string& besluit) {
    files["data/begroting/2025.csv"] =
        std::string(kHeader2025).insert(std::strlen(kHeader2025) - 1, ";besluit") +
        "g1;WK999901;Leefomgeving;5.7;Groen Noord;lasten;300.000;;;gemeente;illustratief;" +
        besluit + "\n";
  };
  begroting("raad-begroting");
  h.Commit(files, "begroting");
  h.fixture().Tag("publicatie/2025-begroting",
                  "Begroting 2025\n\nsoort: begroting\ndatum: 2024-11-07\n", 1750000000);
  begroting("raad-korting");
  h.Commit(files, "wijziging");
  h.fixture().Tag("publicatie/2025-wijziging-1",
                  "Wijziging 1\n\nsoort: wijziging\ndatum: 2025-03-01\n", 1750100000);
  REQUIRE(h.Build() == "");
  CHECK_THAT(h.Read("publicaties/2025-wijziging-1/index.html"),
             Catch::Contains("<td>besluit</td><td class=\"tekst\">Begroting 2025 vastgesteld "
                             "(raad-begroting)</td><td class=\"tekst\">Korting op het groen "
                             "(raad-korting)</td>"));
}

TEST_CASE("a line's history and an area's newest changes", "[site][publicaties]") {
  ThreePublications p;
  SiteHarness& h = p.h;
  REQUIRE(h.Build() == "");
  std::string g1 = h.Read("begroting/regel/g1.html");
  CHECK_THAT(g1, Catch::Contains("<h1>Begrotingsregel: Groen Noord</h1>"));
  // Where the amounts come from: g1's bron says "illustratief", so the page warns; b1's is Iv3.
  CHECK_THAT(g1, Catch::Contains("<div><dt>Taakveld (Iv3)</dt><dd>5.7</dd></div>"));
  CHECK_THAT(g1, Catch::Contains("<p class=\"bron\">Bron van de nieuwste bedragen: "
                                 "illustratief</p>"));
  CHECK_THAT(g1, Catch::Contains("een deel van deze bedragen is illustratief"));
  CHECK_THAT(h.Read("begroting/regel/b1.html"),
             !Catch::Contains("een deel van deze bedragen is illustratief"));
  // The title has the id as well, so that two lines with one description differ.
  CHECK_THAT(g1, Catch::Contains("<title>Begrotingsregel: Groen Noord (g1) · "));
  // The page leads back home and to the publications, and names itself; its table box is
  // named after the table.
  CHECK_THAT(g1, Catch::Contains("<ol><li><a href=\"../../\">Home</a></li><li><a "
                                 "href=\"../../publicaties/\">Publicaties</a></li><li><a "
                                 "href=\"g1.html\" aria-current=\"page\">Regel g1</a></li></ol>"));
  CHECK_THAT(g1, Catch::Contains("aria-label=\"Bedragen van deze regel per jaar in elke "
                                 "publicatie, de oudste eerst\">"));
  CHECK_THAT(g1, Catch::Contains("<caption>Bedragen van deze regel per jaar in elke publicatie, "
                                 "de oudste eerst</caption>"));
  // 2024 and 2025 in each of three publications, one row per run of equal
  // amounts: 2024 never changed (one row); 2025 changed in the wijziging
  // and stayed so in the jaarrekening (two rows).
  size_t rows = 0;
  for (size_t at = g1.find("<tr><th scope=\"row\">"); at != std::string::npos;
       at = g1.find("<tr><th scope=\"row\">", at + 1)) {
    ++rows;
  }
  CHECK(rows == 3);
  CHECK_THAT(g1, Catch::Contains(
                     "(veranderd)</span> tot en met <a "
                     "href=\"../../publicaties/2025-jaarrekening/\">Jaarrekening 2025</a></th>"));
  CHECK_THAT(g1, Catch::Contains("<time datetime=\"2025-03-01\">1 maart 2025</time> tot en met "
                                 "<time datetime=\"2026-04-15\">15 april 2026</time></td><td>2025"
                                 "</td>"));
  CHECK_THAT(g1, Catch::Contains("href=\"../../publicaties/2025-wijziging-1/#regel-2025-g1\""));
  CHECK_THAT(g1, Catch::Contains("<td class=\"num\">€ 270.000</td>"));
  // The same amounts as a trend line, with the numbers in its label.
  CHECK_THAT(g1, Catch::Contains("<figure class=\"verloop-regel\"><svg"));
  CHECK_THAT(g1, Catch::Contains("aria-label=\"Bedrag voor 2025 in publicatie 1–3: van € "));
  // Kompas changes have anchors too, like every change.
  CHECK_THAT(h.Read("publicaties/2025-wijziging-1/index.html"),
             Catch::Contains("<tr id=\"kompas-WK999901-inwoners-2024\">"));
  // The line links to its history where it is accounted for, too.
  CHECK_THAT(h.Read("wijk/noord/verantwoording/2025/index.html"),
             Catch::Contains("<a href=\"../../../../begroting/regel/g1.html\">Groen Noord</a>"));

  // The newest publication (the jaarrekening) changed only b1, on the gemeente.
  std::string noord = h.Read("wijk/noord/index.html");
  CHECK_THAT(noord, Catch::Contains("<h2 id=\"wijzigingen\">Wijzigingen</h2>"));
  CHECK_THAT(noord, Catch::Contains("In dit gebied is niets veranderd."));
  std::string gemeente = h.Read("gemeente/testdorp/index.html");
  CHECK_THAT(gemeente, Catch::Contains("Begrotingsregels gewijzigd: 1. Nieuw: 0. Vervallen: 0."));
  CHECK_THAT(gemeente, Catch::Contains("href=\"../../begroting/regel/b1.html\""));
  // Only b1's realisatie is known, not that of the other three lines: the sum says so.
  CHECK_THAT(gemeente, Catch::Contains("<th scope=\"row\">Lasten 2025, realisatie</th><td "
                                       "class=\"num\">niet bekend</td><td class=\"num\">€ "
                                       "1.200.000 (deels bekend)</td>"));

  // Built at the wijziging, the newest publication is the wijziging.
  REQUIRE(h.Build({"--rev", "publicatie/2025-wijziging-1"}, "oud") == "");
  CHECK_FALSE(h.Exists("publicaties/2025-jaarrekening/index.html", "oud"));
  std::string zuid = h.Read("wijk/zuid/index.html", "oud");
  CHECK_THAT(zuid, Catch::Contains("Begrotingsregels gewijzigd: 1. Nieuw: 1. Vervallen: 1."));
}

TEST_CASE("datapackage.json describes the downloads with their checksums", "[site][publicaties]") {
  ThreePublications p;
  SiteHarness& h = p.h;
  REQUIRE(h.Build() == "");
  const std::string dir = "publicaties/2025-wijziging-1/";
  auto dp = nlohmann::json::parse(h.Read(dir + "datapackage.json"));
  // A small schema check of the Frictionless keys the site promises.
  for (const char* key :
       {"profile", "name", "title", "version", "licenses", "sources", "resources"}) {
    CHECK(dp.contains(key));
  }
  CHECK(dp["version"] == "publicatie/2025-wijziging-1");
  CHECK(dp["name"] == "open-begroting-testdorp-2025-wijziging-1");
  CHECK(dp["licenses"][0]["path"] == "https://creativecommons.org/licenses/by/4.0/deed.nl");
  CHECK(dp["sources"][0]["title"] == "Test");
  // The JSON downloads are resources but not tables: a data package, not a tabular one.
  CHECK(dp["profile"] == "data-package");
  REQUIRE(dp["resources"].size() == 17);
  std::map<std::string, nlohmann::json> by_name;
  for (const auto& r : dp["resources"]) {
    REQUIRE(r.contains("name"));
    REQUIRE(r.contains("path"));
    std::string content = h.Read(dir + r["path"].get<std::string>());
    CHECK(r["bytes"] == content.size());
    CHECK(r["hash"] == "sha256:" + Sha256Hex(content));
    if (r["profile"] == "tabular-data-resource") {
      REQUIRE(r["schema"]["fields"].is_array());
      for (const auto& f : r["schema"]["fields"]) {
        CHECK(f.contains("name"));
        CHECK(f.contains("type"));
      }
    }
    by_name[r["name"]] = r;
  }
  const auto& begroting = by_name["begroting"]["schema"];
  CHECK(begroting["primaryKey"] == nlohmann::json({"jaar", "id"}));
  CHECK(begroting["foreignKeys"][0]["reference"]["resource"] == "gebieden");
  CHECK(begroting["fields"][1] == nlohmann::json({{"name", "jaar"}, {"type", "integer"}}));
  CHECK(by_name["kompas"]["schema"]["primaryKey"] ==
        nlohmann::json({"gebied", "indicator", "jaar"}));
  CHECK(by_name["gebieden"]["schema"]["primaryKey"] == nlohmann::json({"code"}));
  // The kompas changes as a table of their own: Noord's inwoners of 2024, 2000 -> 2050.
  CHECK(by_name["wijzigingen-kompas"]["schema"]["primaryKey"] ==
        nlohmann::json({"gebied", "indicator", "jaar"}));
  CHECK(h.Read(dir + "wijzigingen-kompas.csv") ==
        "@@,gebied,indicator,jaar,oud,nieuw\n->,WK999901,inwoners,2024,2000,2050\n");
  // Who decided, and on what: the same tables as on besluiten/, with their keys.
  auto reference = [&](const std::string& table, size_t i) {
    const auto& k = by_name[table]["schema"]["foreignKeys"][i];
    return k["fields"].get<std::string>() + "->" + k["reference"]["resource"].get<std::string>() +
           "." + k["reference"]["fields"].get<std::string>();
  };
  CHECK(reference("begroting", 1) == "besluit->besluiten.id");
  CHECK(reference("besluiten", 0) == "orgaan->organen.id");
  CHECK(reference("projecten", 0) == "gebied->gebieden.code");
  CHECK(reference("projecten", 1) == "besluit->besluiten.id");
  CHECK(reference("zeggenschap", 0) == "gebied->gebieden.code");
  CHECK(by_name["organen"]["schema"]["primaryKey"] == nlohmann::json({"id"}));
  CHECK(by_name["besluiten"]["schema"]["primaryKey"] == nlohmann::json({"id"}));
  CHECK(by_name["projecten"]["schema"]["primaryKey"] == nlohmann::json({"id"}));
  CHECK(by_name["zeggenschap"]["schema"]["primaryKey"] == nlohmann::json({"gebied", "thema"}));
  CHECK(by_name["besluiten"]["schema"]["fields"][1] ==
        nlohmann::json({{"name", "datum"}, {"type", "date"}}));
  CHECK(by_name["projecten-json"]["profile"] == "data-resource");
  // The sample has no decisions: the tables are there, with their header only.
  CHECK(h.Read(dir + "organen.csv") == "id,naam,soort\n");
  CHECK(h.Read(dir + "projecten.json") == "[]\n");
  CHECK_THAT(h.Read(dir + "index.html"),
             Catch::Contains("<a href=\"besluiten.csv\" download>besluiten.csv</a>: de besluiten"));
  CHECK_THAT(
      h.Read(dir + "begroting.csv"),
      Catch::StartsWith("id,jaar,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,"
                        "realisatie,financier,bron,besluit\n"
                        "b1,2024,GM9999,Bestuur,0.1,Raad en college,lasten,1000000,,990000.50,"));
}

TEST_CASE("the same history builds to the same bytes twice", "[site][publicaties][determinism]") {
  ThreePublications p;
  REQUIRE(p.h.Build({}, "a") == "");
  REQUIRE(p.h.Build({}, "b") == "");
  CHECK(p.h.TreeDigest("a") == p.h.TreeDigest("b"));
}

TEST_CASE("openwijk diff compares two revisions", "[site][publicaties][cli]") {
  ThreePublications p;
  SiteHarness& h = p.h;
  const std::string repo = h.fixture().dir();
  std::string text =
      h.Run({"diff", "publicatie/2025-begroting", "publicatie/2025-wijziging-1", "--repo", repo});
  CHECK(h.last_exit() == 0);
  CHECK(text ==
        "~ 2025 g1  Groen Noord (WK999901)\n"
        "    gewijzigd: € 280.000 -> € 270.000 (€ 10.000 minder (-3,6%))\n"
        "~ 2025 w1  Wijkbudget Oude Haven (WK999902)\n"
        "    gebied: 'BU99990101' -> 'WK999902'\n"
        "+ 2025 x1  Speeltuin (WK999902): begroot € 7.000\n"
        "- 2025 z1  Groen Zuid (WK999902): begroot € 100.000\n"
        "~ kompas WK999901 inwoners 2024: 2.000 -> 2.050\n"
        "1 added, 1 removed, 2 changed; 1 kompas value changed\n");
  // The same diff as the publication page's download.
  REQUIRE(h.Build() == "");
  CHECK(h.Run({"diff", p.c1, p.c2, "--repo", repo, "--format", "csv"}) ==
        h.Read("publicaties/2025-wijziging-1/wijzigingen.csv"));
  h.Run({"diff", p.c1, p.c2, "--repo", repo, "--exit-code"});
  CHECK(h.last_exit() == 1);
  // An error is told apart from a change: 2 with --exit-code (as diff(1)), 1 without.
  CHECK(h.Run({"diff", p.c1, "geen-revisie", "--repo", repo, "--exit-code"}) ==
        "openwijk: error: unknown revision 'geen-revisie'\nopenwijk: 1 error, 0 warnings\n");
  CHECK(h.last_exit() == 2);
  h.Run({"diff", p.c1, "geen-revisie", "--repo", repo});
  CHECK(h.last_exit() == 1);
  // Only the lines that were or are in Noord and its buurt.
  std::string noord =
      h.Run({"diff", p.c1, p.c2, "--repo", repo, "--gebied", "WK999901", "--format", "csv"});
  CHECK(noord ==
        "@@,id,jaar,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,"
        "financier,bron,besluit\n"
        "->,g1,2025,WK999901,Leefomgeving,5.7,Groen Noord,lasten,300000,280000->270000,,gemeente,"
        "illustratief,\n"
        "->,w1,2025,BU99990101->WK999902,Participatie,6.1,Wijkbudget Oude Haven,lasten,45000.50,,,"
        "corporaties,illustratief,\n");
  // Reordering rows only: no change, exit code 0.
  auto files = p.files;
  files["data/begroting/2025.csv"] =
      std::string(kHeader2025) +
      "x1;WK999902;Leefomgeving;5.7;Speeltuin;lasten;7.000;;;gemeente;illustratief\n"
      "w1;WK999902;Participatie;6.1;Wijkbudget Oude "
      "Haven;lasten;45.000,50;;;corporaties;illustratief\n"
      "g1;WK999901;Leefomgeving;5.7;Groen Noord;lasten;300.000;270.000;;gemeente;illustratief\n"
      "b1;GM9999;Bestuur;0.1;Raad en college;lasten;1.234.567;;1.200.000;gemeente;Iv3\n";
  h.Commit(files, "rijen in een andere volgorde");
  std::string reordered = h.Run({"diff", p.c3, "HEAD", "--repo", repo, "--exit-code"});
  CHECK(h.last_exit() == 0);
  CHECK(reordered == "0 added, 0 removed, 0 changed; 0 kompas values changed\n");
  auto json =
      nlohmann::json::parse(h.Run({"diff", p.c2, p.c3, "--repo", repo, "--format", "json"}));
  CHECK(json["changed"][0]["changes"] == nlohmann::json({{"realisatie", {nullptr, 1200000}}}));
}

TEST_CASE("openwijk history and publications", "[site][publicaties][cli]") {
  ThreePublications p;
  SiteHarness& h = p.h;
  const std::string repo = h.fixture().dir();
  std::string out = h.Run({"history", "b1", "--repo", repo, "--format", "csv"});
  CHECK(h.last_exit() == 0);
  CHECK_THAT(
      out, Catch::Contains("publicatie/2025-jaarrekening,2026-04-15," + p.c3 +
                           ",b1,2025,GM9999,Bestuur,0.1,Raad en college,lasten,1234567,,1200000,"));
  std::string text = h.Run({"history", "g1", "--repo", repo, "--rev", "publicatie/2025-begroting"});
  CHECK(text ==
        "2024-11-07  publicatie/2025-begroting  2024  WK999901  begroot € 250.000, gewijzigd niet "
        "bekend, realisatie niet bekend\n"
        "2024-11-07  publicatie/2025-begroting  2025  WK999901  begroot € 300.000, gewijzigd € "
        "280.000, realisatie niet bekend\n");
  // JSON as begroting.json has it: amounts as numbers, null when not known.
  auto json = nlohmann::json::parse(h.Run({"history", "g1", "--repo", repo, "--format", "json"}));
  CHECK(h.last_exit() == 0);
  REQUIRE(json.size() >= 2);
  CHECK(json[0]["publicatie"] == "publicatie/2025-begroting");
  CHECK(json[0]["jaar"] == 2024);
  CHECK(json[0]["begroot"] == 250000);
  CHECK(json[0]["gewijzigd"].is_null());
  CHECK(json[1]["gewijzigd"] == 280000);
  h.Run({"history", "nope", "--repo", repo});
  CHECK(h.last_exit() == 1);
  std::string list = h.Run({"publications", "--repo", repo});
  CHECK(h.last_exit() == 0);
  CHECK(list.find("2026-04-15  jaarrekening") == 0);
  CHECK_THAT(list,
             Catch::Contains("publicatie/2025-wijziging-1  Wijziging 1 (2 regels gewijzigd, 1 "
                             "nieuw, 1 vervallen; 1 kompaswaarde anders)"));
}

TEST_CASE("build --timings shows loading the publications as a stage of its own",
          "[site][publicaties]") {
  ThreePublications p;
  std::string out = p.h.Run(
      {"build", "--repo", p.h.fixture().dir(), "--out", p.h.out_root() + "/site", "--timings"});
  REQUIRE(p.h.last_exit() == 0);
  std::vector<std::string> stages;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line);
    std::string name, ms;
    double value = 0;
    if (line.rfind("  ", 0) == 0 && words >> name >> value >> ms && ms == "ms")
      stages.push_back(name);
  }
  CHECK(stages == std::vector<std::string>{"load", "validate", "publications", "render", "write",
                                           "swap", "total"});
}
