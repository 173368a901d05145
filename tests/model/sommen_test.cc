// Sommen: the totals per area of two revisions, added up per area set.
#include <catch2/catch.hpp>

#include "model/sommen.h"
#include "support/regel_fixture.h"

using namespace openwijk;

namespace {

BegrotingRegel Regel(int jaar, const std::string& gebied, Soort soort,
                     std::optional<int64_t> begroot, std::optional<int64_t> gewijzigd = {},
                     std::optional<int64_t> realisatie = {}) {
  BegrotingRegel r = VoorbeeldRegel();
  r.jaar = jaar;
  r.gebied_code = gebied;
  r.soort = soort;
  r.begroot = begroot;
  r.gewijzigd = gewijzigd;
  r.realisatie = realisatie;
  return r;
}

}  // namespace

TEST_CASE("sommen add up each area's lines per jaar, soort and fase", "[model][sommen]") {
  std::map<int, Regels> oud, nieuw;
  oud[2025] = {Regel(2025, "WK2", Soort::kLasten, 100, 150),
               Regel(2025, "WK1", Soort::kLasten, 200), Regel(2025, "WK1", Soort::kBaten, 40)};
  oud[2026] = {Regel(2026, "WK1", Soort::kLasten, 999)};  // not a year asked for
  nieuw[2025] = {Regel(2025, "WK1", Soort::kLasten, 200, {}, 180),
                 Regel(2025, "WK3", Soort::kLasten, std::nullopt)};
  Sommen s(oud, nieuw, {2024, 2025});

  Som wk1 = s.Van("WK1", SomSleutel{2025, 0, 0});
  CHECK(wk1.oud == 200);
  CHECK(wk1.nieuw == 200);
  CHECK(wk1.oud_bekend == 1);
  Som baten = s.Van("WK1", SomSleutel{2025, 1, 0});
  CHECK(baten.oud == 40);
  CHECK(baten.nieuw_bekend == 0);
  // The actual budget (fase 3) takes gewijzigd where a line has it.
  CHECK(s.Van("WK2", SomSleutel{2025, 0, 3}).oud == 150);
  CHECK(s.Van("WK1", SomSleutel{2025, 0, 2}).nieuw == 180);
  // A line without an amount is counted nowhere, but its area is known.
  Som wk3 = s.Van("WK3", SomSleutel{2025, 0, 0});
  CHECK(wk3.nieuw == 0);
  CHECK(wk3.nieuw_bekend == 0);
  // Not asked for, or no lines: 0, and not known.
  CHECK(s.Van("WK1", SomSleutel{2026, 0, 0}).oud == 0);
  CHECK(s.Van("WK9", SomSleutel{2025, 0, 0}).oud_bekend == 0);

  std::set<std::string> codes = {"WK1", "WK2", "WK9"};
  std::map<SomSleutel, Som> deel = s.Totaal(&codes);
  // Every key of the years asked for, and nothing else.
  REQUIRE(deel.size() == 2 * 2 * 4);
  CHECK(deel.begin()->first == SomSleutel{2024, 0, 0});
  CHECK(deel[SomSleutel{2025, 0, 0}].oud == 300);
  CHECK(deel[SomSleutel{2025, 0, 0}].oud_bekend == 2);
  CHECK(deel[SomSleutel{2025, 0, 0}].nieuw == 200);
  CHECK(deel[SomSleutel{2025, 0, 3}].oud == 350);
  CHECK(deel[SomSleutel{2024, 0, 0}].oud_bekend == 0);
  std::map<SomSleutel, Som> alles = s.Totaal(nullptr);
  CHECK(alles[SomSleutel{2025, 1, 0}].oud == 40);
  CHECK(alles[SomSleutel{2025, 0, 0}].oud == 300);
}

TEST_CASE("sommen find an area by its index or, without one, by its code", "[model][sommen]") {
  // An index is only a shortcut: each line is summed under its own code,
  // also when an index stands for two codes on one side (lines not read by
  // BuildModel), when the two sides number their areas otherwise, and for a
  // line whose code is not an area (-1).
  auto regel = [](const std::string& code, int index, int64_t begroot) {
    BegrotingRegel r = Regel(2025, code, Soort::kLasten, begroot);
    r.gebied = index;
    return r;
  };
  std::map<int, Regels> oud, nieuw;
  oud[2025] = {regel("WK1", 0, 10), regel("WK2", 1, 20),  regel("WK1", 0, 30),  regel("WK1", -1, 5),
               regel("WK9", -1, 7), regel("WK2", 0, 100), regel("WK1", 0, 1000)};
  // The other side numbers its areas otherwise.
  nieuw[2025] = {regel("WK2", 0, 1), regel("WK1", 1, 2), regel("WK2", 0, 4)};
  Sommen s(oud, nieuw, {2025});
  CHECK(s.Van("WK1", SomSleutel{2025, 0, 0}).oud == 1045);
  CHECK(s.Van("WK1", SomSleutel{2025, 0, 0}).oud_bekend == 4);
  CHECK(s.Van("WK2", SomSleutel{2025, 0, 0}).oud == 120);
  CHECK(s.Van("WK9", SomSleutel{2025, 0, 0}).oud == 7);
  CHECK(s.Van("WK1", SomSleutel{2025, 0, 0}).nieuw == 2);
  CHECK(s.Van("WK2", SomSleutel{2025, 0, 0}).nieuw == 5);
  CHECK(s.Van("WK2", SomSleutel{2025, 0, 0}).nieuw_bekend == 2);
}
