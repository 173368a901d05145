// Sums over the area tree (model/aggregate.cc): lines add up into every
// ancestor exactly once, empty amounts are counted as missing and never as 0,
// inhabitants come from an area's own figure or the sum of its parts, and a
// cycle in the tree (an error validate/ reports) neither loops nor counts
// twice.
#include <catch2/catch.hpp>

#include "model/aggregate.h"
#include "model/build.h"
#include "support/bestuur_fixture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

const std::string kBegrotingHeader =
    "id,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,financier,"
    "bron\n";

// GM9999 > GB01 (gebied) > WK01 > BU01, BU02; GM9999 > WK02.
std::map<std::string, std::string> Files() {
  return {
      {"data/gebieden.csv",
       "code,naam,niveau,ouder\n"
       "GM9999,Testdorp,gemeente,\n"
       "GB01,Oost,gebied,GM9999\n"
       "WK01,Beijum,wijk,GB01\n"
       "BU01,Beijum-West,buurt,WK01\n"
       "BU02,Beijum-Oost,buurt,WK01\n"
       "WK02,Zuid,wijk,GM9999\n"},
      {"data/begroting/2025.csv",
       kBegrotingHeader + "g,GM9999,Bestuur,0.1,Raad,lasten,1000,1100,,gemeente,Iv3\n"
                          "b1,BU01,Groen,5.7,Park,lasten,200.50,,150,gemeente,test\n"
                          "b2,BU02,Groen,5.7,Plein,lasten,300,300,,gemeente,test\n"
                          "w1,WK01,Participatie,6.1,Wijkbudget,lasten,,,,gemeente,test\n"
                          "w2,WK01,Participatie,6.1,Huur,baten,50,,,gemeente,test\n"
                          "z1,WK02,Groen,5.7,Bomen,lasten,400,,,gemeente,test\n"},
      {"data/begroting/2024.csv",
       kBegrotingHeader + "b1,BU01,Groen,5.7,Park,lasten,100,,,gemeente,test\n"},
      {"data/kompas/indicatoren.csv", "id,naam,eenheid,bron\ninwoners,Inwoners,personen,CBS\n"},
      {"data/kompas/waarden.csv",
       "gebied,indicator,jaar,waarde\n"
       "BU01,inwoners,2023,900\n"
       "BU01,inwoners,2025,1000\n"
       "BU02,inwoners,2024,500\n"
       "WK02,inwoners,2024,\n"
       "WK02,inwoners,2022,800\n"
       "GB01,inwoners,2024,\n"},
  };
}

Model Build(const std::map<std::string, std::string>& files) {
  Diagnostics d;
  LoadedFiles loaded = ParseFiles(files, &d);
  Model m;
  m.config = loaded.config;
  BuildGebieden(loaded, &m, &d);
  BuildBegroting(loaded, &m, &d);
  BuildKompas(loaded, &m, &d);
  INFO(d.ToString());
  REQUIRE(d.error_count() == 0);
  return m;
}

std::vector<std::string> Codes(const Model& m, const std::vector<int>& idx) {
  std::vector<std::string> out;
  for (int i : idx) out.push_back(m.gebieden[i].code);
  return out;
}

std::vector<std::string> Ids(const Model& m, const std::vector<int>& idx, int jaar) {
  std::vector<std::string> out;
  for (int i : idx) out.push_back(m.begroting.at(jaar)[i].id);
  return out;
}

}  // namespace

TEST_CASE("Bedrag counts known and missing amounts apart", "[model][aggregate]") {
  Bedrag b;
  CHECK_FALSE(b.any());
  CHECK_FALSE(b.complete());
  b.Add(std::nullopt);
  CHECK(b.cents == 0);
  CHECK(b.missing == 1);
  CHECK_FALSE(b.any());  // only a missing amount: nothing known, not € 0
  b.Add(int64_t{0});
  CHECK(b.any());
  CHECK_FALSE(b.complete());
  b.Add(int64_t{-250});
  CHECK(b.cents == -250);
  CHECK(b.known == 2);
  Bedrag c;
  c.Add(int64_t{100});
  CHECK(c.complete());
}

