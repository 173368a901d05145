// Regels and RegelPool: revisions share equal budget lines, and a Model that
// is changed copies its line first.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "model/regels.h"
#include "support/regel_fixture.h"

using namespace openwijk;

TEST_CASE("the pool shares a line only with an equal one at the same row", "[model][regels]") {
  RegelPool pool;
  auto a = pool.Share(2025, 0, VoorbeeldRegel());
  CHECK(pool.Share(2025, 0, VoorbeeldRegel()) == a);
  CHECK(pool.Share(2025, 1, VoorbeeldRegel()) != a);  // another row
  CHECK(pool.Share(2024, 0, VoorbeeldRegel()) != a);  // another year's file
  CHECK(pool.size() == 3);

  // Every field counts: a line that differs in any one is a line of its own.
  std::vector<std::function<void(BegrotingRegel*)>> edits = {
      [](BegrotingRegel* r) { r->id = "r2"; },
      [](BegrotingRegel* r) { r->jaar = 2024; },
      [](BegrotingRegel* r) { r->gebied_code = "WK001402"; },
      [](BegrotingRegel* r) { r->gebied = 4; },
      [](BegrotingRegel* r) { r->programma = "Wonen en bouwen"; },
      [](BegrotingRegel* r) { r->taakveld = "8.1"; },
      [](BegrotingRegel* r) { r->omschrijving = "Wonen in Centrum"; },
      [](BegrotingRegel* r) { r->soort = Soort::kBaten; },
      [](BegrotingRegel* r) { r->begroot = 100001; },
      [](BegrotingRegel* r) { r->begroot.reset(); },
      [](BegrotingRegel* r) { r->gewijzigd = 0; },
      [](BegrotingRegel* r) { r->realisatie = 5; },
      [](BegrotingRegel* r) { r->financier = "rijk"; },
      [](BegrotingRegel* r) { r->bron = "CBS 2025"; },
      [](BegrotingRegel* r) { r->besluit = "b1"; },
      [](BegrotingRegel* r) { r->pos.file = "data/begroting/2024.csv"; },
      [](BegrotingRegel* r) { r->pos.line = 3; },
      [](BegrotingRegel* r) { r->pos.column = 1; },
  };
  for (size_t i = 0; i < edits.size(); ++i) {
    INFO("edit " << i);
    BegrotingRegel r = VoorbeeldRegel();
    edits[i](&r);
    CHECK_FALSE(SameRegel(r, VoorbeeldRegel()));
    CHECK(pool.Share(2025, 0, std::move(r)) != a);
  }
  CHECK(pool.Share(2025, 0, VoorbeeldRegel()) == a);  // still found among the versions
}

TEST_CASE("a Model that changes a shared line changes only its own copy", "[model][regels]") {
  RegelPool pool;
  Regels oud, nieuw;
  oud.push_back(pool.Share(2025, 0, VoorbeeldRegel()));
  nieuw.push_back(pool.Share(2025, 0, VoorbeeldRegel()));
  REQUIRE(&oud[0] == &nieuw[0]);
  nieuw.Edit(0).begroot = 5;
  CHECK(oud[0].begroot == 100000);
  CHECK(nieuw[0].begroot == 5);
  CHECK(&oud[0] != &nieuw[0]);

  // A line no one else holds is changed in place.
  const BegrotingRegel* eigen = &nieuw[0];
  nieuw.Edit(0).begroot = 6;
  CHECK(&nieuw[0] == eigen);
}

TEST_CASE("lines read in order, by index and by iterator", "[model][regels]") {
  BegrotingRegel b = VoorbeeldRegel();
  b.id = "r2";
  Regels regels = {VoorbeeldRegel(), b};
  REQUIRE(regels.size() == 2);
  std::vector<std::string> ids;
  for (const BegrotingRegel& r : regels) ids.push_back(r.id);
  CHECK(ids == std::vector<std::string>{"r1", "r2"});
  CHECK((regels.end() - regels.begin()) == 2);
  CHECK(regels.begin()->id == "r1");
  CHECK(Regels().empty());
}

TEST_CASE("the iterator works with the random-access algorithms", "[model][regels]") {
  Regels regels;
  for (const char* id : {"r1", "r2", "r3", "r4"}) {
    BegrotingRegel r = VoorbeeldRegel();
    r.id = id;
    regels.push_back(r);
  }
  Regels::const_iterator first = regels.begin(), last = regels.end();
  CHECK(first[2].id == "r3");
  CHECK((last - 1)->id == "r4");
  CHECK((2 + first)->id == "r3");
  Regels::const_iterator it = last;
  it -= 3;
  CHECK(it->id == "r2");
  CHECK((it-- == first + 1));
  CHECK((it == first));
  CHECK((first < last && last > first && first <= first && last >= first));
  CHECK_FALSE(last <= first);
  // Binary search takes random-access steps (it would be slow without them).
  auto found =
      std::lower_bound(first, last, std::string("r3"),
                       [](const BegrotingRegel& r, const std::string& id) { return r.id < id; });
  CHECK((found - first) == 2);
  CHECK(std::distance(first, last) == 4);
}
