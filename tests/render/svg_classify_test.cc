// Quantile classes and Dutch number notation (render/svg).
#include <catch2/catch.hpp>

#include "render/svg/classify.h"
#include "render/svg/svg_text.h"

namespace openwijk {
namespace {

std::vector<std::vector<double>> Bounds(const Classification& c) {
  std::vector<std::vector<double>> out;
  for (const ValueClass& v : c.classes) out.push_back({v.min, v.max, double(v.count)});
  return out;
}

TEST_CASE("svg classify: quantiles on known input", "[render][svg]") {
  Classification c = QuantileClasses({10, 1, 9, 2, 8, 3, 7, 4, 6, 5}, 5);
  CHECK(Bounds(c) ==
        std::vector<std::vector<double>>{{1, 2, 2}, {3, 4, 2}, {5, 6, 2}, {7, 8, 2}, {9, 10, 2}});
  CHECK(c.ClassOf(1) == 0);
  CHECK(c.ClassOf(4.5) == 1);
  CHECK(c.ClassOf(10) == 4);
  CHECK(c.ClassOf(-3) == 0);
}

TEST_CASE("svg classify: ties never straddle classes", "[render][svg]") {
  Classification c = QuantileClasses({1, 1, 1, 1, 2, 3, 4, 5, 5, 5}, 5);
  CHECK(Bounds(c) == std::vector<std::vector<double>>{{1, 1, 4}, {2, 3, 2}, {4, 4, 1}, {5, 5, 3}});
}

TEST_CASE("svg classify: all equal, few values, none", "[render][svg]") {
  CHECK(Bounds(QuantileClasses({7, 7, 7}, 5)) == std::vector<std::vector<double>>{{7, 7, 3}});
  CHECK(Bounds(QuantileClasses({3, 1, 2}, 5)) ==
        std::vector<std::vector<double>>{{1, 1, 1}, {2, 2, 1}, {3, 3, 1}});
  CHECK(QuantileClasses({}, 5).classes.empty());
  CHECK(Bounds(QuantileClasses({1, 2}, 0)) == std::vector<std::vector<double>>{{1, 2, 2}});
}

TEST_CASE("svg text: Dutch numbers", "[render][svg]") {
  CHECK(FormatDutchNumber(1234, 0) == "1.234");
  CHECK(FormatDutchNumber(1234567.891, 2) == "1.234.567,89");
  CHECK(FormatDutchNumber(12.5, 1) == "12,5");
  CHECK(FormatDutchNumber(0.05, 1) == "0,1");
  CHECK(FormatDutchNumber(-1234.4, 0) == "-1.234");
  CHECK(FormatDutchNumber(-0.2, 0) == "0");
  CHECK(FormatDutchNumber(999.96, 1) == "1.000,0");
  CHECK(FormatWithUnit(1234, 0, "€") == "€ 1.234");
  CHECK(FormatWithUnit(12.5, 1, "%") == "12,5%");
  CHECK(FormatWithUnit(4440, 0, "inwoners") == "4.440 inwoners");
  CHECK(FormatEuroCents(123456789) == "€ 1.234.568");
  CHECK(FormatPixel(12.34) == "12.3");
  CHECK(FormatPixel(-0.04) == "0");
  CHECK(FormatPixel(-4) == "-4");
  CHECK(XmlEscape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
  CHECK(SafeIdPrefix("kaart 1") == "kaart-1");
  CHECK(SafeIdPrefix("1x") == "svg-1x");
}

}  // namespace
}  // namespace openwijk
