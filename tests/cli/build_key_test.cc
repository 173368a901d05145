// The key of a build's inputs (cli/build_key.cc), which decides whether a
// rebuild may do nothing: the same for the same inputs, different when the
// commit, the revision asked for or any tag changes, and "" (always build)
// when the inputs cannot be known.
#include <catch2/catch.hpp>

#include "cli/pipeline.h"
#include "support/git_fixture.h"

using namespace openwijk;

namespace {

RevisionOptions In(const GitFixture& git, const std::string& rev = "HEAD") {
  RevisionOptions o;
  o.repo_dir = git.dir();
  o.rev = rev;
  return o;
}

}  // namespace

TEST_CASE("the build key is a stable sha256 of the inputs", "[cli][build_key]") {
  GitFixture git;
  git.Write("site.json", "{}\n");
  std::string first = git.Commit("een", 1750000000);
  std::string key = BuildKey(In(git));
  CHECK_THAT(key, Catch::Matches("[0-9a-f]{64}"));
  CHECK(BuildKey(In(git)) == key);

  // The revision as asked for is part of the key, not only the commit.
  std::string by_id = BuildKey(In(git, first));
  CHECK_THAT(by_id, Catch::Matches("[0-9a-f]{64}"));
  CHECK(by_id != key);

  // A new commit changes HEAD's key, not that of the old commit.
  git.Write("site.json", "{\"titel\": \"x\"}\n");
  git.Commit("twee", 1750086400);
  std::string moved = BuildKey(In(git));
  CHECK(moved != key);
  CHECK(BuildKey(In(git, first)) == by_id);

  // A tag (a publication) changes it; so does its message.
  git.Tag("publicatie/2025-begroting", "Begroting 2025\n", 1750100000);
  std::string tagged = BuildKey(In(git));
  CHECK(tagged != moved);
  CHECK(BuildKey(In(git, first)) != by_id);  // every tag counts, reachable or not
}

TEST_CASE("a tag's message is part of the build key", "[cli][build_key]") {
  GitFixture a, b;
  for (GitFixture* g : {&a, &b}) {
    g->Write("site.json", "{}\n");
    g->Commit("een", 1750000000);
  }
  a.Tag("publicatie/1", "Begroting\n\nsoort: begroting\n", 1750100000);
  b.Tag("publicatie/1", "Begroting\n\nsoort: wijziging\n", 1750100000);
  CHECK(a.RevParse("HEAD") == b.RevParse("HEAD"));  // the same commit in both
  CHECK(BuildKey(In(a)) != BuildKey(In(b)));
}

TEST_CASE("without a knowable input the key is empty: always build", "[cli][build_key]") {
  GitFixture git;
  git.Write("site.json", "{}\n");
  git.Commit("een");
  RevisionOptions worktree = In(git);
  worktree.worktree = true;
  CHECK(BuildKey(worktree) == "");
  CHECK(BuildKey(In(git, "bestaat-niet")) == "");
  RevisionOptions nowhere;
  nowhere.repo_dir = "/nonexistent/openwijk";
  CHECK(BuildKey(nowhere) == "");
  // A tag that peels to no commit cannot be read: no key either.
  git.TagObject("publicatie/blob", "HEAD:site.json");
  CHECK(BuildKey(In(git)) == "");
}
