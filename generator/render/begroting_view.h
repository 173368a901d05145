// The begroting tables of an area for one year: lasten per programma and per
// Iv3 taakveld, with begroot, gewijzigd, realisatie, € per inwoner and totals.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/context.h"
#include "util/text_parts.h"

namespace openwijk {

struct JaarCijfers;  // render/jaar_cijfers.h

// Euros per inhabitant in cents, rounded to the nearest cent: the one sum
// behind every "per inwoner" of the site, its maps and downloads. Empty
// without a number of inhabitants above 0.
std::optional<int64_t> PerInwonerCents(int64_t cents, std::optional<double> inwoners);
// The same in whole euros (in cents: 1300), for the pages; rounded once, from
// the exact quotient (12.496 is 12, not 12.50 and then 13).
std::optional<int64_t> PerInwonerHeleEuros(int64_t cents, std::optional<double> inwoners);

// Template data for the tables of area `g` in `jaar`, from its sums `c`
// (TelJaar), with the bar chart; `root` prefixes links.
Data BegrotingTables(const RenderContext& ctx, int g, int jaar, const std::string& root,
                     const JaarCijfers& c);

// The raw lines of area g's subtree in `jaar` as a download: CSV and JSON
// with ids and plain numbers (euros with a decimal point), not formatted text.
// With a writer, the text goes to it in parts as it grows, and the rest (all
// of it, for an area with fewer lines than a part holds) is returned.
std::string BegrotingCsv(const RenderContext& ctx, int g, int jaar,
                         const PartWriter* write = nullptr);
std::string BegrotingJson(const RenderContext& ctx, int g, int jaar,
                          const PartWriter* write = nullptr);
// Both, as <pad>/begroting-<jaar>.csv and .json, made and handed to the
// output in parts (OutputSink::AddInParts): the top area's hold every line of
// the year (74 MB of JSON at the benchmark's land scale), and held whole they
// were the peak of a land build's memory.
void EmitBegrotingDownloads(RenderContext& ctx, int g, int jaar);
// One line as a JSON object with every column of BegrotingKolommen(), and a
// list of them, one per line of text. Amounts are exact decimals. With a
// writer, the text goes to it in parts, and the rest is returned. The rows
// `rijen` holds are copied from it.
void AppendRegelJson(std::string* out, const BegrotingRegel& r);
std::string RegelsJson(const std::vector<const BegrotingRegel*>& regels,
                       const PartWriter* write = nullptr,
                       const RegelRijen& rijen = RegelRijen::Geen());
// One line as a CSV row (with its newline), in the order of
// BegrotingKolommen(), besluit last.
void AppendRegelCsv(std::string* out, const BegrotingRegel& r);

// RFC 4180 quoting of one CSV field.
std::string CsvField(const std::string& s);
void AppendCsvField(std::string* out, std::string_view s);

}  // namespace openwijk
