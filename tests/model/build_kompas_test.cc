// data/kompas/indicatoren.csv and waarden.csv -> the wijkkompas
// (model/build_kompas.cc): values in both notations with their decimals, an
// empty value kept as missing (never 0), unknown references dropped with an
// error at the field.
#include <catch2/catch.hpp>

#include "model/build.h"
#include "support/bestuur_fixture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

const std::string kIndicatoren =
    "id,naam,eenheid,bron\n"
    "inwoners,Inwoners,personen,CBS\n"
    "hh_grootte,Huishoudensgrootte,personen,CBS\n";

Model Kompas(const std::string& indicatoren, const std::string& waarden, Diagnostics* d) {
  return BuildOnTestdorp(
      {{"data/kompas/indicatoren.csv", indicatoren}, {"data/kompas/waarden.csv", waarden}},
      BuildKompas, d);
}

}  // namespace

TEST_CASE("kompas values keep their decimals, sorted by area, indicator and year",
          "[model][kompas]") {
  Diagnostics d;
  Model m = Kompas(kIndicatoren,
                   "gebied,indicator,jaar,waarde\n"
                   "WK999901,inwoners,2024,2050\n"
                   "WK999901,hh_grootte,2024,2.25\n"
                   "GM9999,inwoners,2024,3000.0\n"
                   "WK999901,inwoners,2023,\n"
                   "WK999901,inwoners,2022,-1.5\n",
                   &d);
  CHECK(d.ToString() == "");
  REQUIRE(m.indicatoren.size() == 2);
  CHECK(m.indicatoren[1].naam == "Huishoudensgrootte");
  CHECK(m.indicatoren[1].pos.line == 3);
  CHECK(m.indicator_index.at("hh_grootte") == 1);
  REQUIRE(m.kompas.size() == 5);
  const int gm = m.FindGebied("GM9999"), wk = m.FindGebied("WK999901");
  // GM9999 sorts before WK999901; inwoners (0) before hh_grootte (1).
  CHECK(m.kompas[0].gebied == gm);
  CHECK(*m.kompas[0].waarde == Approx(3000));
  CHECK(m.kompas[0].decimalen == 1);
  CHECK(m.kompas[1].gebied == wk);
  CHECK(m.kompas[1].jaar == 2022);
  CHECK(*m.kompas[1].waarde == Approx(-1.5));
  CHECK(m.kompas[2].jaar == 2023);
  CHECK_FALSE(m.kompas[2].waarde.has_value());  // kept, as missing
  CHECK(m.kompas[2].pos.line == 5);
  CHECK(m.kompas[3].jaar == 2024);
  CHECK(m.kompas[4].indicator == 1);
  CHECK(*m.kompas[4].waarde == Approx(2.25));
  CHECK(m.kompas[4].decimalen == 2);
}

TEST_CASE("the notation decides what a dot means", "[model][kompas]") {
  Diagnostics d;
  Model dutch = Kompas(kIndicatoren,
                       "gebied;indicator;jaar;waarde\n"
                       "WK999901;inwoners;2024;1.234\n"
                       "WK999901;hh_grootte;2024;2,25\n",
                       &d);
  CHECK(d.ToString() == "");
  REQUIRE(dutch.kompas.size() == 2);
  CHECK(*dutch.kompas[0].waarde == Approx(1234));  // thousands
  CHECK(dutch.kompas[0].decimalen == 0);
  CHECK(*dutch.kompas[1].waarde == Approx(2.25));
  Model standard =
      Kompas(kIndicatoren, "gebied,indicator,jaar,waarde\nWK999901,inwoners,2024,1.234\n", &d);
  CHECK(*standard.kompas[0].waarde == Approx(1.234));  // a decimal point
  CHECK(standard.kompas[0].decimalen == 3);
}

TEST_CASE("bad kompas values are errors at the field", "[model][kompas]") {
  Diagnostics d;
  Model m = Kompas(kIndicatoren + "inwoners,Bewoners,personen,CBS\n",
                   "gebied,indicator,jaar,waarde\n"
                   "WK000000,inwoners,2024,10\n"
                   "WK999901,huizen,2024,10\n"
                   "WK999901,inwoners,24,10\n"
                   "WK999901,inwoners,2024,\"1,5\"\n"
                   "WK999901,hh_grootte,2024,n.v.t.\n"
                   "WK999901,hh_grootte,2023,-99999997\n",
                   &d);
  CHECK(d.ToString() ==
        "data/kompas/indicatoren.csv:4:1: error: duplicate indicator id 'inwoners'\n"
        "data/kompas/waarden.csv:2:1: error: unknown gebied 'WK000000'\n"
        "data/kompas/waarden.csv:3:10: error: unknown indicator 'huizen'\n"
        "data/kompas/waarden.csv:4:19: error: '24' is not a year\n"
        "data/kompas/waarden.csv:5:24: error: number '1,5' is not in the standard (1234567.89) "
        "notation this file uses\n"
        "data/kompas/waarden.csv:6:26: error: number 'n.v.t.' is not in the standard "
        "(1234567.89) notation this file uses\n"
        "data/kompas/waarden.csv:7:26: error: '-99999997' looks like a code for a missing value, "
        "as CBS uses; leave the field empty instead\n");
  // The first definition of inwoners stays; rows naming no known area or
  // indicator are left out; a bad value is missing, not 0.
  CHECK(m.indicatoren.size() == 2);
  CHECK(m.indicatoren[0].naam == "Inwoners");
  REQUIRE(m.kompas.size() == 4);
  for (int i = 1; i < 4; ++i) CHECK_FALSE(m.kompas[i].waarde.has_value());
}

TEST_CASE("missing kompas files are errors", "[model][kompas]") {
  Diagnostics d;
  Model m;
  BuildKompas(LoadedFiles{}, &m, &d);
  CHECK(d.ToString() ==
        "data/kompas/indicatoren.csv: error: missing required file "
        "data/kompas/indicatoren.csv\n"
        "data/kompas/waarden.csv: error: missing required file data/kompas/waarden.csv\n");
}
