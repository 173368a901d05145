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

#include <map>
#include <string>

#include "model/aggregate.h"

namespace openwijk {

// Grouped bars of area g's lasten in `jaar` per programma, in the order of
// `per_programma` as the table has it (summed in render/jaar_cijfers.h); ""
// when there are none.
std::string ProgrammaBarsSvg(const Model& m, int g, int jaar,
                             const std::map<std::string, Totaal>& per_programma);

// The sparkline of one indicator's values of an area.
std::string VerloopSvg(const KompasReeks& reeks);

}  // namespace openwijk
