// libFuzzer target: amounts and decimal numbers in both notations. Besides
// "no crash", it checks that an accepted amount survives a round trip through
// the machine-readable download format, so the site never shows a different
// number than the data says.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/number.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace openwijk;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (Notation n : {Notation::kStandard, Notation::kDutch}) {
    int64_t cents = 0;
    std::string error;
    if (ParseAmount(text, n, &cents, &error)) {
      FormatEuro(cents);
      FormatEuroRounded(cents);
      int64_t back = 0;
      std::string back_error;
      if (!ParseAmount(CentsToDecimalString(cents), Notation::kStandard, &back, &back_error) ||
          back != cents) {
        __builtin_trap();
      }
    } else if (error.empty()) {
      __builtin_trap();  // a rejection must say why
    }
    double value = 0;
    int decimals = 0;
    error.clear();
    if (ParseDecimal(text, n, &value, &decimals, &error)) {
      FormatNumber(value, decimals < 6 ? decimals : 6);
      FormatPercent(value / 100);
    } else if (error.empty()) {
      __builtin_trap();
    }
  }
  int64_t year = 0;
  ParseInt(text, &year);
  return 0;
}
