// Each line's download rows, written once (render/regel_rijen.cc): what is
// copied from it is byte for byte what the line writers give, for the lines
// it holds and, past its budget, for those it does not.
#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/publicatie.h"
#include "render/begroting_view.h"
#include "render/publicaties.h"
#include "render/regel_rijen.h"
#include "support/publicatie_fixture.h"
#include "support/regel_fixture.h"

using namespace openwijk;

namespace {

// Lines with text to quote and escape in both formats, amounts with and
// without cents, and one left empty.
BegrotingRegel Regel(int i) {
  BegrotingRegel r = VoorbeeldRegel();
  r.id = "r-" + std::to_string(i);
  r.omschrijving = i % 3 == 0 ? "Groen, \"park\"\nen \x01 water" : "Wegen " + std::to_string(i);
  r.soort = i % 2 ? Soort::kBaten : Soort::kLasten;
  r.begroot = int64_t{-7} * i * 100 - i;
  if (i % 4 == 0) r.realisatie.reset();
  r.besluit = i % 5 == 0 ? "" : "RB-" + std::to_string(i);
  return r;
}

// A revision with two years of lines, and one publication that shares all
// but the revision's last line with it and has one of its own.
Model MetPublicatie(int n) {
  Model m;
  auto pub = std::make_shared<Model>();
  for (int i = 0; i < n; ++i) {
    auto line = std::make_shared<BegrotingRegel>(Regel(i));
    m.begroting[2024 + i % 2].push_back(line);
    if (i + 1 < n) pub->begroting[2024 + i % 2].push_back(line);  // shared, as RegelPool does
  }
  pub->begroting[2024].push_back(Regel(n));
  auto pubs = std::make_shared<Publicaties>();
  REQUIRE(VoegPublicatieToe(pub, pubs.get()));
  m.publicaties = pubs;
  return m;
}

// Every line of m and of its publications gives the same text through
// `rijen` as through AppendRegelJson and AppendRegelCsv.
void CheckSameText(const Model& m, const RegelRijen& rijen) {
  std::vector<const Model*> models = {&m, m.publicaties->lijst[0].model.get()};
  for (const Model* model : models) {
    for (const auto& [jaar, regels] : model->begroting) {
      for (const BegrotingRegel& r : regels) {
        INFO(r.id);
        std::string want, got;
        AppendRegelJson(&want, r);
        rijen.AppendJson(&got, r);
        CHECK(got == want);
        want.clear();
        got.clear();
        AppendRegelCsv(&want, r);
        rijen.AppendCsv(&got, r);
        CHECK(got == want);
      }
    }
  }
}

}  // namespace

TEST_CASE("each line's rows are held once and copied as the writers write them",
          "[render][begroting]") {
  const Model m = MetPublicatie(40);
  const RegelRijen rijen(m, size_t{1} << 20);
  CHECK(rijen.size() == 41);  // the revision's 40, and the publication's own line
  CheckSameText(m, rijen);
}

TEST_CASE("past the budget, lines are written where they are used", "[render][begroting]") {
  const Model m = MetPublicatie(40);
  const RegelRijen rijen(m, 3000);  // its estimate is about 400 bytes a line here
  CHECK(rijen.size() > 0);
  CHECK(rijen.size() < 10);
  CheckSameText(m, rijen);
  CHECK(RegelRijen::Geen().size() == 0);
  CheckSameText(m, RegelRijen::Geen());
}

TEST_CASE("a publication's begroting downloads are the same with the rows held",
          "[render][publicatie]") {
  const Model m = MetPublicatie(3000);
  const RegelRijen rijen(m, size_t{1} << 30);
  REQUIRE(rijen.size() == 3001);
  auto downloads = [&](const RegelRijen& r) {
    std::map<std::string, std::string> files;
    PublicatieDownloads(
        *m.publicaties, 0,
        [&](const std::string& path, const PartMaker& make) {
          const std::string rest = make([&](std::string_view part) { files[path] += part; });
          files[path] += rest;
        },
        r);
    return files;
  };
  const auto with = downloads(rijen), without = downloads(RegelRijen::Geen());
  CHECK(with.at("begroting.json") == without.at("begroting.json"));
  CHECK(with.at("begroting.csv") == without.at("begroting.csv"));
  CHECK(with == without);
}
