// The lasten of one area in one year, summed once for the three places that
// show them: the begroting tables (gebied and begroting pages), the
// verantwoording tables and the bar chart beside both. Each of them used to
// walk the area's lines again; for the gemeente at the top that is every line
// of the year.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/aggregate.h"
#include "render/context.h"

namespace openwijk {

struct TaakveldSom {
  std::string code;
  std::string naam;  // "0.10 Mutaties reserves": the code and its Iv3 name
  Totaal totaal;
};

struct JaarCijfers {
  Totaal totaal;  // lasten of g and everything below it
  Totaal eigen;   // lasten placed on g itself
  // Lasten per programma and per financier, by their text.
  std::map<std::string, Totaal> per_programma, per_financier;
  // In numeric order of the codes, part by part: "0.2" before "0.10".
  std::vector<TaakveldSom> per_taakveld;
  bool heeft_regels = false;  // any line, lasten or baten
  bool illustratief = false;  // a line whose bron says it is illustrative
  std::string grafiek;        // ProgrammaBarsSvg of per_programma; "" when empty
};

// The sums of area g's subtree in `jaar`, one of ctx.agg.Jaren().
JaarCijfers TelJaar(const RenderContext& ctx, int g, int jaar);

// Whether the bron of a line says it is illustrative (made up as an example).
bool IsIllustratief(const BegrotingRegel& r);
// Whether any line of `jaar` is (for pages that show the whole gemeente's
// amounts: home, transparantie, the map of euros per inwoner).
bool JaarIsIllustratief(const Model& m, int jaar);

}  // namespace openwijk
