#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>

#include "util/number.h"

using namespace openwijk;

namespace {
int64_t Amount(const char* text, Notation n) {
  int64_t cents = -1;
  std::string error;
  REQUIRE(ParseAmount(text, n, &cents, &error));
  return cents;
}
std::string AmountError(const char* text, Notation n) {
  int64_t cents = 0;
  std::string error;
  REQUIRE_FALSE(ParseAmount(text, n, &cents, &error));
  return error;
}
}  // namespace

TEST_CASE("amounts in standard notation are exact cents", "[util][number]") {
  CHECK(Amount("1234567.89", Notation::kStandard) == 123456789);
  CHECK(Amount("0.1", Notation::kStandard) == 10);
  CHECK(Amount("-566000", Notation::kStandard) == -56600000);
  CHECK(Amount("12", Notation::kStandard) == 1200);
}

TEST_CASE("amounts in Dutch Excel notation", "[util][number]") {
  CHECK(Amount("1.234.567,89", Notation::kDutch) == 123456789);
  CHECK(Amount("1234567,89", Notation::kDutch) == 123456789);
  CHECK(Amount("1.234", Notation::kDutch) == 123400);
  CHECK(Amount("-12,5", Notation::kDutch) == -1250);
}

TEST_CASE("amounts in the other notation name the expected one", "[util][number]") {
  CHECK(AmountError("1,234.56", Notation::kDutch) ==
        "amount '1,234.56' is not in the Dutch (1.234.567,89) notation this file uses");
  CHECK(AmountError("1.234,56", Notation::kStandard) ==
        "amount '1.234,56' is not in the standard (1234567.89) notation this file uses");
  CHECK(AmountError("1.234", Notation::kStandard) ==
        "amount '1.234' has more than two decimals; in the standard (1234567.89) notation this "
        "file uses");
  CHECK(AmountError("twaalf", Notation::kStandard) ==
        "amount 'twaalf' is not in the standard (1234567.89) notation this file uses");
  CHECK(AmountError("1.23.456", Notation::kDutch) ==
        "amount '1.23.456' is not in the Dutch (1.234.567,89) notation this file uses");
  CHECK_FALSE(AmountError("1e5", Notation::kStandard).empty());
  CHECK_FALSE(AmountError("", Notation::kStandard).empty());
  CHECK_FALSE(AmountError("-", Notation::kStandard).empty());
  CHECK_FALSE(AmountError("99999999999999999999", Notation::kStandard).empty());
}

TEST_CASE("euro amounts are shown in Dutch notation", "[util][number]") {
  CHECK(FormatEuro(123456789) == "€ 1.234.567,89");
  CHECK(FormatEuro(123456700) == "€ 1.234.567");
  CHECK(FormatEuro(-1200) == "-€ 12");
  CHECK(FormatEuro(0) == "€ 0");
  CHECK(FormatEuro(5) == "€ 0,05");
  CHECK(FormatEuro(-99999) == "-€ 999,99");
  CHECK(FormatEuro(100000) == "€ 1.000");
  CHECK(FormatEuro(std::numeric_limits<int64_t>::min()) == "-€ 92.233.720.368.547.758,08");
  CHECK(FormatEuro(std::numeric_limits<int64_t>::max()) == "€ 92.233.720.368.547.758,07");
  CHECK(FormatEuroRounded(123456789) == "€ 1.234.568");
  CHECK(FormatNumber(12345.6, 1) == "12.345,6");
  CHECK(FormatNumber(-0.01, 0) == "0");
  CHECK(FormatPercent(0.125) == "12,5%");
  CHECK(CentsToDecimalString(-123456789) == "-1234567.89");
  CHECK(CentsToDecimalString(500) == "5");
  CHECK(CentsToDecimalString(5) == "0.05");
  CHECK(CentsToDecimalString(-5) == "-0.05");
  CHECK(CentsToDecimalString(-10) == "-0.10");
  CHECK(CentsToDecimalString(0) == "0");
  CHECK(CentsToDecimalString(INT64_MIN) == "-92233720368547758.08");
  CHECK(CentsToDecimalString(INT64_MAX) == "92233720368547758.07");
  std::string out = "x,";
  AppendCentsDecimal(&out, 123450);
  CHECK(out == "x,1234.50");
}

TEST_CASE("decimals keep how many digits were written", "[util][number]") {
  double v = 0;
  int decimals = 0;
  std::string error;
  REQUIRE(ParseDecimal("2,25", Notation::kDutch, &v, &decimals, &error));
  CHECK(v == Approx(2.25));
  CHECK(decimals == 2);
  REQUIRE_FALSE(ParseDecimal("-99999997x", Notation::kStandard, &v, &decimals, &error));
}

// FormatNumber against printf's rounding, which it must keep: "%.*f", then
// the integer digits grouped by three and a decimal comma.
TEST_CASE("numbers round as printf does, in Dutch notation", "[util][number]") {
  auto reference = [](double v, int decimals) {
    char buf[512];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
    std::string s(buf), out;
    size_t dot = s.find('.');
    std::string integer = s.substr(0, dot);
    if (v < 0 && s.find_first_of("123456789") != std::string::npos) out += '-';
    for (size_t i = 0; i < integer.size(); ++i) {
      if (i > 0 && (integer.size() - i) % 3 == 0) out += '.';
      out += integer[i];
    }
    if (dot != std::string::npos) out += "," + s.substr(dot + 1);
    return out;
  };
  const double values[] = {0,       -0.0,   0.5,       1.5,      2.5,  -2.5, 0.125,
                           0.0049,  -0.004, 1234.5678, -98765.4, 1e15, 1e21, 123456789.987,
                           0.00005, 99.995, 1.0 / 3.0, -2.0 / 3, 1e-7, 5e-7, 1e300};
  for (double v : values) {
    for (int d = 0; d <= 6; ++d) {
      INFO(v << " with " << d << " decimals");
      CHECK(FormatNumber(v, d) == reference(v, d));
    }
  }
  CHECK(FormatNumber(1234.5, 9) == "1.234,500000");  // at most six decimals
  CHECK(FormatNumber(1234.5, -1) == "1.234");        // no fewer than none; an exact half to even
}
