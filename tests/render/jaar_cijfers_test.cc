// The sums of one area and year (render/jaar_cijfers.h) that the begroting,
// the verantwoording and the chart share.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/aggregate.h"
#include "render/jaar_cijfers.h"
#include "support/gebieden_fixture.h"
#include "support/regel_fixture.h"

namespace openwijk {
namespace {

BegrotingRegel Regel(int gebied, std::string programma, std::string taakveld, Soort soort,
                     int64_t begroot, std::optional<int64_t> realisatie) {
  BegrotingRegel r = VoorbeeldRegel();
  r.gebied = gebied;
  r.programma = std::move(programma);  // each a copy of its own, as from another file
  r.taakveld = std::move(taakveld);
  r.soort = soort;
  r.begroot = begroot;
  r.realisatie = realisatie;
  return r;
}

struct Fixture {
  Model m;
  Fixture() {
    TweeGebieden(&m);
    m.begroting[2025] = {Regel(0, "Wonen", "8.1", Soort::kLasten, 1000, 900),
                         Regel(1, "Wonen", "8.1", Soort::kLasten, 500, std::nullopt),
                         Regel(1, "Groen", "5.7", Soort::kLasten, 200, 250),
                         Regel(1, "Wonen", "8.1", Soort::kBaten, 7000, 7000)};
  }
};

// TelJaar of area g in 2025, with the aggregates and context it needs.
JaarCijfers Tel(const Model& m, int g) {
  Aggregates agg(m);
  TemplateSet templates;
  CollectSink files;
  Diagnostics diags;
  RenderContext ctx{m, agg, templates, &files, &diags};
  return TelJaar(ctx, g, 2025);
}

}  // namespace

TEST_CASE("jaar cijfers: lasten of the subtree by programma, taakveld and financier",
          "[render][jaar_cijfers]") {
  Fixture f;
  const Regels& regels = f.m.begroting.at(2025);
  REQUIRE(&regels[0].programma.str() != &regels[1].programma.str());
  JaarCijfers top = Tel(f.m, 0);
  CHECK(top.heeft_regels);
  CHECK(top.totaal.begroot.cents == 1700);  // baten are left out
  CHECK(top.eigen.begroot.cents == 1000);   // only the line placed on Testdorp itself
  REQUIRE(top.per_programma.size() == 2);   // "Wonen" twice, at two addresses: one group
  CHECK(top.per_programma.at("Wonen").begroot.cents == 1500);
  CHECK(top.per_programma.at("Wonen").realisatie.missing == 1);
  CHECK(top.per_programma.at("Groen").realisatie.cents == 250);
  CHECK(top.per_programma.begin()->first == "Groen");  // in the table's order
  REQUIRE(top.per_taakveld.size() == 2);  // in the order of the codes, with their names
  CHECK(top.per_taakveld[0].code == "5.7");
  CHECK(top.per_taakveld[1].naam == "8.1 ");  // no Iv3 scheme in this model: the code only
  CHECK(top.per_taakveld[1].totaal.begroot.cents == 1500);
  CHECK(top.per_financier.at("gemeente").begroot.cents == 1700);
  CHECK_FALSE(top.illustratief);
  CHECK(top.grafiek.find("<svg") == 0);

  JaarCijfers noord = Tel(f.m, 1);
  CHECK(noord.totaal.begroot.cents == 700);
  CHECK(noord.eigen.begroot.cents == 700);
  CHECK(noord.grafiek.find("van Noord per programma") != std::string::npos);

  f.m.begroting[2025].Edit(3).bron = "Illustratief voorbeeld";  // a baten line counts too
  CHECK(Tel(f.m, 1).illustratief);
  CHECK(Tel(f.m, 0).illustratief);  // Noord is below Testdorp
}

TEST_CASE("jaar cijfers: an area with only baten has lines but nothing to draw",
          "[render][jaar_cijfers]") {
  Fixture f;
  f.m.begroting[2025] = {Regel(1, "Wonen", "8.1", Soort::kBaten, 7000, 7000)};
  JaarCijfers c = Tel(f.m, 0);
  CHECK(c.heeft_regels);
  CHECK(c.per_programma.empty());
  CHECK(c.grafiek.empty());
}

TEST_CASE("jaar cijfers: taakvelden in numeric order of their codes", "[render][jaar_cijfers]") {
  Fixture f;
  // In string order "0.10" < "0.2" and "10.1" < "2.1"; by their parts it is the other way.
  f.m.begroting[2025] = {Regel(1, "Bestuur", "0.10", Soort::kLasten, 1, 1),
                         Regel(1, "Bestuur", "10.1", Soort::kLasten, 1, 1),
                         Regel(1, "Bestuur", "0.2", Soort::kLasten, 1, 1),
                         Regel(1, "Bestuur", "2.1", Soort::kLasten, 1, 1)};
  JaarCijfers c = Tel(f.m, 0);
  std::vector<std::string> codes;
  for (const TaakveldSom& t : c.per_taakveld) codes.push_back(t.code);
  CHECK(codes == std::vector<std::string>{"0.2", "0.10", "2.1", "10.1"});
}

TEST_CASE("jaar cijfers: taakvelden in the Iv3 order", "[render][jaar_cijfers]") {
  Fixture f;
  // The Iv3 order: 0.61 (under 0.6) before 0.8, although 61 > 8, and 0.10 after 0.9;
  // 6.711 (under 6.7) before 6.8. The scheme lists them in another order.
  for (const char* code : {"0.10", "6.8", "0.5", "6.711", "0.8", "0.61"}) {
    f.m.taakveld_index.emplace(code, static_cast<int>(f.m.taakvelden.size()));
    f.m.taakvelden.push_back({code, "Taak", {2025}});
  }
  f.m.begroting[2025] = {Regel(1, "Bestuur", "0.8", Soort::kLasten, 1, 1),
                         Regel(1, "Bestuur", "6.8", Soort::kLasten, 1, 1),
                         Regel(1, "Bestuur", "0.10", Soort::kLasten, 1, 1),
                         Regel(1, "Bestuur", "6.711", Soort::kLasten, 1, 1),
                         Regel(1, "Bestuur", "0.61", Soort::kLasten, 1, 1),
                         Regel(1, "Bestuur", "0.5", Soort::kLasten, 1, 1)};
  JaarCijfers c = Tel(f.m, 0);
  std::vector<std::string> codes;
  for (const TaakveldSom& t : c.per_taakveld) codes.push_back(t.code);
  CHECK(codes == std::vector<std::string>{"0.5", "0.61", "0.8", "0.10", "6.711", "6.8"});
}

TEST_CASE("jaar cijfers: an area without lines that year", "[render][jaar_cijfers]") {
  Fixture f;
  f.m.begroting[2025] = {Regel(0, "Wonen", "8.1", Soort::kLasten, 1000, 900)};  // Testdorp's own
  JaarCijfers noord = Tel(f.m, 1);
  CHECK_FALSE(noord.heeft_regels);
  CHECK(noord.totaal.begroot.known == 0);
  CHECK(noord.per_programma.empty());
  CHECK(noord.per_taakveld.empty());
  CHECK(noord.grafiek.empty());
}

}  // namespace openwijk
