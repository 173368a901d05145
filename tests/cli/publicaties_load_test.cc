// Loading publications parses each distinct file version (git blob) once,
// however many publications share it: the ParseCache counts its parses.
#include <catch2/catch.hpp>

#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "cli/pipeline.h"
#include "cli/publicaties_carry.h"
#include "cli/publicaties_load.h"
#include "site/sample_site.h"
#include "support/git_fixture.h"

using namespace openwijk;

namespace {

// The sample repository plus a body and a meeting (a JSON file), with five
// publications: most of the files are the same blob in all of them.
struct FivePublications {
  GitFixture git;
  std::map<std::string, std::string> files = testing::SampleFiles();

  void Publish(const std::string& tag, const std::string& datum, int64_t time) {
    for (const auto& [path, text] : files) git.Write(path, text);
    git.Commit(tag, time);
    git.Tag("publicatie/" + tag, tag + "\nsoort: wijziging\ndatum: " + datum + "\n", time);
  }

  FivePublications() {
    files["data/organen.csv"] = "id,naam,soort\nraad,Gemeenteraad Testdorp,gemeenteraad\n";
    files["data/vergaderingen/2025-01-20-raad.json"] =
        R"({"orgaan": "raad", "start": "2025-01-20T19:30:00+01:00", "status": "geweest",)"
        R"( "secties": []})"
        "\n";
    Publish("1", "2025-01-01", 1735700000);
    files["data/begroting/2025.csv"] +=
        "z2;WK999902;Leefomgeving;5.7;Speeltuin;lasten;"
        "20.000;;;gemeente;illustratief\n";
    Publish("2", "2025-02-01", 1738400000);
    files["content/colofon.md"] += "Nog een zin.\n";  // no data file changes
    Publish("3", "2025-03-01", 1740800000);
    files["data/kompas/waarden.csv"] += "WK999902,hh_grootte,2024,2.1\n";
    Publish("4", "2025-04-01", 1743400000);
    files["data/vergaderingen/2025-01-20-raad.json"] =
        R"({"orgaan": "raad", "start": "2025-01-20T19:30:00+01:00", "status": "afgelast",)"
        R"( "secties": []})"
        "\n";
    Publish("5", "2025-05-01", 1746000000);
  }
};

// The built revision of a repository, loaded as build and check load it.
struct BuiltRevision {
  RevisionOptions opts;
  std::unique_ptr<Repository> repo;
  std::unique_ptr<Source> source;
  Model model;
  Diagnostics diags;
  Timings timings;

  explicit BuiltRevision(const std::string& dir) { opts.repo_dir = dir; }
  bool Load(ParseCache* cache) {
    return LoadRevision(opts, &repo, &source, &model, &diags, &timings, cache);
  }
  // Its five publications, attached as build and check attach them.
  void AttachFive(ParseCache* cache) {
    REQUIRE(AttachPublicaties(*repo, &model, &diags, cache));
    INFO(diags.ToString());
    REQUIRE(model.publicaties);
    REQUIRE(model.publicaties->lijst.size() == 5);
  }
};

}  // namespace

