// Field-level checks of the decision, project, zeggenschap and meeting files:
// each bad value gives one exact file:line:column diagnostic.
#include <catch2/catch.hpp>

#include "support/bestuur_fixture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

const std::string kProjectHeader =
    "id,gebied,titel,omschrijving,begrotingsregel,toegekend,besteed,status,voortgang,resultaat,"
    "besluit,start,eind,toelichting\n";

std::string Diags(const std::map<std::string, std::string>& files) {
  Model model;
  Diagnostics diags;
  BuildBestuurModel(files, &model, &diags);
  return diags.ToString();
}

std::string WithProject(const std::string& row) {
  auto files = BestuurFiles();
  files["data/projecten.csv"] = kProjectHeader + row + "\n";
  return Diags(files);
}

std::string At(const std::string& row, int field) {
  return "data/projecten.csv:2:" + std::to_string(Column(row, field)) + ": ";
}

}  // namespace

TEST_CASE("the bestuur fixture is valid and builds every record", "[model][bestuur]") {
  Model model;
  Diagnostics diags;
  BuildBestuurModel(BestuurFiles(), &model, &diags);
  REQUIRE(diags.ToString() == "");
  const Bestuur& b = model.bestuur;
  REQUIRE(b.organen.size() == 1);
  REQUIRE(b.besluiten.size() == 1);
  CHECK(b.besluiten[0].vergadering == 0);
  REQUIRE(b.projecten.size() == 1);
  CHECK(b.projecten[0].jaar == 2025);  // from the start date
  CHECK(b.projecten[0].regel == 0);
  CHECK(*b.projecten[0].toegekend == 100000);
  CHECK(*b.projecten[0].voortgang == 50);
  REQUIRE(b.vergaderingen.size() == 1);
  const Vergadering& v = b.vergaderingen[0];
  CHECK(v.id == "2025-03-12-raad");
  CHECK(v.datum == "2025-03-12");
  CHECK(v.start_utc == 1741804200);  // 18:30 UTC
  REQUIRE(v.secties.size() == 1);
  REQUIRE(v.secties[0].punten.size() == 2);
  CHECK(v.secties[0].punten[1].nummer == "B.2");  // a whole number in sectie B
  REQUIRE(b.wijkagendas.size() == 1);
  CHECK(b.wijkagendas[0].items[0].begrotingsregels == std::vector<std::string>{"w1"});
  REQUIRE(b.zeggenschap.size() == 1);
  CHECK(b.zeggenschap[0].archetype == 3);
}

TEST_CASE("besteed more than toegekend needs a toelichting", "[model][bestuur]") {
  const std::string row =
      "p1,WK999901,Tuin,Een tuin,w1,1000,1200.50,in uitvoering,50,,b1,2025-02-01,,";
  CHECK(WithProject(row) ==
        At(row, 6) +
            "error: besteed (€ 1.200,50) is more than toegekend (€ 1.000); add a "
            "toelichting\n");
  CHECK(WithProject(row + "De gemeente vulde het tekort aan") == "");
}

TEST_CASE("a project status outside the list is an error", "[model][bestuur]") {
  const std::string row = "p1,WK999901,Tuin,Een tuin,w1,1000,500,klaar,50,,b1,2025-02-01,,";
  CHECK(WithProject(row) ==
        At(row, 7) +
            "error: unknown status 'klaar'; expected one of: idee, besloten, in "
            "uitvoering, afgerond or gestopt\n");
}

TEST_CASE("voortgang outside 0-100 is an error", "[model][bestuur]") {
  const std::string row =
      "p1,WK999901,Tuin,Een tuin,w1,1000,500,in uitvoering,120,,b1,2025-02-01,,";
  CHECK(WithProject(row) ==
        At(row, 8) + "error: voortgang '120' is not a whole number from 0 to 100\n");
  const std::string neg = "p1,WK999901,Tuin,Een tuin,w1,1000,500,in uitvoering,-5,,b1,2025-02-01,,";
  CHECK(WithProject(neg) ==
        At(neg, 8) + "error: voortgang '-5' is not a whole number from 0 to 100\n");
}

TEST_CASE("an impossible date is an error", "[model][bestuur]") {
  const std::string row = "p1,WK999901,Tuin,Een tuin,w1,1000,500,in uitvoering,50,,b1,2025-02-30,,";
  CHECK(WithProject(row) == At(row, 11) + "error: '2025-02-30' is not a valid date (JJJJ-MM-DD)\n");
  auto files = BestuurFiles();
  files["data/besluiten.csv"] =
      "id,datum,orgaan,titel,uitkomst\nb1,2025-13-01,raad,Wijkbudget Noord,aangenomen\n";
  CHECK(Diags(files) ==
        "data/besluiten.csv:2:4: error: '2025-13-01' is not a valid date (JJJJ-MM-DD)\n");
}

TEST_CASE("an archetype outside 1-3 is an error", "[model][bestuur]") {
  auto files = BestuurFiles();
  files["data/zeggenschap.csv"] =
      "gebied,thema,archetype,sinds,afspraken\nWK999901,Groen,4,2024-01-01,Afspraak\n";
  CHECK(Diags(files) ==
        "data/zeggenschap.csv:2:16: error: archetype '4' is not 1, 2 or 3 (1 adviseren en "
        "inspreken, 2 aanjagen en initiëren, 3 verdelen en besluiten)\n");
}

TEST_CASE("an orgaan soort outside the list is an error", "[model][bestuur]") {
  auto files = BestuurFiles();
  files["data/organen.csv"] = "id,naam,soort\nraad,Gemeenteraad,parlement\n";
  CHECK(Diags(files) ==
        "data/organen.csv:2:19: error: unknown soort 'parlement'; expected one of: gemeenteraad, "
        "commissie, college, wijkwethouder, gebiedsteam, wijkteam, bewonersorganisatie, "
        "cooperatieve-wijkraad, wijkpanel or bewonersstemming\n");
}

TEST_CASE("a duplicate agenda item number is an error", "[model][bestuur]") {
  auto files = BestuurFiles();
  files["data/vergaderingen/2025-03-12-raad.json"] =
      "{\"orgaan\": \"raad\", \"start\": \"2025-03-12T19:30:00+01:00\", \"status\": \"geweest\",\n"
      " \"secties\": [{\"code\": \"B\", \"titel\": \"Inhoud\", \"punten\": [\n"
      "  {\"nummer\": \"B.1\", \"titel\": \"Een\"},\n"
      "  {\"nummer\": 1, \"titel\": \"Twee\"}\n"
      " ]}]}\n";
  CHECK(Diags(files) ==
        "data/vergaderingen/2025-03-12-raad.json:4:4: error: duplicate agenda item "
        "number 'B.1' (first on line 3)\n");
}

TEST_CASE("meeting status and times are checked", "[model][bestuur]") {
  auto files = BestuurFiles();
  files["data/vergaderingen/2025-03-12-raad.json"] =
      "{\"orgaan\": \"raad\",\n \"start\": \"2025-03-12T25:30:00+01:00\",\n \"status\": "
      "\"bezig\"}\n";
  CHECK(Diags(files) ==
        "data/besluiten.csv:2:64: error: vergadering '2025-03-12-raad' has no agenda item 'B.1'\n"
        "data/vergaderingen/2025-03-12-raad.json:2:2: error: '2025-03-12T25:30:00+01:00' is not a "
        "date and time like 2025-03-12T19:30:00+01:00\n"
        "data/vergaderingen/2025-03-12-raad.json:3:2: error: unknown status 'bezig'; expected one "
        "of: gepland, afgelast or geweest\n");
}
