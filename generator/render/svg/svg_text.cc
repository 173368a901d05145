#include "render/svg/svg_text.h"

#include <cmath>
#include <cstdint>

#include "util/number.h"

namespace openwijk {

std::string FormatDutchNumber(double v, int decimals) {
  if (!std::isfinite(v)) return "?";
  if (decimals < 0) decimals = 0;
  if (decimals > 6) decimals = 6;
  double scale = std::pow(10.0, decimals);
  double scaled = std::round(std::fabs(v) * scale);
  if (scaled >= 9.0e18) return v < 0 ? "-?" : "?";  // beyond int64: not a budget figure
  uint64_t n = static_cast<uint64_t>(scaled);
  uint64_t unit = static_cast<uint64_t>(scale);
  std::string out = (v < 0 && n > 0) ? "-" : "";
  AppendGrouped(&out, std::to_string(n / unit));
  if (decimals > 0) {
    std::string frac = std::to_string(n % unit);
    out += ',' + std::string(decimals - frac.size(), '0') + frac;
  }
  return out;
}

std::string FormatWithUnit(double v, int decimals, const std::string& unit) {
  std::string number = FormatDutchNumber(v, decimals);
  if (unit.empty()) return number;
  if (unit == "€") return "€ " + number;
  if (unit == "%") return number + "%";
  return number + " " + unit;
}

std::string FormatEuroCents(double cents) { return FormatWithUnit(cents / 100.0, 0, "€"); }

std::string FormatPixel(double v) {
  if (!std::isfinite(v)) return "0";
  if (std::fabs(v) > 1e9) v = v < 0 ? -1e9 : 1e9;  // far outside any viewBox; keeps llround defined
  long long tenths = std::llround(v * 10.0);
  std::string out = tenths < 0 ? "-" : "";
  unsigned long long a = tenths < 0 ? 0ULL - static_cast<unsigned long long>(tenths)
                                    : static_cast<unsigned long long>(tenths);
  out += std::to_string(a / 10);
  if (a % 10 != 0) out += "." + std::to_string(a % 10);
  return out;
}

std::string SafeIdPrefix(std::string_view prefix) {
  std::string out;
  for (char c : prefix) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_';
    out += ok ? c : '-';
  }
  bool letter =
      !out.empty() && ((out[0] >= 'a' && out[0] <= 'z') || (out[0] >= 'A' && out[0] <= 'Z'));
  return letter ? out : "svg-" + out;
}

}  // namespace openwijk
