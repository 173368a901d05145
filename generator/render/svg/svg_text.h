// Text pieces shared by the SVG drawings in render/svg: escaping, ids and
// numbers. Every function is pure and locale independent (no printf with %f
// on user-visible numbers), so the same input gives the same bytes on every
// machine. Returned strings are owned by the caller.
#pragma once

#include "util/text.h"  // XmlEscape

#include <string>
#include <string_view>

namespace openwijk {

// A number in Dutch notation: thousands '.', decimals ','.
// FormatDutchNumber(1234.5, 1) == "1.234,5"; "-" is kept, "-0" is not.
// Non-finite values give "?". Kept in one place so it can be swapped for a
// shared formatter later.
std::string FormatDutchNumber(double v, int decimals);

// A value with its unit as the site shows it: "€ 1.234" (unit "€"),
// "12,5%" (unit "%"), "1.234 inwoners" (any other unit), "1.234" (no unit).
std::string FormatWithUnit(double v, int decimals, const std::string& unit);

// Euros from cents, whole euros: 123456789 -> "€ 1.234.568".
std::string FormatEuroCents(double cents);

// A coordinate in SVG user units rounded to 0.1: "12.3", "-4", "0".
// Path data uses this so output bytes never depend on the C locale.
std::string FormatPixel(double v);

// A prefix safe for XML ids: letters, digits, '-' and '_' kept, anything else
// becomes '-'; starts with a letter ("svg-" is added if it would not).
std::string SafeIdPrefix(std::string_view prefix);

}  // namespace openwijk
