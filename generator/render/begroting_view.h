// The begroting tables of an area for one year: lasten per programma and per
// Iv3 taakveld, with begroot, gewijzigd, realisatie, € per inwoner and totals.
#pragma once

#include "render/context.h"

namespace openwijk {

// Template data for the tables of area `g` in `jaar`; `root` prefixes links.
Data BegrotingTables(const RenderContext& ctx, int g, int jaar, const std::string& root);

// The raw lines of area g's subtree in `jaar` as a download: CSV and JSON
// with ids and plain numbers (euros with a decimal point), not formatted text.
std::string BegrotingCsv(const RenderContext& ctx, int g, int jaar);
std::string BegrotingJson(const RenderContext& ctx, int g, int jaar);

// RFC 4180 quoting of one CSV field.
std::string CsvField(const std::string& s);

}  // namespace openwijk
