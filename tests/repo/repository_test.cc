// OpenRepository, Repository::Tags, IsAncestor and TreeAtOwnHandle.
#include <catch2/catch.hpp>

#include <filesystem>
#include <thread>

#include "repo/source.h"
#include "support/git_fixture.h"

namespace openwijk {
namespace {

TEST_CASE("OpenRepository searches upward and reports a missing repository", "[repo]") {
  GitFixture git;
  git.Write("data/begroting/a.csv", "x");
  git.Commit("a");
  std::string error;
  auto repo = OpenRepository(git.dir() + "/data/begroting", &error);
  REQUIRE(repo);
  CHECK(repo->workdir() == git.dir());

  CHECK(OpenRepository("/nonexistent/openwijk", &error) == nullptr);
  CHECK(error == "no git repository at or above '/nonexistent/openwijk'");
}

TEST_CASE("Tags match a pattern, are sorted and carry annotations", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "1");
  std::string first = git.Commit("first", 1700000000);
  git.Tag("publicatie/2025-begroting", "Begroting 2025\nvastgesteld\n", 1700000100);
  git.Tag("concept", "", 0);
  git.Write("a.txt", "2");
  std::string second = git.Commit("second", 1700000200);
  git.Tag("publicatie/2024-jaarrekening", "", 0);

  std::string error;
  auto repo = OpenRepository(git.dir(), &error);
  REQUIRE(repo);
  Diagnostics diags;
  std::vector<TagInfo> tags = repo->Tags("publicatie/*", &diags);
  CHECK(diags.list().empty());
  REQUIRE(tags.size() == 2);
  CHECK(tags[0].name == "publicatie/2024-jaarrekening");
  CHECK(tags[0].commit_id == second);
  CHECK(tags[0].message == "");
  CHECK(tags[0].tagger_time == 0);
  CHECK(tags[0].commit_time == 1700000200);
  CHECK(tags[1].name == "publicatie/2025-begroting");
  CHECK(tags[1].commit_id == first);
  CHECK(tags[1].message == "Begroting 2025\nvastgesteld");
  CHECK(tags[1].tagger_time == 1700000100);
  CHECK(tags[1].commit_time == 1700000000);

  CHECK(repo->Tags("*", &diags).size() == 3);
  CHECK(repo->Tags("nothing/*", &diags).empty());
}

TEST_CASE("A tag that does not point to a commit is reported and skipped", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "1");
  git.Commit("first");
  git.Tag("publicatie/goed", "ok", 1700000000);
  git.TagObject("publicatie/blob", "HEAD:a.txt");
  std::string error;
  auto repo = OpenRepository(git.dir(), &error);
  REQUIRE(repo);
  Diagnostics diags;
  std::vector<TagInfo> tags = repo->Tags("publicatie/*", &diags);
  REQUIRE(tags.size() == 1);
  CHECK(tags[0].name == "publicatie/goed");
  CHECK(diags.ToString() == "openwijk: error: tag 'publicatie/blob' does not point to a commit\n");
}

TEST_CASE("IsAncestor follows history", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "1");
  std::string first = git.Commit("first", 1700000000);
  git.Write("a.txt", "2");
  std::string second = git.Commit("second", 1700000100);
  std::string error;
  auto repo = OpenRepository(git.dir(), &error);
  REQUIRE(repo);
  CHECK(repo->IsAncestor(first, second));
  CHECK(repo->IsAncestor(first, "HEAD"));
  CHECK(repo->IsAncestor(second, second));
  CHECK_FALSE(repo->IsAncestor(second, first));
  CHECK_FALSE(repo->IsAncestor("nope", second));
}

TEST_CASE("Sources can be read from several threads", "[repo]") {
  GitFixture git;
  for (int i = 0; i < 20; ++i) git.Write("f" + std::to_string(i), std::to_string(i));
  git.Commit("many");
  std::string error;
  auto repo = OpenRepository(git.dir(), &error);
  Diagnostics diags;
  auto tree = repo->TreeAt("HEAD", &diags);
  auto work = repo->Worktree(&diags);
  REQUIRE(tree);
  REQUIRE(work);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      const Source& s = t % 2 ? *tree : *work;
      for (int i = 0; i < 20; ++i) {
        std::string path = "f" + std::to_string(i), contents, err;
        if (s.ReadFile(path, &contents, &err) && contents == std::to_string(i) &&
            s.FileId(path).size() == 40) {
          ++ok[t];
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(ok == std::vector<int>(4, 20));
}

TEST_CASE("A tree with its own handle reads like TreeAt, beside another tree", "[repo]") {
  GitFixture git;
  for (int i = 0; i < 20; ++i) git.Write("data/f" + std::to_string(i), std::to_string(i));
  git.Commit("first");
  for (int i = 0; i < 20; ++i) git.Write("data/f" + std::to_string(i), "v2 " + std::to_string(i));
  git.Commit("second");
  std::string error;
  // Opened from a subfolder: the second handle opens the same git folder.
  auto repo = OpenRepository(git.dir() + "/data", &error);
  REQUIRE(repo);
  Diagnostics diags;
  auto oud = repo->TreeAt("HEAD~1", &diags);
  auto nieuw = repo->TreeAtOwnHandle("HEAD", &diags);
  REQUIRE(oud);
  REQUIRE(nieuw);
  CHECK(nieuw->commit().id == repo->TreeAt("HEAD", &diags)->commit().id);
  std::vector<int> ok(2, 0);
  std::thread other([&] {
    for (int i = 0; i < 20; ++i) {
      std::string contents, err;
      if (nieuw->ReadFile("data/f" + std::to_string(i), &contents, &err) &&
          contents == "v2 " + std::to_string(i)) {
        ++ok[1];
      }
    }
  });
  for (int i = 0; i < 20; ++i) {
    std::string contents, err;
    if (oud->ReadFile("data/f" + std::to_string(i), &contents, &err) &&
        contents == std::to_string(i)) {
      ++ok[0];
    }
  }
  other.join();
  CHECK(ok == std::vector<int>{20, 20});
  CHECK_FALSE(diags.HasErrors());
}

}  // namespace
}  // namespace openwijk
