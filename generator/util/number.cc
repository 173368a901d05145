#include "util/number.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string_view>

namespace openwijk {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Digits with optional thousands groups: "1234", or "1.234.567" when
// `group` is set. Appends the digits to *out. Returns false on a malformed
// grouping.
bool ReadIntegerPart(std::string_view s, char group, std::string* out) {
  if (s.empty()) return false;
  if (group == 0 || s.find(group) == std::string_view::npos) {
    for (char c : s) {
      if (!IsDigit(c)) return false;
    }
    *out += s;
    return true;
  }
  // Grouped: 1-3 digits, then groups of exactly 3.
  size_t first = s.find(group);
  if (first == 0 || first > 3) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t from_first = i >= first ? (i - first) % 4 : 1;
    if (i >= first && from_first == 0) {
      if (s[i] != group) return false;
    } else if (!IsDigit(s[i])) {
      return false;
    }
  }
  if ((s.size() - first) % 4 != 0) return false;
  for (char c : s) {
    if (c != group) *out += c;
  }
  return true;
}

// Splits "-1.234,5" into sign, integer digits and fraction digits.
bool SplitNumber(std::string_view text, Notation n, bool* negative, std::string* integer,
                 std::string* fraction) {
  char decimal = n == Notation::kDutch ? ',' : '.';
  char group = n == Notation::kDutch ? '.' : 0;
  std::string_view s = text;
  *negative = !s.empty() && s[0] == '-';
  if (*negative) s.remove_prefix(1);
  size_t dec = s.find(decimal);
  std::string_view int_part = s.substr(0, dec);
  if (!ReadIntegerPart(int_part, group, integer)) return false;
  if (dec != std::string_view::npos) {
    std::string_view frac = s.substr(dec + 1);
    if (frac.empty()) return false;
    for (char c : frac) {
      if (!IsDigit(c)) return false;
    }
    *fraction = std::string(frac);
  }
  return true;
}

std::string Expected(std::string_view text, Notation n) {
  return "amount '" + std::string(text) + "' is not in the " + NotationName(n) +
         " notation this file uses";
}

}  // namespace

void AppendGrouped(std::string* out, std::string_view digits) {
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out->push_back('.');
    out->push_back(digits[i]);
  }
}

const char* NotationName(Notation n) {
  return n == Notation::kDutch ? "Dutch (1.234.567,89)" : "standard (1234567.89)";
}

bool ParseAmount(std::string_view text, Notation notation, int64_t* cents, std::string* error) {
  bool negative = false;
  std::string integer, fraction;
  if (text.size() > 20 || !SplitNumber(text, notation, &negative, &integer, &fraction)) {
    *error = Expected(text, notation);
    return false;
  }
  if (fraction.size() > 2) {
    *error = "amount '" + std::string(text) + "' has more than two decimals; in the " +
             NotationName(notation) + " notation this file uses";
    return false;
  }
  if (integer.size() > 15) {
    *error = "amount '" + std::string(text) + "' is too large";
    return false;
  }
  int64_t value = 0;
  for (char c : integer) value = value * 10 + (c - '0');
  while (fraction.size() < 2) fraction += '0';
  value = value * 100 + (fraction[0] - '0') * 10 + (fraction[1] - '0');
  *cents = negative ? -value : value;
  return true;
}

bool ParseDecimal(std::string_view text, Notation notation, double* value, int* decimals,
                  std::string* error) {
  bool negative = false;
  std::string integer, fraction;
  if (text.size() > 30 || !SplitNumber(text, notation, &negative, &integer, &fraction) ||
      integer.size() > 15) {
    *error = "number '" + std::string(text) + "' is not in the " + NotationName(notation) +
             " notation this file uses";
    return false;
  }
  std::string c_text = integer + (fraction.empty() ? "" : "." + fraction);
  double v = std::strtod(c_text.c_str(), nullptr);
  *value = negative ? -v : v;
  *decimals = static_cast<int>(fraction.size());
  return true;
}

bool ParseInt(std::string_view text, int64_t* value) {
  if (text.empty() || text.size() > 18) return false;
  int64_t v = 0;
  for (char c : text) {
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *value = v;
  return true;
}

// Built in the string itself, without a reserve: most amounts fit in its
// own 15 bytes, with no allocation. The site shows an amount in nearly every
// table cell, and building it from to_string, a grouped copy and snprintf
// took 2% of a build.
std::string FormatEuro(int64_t cents) {
  bool negative = cents < 0;
  uint64_t abs = negative ? 0 - static_cast<uint64_t>(cents) : static_cast<uint64_t>(cents);
  char digits[24];
  const char* end = std::to_chars(digits, digits + sizeof digits, abs / 100).ptr;
  std::string out(negative ? "-€ " : "€ ");
  AppendGrouped(&out, std::string_view(digits, static_cast<size_t>(end - digits)));
  if (abs % 100 != 0) {
    out.push_back(',');
    out.push_back(static_cast<char>('0' + abs % 100 / 10));
    out.push_back(static_cast<char>('0' + abs % 10));
  }
  return out;
}

std::string FormatEuroRounded(int64_t cents) {
  int64_t euros = cents >= 0 ? (cents + 50) / 100 : -((-cents + 50) / 100);
  return FormatEuro(euros * 100);
}

std::string FormatNumber(double value, int decimals) {
  if (!std::isfinite(value)) return "";
  decimals = std::clamp(decimals, 0, 6);
  char buf[400];  // any finite double in fixed notation; as printf("%.*f")
  const char* end =
      std::to_chars(buf, buf + sizeof buf, std::fabs(value), std::chars_format::fixed, decimals)
          .ptr;
  const std::string_view s(buf, static_cast<size_t>(end - buf));
  const size_t dot = s.find('.');
  std::string out;
  out.reserve(s.size() + s.size() / 3 + 2);
  // "-0" is not a value anyone wrote; only show the sign for nonzero output.
  bool nonzero = s.find_first_not_of("0.") != std::string_view::npos;
  if (value < 0 && nonzero) out.push_back('-');
  AppendGrouped(&out, s.substr(0, dot));
  if (dot != std::string_view::npos) out.append(",").append(s.substr(dot + 1));
  return out;
}

std::string FormatPercent(double fraction, int decimals) {
  if (!std::isfinite(fraction)) return "";
  return FormatNumber(fraction * 100.0, decimals) + "%";
}

std::string CentsToDecimalString(int64_t cents) {
  std::string out;
  AppendCentsDecimal(&out, cents);
  return out;
}

void AppendCentsDecimal(std::string* out, int64_t cents) {
  bool negative = cents < 0;
  uint64_t abs = negative ? 0 - static_cast<uint64_t>(cents) : static_cast<uint64_t>(cents);
  char buf[32];  // '-', up to 17 digits of euros, '.', 2 of cents
  char* end = buf;
  if (negative) *end++ = '-';
  end = std::to_chars(end, buf + sizeof buf, abs / 100).ptr;
  if (abs % 100 != 0) {
    *end++ = '.';
    *end++ = static_cast<char>('0' + abs % 100 / 10);
    *end++ = static_cast<char>('0' + abs % 10);
  }
  out->append(buf, end);
}

}  // namespace openwijk
