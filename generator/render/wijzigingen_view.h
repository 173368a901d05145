// What a publication changed, as template data: the changed budget lines
// grouped per area (each field old -> new, with the difference in € and %),
// the area's totals before and after so that the changes add up, and the
// changed wijkkompas values. Used by the publication pages and by the
// "Wijzigingen" section of every area page.
#pragma once

#include <set>
#include <string>

#include "model/diff.h"
#include "render/context.h"

namespace openwijk {

// A stable URL segment for a line id: letters, digits, '-', '_' and '.' stay;
// other bytes become "~XX" (hex), so every id has its own file name.
std::string RegelSegment(const std::string& id);
// "begroting/regel/<segment>.html" below `root`: the history page of a line.
// A file rather than a folder per line: a big gemeente has many thousands
// of lines, and a folder each doubled the files the build creates.
std::string RegelUrl(const std::string& root, const std::string& id);
// The anchor of a line's change on a publication page: "regel-2025-<segment>".
std::string RegelAnker(int jaar, const std::string& id);

// The groups: [{naam, code, url, anker, rijen: [...], totalen: [...]}], one
// per area whose lines changed, sorted by area name. `ankers` puts anchors on
// the rows (only once per page). `pagina_url` is prefixed to anchor links
// ("" on the publication page itself).
Data WijzigingGroepen(const RenderContext& ctx, const ModelDiff& diff, const Model& oud,
                      const Model& nieuw, const std::string& root, bool ankers);

// Totals over the areas in `codes` (all areas when null), per year, soort and
// phase that changed: [{label, oud, nieuw, verschil}].
Data TotalenRijen(const ModelDiff& diff, const std::set<std::string>* codes);

// Changed kompas values: [{gebied, indicator, jaar, oud, nieuw, verschil}].
Data KompasRijen(const ModelDiff& diff, const Model& oud, const Model& nieuw);

// "7 november 2024" from "2024-11-07"; the input when it is not a date.
std::string DatumTekst(const std::string& iso);

// Sets "wijzigingen_laatste" on an area page: what the newest publication
// changed in area g and below it. Leaves the page alone without publications.
void AddWijzigingen(const RenderContext& ctx, int g, Data* page);

}  // namespace openwijk
