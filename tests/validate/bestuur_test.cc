// References between decisions, projects, meetings and the begroting: an
// unknown id is an error at the field that names it; a decision dated after
// the project it funds started is a warning.
#include <catch2/catch.hpp>

#include "support/bestuur_fixture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

std::string Diags(const std::map<std::string, std::string>& files, int* errors = nullptr) {
  Model model;
  Diagnostics diags;
  BuildBestuurModel(files, &model, &diags);
  if (errors) *errors = diags.error_count();
  return diags.ToString();
}

const std::string kHeader =
    "id,gebied,titel,omschrijving,begrotingsregel,toegekend,besteed,status,voortgang,resultaat,"
    "besluit,start,eind,toelichting\n";

}  // namespace

TEST_CASE("a project whose begroting line does not exist", "[validate][bestuur]") {
  auto files = BestuurFiles();
  const std::string row = "p1,WK999901,Tuin,Een tuin,w9,1000,500,in uitvoering,50,,b1,2025-02-01,,";
  files["data/projecten.csv"] = kHeader + row + "\n";
  CHECK(Diags(files) == "data/projecten.csv:2:" + std::to_string(Column(row, 4)) +
                            ": error: unknown begrotingsregel 'w9' in the begroting of 2025\n");
  // The line exists, but in another year than the project's.
  const std::string other =
      "p1,WK999901,Tuin,Een tuin,w1,1000,500,in uitvoering,50,,b1,2024-02-01,,";
  files["data/projecten.csv"] = kHeader + other + "\n";
  CHECK_THAT(Diags(files),
             Catch::StartsWith("data/projecten.csv:2:" + std::to_string(Column(other, 4)) +
                               ": error: unknown begrotingsregel 'w1' in the begroting of 2024\n"));
}

TEST_CASE("a project whose decision does not exist", "[validate][bestuur]") {
  auto files = BestuurFiles();
  const std::string row = "p1,WK999901,Tuin,Een tuin,w1,1000,500,in uitvoering,50,,b7,2025-02-01,,";
  files["data/projecten.csv"] = kHeader + row + "\n";
  CHECK(Diags(files) == "data/projecten.csv:2:" + std::to_string(Column(row, 10)) +
                            ": error: unknown besluit 'b7'\n");
}

TEST_CASE("a decision dated after the project started is a warning", "[validate][bestuur]") {
  auto files = BestuurFiles();
  const std::string row = "p1,WK999901,Tuin,Een tuin,w1,1000,500,in uitvoering,50,,b1,2025-01-02,,";
  files["data/projecten.csv"] = kHeader + row + "\n";
  int errors = -1;
  CHECK(Diags(files, &errors) == "data/projecten.csv:2:" + std::to_string(Column(row, 10)) +
                                     ": warning: besluit 'b1' is dated 2025-01-10, after project "
                                     "'p1' started (2025-01-02)\n");
  CHECK(errors == 0);
}

TEST_CASE("a meeting item naming an unknown area", "[validate][bestuur]") {
  auto files = BestuurFiles();
  files["data/vergaderingen/2025-03-12-raad.json"] =
      "{\"orgaan\": \"raad\", \"start\": \"2025-03-12T19:30:00+01:00\", \"status\": \"geweest\",\n"
      " \"secties\": [{\"code\": \"B\", \"titel\": \"Inhoud\", \"punten\": [\n"
      "  {\"nummer\": \"B.1\", \"titel\": \"Een\", \"gebieden\": [\"WK999901\"]},\n"
      "  {\"nummer\": \"B.2\", \"titel\": \"Twee\", \"gebieden\": [\"XX000000\"]}\n"
      " ]}]}\n";
  CHECK(Diags(files) ==
        "data/vergaderingen/2025-03-12-raad.json:4:51: error: agenda item B.2: "
        "unknown gebied 'XX000000'\n");
}

TEST_CASE("a begroting line naming an unknown decision", "[validate][bestuur]") {
  auto files = BestuurFiles();
  files["data/begroting/2025.csv"] =
      "id,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,financier,bron,"
      "besluit\n"
      "w1,WK999901,Participatie,6.1,Wijkbudget Noord,lasten,10000,,,gemeente,test,b2\n";
  CHECK(Diags(files) == "data/begroting/2025.csv:2:76: error: unknown besluit 'b2'\n");
}

TEST_CASE("unknown bodies, meetings and wijkagenda ids", "[validate][bestuur]") {
  auto files = BestuurFiles();
  files["data/besluiten.csv"] =
      "id,datum,orgaan,titel,uitkomst,vergadering,agendapunt,gebieden\n"
      "b1,2025-01-10,senaat,Wijkbudget Noord,aangenomen,2025-03-13-raad,B.1,WK999901\n";
  files["data/wijkagenda/WK999901.md"] =
      "---\nitems:\n  - thema: Groen\n    programma:\n      begrotingsregels: [w2]\n"
      "      projecten: [p2]\n    jaar: 2025\n    status: vastgesteld\n---\n";
  CHECK(Diags(files) ==
        "data/besluiten.csv:2:15: error: unknown orgaan 'senaat'\n"
        "data/besluiten.csv:2:50: error: unknown vergadering '2025-03-13-raad'\n"
        "data/wijkagenda/WK999901.md:5:26: error: unknown begrotingsregel 'w2' in the begroting of "
        "2025\n"
        "data/wijkagenda/WK999901.md:6:19: error: unknown project 'p2'\n");
}
