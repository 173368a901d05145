// RegelGeschiedenissen: every line's value in every publication, kept as runs.
#include <catch2/catch.hpp>

#include "model/geschiedenis.h"
#include "support/regel_fixture.h"

using namespace openwijk;

namespace {

BegrotingRegel Regel(const std::string& id, int jaar, int64_t begroot, int line) {
  BegrotingRegel r = VoorbeeldRegel();
  r.id = id;
  r.jaar = jaar;
  r.begroot = begroot;
  r.pos = {"data/begroting/" + std::to_string(jaar) + ".csv", line, 0};
  return r;
}

// A publication's Model, its lines shared through `pool` as when loading.
Model Publicatie(RegelPool* pool, const std::map<int, std::vector<BegrotingRegel>>& jaren) {
  Model m;
  for (const auto& [jaar, lines] : jaren) {
    for (size_t row = 0; row < lines.size(); ++row) {
      BegrotingRegel r = lines[row];
      m.begroting[jaar].push_back(pool->Share(jaar, row, std::move(r)));
    }
  }
  return m;
}

}  // namespace

TEST_CASE("a line's history has its value in every publication that holds it",
          "[model][geschiedenis]") {
  RegelPool pool;
  // r1 stays the same in 0 and 1, changes in 2 and changes back in 3; r2
  // comes in 1 and goes in 3; r0 is in both years; r3 moves a row down.
  Model p0 = Publicatie(&pool, {{2025, {Regel("r1", 2025, 100, 2), Regel("r3", 2025, 7, 3)}},
                                {2026, {Regel("r0", 2026, 5, 2)}}});
  Model p1 = Publicatie(
      &pool,
      {{2025, {Regel("r1", 2025, 100, 2), Regel("r2", 2025, 50, 3), Regel("r3", 2025, 7, 4)}},
       {2026, {Regel("r0", 2026, 5, 2)}}});
  Model p2 = Publicatie(&pool, {{2025, {Regel("r1", 2025, 120, 2), Regel("r2", 2025, 50, 3)}}});
  Model p3 = Publicatie(&pool, {{2024, {Regel("r0", 2024, 4, 2)}},
                                {2025, {Regel("r1", 2025, 100, 2)}},
                                {2026, {Regel("r0", 2026, 5, 2)}}});
  REQUIRE(&p0.begroting[2025][0] == &p1.begroting[2025][0]);  // shared by the pool
  REQUIRE(&p0.begroting[2025][0] == &p3.begroting[2025][0]);
  RegelGeschiedenissen g({&p0, &p1, &p2, &p3});

  // Every id once, in id order.
  REQUIRE(g.size() == 4);
  CHECK(g.Id(0) == "r0");
  CHECK(g.Id(1) == "r1");
  CHECK(g.Id(2) == "r2");
  CHECK(g.Id(3) == "r3");

  std::vector<RegelStand> r1 = g.Of("r1");
  REQUIRE(r1.size() == 4);
  for (size_t i = 0; i < 4; ++i) {
    CHECK(r1[i].publicatie == i);
    CHECK(r1[i].regel->id == "r1");
  }
  CHECK(*r1[1].regel->begroot == 100);
  CHECK(*r1[2].regel->begroot == 120);
  CHECK(r1[3].regel == r1[0].regel);

  // In publication order, then by jaar.
  std::vector<RegelStand> r0 = g.Standen(0);
  REQUIRE(r0.size() == 4);
  CHECK(r0[0].publicatie == 0);
  CHECK(r0[1].publicatie == 1);
  CHECK(r0[2].publicatie == 3);
  CHECK(r0[2].regel->jaar == 2024);
  CHECK(r0[3].publicatie == 3);
  CHECK(r0[3].regel->jaar == 2026);

  std::vector<RegelStand> r2 = g.Of("r2");
  REQUIRE(r2.size() == 2);
  CHECK(r2[0].publicatie == 1);
  CHECK(r2[1].publicatie == 2);
  std::vector<RegelStand> r3 = g.Of("r3");
  REQUIRE(r3.size() == 2);
  CHECK(r3[0].regel->pos.line == 3);
  CHECK(r3[1].regel->pos.line == 4);

  // 12 stands, kept as 9 runs: r0 [0, 1], [3] and its 2024 line; r1 [0, 1],
  // [2], [3]; r2 [1, 2]; r3 twice, at two rows.
  CHECK(g.runs() == 9);

  CHECK(g.Has("r2"));
  CHECK_FALSE(g.Has("r"));
  CHECK_FALSE(g.Has("r9"));
  CHECK(g.Of("r9").empty());
  CHECK(RegelGeschiedenissen().size() == 0);
}
