// Bar charts and sparklines (render/svg).
#include <catch2/catch.hpp>

#include "render/svg/chart.h"
#include "render/svg_test_xml.h"

namespace openwijk {
namespace {

using testing::CheckSvg;
using testing::CountOf;

BarChartInput Begroting() {
  BarChartInput in;
  in.id_prefix = "lasten";
  in.title = "Lasten per programma, 2023";
  in.description = "Begroot, gewijzigd en gerealiseerd per programma.";
  in.category_axis_label = "Programma";
  in.value_axis_label = "Lasten in euro";
  in.series = {"Begroot", "Gewijzigd", "Realisatie"};
  in.categories = {
      {"Werk & inkomen", {123456789, 130000000, 128765432}},
      {"Onderwijs", {45000000000, 46000000000, std::nullopt}},
      {"Een heel erg lange programmanaam die niet past in de kolom", {100, 0, -2500000}},
  };
  return in;
}

TEST_CASE("svg chart: grouped bars in Dutch notation", "[render][svg]") {
  BarChartInput in = Begroting();
  std::string svg = BarChartSvg(in);
  CHECK(CheckSvg(svg) == "");
  CHECK(CountOf(svg, "role=\"img\" aria-labelledby=\"lasten-title lasten-desc\"") == 1);
  CHECK(CountOf(svg, ">€ 1.234.568</text>") == 1);
  CHECK(CountOf(svg, "<title>Werk &amp; inkomen – Begroot: € 1.234.568</title>") == 1);
  CHECK(CountOf(svg, ">€ 450.000.000</text>") == 1);
  CHECK(CountOf(svg, ">€ -25.000</text>") == 1);
  CHECK(CountOf(svg, "text-anchor=\"end\">€ -25.000") == 1);  // label left of a negative bar
  CHECK(CountOf(svg, "<title>Onderwijs – Realisatie: geen gegevens</title>") == 1);
  CHECK(CountOf(svg, ">Begroot</text>") == 1);  // legend
  CHECK(CountOf(svg, ">Lasten in euro</text>") == 1);
  CHECK(CountOf(svg, ">Programma</text>") == 1);
  CHECK(CountOf(svg, "mln</text>") >= 2);  // compact tick labels
  CHECK(CountOf(svg, "…</text>") == 1);    // long label cut, full name in <title>
  CHECK(CountOf(svg, "<title>Een heel erg lange programmanaam die niet past in de kolom</title>") ==
        1);
  // Series differ by pattern, not colour alone.
  CHECK(CountOf(svg, "fill=\"url(#lasten-s1)\"") == 4);
  CHECK(CountOf(svg, "Hoogste Begroot: Onderwijs (€ 450.000.000).") == 1);
  CHECK(BarChartSvg(in) == svg);
}

TEST_CASE("svg chart: plain numbers and empty charts", "[render][svg]") {
  BarChartInput in;
  in.unit = ChartUnit::kNumber;
  in.decimals = 1;
  in.number_unit = "%";
  in.series = {"2024"};
  in.categories = {{"A", {12.5}}, {"B", {0.25}}};
  std::string svg = BarChartSvg(in);
  CHECK(CheckSvg(svg) == "");
  CHECK(CountOf(svg, ">12,5%</text>") == 1);
  CHECK(CountOf(svg, ">0,3%</text>") == 1);
  CHECK(CheckSvg(BarChartSvg(BarChartInput{})) == "");
}

TEST_CASE("svg chart: sparkline labels", "[render][svg]") {
  SparklineInput in;
  in.values = {{2017, 1234}, {2018, 1500}, {2019, 1800}, {2020, 2100},
               {2021, 2200}, {2022, 2250}, {2023, 2300}, {2024, 2345}};
  std::string svg = SparklineSvg(in);
  CHECK(CheckSvg(svg) == "");
  CHECK(CountOf(svg, "role=\"img\" aria-label=\"Verloop 2017–2024: van 1.234 naar 2.345\"") == 1);
  CHECK(CountOf(svg, "<circle") == 0);

  in.values = {{2017, 10}, {2018, 12}, {2020, 15}, {2022, 9}, {2023, 11}};
  svg = SparklineSvg(in);
  CHECK(CheckSvg(svg) == "");
  CHECK(CountOf(svg,
                "aria-label=\"Verloop 2017–2023: van 10 naar 11; geen gegevens voor 2019 en "
                "2021\"") == 1);
  CHECK(CountOf(svg, "<circle") == 1);  // 2020 stands alone
  CHECK(CountOf(svg, "M") == 3);        // three runs of years

  in.values = {{2024, 12.5}};
  in.unit = "%";
  in.decimals = 1;
  svg = SparklineSvg(in);
  CHECK(CheckSvg(svg) == "");
  CHECK(CountOf(svg, "aria-label=\"Verloop 2024: 12,5%\"") == 1);
  CHECK(CountOf(svg, "<circle") == 1);

  in.values.clear();
  svg = SparklineSvg(in);
  CHECK(CheckSvg(svg) == "");
  CHECK(CountOf(svg, "aria-label=\"Verloop: geen gegevens\"") == 1);
}

}  // namespace
}  // namespace openwijk
