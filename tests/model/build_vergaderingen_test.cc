// data/vergaderingen/<datum>-<naam>.json -> meetings
// (model/build_vergaderingen.cc): file names, local dates and times, the
// agenda with its items, documents and areas, and each problem at the
// line:column of the key in the JSON text.
#include <catch2/catch.hpp>

#include "model/build.h"
#include "model/build_bestuur.h"
#include "support/bestuur_fixture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

// Only the meeting files (plus the area tree), built by BuildVergaderingen.
Model Build(const std::map<std::string, std::string>& meetings, std::string* diags) {
  Diagnostics d;
  Model m = BuildOnTestdorp(meetings, BuildVergaderingen, &d);
  *diags = d.ToString();
  return m;
}

std::string Meeting(const std::string& start, const std::string& rest = "") {
  return "{\"orgaan\": \"raad\",\n \"start\": \"" + start + "\",\n \"status\": \"gepland\"" + rest +
         "}\n";
}

}  // namespace

TEST_CASE("meetings are sorted by start, with their local date and a default end",
          "[model][vergaderingen]") {
  std::string diags;
  Model m =
      Build({{"data/vergaderingen/2025-03-12-raad.json", Meeting("2025-03-12T19:30:00+01:00")},
             {"data/vergaderingen/2025-03-10-commissie.json",
              Meeting("2025-03-10T20:00:00+01:00", ",\n \"eind\": \"2025-03-10T22:15:00+01:00\"")},
             // Late in the evening west of UTC: the local date is the file's date.
             {"data/vergaderingen/2025-03-12-avond.json", Meeting("2025-03-12T23:30:00-01:00")},
             {"data/vergaderingen/oud/2020-01-01-raad.json", "niet eens JSON"}},
            &diags);
  CHECK_THAT(diags, !Catch::Contains("vergaderingen/2"));  // the subfolder is not read
  const auto& v = m.bestuur.vergaderingen;
  REQUIRE(v.size() == 3);
  CHECK(v[0].id == "2025-03-10-commissie");
  CHECK(v[0].eind_utc - v[0].start_utc == 2 * 3600 + 15 * 60);
  CHECK(v[1].id == "2025-03-12-raad");
  CHECK(v[1].start_utc == 1741804200);
  CHECK(v[1].eind_utc == v[1].start_utc + 3 * 3600);  // a council evening
  CHECK(v[1].offset_minutes == 60);
  CHECK(v[1].datum == "2025-03-12");
  CHECK(v[2].id == "2025-03-12-avond");
  CHECK(v[2].datum == "2025-03-12");
  CHECK(v[2].offset_minutes == -60);
  CHECK(m.bestuur.vergadering_index.at("2025-03-12-avond") == 2);
  CHECK(v[1].orgaan_id == "raad");
  CHECK(v[1].pos_orgaan.line == 1);
  CHECK(v[1].pos_orgaan.column == 2);
}

TEST_CASE("a meeting file is named by its date", "[model][vergaderingen]") {
  std::string diags;
  Model m =
      Build({{"data/vergaderingen/raad-maart.json", Meeting("2025-03-12T19:30:00+01:00")},
             {"data/vergaderingen/2025-03-12.json", Meeting("2025-03-12T19:30:00+01:00")},
             {"data/vergaderingen/2025-02-30-raad.json", Meeting("2025-03-02T19:30:00+01:00")}},
            &diags);
  const std::string why =
      ": error: meeting files are named <datum>-<naam>.json, for example "
      "2025-03-12-gemeenteraad.json\n";
  CHECK(diags == "data/vergaderingen/2025-02-30-raad.json" + why +
                     "data/vergaderingen/2025-03-12.json" + why +
                     "data/vergaderingen/raad-maart.json" + why);
  CHECK(m.bestuur.vergaderingen.empty());
}