TEST_CASE("publications parse each distinct file version once", "[cli][publicaties][cache]") {
  FivePublications f;
  std::string error;
  std::unique_ptr<Repository> repo = OpenRepository(f.git.dir(), &error);
  REQUIRE(repo);
  ParseCache cache;
  std::shared_ptr<const Publicaties> pubs;
  Diagnostics diags;
  REQUIRE(LoadPublicaties(*repo, f.git.RevParse("HEAD"), "publicatie/*", &cache, &pubs, &diags));
  INFO(diags.ToString());
  REQUIRE(pubs->lijst.size() == 5);

  // The distinct (path, blob) pairs of the parsed files; site.json is read
  // directly, not through the cache.
  std::set<std::pair<std::string, std::string>> versies;
  size_t alle = 0;
  for (const Publicatie& p : pubs->lijst) {
    for (const auto& [path, blob] : p.file_ids) {
      if (path == "site.json") continue;
      versies.insert({path, blob});
      ++alle;
    }
  }
  CHECK(alle == 5 * 8);            // 8 data files in every publication
  CHECK(versies.size() == 8 + 3);  // and three files changed once each
  // All but one: the old version of 2025, loaded after the new one, is read
  // against it and parses only its changed lines (cli/publicaties_carry.h).
  CHECK(cache.parses() == versies.size() - 1);

  // Unchanged in all five publications: parsed once.
  CHECK(cache.parses("data/gebieden.csv") == 1);
  CHECK(cache.parses("data/begroting/2024.csv") == 1);
  CHECK(cache.parses("data/organen.csv") == 1);
  // Changed in one publication: parsed twice, the old and the new version;
  // for a year's file, the old version only in the lines that changed.
  CHECK(cache.parses("data/begroting/2025.csv") == 1);
  CHECK(cache.parses("data/kompas/waarden.csv") == 2);
  CHECK(cache.parses("data/vergaderingen/2025-01-20-raad.json") == 2);
  // Not data: never read for a publication.
  CHECK(cache.parses("content/colofon.md") == 0);

  // Publications 2 and 3 hold the same data blobs, so they share one Model.
  CHECK(pubs->lijst[1].model == pubs->lijst[2].model);
  CHECK(pubs->lijst[0].model != pubs->lijst[1].model);

  // A parse leaves the cache after the last publication that holds its
  // version: none is kept once all are loaded (the Models hold the data).
  CHECK(cache.size() == 0);
  // So loading them all again parses every distinct version once more.
  std::shared_ptr<const Publicaties> again;
  REQUIRE(LoadPublicaties(*repo, f.git.RevParse("HEAD"), "publicatie/*", &cache, &again, &diags));
  CHECK(cache.parses() == 2 * (versies.size() - 1));
  CHECK(again->lijst.size() == 5);
}

TEST_CASE("the parse cache releases file versions, of every kind", "[cli][publicaties][cache]") {
  ParseCache cache;
  auto entry = std::make_shared<ParseCache::Entry>();
  cache.Store({"csv", "data/a.csv", "111"}, entry);
  cache.Store({"csv", "data/a.csv", "222"}, entry);
  cache.Store({"csv", "x/data/a.csv", "111"}, entry);
  cache.Store({"md", "data/a.md", "111"}, entry);
  cache.Store({"geo[a:b,]", "data/g.geojson", "111"}, entry);  // ':' in a kind
  cache.Store({"csv", "data/c:d.csv", "333"}, entry);          // and a path
  SECTION("one version") {
    cache.Release("data/a.csv", "111");
    CHECK(cache.size() == 5);
    CHECK_FALSE(cache.Find({"csv", "data/a.csv", "111"}));
    CHECK(cache.Find({"csv", "data/a.csv", "222"}));
    CHECK(cache.Find({"csv", "x/data/a.csv", "111"}));
    CHECK(cache.Find({"md", "data/a.md", "111"}));
  }
  SECTION("all but the versions asked for") {
    cache.KeepOnly({{"data/a.csv", "222"}, {"data/g.geojson", "111"}, {"data/c:d.csv", "333"}});
    CHECK(cache.size() == 3);
    CHECK(cache.Find({"csv", "data/a.csv", "222"}));
    CHECK(cache.Find({"geo[a:b,]", "data/g.geojson", "111"}));
    CHECK(cache.Find({"csv", "data/c:d.csv", "333"}));
    CHECK_FALSE(cache.Find({"csv", "data/a.csv", "111"}));
    cache.KeepOnly({});
    CHECK(cache.size() == 0);
  }
}