TEST_CASE("a subtree lists the area first, then the areas below it", "[model][aggregate]") {
  Model m = Build(Files());
  Aggregates a(m);
  const int gm = m.FindGebied("GM9999");
  // Breadth first; children in naam order (Oost before Zuid, Beijum-Oost before -West).
  CHECK(Codes(m, a.Subtree(gm)) ==
        std::vector<std::string>{"GM9999", "GB01", "WK02", "WK01", "BU02", "BU01"});
  CHECK(Codes(m, a.Subtree(m.FindGebied("WK01"))) ==
        std::vector<std::string>{"WK01", "BU02", "BU01"});
  CHECK(Codes(m, a.Subtree(m.FindGebied("BU01"))) == std::vector<std::string>{"BU01"});
  CHECK(a.Jaren() == std::vector<int>{2024, 2025});
  CHECK(a.LaatsteJaar() == 2025);
}

TEST_CASE("lines add up into every ancestor, lasten and baten apart", "[model][aggregate]") {
  Model m = Build(Files());
  Aggregates a(m);
  const int gm = m.FindGebied("GM9999"), gb = m.FindGebied("GB01"), wk = m.FindGebied("WK01"),
            bu = m.FindGebied("BU01");
  CHECK(Ids(m, a.Regels(bu, 2025), 2025) == std::vector<std::string>{"b1"});
  CHECK(Ids(m, a.Regels(wk, 2025), 2025) == std::vector<std::string>{"b1", "b2", "w1", "w2"});
  CHECK(Ids(m, a.Regels(gm, 2025), 2025).size() == 6);
  CHECK(a.Regels(wk, 2023).empty());  // no begroting that year
  CHECK(a.Regels(-1, 2025).empty());

  Totaal l = a.Lasten(wk, 2025);
  CHECK(l.begroot.cents == 50050);  // 200.50 + 300; w1 is empty, not 0
  CHECK(l.begroot.known == 2);
  CHECK(l.begroot.missing == 1);
  CHECK(l.gewijzigd.cents == 30000);
  CHECK(l.gewijzigd.known == 1);
  CHECK(l.realisatie.cents == 15000);
  // gewijzigd is not known for every line, so the current figure is begroot.
  CHECK(l.Huidig() == 50050);
  Totaal baten = a.Baten(wk, 2025);
  CHECK(baten.begroot.cents == 5000);
  CHECK(baten.begroot.known == 1);

  // The gebied holds exactly what its wijk holds; the gemeente adds its own
  // line and the other wijk: 1000 + 200.50 + 300 + 400.
  CHECK(a.Lasten(gb, 2025).begroot.cents == l.begroot.cents);
  Totaal all = a.Lasten(gm, 2025);
  CHECK(all.begroot.cents == 190050);
  CHECK(all.begroot.known == 4);
  CHECK(all.begroot.missing == 1);
  // The parts reconcile with the whole.
  int64_t parts = a.Lasten(gb, 2025).begroot.cents +
                  a.Lasten(m.FindGebied("WK02"), 2025).begroot.cents +
                  m.begroting.at(2025)[0].begroot.value();
  CHECK(parts == all.begroot.cents);
  CHECK(a.Lasten(gm, 2024).begroot.cents == 10000);
}

TEST_CASE("the current figure is gewijzigd once every line has one", "[model][aggregate]") {
  auto files = Files();
  files["data/begroting/2025.csv"] = kBegrotingHeader +
                                     "a,WK02,Groen,5.7,Bomen,lasten,400,450,,gemeente,test\n"
                                     "b,WK02,Groen,5.7,Gras,lasten,100,0,,gemeente,test\n";
  Model m = Build(files);
  Aggregates a(m);
  Totaal t = a.Lasten(m.FindGebied("WK02"), 2025);
  CHECK(t.gewijzigd.complete());
  CHECK(t.Huidig() == 45000);  // a gewijzigd of 0 is known: the line was cut
  CHECK(t.begroot.cents == 50000);
}