TEST_CASE("start must fall on the file's date; eind after start", "[model][vergaderingen]") {
  std::string diags;
  Build({{"data/vergaderingen/2025-03-12-raad.json",
          Meeting("2025-03-13T19:30:00+01:00", ",\n \"eind\": \"2025-03-13T18:00:00+01:00\"")}},
        &diags);
  CHECK(diags ==
        "data/vergaderingen/2025-03-12-raad.json:2:2: error: start 2025-03-13T19:30:00+01:00 is "
        "not on the date in the file name (2025-03-12)\n"
        "data/vergaderingen/2025-03-12-raad.json:4:2: error: eind 2025-03-13T18:00:00+01:00 is "
        "before start 2025-03-13T19:30:00+01:00\n");
  Build({{"data/vergaderingen/2025-03-12-raad.json",
          Meeting("2025-03-12T19:30:00+01:00", ",\n \"eind\": \"laat\"")}},
        &diags);
  CHECK(diags ==
        "data/vergaderingen/2025-03-12-raad.json:4:2: error: 'laat' is not a date and time like "
        "2025-03-12T23:00:00+01:00\n");
}

TEST_CASE("a meeting file holds one object with orgaan, start and status",
          "[model][vergaderingen]") {
  std::string diags;
  Model m = Build({{"data/vergaderingen/2025-03-12-raad.json", "[1, 2]\n"},
                   {"data/vergaderingen/2025-03-13-raad.json",
                    "{\"start\": \"2025-03-13T19:30:00+01:00\", \"orgaan\": 7}\n"}},
                  &diags);
  CHECK(diags ==
        "data/vergaderingen/2025-03-12-raad.json:1:1: error: a meeting file holds one JSON "
        "object\n"
        "data/vergaderingen/2025-03-13-raad.json:1:1: error: missing required key 'status'\n"
        "data/vergaderingen/2025-03-13-raad.json:1:40: error: 'orgaan' must be a text\n");
  CHECK(m.bestuur.vergaderingen.size() == 1);
}

TEST_CASE("agenda items: numbers, areas, documents and spreekrecht", "[model][vergaderingen]") {
  const std::string json =
      "{\"orgaan\": \"raad\", \"start\": \"2025-03-12T19:30:00+01:00\", \"status\": \"gepland\",\n"
      " \"secties\": [\n"
      "  {\"code\": \"A\", \"titel\": \"Algemeen\", \"punten\": [\n"
      "   {\"nummer\": 1, \"titel\": \"Opening\"}]},\n"
      "  {\"code\": \"B\", \"titel\": \"Inhoud\", \"punten\": [\n"
      "   {\"nummer\": \"B.1\", \"titel\": \"Groen\", \"spreekrecht\": true,\n"
      "    \"gebieden\": [\"WK999901\", \"WK999909\"],\n"
      "    \"documenten\": [{\"titel\": \"Raadsvoorstel\", \"url\": "
      "\"https://example.org/rv.pdf\"},\n"
      "                   {\"titel\": \"Brief\", \"url\": \"file:///etc/passwd\"}]},\n"
      "   {\"nummer\": \"B.2\", \"spreekrecht\": \"ja\"},\n"
      "   {\"nummer\": 2.5, \"titel\": \"Half\"}]}]}\n";
  std::string diags;
  Model m = Build({{"data/vergaderingen/2025-03-12-raad.json", json}}, &diags);
  const std::string f = "data/vergaderingen/2025-03-12-raad.json:";
  CHECK(diags == f + "6:5: error: document 'Brief' needs an http(s) url\n" + f +
                     "10:5: error: 'spreekrecht' must be true or false\n" + f +
                     "10:5: error: agenda item B.2 has no titel\n" + f +
                     "11:5: error: 'nummer' must be a text (\"B.2\") or a whole number\n");
  REQUIRE(m.bestuur.vergaderingen.size() == 1);
  const Vergadering& v = m.bestuur.vergaderingen[0];
  REQUIRE(v.secties.size() == 2);
  CHECK(v.secties[0].punten.at(0).nummer == "A.1");
  const Agendapunt& groen = v.secties[1].punten.at(0);
  CHECK(groen.nummer == "B.1");
  CHECK(groen.spreekrecht);
  CHECK(groen.gebieden == std::vector<int>{m.FindGebied("WK999901"), -1});
  REQUIRE(groen.gebied_pos.size() == 2);
  CHECK(groen.gebied_pos[1].line == 7);
  CHECK(groen.gebied_pos[1].column == 30);
  REQUIRE(groen.documenten.size() == 1);
  CHECK(groen.documenten[0].url == "https://example.org/rv.pdf");
  CHECK_FALSE(v.secties[1].punten.at(1).spreekrecht);
  CHECK(m.bestuur.FindPunt(v, "B.2") == &v.secties[1].punten[1]);
  CHECK(m.bestuur.FindPunt(v, "B.3") == nullptr);
}
