// DiffModels: lines matched on (jaar, id), field by field.
#include <catch2/catch.hpp>
#include <functional>

#include "model/diff.h"

using namespace openwijk;

namespace {

BegrotingRegel Regel(const std::string& id, const std::string& gebied,
                     std::optional<int64_t> begroot,
                     std::optional<int64_t> realisatie = std::nullopt) {
  BegrotingRegel r;
  r.id = id;
  r.jaar = 2025;
  r.gebied_code = gebied;
  r.programma = "Wijken";
  r.taakveld = "6.1";
  r.omschrijving = "Regel " + id;
  r.begroot = begroot;
  r.realisatie = realisatie;
  r.financier = "gemeente";
  r.bron = "illustratief";
  return r;
}

}  // namespace

TEST_CASE("diff matches lines on jaar and id, so reordering is no change", "[model][diff]") {
  Model a, b;
  a.begroting[2025] = {Regel("r1", "WK1", 100), Regel("r2", "WK1", 200), Regel("r3", "WK2", 300)};
  b.begroting[2025] = {Regel("r3", "WK2", 300), Regel("r1", "WK1", 100), Regel("r2", "WK1", 200)};
  ModelDiff d = DiffModels(a, b);
  CHECK(d.empty());
  CHECK(d.toegevoegd + d.verwijderd + d.gewijzigd == 0);
}

TEST_CASE("diff reports added, removed, moved and first-known amounts", "[model][diff]") {
  Model a, b;
  a.begroting[2025] = {Regel("r1", "WK1", 10000), Regel("r2", "WK1", 20000),
                       Regel("r3", "WK2", 30000)};
  b.begroting[2025] = {Regel("r4", "WK2", 5000), Regel("r2", "WK2", 20000),
                       Regel("r1", "WK1", 10000, 12345)};
  ModelDiff d = DiffModels(a, b);
  REQUIRE(d.regels.size() == 4);
  CHECK(d.toegevoegd == 1);
  CHECK(d.verwijderd == 1);
  CHECK(d.gewijzigd == 2);
  // Sorted by id.
  CHECK(d.regels[0].id == "r1");
  CHECK(d.regels[0].actie == Actie::kGewijzigd);
  REQUIRE(d.regels[0].velden.size() == 1);
  CHECK(d.regels[0].velden[0].veld == "realisatie");
  CHECK(d.regels[0].velden[0].oud == "");  // empty, never "0"
  CHECK_FALSE(d.regels[0].velden[0].oud_cents.has_value());
  CHECK(d.regels[0].velden[0].nieuw == "123.45");
  CHECK(d.regels[1].id == "r2");
  REQUIRE(d.regels[1].velden.size() == 1);
  CHECK(d.regels[1].velden[0].veld == "gebied");
  CHECK(d.regels[1].velden[0].oud == "WK1");
  CHECK(d.regels[1].velden[0].nieuw == "WK2");
  CHECK(d.regels[2].id == "r3");
  CHECK(d.regels[2].actie == Actie::kVerwijderd);
  CHECK(d.regels[3].id == "r4");
  CHECK(d.regels[3].actie == Actie::kToegevoegd);

  // The totals per area add up: WK1 loses r2 (200,00), WK2 loses r3 and gains r2 and r4.
  REQUIRE(d.sommen);
  Som wk1 = d.sommen->Van("WK1", SomSleutel{2025, 0, 0});
  CHECK(wk1.oud == 30000);
  CHECK(wk1.nieuw == 10000);
  Som wk2 = d.sommen->Van("WK2", SomSleutel{2025, 0, 0});
  CHECK(wk2.oud == 30000);
  CHECK(wk2.nieuw == 25000);
  Som real = d.sommen->Van("WK1", SomSleutel{2025, 0, 2});
  CHECK(real.oud_bekend == 0);
  CHECK(real.nieuw == 12345);
}

TEST_CASE("the same id in another year is another line", "[model][diff]") {
  Model a, b;
  a.begroting[2024] = {Regel("r1", "WK1", 100)};
  b.begroting[2024] = {Regel("r1", "WK1", 100)};
  b.begroting[2025] = {Regel("r1", "WK1", 100)};
  b.begroting[2025].Edit(0).jaar = 2025;
  ModelDiff d = DiffModels(a, b);
  REQUIRE(d.regels.size() == 1);
  CHECK(d.regels[0].jaar == 2025);
  CHECK(d.regels[0].actie == Actie::kToegevoegd);
}