TEST_CASE("a publication of the built commit reuses the build's own parses",
          "[cli][publicaties][cache]") {
  // As build and check do: one cache for the revision and its publications.
  // HEAD is publicatie/5, so only the three versions the earlier
  // publications hold and HEAD does not are read for them.
  FivePublications f;
  BuiltRevision built(f.git.dir());
  auto& [opts, repo, source, model, diags, timings] = built;
  ParseCache cache;
  REQUIRE(built.Load(&cache));
  const size_t head = cache.parses();
  CHECK(cache.parses("data/begroting/2025.csv") == 1);
  built.AttachFive(&cache);
  CHECK(cache.parses() == head + 2);  // and the old 2025, read against HEAD's
  CHECK(cache.parses("data/begroting/2025.csv") == 1);
  CHECK(cache.parses("data/gebieden.csv") == 1);  // the same in all: HEAD's parse
  CHECK(cache.size() == 0);                       // nothing kept for the render
  // LoadPublicaties itself drops the parses no publication holds (the
  // content pages), not only AttachPublicaties when it is done.
  ParseCache again;
  Model head_model;
  std::unique_ptr<Repository> repo2;
  std::unique_ptr<Source> source2;
  REQUIRE(LoadRevision(opts, &repo2, &source2, &head_model, &diags, &timings, &again));
  REQUIRE(again.size() > 8);  // HEAD's data files and its content pages
  std::shared_ptr<const Publicaties> loaded;
  REQUIRE(LoadPublicaties(*repo2, f.git.RevParse("HEAD"), "publicatie/*", &again, &loaded, &diags,
                          &head_model));
  CHECK(again.size() == 0);

  // A worktree's files may change while they are read: not offered.
  RevisionOptions worktree = opts;
  worktree.worktree = true;
  ParseCache unused;
  Model wt;
  REQUIRE(LoadRevision(worktree, &repo2, &source2, &wt, &diags, &timings, &unused));
  CHECK(unused.parses() == 0);

  // The same publications as loaded on their own.
  ParseCache own;
  std::shared_ptr<const Publicaties> alone;
  REQUIRE(LoadPublicaties(*repo, f.git.RevParse("HEAD"), "publicatie/*", &own, &alone, &diags));
  for (size_t i = 0; i < 5; ++i) {
    CHECK(model.publicaties->lijst[i].tag == alone->lijst[i].tag);
    CHECK(model.publicaties->lijst[i].file_ids == alone->lijst[i].file_ids);
    CHECK(model.publicaties->wijzigingen[i].toegevoegd == alone->wijzigingen[i].toegevoegd);
  }
}

TEST_CASE("the publication after the built commit is read against the build's own bytes",
          "[cli][publicaties][cache][carry]") {
  // HEAD is publicatie/5. Publications 2 to 5 hold HEAD's 2025; publicatie/1,
  // loaded last, holds an older one, which is read against HEAD's bytes: the
  // ones the build kept (KeepYearTexts), handed on from publication to
  // publication. To show that they are not read from the repository again,
  // HEAD's 2025 blob is taken out of it once the build has read it: reading
  // it again would fail, and publicatie/1's 2025 would be parsed whole, a
  // second parse.
  FivePublications f;
  BuiltRevision built(f.git.dir());
  auto& [opts, repo, source, model, diags, timings] = built;
  ParseCache cache;
  KeepYearTexts(&cache);
  REQUIRE(built.Load(&cache));
  const std::string path = "data/begroting/2025.csv";
  const std::string id = source->FileId(path);
  const FileBytes kept = cache.Text({"csv", path, id});
  REQUIRE(kept.owner);
  CHECK(kept.text == f.files.at(path));
  CHECK_FALSE(cache.Text({"csv", "data/gebieden.csv", source->FileId("data/gebieden.csv")}).owner);
  const std::string object = f.git.dir() + "/.git/objects/" + id.substr(0, 2) + "/" + id.substr(2);
  REQUIRE(std::remove(object.c_str()) == 0);
  built.AttachFive(&cache);
  CHECK(cache.parses(path) == 1);  // HEAD's, in LoadRevision
  // publicatie/1's 2025 (HEAD's less one line) has the lines it has when read whole.
  ParseCache own;
  DataRevision een;
  REQUIRE(LoadDataRevision(*repo, "publicatie/1", "publicatie/1", &own, &een, &diags));
  REQUIRE(model.publicaties->lijst[0].tag == "publicatie/1");
  const Regels& carried = model.publicaties->lijst[0].model->begroting.at(2025);
  const Regels& whole = een.model->begroting.at(2025);
  CHECK(whole.size() + 1 == model.begroting.at(2025).size());
  REQUIRE(carried.size() == whole.size());
  for (size_t i = 0; i < whole.size(); ++i) CHECK(SameRegel(carried[i], whole[i]));
}

