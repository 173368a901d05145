// data/wijkagenda/<code>.md -> wijkagenda's (model/build_wijkagenda.cc):
// the items of the front matter with their programma, and each bad item an
// error at its line:column in the Markdown file.
#include <catch2/catch.hpp>

#include "model/build.h"
#include "model/build_bestuur.h"
#include "support/bestuur_fixture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

Model Build(const std::map<std::string, std::string>& agendas, std::string* diags) {
  Diagnostics d;
  Model m = BuildOnTestdorp(agendas, BuildWijkagendas, &d);
  *diags = d.ToString();
  return m;
}

}  // namespace

TEST_CASE("a wijkagenda's items carry opgave, proces and programma", "[model][wijkagenda]") {
  std::string diags;
  Model m = Build({{"data/wijkagenda/WK999901.md",
                    "---\n"
                    "titel: Wijkagenda Noord\n"
                    "bron: wijkraad\n"
                    "items:\n"
                    "  - thema: Groen\n"
                    "    opgave: Meer groen\n"
                    "    proces: Bewonersavond\n"
                    "    programma:\n"
                    "      begrotingsregels: [w1, w2]\n"
                    "      projecten: [p1]\n"
                    "      inzet: tienduizend euro\n"
                    "    jaar: 2025\n"
                    "    status: vastgesteld\n"
                    "  - thema: Spelen\n"
                    "    jaar: 2026\n"
                    "    status: concept\n"
                    "---\n"
                    "Tekst.\n"}},
                  &diags);
  CHECK(diags == "");
  REQUIRE(m.bestuur.wijkagendas.size() == 1);
  const Wijkagenda& w = m.bestuur.wijkagendas[0];
  CHECK(w.gebied == m.FindGebied("WK999901"));
  CHECK(w.titel == "Wijkagenda Noord");
  CHECK(w.bron == "wijkraad");
  CHECK(w.markdown == "Tekst.\n");
  REQUIRE(w.items.size() == 2);
  const WijkagendaItem& groen = w.items[0];
  CHECK(groen.opgave == "Meer groen");
  CHECK(groen.proces == "Bewonersavond");
  CHECK(groen.begrotingsregels == std::vector<std::string>{"w1", "w2"});
  CHECK(groen.projecten == std::vector<std::string>{"p1"});
  CHECK(groen.inzet == "tienduizend euro");
  CHECK(groen.jaar == 2025);
  CHECK(groen.status == "vastgesteld");
  REQUIRE(groen.regel_pos.size() == 2);
  CHECK(groen.regel_pos[1].line == 9);
  CHECK(groen.regel_pos[1].column == 30);
  CHECK(groen.pos.line == 5);
  CHECK(w.items[1].begrotingsregels.empty());  // no programma yet
  CHECK(w.items[1].jaar == 2026);
}

TEST_CASE("a wijkagenda needs a known area and a list of items", "[model][wijkagenda]") {
  std::string diags;
  Model m = Build({{"data/wijkagenda/WK000000.md",
                    "---\nitems:\n  - thema: Groen\n    jaar: 2025\n    status: concept\n---\n"},
                   {"data/wijkagenda/WK999901.md", "---\ntitel: Noord\n---\nAlleen tekst.\n"}},
                  &diags);
  CHECK(diags ==
        "data/wijkagenda/WK000000.md: error: wijkagenda for unknown gebied 'WK000000'\n"
        "data/wijkagenda/WK999901.md:1:1: error: a wijkagenda needs 'items' in its front "
        "matter\n");
  REQUIRE(m.bestuur.wijkagendas.size() == 1);  // kept, without items
  CHECK(m.bestuur.wijkagendas[0].items.empty());
}

TEST_CASE("every bad item field is an error at its place", "[model][wijkagenda]") {
  std::string diags;
  Model m = Build({{"data/wijkagenda/WK999901.md",
                    "---\n"
                    "items:\n"
                    "  - Groen\n"
                    "  - opgave: Iets\n"
                    "    status: klaar\n"
                    "  - thema: Spelen\n"
                    "    jaar: volgend jaar\n"
                    "    status: concept\n"
                    "    programma: veel\n"
                    "  - thema: Wonen\n"
                    "    jaar: 2025\n"
                    "    status: afgerond\n"
                    "    programma:\n"
                    "      begrotingsregels: w1\n"
                    "      projecten: [p1, [p2]]\n"
                    "---\n"}},
                  &diags);
  const std::string f = "data/wijkagenda/WK999901.md:";
  CHECK(diags == f + "3:5: error: a wijkagenda item must be a map (thema, opgave, ...)\n" + f +
                     "4:5: error: 'jaar' of a wijkagenda item must be a year\n" + f +
                     "4:5: error: wijkagenda item without a thema\n" + f +
                     "5:13: error: unknown status 'klaar'; expected one of: concept, "
                     "vastgesteld, in uitvoering or afgerond\n" +
                     f + "7:11: error: 'jaar' of a wijkagenda item must be a year\n" + f +
                     "9:16: error: 'programma' must hold begrotingsregels, projecten and inzet\n" +
                     f + "14:25: error: 'begrotingsregels' must be a list of ids\n" + f +
                     "15:23: error: 'projecten' must be a list of ids\n");
  REQUIRE(m.bestuur.wijkagendas.size() == 1);
  const auto& items = m.bestuur.wijkagendas[0].items;
  REQUIRE(items.size() == 3);  // the item that is no map is left out
  CHECK(items[2].projecten == std::vector<std::string>{"p1"});
  CHECK(items[2].jaar == 2025);
}