TEST_CASE("a skipped year is not compared", "[model][diff]") {
  Model a, b;
  a.begroting[2025] = {Regel("r1", "WK1", 100)};
  b.begroting[2025] = {Regel("r1", "WK1", 200)};
  DiffSkip skip;
  skip.jaren.insert(2025);
  skip.kompas = true;
  CHECK(DiffModels(a, b, &skip).empty());
  CHECK_FALSE(DiffModels(a, b).empty());
}

TEST_CASE("FilterDiff keeps lines that were or are in the areas", "[model][diff]") {
  Model a, b;
  a.begroting[2025] = {Regel("r1", "WK1", 100), Regel("r2", "WK2", 100)};
  b.begroting[2025] = {Regel("r1", "WK2", 100), Regel("r2", "WK2", 300)};
  ModelDiff d = DiffModels(a, b);
  CHECK(FilterDiff(d, {"WK1"}).regels.size() == 1);
  CHECK(FilterDiff(d, {"WK2"}).regels.size() == 2);
  CHECK(FilterDiff(d, {"WK3"}).empty());
}

TEST_CASE("DiffPerGebied takes each area set's part in the diff's order", "[model][diff]") {
  Model a, b;
  a.begroting[2025] = {Regel("r1", "WK1", 100), Regel("r2", "WK2", 100), Regel("r3", "WK1", 5),
                       Regel("r4", "WK3", 7)};
  b.begroting[2025] = {Regel("r1", "WK2", 100), Regel("r2", "WK2", 300), Regel("r3", "WK1", 6),
                       Regel("r5", "WK3", 8)};
  ModelDiff d = DiffModels(a, b);
  REQUIRE(d.regels.size() == 5);  // r1 moved, r2 and r3 changed, r4 removed, r5 added
  for (const char* gebied : {"WK1", "WK2", "WK1"}) {
    KompasWijziging k;
    k.gebied = gebied;
    k.indicator = "inwoners";
    d.kompas.push_back(k);
  }
  DiffPerGebied per(d);
  auto ids = [](const ModelDiff& x) {
    std::vector<std::string> out;
    for (const RegelWijziging& w : x.regels) out.push_back(w.id);
    return out;
  };
  // The moved line is about both areas, and once about the two together.
  CHECK(ids(per.Filter({"WK1"})) == std::vector<std::string>{"r1", "r3"});
  CHECK(ids(per.Filter({"WK2"})) == std::vector<std::string>{"r1", "r2"});
  CHECK(ids(per.Filter({"WK1", "WK2"})) == std::vector<std::string>{"r1", "r2", "r3"});
  CHECK(ids(per.Filter({"WK3"})) == std::vector<std::string>{"r4", "r5"});
  CHECK(per.Filter({"WK3"}).toegevoegd == 1);
  CHECK(per.Filter({"WK3"}).verwijderd == 1);
  CHECK(per.Filter({"WK1", "WK2"}).gewijzigd == 3);
  CHECK(per.Filter({"WK9"}).empty());
  CHECK(per.Filter({"WK1"}).kompas.size() == 2);
  CHECK(per.Filter({"WK1", "WK2"}).kompas.size() == 3);
  CHECK(per.Filter({"WK1", "WK2"}).kompas[1].gebied == "WK2");  // the diff's order
  CHECK(FilterDiff(d, {"WK2"}).kompas.size() == 1);
}

