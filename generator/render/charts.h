// The charts on the site's pages, assembled from the model; drawing is
// render/svg/chart.h's job. Each chart stands right next to a table with
// the same numbers, so nothing is only in the picture:
//   - begroot, gewijzigd and realisatie per programma as grouped bars, beside
//     the "Lasten per programma" table (area pages, begroting and
//     verantwoording pages);
//   - a sparkline of a wijkkompas indicator over the years present, in the
//     "Verloop" column of the kompas table.
// Returned strings are one inline <svg> each, owned by the caller.
#pragma once

#include <string>

#include "model/aggregate.h"
#include "render/context.h"

namespace openwijk {

// Grouped bars of area g's lasten in `jaar` per programma (programma order
// as in the table); "" when g has no lasten that year.
std::string ProgrammaBarsSvg(const RenderContext& ctx, int g, int jaar);

// Sets "grafiek" on the begroting data of g in `jaar` (partials/begroting)
// when there is something to draw.
void AddBegrotingGrafiek(const RenderContext& ctx, int g, int jaar, Data* begroting);

// The sparkline of one indicator's values of an area.
std::string VerloopSvg(const KompasReeks& reeks);

}  // namespace openwijk
