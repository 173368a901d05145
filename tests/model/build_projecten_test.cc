// data/projecten.csv -> projects (model/build_projecten.cc): the year whose
// begroting funds a project, amounts and coordinates in both notations, and
// each bad field an error at its file:line:column. The checks of status,
// voortgang, dates and toelichting are in build_bestuur_test.cc.
#include <catch2/catch.hpp>

#include <algorithm>

#include "model/build.h"
#include "support/bestuur_fixture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

const std::string kHeader =
    "id,gebied,titel,omschrijving,begrotingsregel,toegekend,besteed,status,voortgang,resultaat,"
    "besluit,start,eind,toelichting,jaar,lat,lon\n";

// The fixture with `projecten` as data/projecten.csv, built but not
// validated: only what the builders report, sorted.
Model Build(const std::string& projecten, std::string* diags) {
  auto files = BestuurFiles();
  files["data/projecten.csv"] = projecten;
  Diagnostics d;
  LoadedFiles loaded = ParseFiles(files, &d);
  Model m;
  BuildModel(loaded, &m, &d);
  d.Sort();
  *diags = d.ToString();
  return m;
}

std::string At(int line, const std::string& row, int field, char sep = ',') {
  return "data/projecten.csv:" + std::to_string(line) + ":" +
         std::to_string(Column(row, field, sep)) + ": error: ";
}

}  // namespace

TEST_CASE("a project is funded from the begroting of its jaar, else its start year",
          "[model][projecten]") {
  std::string diags;
  Model m = Build(kHeader +
                      "p1,WK999901,Tuin,Een tuin,w1,1000,,idee,,,b1,2025-02-01,,,,,\n"
                      "p2,WK999901,Tuin,Een tuin,w1,1000,,idee,,,b1,2025-02-01,,,2024,,\n"
                      "p3,WK999901,Plan,Nog geen geld,,,,idee,,,,,,,,,\n",
                  &diags);
  CHECK(diags == "");
  const auto& p = m.bestuur.projecten;
  REQUIRE(p.size() == 3);
  CHECK(p[0].jaar == 2025);
  CHECK(p[0].regel == 0);  // w1 in the begroting of 2025
  CHECK(p[0].besluit_index == 0);
  CHECK(p[1].jaar == 2024);
  CHECK(p[1].regel == -1);  // no begroting of 2024: validate/ reports it
  CHECK(p[2].jaar == 0);
  CHECK_FALSE(p[2].toegekend.has_value());  // empty is not known, not € 0
  CHECK_FALSE(p[2].voortgang.has_value());
  CHECK(m.bestuur.project_index.at("p3") == 2);
  CHECK(p[2].pos.line == 4);
}

TEST_CASE("a funded project without jaar or start cannot find its line", "[model][projecten]") {
  const std::string row = "p1,WK999901,Tuin,Een tuin,w1,1000,,idee,,,b1,,,,,,";
  std::string diags;
  Build(kHeader + row + "\n", &diags);
  CHECK(diags ==
        At(2, row, 4) + "project needs a jaar or a start date to find begrotingsregel 'w1'\n");
  const std::string jaar = "p1,WK999901,Tuin,Een tuin,w1,1000,,idee,,,b1,,,,25,,";
  Build(kHeader + jaar + "\n", &diags);
  CHECK(diags == At(2, jaar, 14) + "'25' is not a year\n");
}

TEST_CASE("a duplicate project id names the first line", "[model][projecten]") {
  std::string diags;
  Model m = Build(kHeader +
                      "p1,WK999901,Tuin,Een tuin,w1,1000,,idee,,,b1,2025-02-01,,,,,\n"
                      "p2,WK999901,Bank,Een bank,w1,500,,idee,,,b1,2025-02-01,,,,,\n"
                      "p1,WK999902,Tuin,Nog een tuin,w1,100,,idee,,,b1,2025-02-01,,,,,\n",
                  &diags);
  CHECK(diags == "data/projecten.csv:4: error: duplicate project 'p1' (first on line 2)\n");
  REQUIRE(m.bestuur.projecten.size() == 2);
  CHECK(m.bestuur.projecten[0].gebied_code == "WK999901");  // the first one stays
}

TEST_CASE("eind before start is an error at eind", "[model][projecten]") {
  const std::string row = "p1,WK999901,Tuin,Een tuin,w1,1000,,idee,,,b1,2025-02-01,2025-01-31,,,,";
  std::string diags;
  Build(kHeader + row + "\n", &diags);
  CHECK(diags == At(2, row, 12) + "eind 2025-01-31 is before start 2025-02-01\n");
}

TEST_CASE("coordinates must be on the earth", "[model][projecten]") {
  const std::string row = "p1,WK999901,Tuin,Een tuin,w1,1000,,idee,,,b1,2025-02-01,,,,91,6.55";
  const std::string lon = "p2,WK999901,Tuin,Een tuin,w1,1000,,idee,,,b1,2025-02-01,,,,53.2,oost";
  std::string diags;
  Model m = Build(kHeader + row + "\n" + lon + "\n", &diags);
  CHECK(diags == At(2, row, 15) + "'91' is not a coordinate between -90 and 90\n" + At(3, lon, 16) +
                     "'oost' is not a coordinate between -180 and 180\n");
  REQUIRE(m.bestuur.projecten.size() == 2);
  CHECK_FALSE(m.bestuur.projecten[0].lat.has_value());
  CHECK(*m.bestuur.projecten[0].lon == Approx(6.55));
  CHECK(*m.bestuur.projecten[1].lat == Approx(53.2));
}

TEST_CASE("a Dutch Excel projecten file reads amounts and coordinates with a comma",
          "[model][projecten]") {
  std::string header = kHeader;
  std::replace(header.begin(), header.end(), ',', ';');
  std::string diags;
  Model m = Build(header +
                      "p1;WK999901;Tuin;Een tuin;w1;1.000,50;999,99;in uitvoering;75;;b1;"
                      "2025-02-01;;;;53,2185;6,5665\n",
                  &diags);
  CHECK(diags == "");
  const Project& p = m.bestuur.projecten.at(0);
  CHECK(*p.toegekend == 100050);
  CHECK(*p.besteed == 99999);
  CHECK(*p.voortgang == 75);
  CHECK(*p.lat == Approx(53.2185));
  CHECK(*p.lon == Approx(6.5665));
  const std::string bad =
      "p1;WK999901;Tuin;Een tuin;w1;1000.50;;in uitvoering;75%;;b1;2025-02-01;;;;;";
  Build(header + bad + "\n", &diags);
  CHECK(diags == At(2, bad, 5, ';') +
                     "amount '1000.50' is not in the Dutch (1.234.567,89) notation this file "
                     "uses\n" +
                     At(2, bad, 8, ';') + "voortgang '75%' is not a whole number from 0 to 100\n");
}

TEST_CASE("a projecten file without its columns is left out", "[model][projecten]") {
  std::string diags;
  Model m = Build("id,gebied,titel\np1,WK999901,Tuin\n", &diags);
  CHECK_THAT(diags,
             Catch::StartsWith(
                 "data/projecten.csv:1: error: missing required column 'begrotingsregel'\n"));
  CHECK(m.bestuur.projecten.empty());
}