TEST_CASE("inhabitants: the area's own figure, else the sum of its parts", "[model][aggregate]") {
  Model m = Build(Files());
  Aggregates a(m);
  const int bu1 = m.FindGebied("BU01"), bu2 = m.FindGebied("BU02"), wk1 = m.FindGebied("WK01"),
            wk2 = m.FindGebied("WK02"), gb = m.FindGebied("GB01"), gm = m.FindGebied("GM9999");
  CHECK(a.Inwoners(bu1, 2025) == Approx(1000));
  CHECK(a.Inwoners(bu1, 2024) == Approx(900));  // the newest year up to 2024
  // Only later figures: the oldest of them is used.
  CHECK(a.Inwoners(bu2, 2023) == Approx(500));
  // The empty 2024 value of WK02 is missing, not 0: 2022's figure counts.
  CHECK(a.Inwoners(wk2, 2025) == Approx(800));
  // WK01 has no figure: its buurten's. GB01's own value is empty: its wijk's.
  CHECK(a.Inwoners(wk1, 2025) == Approx(1500));
  CHECK(a.Inwoners(gb, 2025) == Approx(1500));
  CHECK(a.Inwoners(gb, 2024) == Approx(1400));
  CHECK(a.Inwoners(gm, 2025) == Approx(2300));
  CHECK_FALSE(a.Inwoners(-1, 2025));
  // The year of the figure; of a sum, its oldest part (WK02's 2022 in the gemeente's).
  int jaar = 0;
  CHECK(a.Inwoners(bu1, 2024, &jaar) == Approx(900));
  CHECK(jaar == 2023);
  CHECK(a.Inwoners(bu2, 2023, &jaar) == Approx(500));
  CHECK(jaar == 2024);
  CHECK(a.Inwoners(wk1, 2025, &jaar) == Approx(1500));
  CHECK(jaar == 2024);
  CHECK(a.Inwoners(gm, 2025, &jaar) == Approx(2300));
  CHECK(jaar == 2022);
}

TEST_CASE("no inhabitants when one part has no figure", "[model][aggregate]") {
  auto files = Files();
  files["data/kompas/waarden.csv"] = "gebied,indicator,jaar,waarde\nBU01,inwoners,2025,1000\n";
  Model m = Build(files);
  Aggregates a(m);
  CHECK(a.Inwoners(m.FindGebied("BU01"), 2025) == Approx(1000));
  CHECK_FALSE(a.Inwoners(m.FindGebied("BU02"), 2025));
  CHECK_FALSE(a.Inwoners(m.FindGebied("WK01"), 2025));  // not 1000: BU02 is unknown
  CHECK_FALSE(a.Inwoners(m.FindGebied("GM9999"), 2025));
}

TEST_CASE("no inhabitants without the indicator site.json names", "[model][aggregate]") {
  Model m = Build(Files());
  m.config.inwoners_indicator = "bewoners";
  Aggregates a(m);
  CHECK_FALSE(a.Inwoners(m.FindGebied("BU01"), 2025));
}

