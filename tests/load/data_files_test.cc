// LoadFiles: every file read and parsed as a job of its own on Threads()
// threads, with the same result and messages, in the same order, as one.
#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <string>

#include "load/data_files.h"
#include "site/sample_site.h"
#include "support/git_fixture.h"
#include "support/threads_for.h"
#include "util/parallel.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

struct Loaded {
  std::string messages;
  std::vector<std::string> paths;
  size_t parses = 0;
};

Loaded Load(const Source& source, int threads) {
  ParseCache cache;
  LoadedFiles files;
  Diagnostics d;
  {
    ThreadsFor on(threads);
    LoadFiles(source, &cache, &files, &d);
  }
  Loaded out{d.ToString(), {}, cache.parses()};
  for (const auto& [path, table] : files.tables) out.paths.push_back(path);
  for (const auto& [path, doc] : files.documents) out.paths.push_back(path);
  for (const auto& [path, json] : files.json_files) out.paths.push_back(path);
  for (const auto& [path, geo] : files.geo) out.paths.push_back(path);
  return out;
}

// The sample's files plus `extra`, committed, and the tree of that commit
// (it shares the repository with its own handle).
std::unique_ptr<Source> SampleTree(GitFixture* git,
                                   const std::map<std::string, std::string>& extra) {
  for (const auto& [path, text] : SampleFiles()) git->Write(path, text);
  for (const auto& [path, text] : extra) git->Write(path, text);
  git->Commit("data");
  std::string error;
  std::unique_ptr<Repository> repo = OpenRepository(git->dir(), &error);
  REQUIRE(repo);
  Diagnostics opened;
  std::unique_ptr<Source> tree = repo->TreeAt("HEAD", &opened);
  REQUIRE(tree);
  return tree;
}

}  // namespace

TEST_CASE("files load the same on one thread and on four", "[load][data_files]") {
  GitFixture git;
  // Broken files of every kind, so that the order of their messages shows.
  std::unique_ptr<Source> tree =
      SampleTree(&git, {{"data/a-kapot.csv", "a,b\n1,\"open\n"},
                        {"data/b-kapot.json", "{\"x\": }\n"},
                        {"data/geo/c-kapot.geojson", "{\"type\": \"FeatureCollection\"}\n"},
                        {"data/d-kapot.csv", "a,b\n1,2,3\n"},
                        {"content/e-kapot.md", "---\ntitel: [\n---\ntekst\n"}});

  Loaded one = Load(*tree, 1);
  CHECK(one.messages.find("data/a-kapot.csv:2:3: error: unbalanced quote") != std::string::npos);
  CHECK(one.messages.find("data/d-kapot.csv:2: error: row has 3 fields") != std::string::npos);
  CHECK(one.messages.find("data/b-kapot.json") != std::string::npos);
  CHECK(one.messages.find("data/geo/c-kapot.geojson") != std::string::npos);
  CHECK(one.messages.find("content/e-kapot.md") != std::string::npos);
  CHECK(one.messages.find("data/a-kapot.csv") < one.messages.find("data/d-kapot.csv"));
  // GeoJSON is parsed first, but its messages keep their place in file order.
  CHECK(one.messages.find("data/d-kapot.csv") < one.messages.find("data/geo/c-kapot.geojson"));
  CHECK(one.paths.size() > 5);
  for (int run = 0; run < 5; ++run) {
    Loaded four = Load(*tree, 4);
    CHECK(four.messages == one.messages);
    CHECK(four.paths == one.paths);
    CHECK(four.parses == one.parses);
  }
}

TEST_CASE("a parse keeps its bytes only for the CSV files it was told to", "[load][data_files]") {
  GitFixture git;
  std::unique_ptr<Source> tree = SampleTree(
      &git, {{"data/begroting/toelichting.md", "---\ntitel: Toelichting\n---\nTekst.\n"}});
  Diagnostics d;
  const std::string jaar = "data/begroting/2025.csv";
  const ParseCache::Key key{"csv", jaar, tree->FileId(jaar)};

  ParseCache plain;  // the default: no bytes kept
  LoadedFiles files;
  REQUIRE(LoadFiles(*tree, &plain, &files, &d));
  CHECK(plain.Find(key));
  CHECK_FALSE(plain.Text(key).owner);

  ParseCache keeping;
  keeping.KeepCsvTextsUnder("data/begroting/");
  LoadedFiles again;
  REQUIRE(LoadFiles(*tree, &keeping, &again, &d));
  const FileBytes kept = keeping.Text(key);
  REQUIRE(kept.owner);
  CHECK(kept.text == SampleFiles().at(jaar));
  // Not a CSV file there, nor a CSV file elsewhere.
  const std::string md = "data/begroting/toelichting.md";
  CHECK(keeping.Find({"md", md, tree->FileId(md)}));
  CHECK_FALSE(keeping.Text({"md", md, tree->FileId(md)}).owner);
  const std::string gebieden = "data/gebieden.csv";
  CHECK_FALSE(keeping.Text({"csv", gebieden, tree->FileId(gebieden)}).owner);
  // Released with its parse; what was handed out stays valid.
  keeping.Release(jaar, key.id);
  CHECK_FALSE(keeping.Text(key).owner);
  CHECK(kept.text == SampleFiles().at(jaar));
}
