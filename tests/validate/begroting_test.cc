// Budget lines and kompas values across records (validate/begroting.cc):
// unique ids per year, known areas (with a "did you mean"), taakvelden valid
// in the Iv3 scheme of the line's year, one kompas value per area, indicator
// and year.
#include <catch2/catch.hpp>

#include "model/build.h"
#include "support/bestuur_fixture.h"
#include "validate/validate.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

const std::string kHeader =
    "id,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,financier,"
    "bron\n";

// The fixture with `edits` applied; what ValidateBegroting and ValidateKompas
// report, sorted.
std::string Check(const std::map<std::string, std::string>& edits) {
  auto files = BestuurFiles();
  files["data/iv3/taakvelden.csv"] =
      "code,naam,jaren\n"
      "5.7,Openbaar groen,2024 2025\n"
      "6.1,Samenkracht,2024\n"
      "6.1,Samenkracht en burgerparticipatie,2025\n"
      "0.10,Mutaties reserves,2024\n";
  for (const auto& [path, text] : edits) files[path] = text;
  Diagnostics build;
  LoadedFiles loaded = ParseFiles(files, &build);
  Model m;
  BuildModel(loaded, &m, &build);
  Diagnostics d;
  ValidateBegroting(m, &d);
  ValidateKompas(m, &d);
  d.Sort();
  return d.ToString();
}

}  // namespace

TEST_CASE("valid lines give no diagnostics", "[validate][begroting]") {
  CHECK(Check({{"data/begroting/2025.csv",
                kHeader + "a,WK999901,P,5.7,Groen,lasten,100,,,gemeente,test\n"
                          "b,GM9999,P,6.1,Buurtwerk,lasten,,,,gemeente,test\n"}}) == "");
}

TEST_CASE("a duplicate id within a year names the first line", "[validate][begroting]") {
  CHECK(Check({{"data/begroting/2025.csv",
                kHeader + "a,WK999901,P,5.7,Groen,lasten,100,,,gemeente,test\n"
                          "b,WK999901,P,5.7,Grijs,lasten,100,,,gemeente,test\n"
                          "a,WK999902,P,5.7,Groen,lasten,200,,,gemeente,test\n"}}) ==
        "data/begroting/2025.csv:4:1: error: duplicate id 'a' (first on line 2)\n");
  // The same id in another year is the same line a year later, not a duplicate.
  CHECK(Check({{"data/begroting/2024.csv",
                kHeader + "a,WK999901,P,5.7,Groen,lasten,90,,,gemeente,test\n"},
               {"data/begroting/2025.csv",
                kHeader + "a,WK999901,P,5.7,Groen,lasten,100,,,gemeente,test\n"}}) == "");
}

TEST_CASE("an unknown area gets a hint when one is close", "[validate][begroting]") {
  CHECK(Check({{"data/begroting/2025.csv",
                kHeader + "a,WK99901,P,5.7,Groen,lasten,100,,,gemeente,test\n"
                          "b,BU00141000,P,5.7,Grijs,lasten,100,,,gemeente,test\n"
                          "c,,P,5.7,Leeg,lasten,100,,,gemeente,test\n"}}) ==
        "data/begroting/2025.csv:2:3: error: unknown gebied 'WK99901'; did you mean 'WK999901'?\n"
        "data/begroting/2025.csv:3:3: error: unknown gebied 'BU00141000'\n"
        "data/begroting/2025.csv:4:3: error: unknown gebied ''\n");
}

TEST_CASE("a message points at the field, in any column order, unless a line break is before it",
          "[validate][begroting]") {
  // The columns in another order: gebied after a quoted omschrijving that
  // spans two lines, then one that does not. Where the field starts on a
  // later line than the row, only the row's line is given, never a wrong column.
  const std::string header =
      "omschrijving,id,taakveld,gebied,programma,soort,begroot,gewijzigd,realisatie,financier,"
      "bron\n";
  CHECK(Check({{"data/begroting/2025.csv",
                header + "\"Twee\nregels\",a,5.7,WK000000,P,lasten,100,,,gemeente,test\n"
                         "Groen,b,9.9,WK000000,P,lasten,100,,,gemeente,test\n"}}) ==
        "data/begroting/2025.csv:2: error: unknown gebied 'WK000000'; did you mean 'WK999901'?\n"
        "data/begroting/2025.csv:4:9: error: unknown taakveld '9.9'\n"
        "data/begroting/2025.csv:4:13: error: unknown gebied 'WK000000'; did you mean "
        "'WK999901'?\n");
}

TEST_CASE("a taakveld must be in the Iv3 scheme of the line's year", "[validate][begroting]") {
  CHECK(Check({{"data/begroting/2025.csv",
                kHeader + "a,WK999901,P,0.10,Reserves,lasten,100,,,gemeente,test\n"
                          "b,WK999901,P,9.9,Onbekend,lasten,100,,,gemeente,test\n"
                          "c,WK999901,P,6.1,Buurtwerk,lasten,100,,,gemeente,test\n"
                          "d,WK999901,P,0.1,Bestuur,lasten,100,,,gemeente,test\n"}}) ==
        "data/begroting/2025.csv:2:14: error: taakveld '0.10' is not in the Iv3 scheme of 2025\n"
        "data/begroting/2025.csv:3:14: error: unknown taakveld '9.9'\n"
        "data/begroting/2025.csv:5:14: error: unknown taakveld '0.1'\n");
  // 6.1 exists in both years' schemes, with another name each.
  CHECK(Check({{"data/begroting/2024.csv",
                kHeader + "c,WK999901,P,6.1,Buurtwerk,lasten,100,,,gemeente,test\n"
                          "a,WK999901,P,0.10,Reserves,lasten,100,,,gemeente,test\n"}}) == "");
}

TEST_CASE("a second kompas value for the same area, indicator and year", "[validate][begroting]") {
  CHECK(Check({{"data/kompas/waarden.csv",
                "gebied,indicator,jaar,waarde\n"
                "WK999901,inwoners,2024,2000\n"
                "WK999901,inwoners,2023,1900\n"
                "WK999902,inwoners,2024,1000\n"
                "WK999901,inwoners,2024,\n"}}) ==
        "data/kompas/waarden.csv:5: error: second value for gebied 'WK999901', indicator "
        "'inwoners', 2024 (first on line 2)\n");
}