TEST_CASE("a cycle in the area tree neither loops nor counts a line twice", "[model][aggregate]") {
  auto files = Files();
  files["data/gebieden.csv"] =
      "code,naam,niveau,ouder\n"
      "GM9999,Testdorp,gemeente,\n"
      "WK01,Kip,wijk,WK02\n"
      "WK02,Ei,wijk,WK01\n"
      "BU01,Hok,buurt,WK01\n";
  files["data/begroting/2025.csv"] = kBegrotingHeader +
                                     "k,WK01,Groen,5.7,Kip,lasten,100,,,gemeente,test\n"
                                     "h,BU01,Groen,5.7,Hok,lasten,10,,,gemeente,test\n";
  files["data/kompas/waarden.csv"] = "gebied,indicator,jaar,waarde\n";
  Model m = Build(files);
  Aggregates a(m);
  const int wk1 = m.FindGebied("WK01"), wk2 = m.FindGebied("WK02");
  CHECK(Codes(m, a.Subtree(wk1)) == std::vector<std::string>{"WK01", "WK02", "BU01"});
  CHECK(Codes(m, a.Subtree(wk2)) == std::vector<std::string>{"WK02", "WK01", "BU01"});
  CHECK(Ids(m, a.Regels(wk1, 2025), 2025) == std::vector<std::string>{"k", "h"});
  CHECK(Ids(m, a.Regels(wk2, 2025), 2025) == std::vector<std::string>{"k", "h"});
  CHECK(a.Lasten(wk1, 2025).begroot.cents == 11000);
  CHECK(a.Lasten(m.FindGebied("GM9999"), 2025).begroot.known == 0);
  CHECK_FALSE(a.Inwoners(wk1, 2025));
}

TEST_CASE("a deep area tree sums every level", "[model][aggregate]") {
  // A chain of 300 areas with one line of € 1 at every level.
  std::string gebieden = "code,naam,niveau,ouder\nGM9999,Testdorp,gemeente,\n";
  std::string begroting = kBegrotingHeader;
  std::string ouder = "GM9999";
  for (int i = 1; i < 300; ++i) {
    std::string code = "X" + std::to_string(1000 + i);
    gebieden += code + ",Laag " + std::to_string(i) + ",wijk," + ouder + "\n";
    begroting += "r" + std::to_string(i) + "," + code + ",P,5.7,O,lasten,1,,,gemeente,t\n";
    ouder = code;
  }
  auto files = Files();
  files["data/gebieden.csv"] = gebieden;
  files["data/begroting/2025.csv"] = begroting;
  files["data/kompas/waarden.csv"] =
      "gebied,indicator,jaar,waarde\n" + ouder + ",inwoners,2025,7\n";
  Model m = Build(files);
  Aggregates a(m);
  const int gm = m.FindGebied("GM9999");
  CHECK(a.Subtree(gm).size() == 300);
  CHECK(a.Lasten(gm, 2025).begroot.cents == 29900);
  CHECK(a.Lasten(m.FindGebied("X1150"), 2025).begroot.cents == 15000);  // 150 .. 299
  CHECK(a.Inwoners(gm, 2025) == Approx(7));  // from the leaf, through 299 levels
}

TEST_CASE("KompasVoor gives each indicator's present values, oldest first", "[model][aggregate]") {
  auto files = Files();
  files["data/kompas/indicatoren.csv"] =
      "id,naam,eenheid,bron\ninwoners,Inwoners,personen,CBS\nwoz,WOZ-waarde,euro,CBS\n";
  files["data/kompas/waarden.csv"] =
      "gebied,indicator,jaar,waarde\n"
      "BU01,woz,2024,250000\n"
      "BU01,inwoners,2025,1000\n"
      "BU01,inwoners,2023,900\n"
      "BU01,inwoners,2024,\n"
      "BU02,woz,2024,\n";
  Model m = Build(files);
  std::vector<KompasReeks> r = KompasVoor(m, m.FindGebied("BU01"));
  REQUIRE(r.size() == 2);
  CHECK(r[0].indicator->id == "inwoners");
  REQUIRE(r[0].waarden.size() == 2);  // the empty 2024 value is left out
  CHECK(r[0].waarden[0]->jaar == 2023);
  CHECK(r[0].waarden[1]->jaar == 2025);
  CHECK(r[1].indicator->id == "woz");
  CHECK(*r[1].waarden[0]->waarde == Approx(250000));
  CHECK(KompasVoor(m, m.FindGebied("BU02")).empty());  // only an empty value
  CHECK(KompasVoor(m, m.FindGebied("WK01")).empty());
}
