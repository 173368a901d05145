// Chart assembly (render/charts.h): bars per programma from an area's sums of
// a year, and the kompas sparkline.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "model/aggregate.h"
#include "render/charts.h"
#include "render/svg_test_xml.h"
#include "support/regel_fixture.h"

namespace openwijk {

TEST_CASE("charts: begroot, gewijzigd and realisatie per programma as bars", "[render][charts]") {
  Model m;
  m.gebieden.resize(1);
  m.gebieden[0].naam = "Testdorp";
  std::map<std::string, Totaal> per_programma;  // as TelJaar sums them (jaar_cijfers_test.cc)
  BegrotingRegel wonen = VoorbeeldRegel(), groen = VoorbeeldRegel();
  wonen.begroot = 100000;
  wonen.gewijzigd = 120000;
  groen.programma = "Groen";
  groen.begroot = 50000;
  groen.realisatie = 40000;
  per_programma["Wonen"].Add(wonen);
  per_programma["Groen"].Add(groen);

  std::string svg = ProgrammaBarsSvg(m, 0, 2025, per_programma);
  CHECK(testing::CheckSvg(svg) == "");
  CHECK_THAT(svg, Catch::Contains("Lasten per programma, 2025"));
  CHECK_THAT(svg, Catch::Contains("van Testdorp per programma"));
  CHECK_THAT(svg, Catch::Contains("Groen"));
  CHECK_THAT(svg, Catch::Contains("Wonen"));
  CHECK_THAT(svg, Catch::Contains("€ 1.200"));  // gewijzigd of Wonen, from cents
  CHECK(svg.find("Groen – Begroot") <
        svg.find("Wonen – Begroot"));  // the map's order, as the table
  CHECK(ProgrammaBarsSvg(m, 0, 2025, {}).empty());
}

TEST_CASE("charts: a sparkline over the years present", "[render][charts]") {
  Indicator ind{"inwoners", "Inwoners", "inwoners", "CBS", {}};
  KompasWaarde a, b;
  a.jaar = 2017;
  a.waarde = 1000;
  b.jaar = 2024;
  b.waarde = 1250;
  KompasReeks reeks{&ind, {&a, &b}};
  std::string svg = VerloopSvg(reeks);
  CHECK(testing::CheckSvg(svg) == "");
  CHECK_THAT(svg, Catch::Contains(
                      "Verloop van Inwoners 2017–2024: van 1.000 inwoners naar 1.250 inwoners; "
                      "geen gegevens voor 2018, 2019, 2020, 2021, 2022 en 2023"));
  CHECK_THAT(svg, Catch::Contains("stroke-dasharray"));  // the years between are bridged
}

}  // namespace openwijk
