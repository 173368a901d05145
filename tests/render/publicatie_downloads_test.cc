// A publication's downloads (render/publicatie_data.cc): made in parts and a
// rest, and described in datapackage.json by the size and hash of exactly
// those bytes.
#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/publicatie.h"
#include "render/publicaties.h"
#include "support/publicatie_fixture.h"
#include "support/regel_fixture.h"
#include "util/sha256.h"

using namespace openwijk;

TEST_CASE("a publication's downloads have the size and hash of the bytes written",
          "[render][publicatie]") {
  auto m = std::make_shared<Model>();
  for (int i = 0; i < 6000; ++i) {  // about 1.6 MB of begroting.json: a part and the rest
    BegrotingRegel r = VoorbeeldRegel();
    r.id = "r" + std::to_string(i);
    m->begroting[2025].push_back(r);
  }
  Publicaties pubs;
  REQUIRE(VoegPublicatieToe(m, &pubs));

  std::map<std::string, std::string> joined;
  std::map<std::string, int> parts;
  std::vector<DownloadBestand> files =
      PublicatieDownloads(pubs, 0, [&](const std::string& path, const PartMaker& make) {
        const std::string rest = make([&](std::string_view part) {
          joined[path] += part;
          ++parts[path];
        });
        joined[path] += rest;
      });
  CHECK(parts["begroting.json"] == 1);
  CHECK(parts["wijzigingen.json"] == 1);  // the first publication's: every line added
  CHECK(parts["gebieden.csv"] == 0);      // small: whole, as the rest
  REQUIRE(files.size() == joined.size());
  CHECK(files.back().path == "datapackage.json");
  for (const DownloadBestand& f : files) {
    INFO(f.path);
    CHECK(f.bytes == joined[f.path].size());
    CHECK(f.sha256 == Sha256Hex(joined[f.path]));
  }
  // What datapackage.json says of each file is what was written.
  nlohmann::json dp = nlohmann::json::parse(joined["datapackage.json"]);
  REQUIRE(dp["resources"].size() == files.size() - 1);
  for (const nlohmann::json& r : dp["resources"]) {
    const std::string& text = joined[r["path"].get<std::string>()];
    INFO(r["path"]);
    CHECK(r["bytes"] == text.size());
    CHECK(r["hash"] == "sha256:" + Sha256Hex(text));
  }
  // Whole, the begroting is the list of every line.
  CHECK(nlohmann::json::parse(joined["begroting.json"]).size() == 6000);
}