TEST_CASE("without a cache every publication parses its files again", "[cli][publicaties][cache]") {
  // The counter counts real parses: a fresh cache per publication parses every file of each.
  FivePublications f;
  std::string error;
  std::unique_ptr<Repository> repo = OpenRepository(f.git.dir(), &error);
  REQUIRE(repo);
  size_t totaal = 0;
  for (int i = 1; i <= 5; ++i) {
    ParseCache cache;
    DataRevision rev;
    Diagnostics diags;
    std::string tag = "publicatie/" + std::to_string(i);
    REQUIRE(LoadDataRevision(*repo, tag, tag, &cache, &rev, &diags));
    totaal += cache.parses();
  }
  CHECK(totaal == 5 * 8);
}

TEST_CASE("publications share the budget lines they have in common", "[cli][publicaties][regels]") {
  FivePublications f;
  // A sixth publication in which the first line of 2024 changes amount:
  // the line after it stays shared.
  std::string& jaar2024 = f.files["data/begroting/2024.csv"];
  size_t amount = jaar2024.find(",lasten,", jaar2024.find('\n'));
  REQUIRE(amount != std::string::npos);
  jaar2024.insert(amount + 8, "1");
  f.Publish("6", "2025-06-01", 1748000000);
  std::string error;
  std::unique_ptr<Repository> repo = OpenRepository(f.git.dir(), &error);
  REQUIRE(repo);
  ParseCache cache;
  DataRevision head;
  Diagnostics diags;
  REQUIRE(LoadDataRevision(*repo, "HEAD", "HEAD", &cache, &head, &diags));
  std::shared_ptr<const Publicaties> pubs;
  REQUIRE(LoadPublicaties(*repo, f.git.RevParse("HEAD"), "publicatie/*", &cache, &pubs, &diags,
                          head.model.get()));
  INFO(diags.ToString());
  REQUIRE(pubs->lijst.size() == 6);
  const Regels& een = pubs->lijst[0].model->begroting.at(2025);
  const Regels& twee = pubs->lijst[1].model->begroting.at(2025);
  REQUIRE(twee.size() == een.size() + 1);
  for (size_t i = 0; i < een.size(); ++i) CHECK(&een[i] == &twee[i]);  // one copy each
  CHECK(twee[een.size()].id == "z2");

  // 2024 changed in its first line only, in publication 6.
  const Regels& vijf = pubs->lijst[4].model->begroting.at(2024);
  const Regels& zes = pubs->lijst[5].model->begroting.at(2024);
  REQUIRE(vijf.size() == zes.size());
  REQUIRE(vijf.size() >= 2);
  CHECK(&vijf[0] != &zes[0]);
  CHECK(vijf[0].id == zes[0].id);
  CHECK(vijf[0].begroot != zes[0].begroot);
  for (size_t i = 1; i < vijf.size(); ++i) CHECK(&vijf[i] == &zes[i]);

  // The last publication holds the data of HEAD: every line is HEAD's own.
  for (const auto& [jaar, regels] : head.model->begroting) {
    const Regels& gepubliceerd = pubs->lijst[5].model->begroting.at(jaar);
    REQUIRE(gepubliceerd.size() == regels.size());
    for (size_t i = 0; i < regels.size(); ++i) CHECK(&gepubliceerd[i] == &regels[i]);
  }
  // The diff between 5 and 6 still sees the changed line, and only it.
  const ModelDiff& wijziging = pubs->wijzigingen[5];
  REQUIRE(wijziging.regels.size() == 1);
  CHECK(wijziging.regels[0].id == vijf[0].id);
}
