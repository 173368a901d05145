// The maps and charts in the pages of the real Groningen sample (site.json,
// data/, content/ and templates/ of this repository), built by the real
// binary: every wijk and buurt drawn and linked on its parent's map, the map
// pages, well-formed inline SVG, small home map, same bytes twice.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "load/csv.h"
#include "render/svg_test_xml.h"
#include "site/site_harness.h"

namespace openwijk {
namespace {

using testing::SiteHarness;

std::map<std::string, std::string> GroningenFiles() {
  namespace fs = std::filesystem;
  const fs::path src = OPENWIJK_TEST_SOURCE_DIR;
  std::map<std::string, std::string> files;
  auto add = [&](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    files[fs::relative(p, src).generic_string()] = ss.str();
  };
  add(src / "site.json");
  for (const char* dir : {"data", "content", "templates"}) {
    for (const auto& e : fs::recursive_directory_iterator(src / dir)) {
      if (e.is_regular_file()) add(e.path());
    }
  }
  return files;
}

// The children listed under "Delen van ..." on an area page: url -> niveau.
std::map<std::string, std::string> Delen(const std::string& page) {
  std::map<std::string, std::string> out;
  size_t from = page.find("<ul class=\"kinderen\">");
  size_t to = page.find("</ul>", from);
  if (from == std::string::npos) return out;
  std::string list = page.substr(from, to - from);
  static const std::regex item("<li><a href=\"([^\"]+)\">[^<]*</a> <span class=\"soort\">([a-z]+)");
  for (std::sregex_iterator it(list.begin(), list.end(), item), end; it != end; ++it) {
    out[(*it)[1]] = (*it)[2];
  }
  return out;
}

std::vector<std::string> InlineSvgs(const std::string& page) {
  std::vector<std::string> out;
  for (size_t at = page.find("<svg"); at != std::string::npos; at = page.find("<svg", at + 1)) {
    size_t end = page.find("</svg>", at);
    if (end == std::string::npos) break;
    out.push_back(page.substr(at, end + 6 - at));
  }
  return out;
}

std::vector<std::string> Ids(const std::string& page) {
  std::vector<std::string> ids;
  static const std::regex id(" id=\"([^\"]+)\"");
  for (std::sregex_iterator it(page.begin(), page.end(), id), end; it != end; ++it) {
    ids.push_back((*it)[1]);
  }
  return ids;
}

struct Groningen {
  SiteHarness h;
  Groningen() {
    h.Commit(GroningenFiles(), "Groningen");
    REQUIRE(h.Build() == "");
  }
};

Groningen& Site() {
  static Groningen site;  // one build for every test in this file
  return site;
}

}  // namespace

TEST_CASE("Groningen: every wijk and buurt is drawn and linked on its parent's map",
          "[site][maps]") {
  SiteHarness& h = Site().h;
  std::map<std::string, int> drawn;  // niveau -> areas drawn as a link on the parent's map
  for (const std::string& page : h.HtmlPages()) {
    if (page.find("/verantwoording/") != std::string::npos ||
        page.find("/begroting/") != std::string::npos ||
        page.find("/agenda/") != std::string::npos) {
      continue;
    }
    std::string html = h.Read(page);
    for (const auto& [url, niveau] : Delen(html)) {
      INFO(page << " -> " << url);
      CHECK_THAT(html, Catch::Contains("<a href=\"" + url + "\"><path d=\"M"));
      ++drawn[niveau];
    }
  }
  CHECK(drawn["wijk"] + drawn["dorp"] == 20);
  CHECK(drawn["buurt"] == 108);
  CHECK(drawn["gebied"] == 7);

  std::string wijk = h.Read("wijk/centrum/index.html");
  CHECK_THAT(wijk, Catch::Contains("<title>Binnenstad-Noord: "));  // a buurt with its value
  CHECK_THAT(wijk, Catch::Contains("<caption>Uitgaven per inwoner in de buurten van Centrum, "));
  CHECK_THAT(wijk, Catch::Contains("<h2 id=\"ligging\">Ligging</h2>"));
  CHECK_THAT(wijk, Catch::Contains("(dit gebied)</title>"));
  CHECK_THAT(wijk, Catch::Contains("<th scope=\"col\">Verloop</th>"));

  // Bars per programma right above the table with the same amounts.
  std::string gebied = h.Read("gebied/centrum/index.html");
  size_t bars = gebied.find("<div class=\"grafiek\"><svg");
  size_t table = gebied.find("<caption>Lasten per programma, ");
  REQUIRE(bars != std::string::npos);
  REQUIRE(table != std::string::npos);
  CHECK(gebied.find("<table>", bars) < table);  // no other table in between
  CHECK(gebied.find("</table>", bars) > table);
}

TEST_CASE("Groningen: a map page per measure the gebieden have, each linking to all",
          "[site][maps]") {
  SiteHarness& h = Site().h;
  std::string home = h.Read("index.html");
  // The CBS counts wijken and buurten, not Groningen's gebieden: of the measures only € per
  // inwoner has values on the gemeente's map, so no page of 'geen gegevens' and no choice.
  REQUIRE(h.Exists("kaart/euro-per-inwoner/index.html"));
  CHECK_FALSE(h.Exists("kaart/dichtheid/index.html"));
  CHECK_FALSE(h.Exists("kaart/inwoners/index.html"));
  CHECK_THAT(home, !Catch::Contains("kaart-maten"));

  // site.json asks for a measure without values: the home map shows one that has a page.
  {
    SiteHarness zonder;
    auto files = GroningenFiles();
    std::string& config = files["site.json"];
    size_t kompas = config.find("\"kompas\": {");
    REQUIRE(kompas != std::string::npos);
    config.insert(kompas + 11, "\"kaart\": \"dichtheid\", ");
    zonder.Commit(files, "kaart dichtheid");
    REQUIRE(zonder.Build() == "");
    CHECK_FALSE(zonder.Exists("kaart/dichtheid/kaart.csv"));
    CHECK_THAT(zonder.Read("index.html"),
               Catch::Contains("<a href=\"kaart/euro-per-inwoner/kaart.csv\" download>CSV</a>"));
  }

  // A figure for one gebied gives its measure a page, and each page links to the other.
  SiteHarness met;
  auto files = GroningenFiles();
  files["data/kompas/waarden.csv"] += "GB01,dichtheid,2024,5000\n";
  met.Commit(files, "dichtheid van Centrum");
  REQUIRE(met.Build() == "");
  REQUIRE(met.Exists("kaart/dichtheid/index.html"));
  CHECK_FALSE(met.Exists("kaart/inwoners/index.html"));
  CHECK_THAT(met.Read("index.html"),
             Catch::Contains("<a href=\"kaart/dichtheid/\">Bevolkingsdichtheid</a>"));
  std::string dichtheid = met.Read("kaart/dichtheid/index.html");
  CHECK_THAT(dichtheid, Catch::Contains("<h1>Kaart: Bevolkingsdichtheid</h1>"));
  CHECK_THAT(dichtheid, Catch::Contains("<a href=\"../../kaart/euro-per-inwoner/\">"));
  CHECK_THAT(dichtheid, Catch::Contains("<strong aria-current=\"page\">Bevolkingsdichtheid"));
  CHECK_THAT(dichtheid, Catch::Contains("<a href=\"../../gebied/centrum/\"><path d=\"M"));
  CHECK_THAT(dichtheid, Catch::Contains("<th scope=\"row\"><a href=\"../../gebied/centrum/\">"));

  // The home map stays small: it is on the page everyone opens.
  std::vector<std::string> svgs = InlineSvgs(home);
  REQUIRE(svgs.size() == 1);
  CHECK(svgs[0].size() < 60 * 1024);
}

TEST_CASE("Groningen: every map's table has its numbers as CSV and JSON beside it",
          "[site][maps][downloads]") {
  SiteHarness& h = Site().h;
  static const std::regex csv_link("<a href=\"([^\"]*kaart\\.csv)\" download>CSV</a>");
  int tables = 0;
  for (const std::string& page : h.HtmlPages()) {
    std::string html = h.Read(page);
    size_t at = html.find("<div class=\"kaart-tabel\">");
    if (at == std::string::npos) continue;
    INFO(page);
    ++tables;
    size_t end = html.find("</table>", at);
    std::string table = html.substr(at, end - at);
    size_t rows = 0;
    for (size_t r = table.find("<tr><th scope=\"row\">"); r != std::string::npos;
         r = table.find("<tr><th scope=\"row\">", r + 1)) {
      ++rows;
    }
    std::smatch link;
    std::string after = html.substr(end, 400);
    REQUIRE(std::regex_search(after, link, csv_link));
    std::string dir = page.substr(0, page.rfind('/') + 1);  // "" for the home page
    std::string csv = h.Read(dir + link[1].str());
    std::string json_path = dir + link[1].str();
    json_path.replace(json_path.size() - 3, 3, "json");
    nlohmann::json json = nlohmann::json::parse(h.Read(json_path));
    CsvTable rows_csv;
    Diagnostics diags;
    REQUIRE(ParseCsv("kaart.csv", csv, &rows_csv, &diags));
    CHECK(rows_csv.header == std::vector<std::string>{"code", "naam", "niveau", "maat", "eenheid",
                                                      "jaar", "waarde", "op_kaart"});
    // One line per row of the table, and the same areas and values in both files.
    REQUIRE(rows_csv.rows.size() == rows);
    REQUIRE(json["gebieden"].size() == rows);
    for (size_t r = 0; r < rows; ++r) {
      std::vector<std::string> f;
      for (int c = 0; c < 8; ++c) f.emplace_back(rows_csv.Field(rows_csv.rows[r], c));
      const nlohmann::json& g = json["gebieden"][r];
      CHECK(f[0] == g["code"].get<std::string>());
      CHECK(f[5] == (g["jaar"].is_null() ? "" : g["jaar"].dump()));
      if (g["waarde"].is_null()) {
        CHECK(f[6] == "");
      } else {
        CHECK(std::stod(f[6]) == Approx(g["waarde"].get<double>()));
      }
      CHECK(f[7] == (g["op_kaart"].get<bool>() ? "true" : "false"));
    }
  }
  CHECK(tables > 20);  // home, gemeente, gebieden and wijken, and a page per measure
  // Raw numbers, not text: euros with a decimal point and cents, no "€ " or Dutch comma.
  CHECK_THAT(h.Read("gebied/oost/kaart.csv"),
             Catch::Matches("(.|\n)*\nWK001412,Noorddijk e\\.o\\.,wijk,euro-per-inwoner,€,2025,"
                            "[0-9]+\\.[0-9]{2},true\n(.|\n)*"));
  CHECK_THAT(h.Read("index.html"),
             Catch::Contains("<a href=\"kaart/euro-per-inwoner/kaart.csv\" download>CSV</a>"));
}

TEST_CASE("Groningen: inline SVG is well formed and ids are unique per page", "[site][maps]") {
  SiteHarness& h = Site().h;
  for (const char* page :
       {"index.html", "gemeente/groningen/index.html", "gebied/centrum/index.html",
        "wijk/centrum/index.html", "buurt/binnenstad-noord/index.html",
        "gebied/centrum/begroting/2024/index.html", "kaart/euro-per-inwoner/index.html"}) {
    INFO(page);
    std::string html = h.Read(page);
    std::vector<std::string> svgs = InlineSvgs(html);
    CHECK_FALSE(svgs.empty());
    for (const std::string& svg : svgs) CHECK(testing::CheckSvg(svg) == "");
    std::vector<std::string> ids = Ids(html);
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
    CHECK_THAT(html, !Catch::Contains("xmlns:xlink"));
  }
}

TEST_CASE("Groningen: maps and charts come out the same twice", "[site][maps][determinism]") {
  SiteHarness& h = Site().h;
  REQUIRE(h.Build({}, "nog-eens") == "");
  CHECK(h.TreeDigest("nog-eens") == h.TreeDigest());
}

}  // namespace openwijk
