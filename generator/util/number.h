// Amounts and numbers in the two notations the data may use, and in the Dutch
// notation the site shows.
//
// Money is kept exact as integer cents (int64_t), never as floating point:
// € 1.234.567,89 is 123456789. Indicator values (inwoners, percentages) are
// doubles with a known number of decimals.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace openwijk {

// How a CSV file writes numbers, chosen by its field separator.
enum class Notation {
  kStandard,  // ',' separates fields; 1234567.89
  kDutch,     // ';' separates fields (Dutch Excel); 1.234.567,89 or 1234567,89
};

// "standard (1234567.89)" or "Dutch (1.234.567,89)", for error messages.
const char* NotationName(Notation n);

// Parses an amount in euros with at most two decimals. A leading '-' is
// allowed. On failure returns false and sets *error to a message that names
// the expected notation.
bool ParseAmount(std::string_view text, Notation notation, int64_t* cents, std::string* error);

// Parses a decimal number (indicator values). *decimals gets the number of
// digits after the decimal sign, so the site can show it as written.
bool ParseDecimal(std::string_view text, Notation notation, double* value, int* decimals,
                  std::string* error);

// Parses a non-negative integer such as a year; false on anything else.
bool ParseInt(std::string_view text, int64_t* value);

// "€ 1.234.567" for whole euros, "€ 1.234.567,89" otherwise; "-€ 12" below 0.
std::string FormatEuro(int64_t cents);
// Whole euros, rounded half away from zero: "€ 1.234.568".
std::string FormatEuroRounded(int64_t cents);
// A number in Dutch notation with `decimals` decimals: 12345.6 -> "12.345,6".
std::string FormatNumber(double value, int decimals);
// Appends `digits` with a '.' before every group of three from the right:
// "1234567" -> "1.234.567".
void AppendGrouped(std::string* out, std::string_view digits);
// A percentage: 0.125 -> "12,5%" (one decimal), or "" when not finite.
std::string FormatPercent(double fraction, int decimals = 1);
// A plain machine-readable amount for downloads: 123456789 -> "1234567.89".
std::string CentsToDecimalString(int64_t cents);
// The same, appended to *out.
void AppendCentsDecimal(std::string* out, int64_t cents);

}  // namespace openwijk