TEST_CASE("a change to any one compared column alone is a change to that column", "[model][diff]") {
  // One edit per column of BegrotingKolommen but the key (id, jaar); the
  // comparison has a shortcut for equal lines, which must see every one.
  std::vector<std::pair<std::string, std::function<void(BegrotingRegel*)>>> edits = {
      {"gebied", [](BegrotingRegel* r) { r->gebied_code = "WK2"; }},
      {"programma", [](BegrotingRegel* r) { r->programma = "Groen"; }},
      {"taakveld", [](BegrotingRegel* r) { r->taakveld = "5.7"; }},
      {"omschrijving", [](BegrotingRegel* r) { r->omschrijving = "Andere regel"; }},
      {"soort", [](BegrotingRegel* r) { r->soort = Soort::kBaten; }},
      {"begroot", [](BegrotingRegel* r) { r->begroot = 101; }},
      {"gewijzigd", [](BegrotingRegel* r) { r->gewijzigd = 0; }},
      {"realisatie", [](BegrotingRegel* r) { r->realisatie = 99; }},
      {"financier", [](BegrotingRegel* r) { r->financier = "rijk"; }},
      {"bron", [](BegrotingRegel* r) { r->bron = "raadsbesluit"; }},
      {"besluit", [](BegrotingRegel* r) { r->besluit = "RB-1"; }},
  };
  std::vector<std::string> covered, compared;
  for (const auto& [kolom, edit] : edits) {
    INFO(kolom);
    Model a, b;
    a.begroting[2025] = {Regel("r1", "WK1", 100)};
    b.begroting[2025] = {Regel("r1", "WK1", 100)};
    edit(&b.begroting[2025].Edit(0));
    ModelDiff d = DiffModels(a, b);
    REQUIRE(d.regels.size() == 1);
    REQUIRE(d.regels[0].velden.size() == 1);
    CHECK(d.regels[0].velden[0].veld == kolom);
    covered.push_back(kolom);
  }
  for (const std::string& k : BegrotingKolommen()) {
    if (k != "id" && k != "jaar") compared.push_back(k);
  }
  CHECK(covered == compared);  // a new column needs an edit above
}

TEST_CASE("a column by position is the column by name", "[model][diff]") {
  BegrotingRegel r = Regel("r1", "WK1", 123456, -5);
  r.gewijzigd = 200000;
  r.soort = Soort::kBaten;
  r.besluit = "B-1";
  const std::vector<std::string> expected = {
      "r1",      "2025", "WK1",   "Wijken",   "6.1",          "Regel r1", "baten",
      "1234.56", "2000", "-0.05", "gemeente", "illustratief", "B-1"};
  const std::vector<std::string>& kolommen = BegrotingKolommen();
  REQUIRE(kolommen.size() == expected.size());
  for (size_t k = 0; k < kolommen.size(); ++k) {
    INFO(kolommen[k]);
    CHECK(RegelVeldAt(r, k) == expected[k]);
    CHECK(RegelVeld(r, kolommen[k]) == expected[k]);
    CHECK(AmountAt(r, k) == AmountOf(r, kolommen[k]));
  }
  CHECK(*AmountAt(r, 7) == 123456);
  CHECK(*AmountOf(r, "realisatie") == -5);
  CHECK(RegelVeldAt(r, kolommen.size()).empty());
  CHECK(RegelVeld(r, "onbekend").empty());
  CHECK(AmountOf(r, "omschrijving") == nullptr);
  CHECK(AmountAt(r, kolommen.size()) == nullptr);
}

TEST_CASE("lines shared by both models give the same diff as copies", "[model][diff]") {
  // b: r2 changed, r3 removed, r5 added, r1 and r4 the same, r4 a row higher.
  std::vector<BegrotingRegel> oud = {Regel("r1", "WK1", 100), Regel("r2", "WK1", 200),
                                     Regel("r3", "WK2", 300), Regel("r4", "WK2", 400)};
  std::vector<BegrotingRegel> nieuw = {Regel("r1", "WK1", 100), Regel("r2", "WK1", 250),
                                       Regel("r4", "WK2", 400), Regel("r5", "WK2", 500)};
  RegelPool pool;
  Model a, b, a_copy, b_copy;
  for (size_t row = 0; row < oud.size(); ++row) {
    a.begroting[2025].push_back(pool.Share(2025, row, BegrotingRegel(oud[row])));
    a_copy.begroting[2025].push_back(oud[row]);
  }
  for (size_t row = 0; row < nieuw.size(); ++row) {
    b.begroting[2025].push_back(pool.Share(2025, row, BegrotingRegel(nieuw[row])));
    b_copy.begroting[2025].push_back(nieuw[row]);
  }
  REQUIRE(&a.begroting[2025][0] == &b.begroting[2025][0]);  // r1 is shared
  ModelDiff shared = DiffModels(a, b), copies = DiffModels(a_copy, b_copy);
  REQUIRE(shared.regels.size() == 3);
  REQUIRE(copies.regels.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CHECK(shared.regels[i].id == copies.regels[i].id);
    CHECK(shared.regels[i].actie == copies.regels[i].actie);
    CHECK(shared.regels[i].velden.size() == copies.regels[i].velden.size());
  }
  CHECK(shared.regels[0].id == "r2");
  CHECK(shared.regels[1].actie == Actie::kVerwijderd);
  CHECK(shared.regels[2].actie == Actie::kToegevoegd);
  CHECK(shared.gewijzigd == 1);
}
