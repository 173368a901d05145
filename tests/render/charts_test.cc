// Chart assembly (render/charts.h): bars per programma from the begroting
// lines of an area's subtree, and the kompas sparkline.
#include <catch2/catch.hpp>

#include "model/aggregate.h"
#include "render/charts.h"
#include "render/jaar_cijfers.h"
#include "render/svg_test_xml.h"

namespace openwijk {
namespace {

BegrotingRegel Regel(int gebied, const std::string& programma, std::optional<int64_t> begroot,
                     std::optional<int64_t> gewijzigd, std::optional<int64_t> realisatie) {
  BegrotingRegel r;
  r.jaar = 2025;
  r.gebied = gebied;
  r.programma = programma;
  r.begroot = begroot;
  r.gewijzigd = gewijzigd;
  r.realisatie = realisatie;
  return r;
}

}  // namespace

TEST_CASE("charts: begroot, gewijzigd and realisatie per programma as bars", "[render][charts]") {
  Model m;
  m.gebieden.resize(2);
  m.gebieden[0].naam = "Testdorp";
  m.gebieden[0].kinderen = {1};
  m.gebieden[1].naam = "Noord";
  m.gebieden[1].ouder = 0;
  m.root = 0;
  m.begroting[2025] = {Regel(1, "Wonen", 100000, 120000, std::nullopt),
                       Regel(0, "Groen", 50000, std::nullopt, 40000)};
  m.begroting[2025].Edit(1).soort = Soort::kLasten;
  Aggregates agg(m);
  TemplateSet templates;
  CollectSink files;
  Diagnostics diags;
  RenderContext ctx{m, agg, templates, &files, &diags};

  std::string svg = TelJaar(ctx, 0, 2025).grafiek;
  CHECK(testing::CheckSvg(svg) == "");
  CHECK_THAT(svg, Catch::Contains("Lasten per programma, 2025"));
  CHECK_THAT(svg, Catch::Contains("Groen"));
  CHECK_THAT(svg, Catch::Contains("Wonen"));
  CHECK_THAT(svg, Catch::Contains("€ 1.200"));    // gewijzigd of Wonen, from cents
  CHECK(ProgrammaBarsSvg(m, 1, 2024, {}) == "");  // nothing to draw
  CHECK(TelJaar(ctx, 1, 2025).grafiek != "");     // Noord's own line
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
