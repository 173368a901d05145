// Repository::Worktree: the working files, and whether they differ from HEAD.
#include <catch2/catch.hpp>

#include "repo/source.h"
#include "support/git_fixture.h"

namespace openwijk {
namespace {

std::unique_ptr<Source> OpenWorktree(const GitFixture& git, Diagnostics* diags) {
  std::string error;
  auto repo = OpenRepository(git.dir(), &error);
  REQUIRE(repo);
  return repo->Worktree(diags);
}

using V = std::vector<std::string>;

TEST_CASE("A clean worktree has HEAD's commit and is not dirty", "[repo]") {
  GitFixture git;
  git.Write("data/a.csv", "a\n");
  git.Write(".gitignore", "site/\n*.tmp\n");
  std::string head = git.Commit("first", 1700000000);
  git.Write("site/index.html", "built");  // ignored: not part of the data
  git.Write("scratch.tmp", "x");
  Diagnostics diags;
  auto work = OpenWorktree(git, &diags);
  REQUIRE(work);
  CHECK(diags.list().empty());
  CHECK(work->commit().id == head);
  CHECK(work->commit().revision == "HEAD");
  CHECK(work->commit().worktree);
  CHECK_FALSE(work->commit().dirty);
  CHECK(work->ListFiles("") == V{".gitignore", "data/a.csv"});
  std::string contents, error;
  CHECK_FALSE(work->ReadFile("scratch.tmp", &contents, &error));
  CHECK(error == "no such file");
}

TEST_CASE("Worktree dirtiness: modified, untracked, deleted", "[repo]") {
  GitFixture git;
  git.Write("data/a.csv", "a\n");
  git.Write("data/b.csv", "b\n");
  git.Write(".gitignore", "*.tmp\n");
  git.Commit("first");

  SECTION("modified") {
    git.Write("data/a.csv", "changed\n");
    Diagnostics diags;
    auto work = OpenWorktree(git, &diags);
    REQUIRE(work);
    CHECK(work->commit().dirty);
    std::string contents, error;
    REQUIRE(work->ReadFile("data/a.csv", &contents, &error));
    CHECK(contents == "changed\n");
  }
  SECTION("untracked") {
    git.Write("data/new/c.csv", "c\n");
    Diagnostics diags;
    auto work = OpenWorktree(git, &diags);
    REQUIRE(work);
    CHECK(work->commit().dirty);
    CHECK(work->ListFiles("data") == V{"data/a.csv", "data/b.csv", "data/new/c.csv"});
  }
  SECTION("deleted") {
    git.Remove("data/b.csv");
    Diagnostics diags;
    auto work = OpenWorktree(git, &diags);
    REQUIRE(work);
    CHECK(work->commit().dirty);
    CHECK(work->ListFiles("") == V{".gitignore", "data/a.csv"});
  }
  SECTION("only ignored files added: still clean") {
    git.Write("data/notes.tmp", "x");
    Diagnostics diags;
    auto work = OpenWorktree(git, &diags);
    REQUIRE(work);
    CHECK_FALSE(work->commit().dirty);
  }
}

TEST_CASE("Worktree FileId is what git hash-object gives", "[repo]") {
  GitFixture git;
  git.Write("hello.txt", "bye\n");
  git.Commit("first");
  git.Write("hello.txt", "hello\n");
  Diagnostics diags;
  auto work = OpenWorktree(git, &diags);
  REQUIRE(work);
  CHECK(work->FileId("hello.txt") == "ce013625030ba8dba906f756967f9e9ca394464a");
  CHECK(work->FileId("missing.txt") == "");
}

TEST_CASE("Worktree of a repository without commits", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "a");
  Diagnostics diags;
  auto work = OpenWorktree(git, &diags);
  REQUIRE(work);
  CHECK(work->commit().id == "");
  CHECK(work->commit().dirty);
  CHECK(work->ListFiles("") == V{"a.txt"});
}

TEST_CASE("Worktree rejects symbolic links", "[repo]") {
  GitFixture git;
  git.Write("data/a.csv", "a\n");
  git.Commit("first");
  git.WriteSymlink("data/passwd.csv", "/etc/passwd");
  Diagnostics diags;
  CHECK(OpenWorktree(git, &diags) == nullptr);
  CHECK(diags.ToString() ==
        "data/passwd.csv: error: symbolic links are not allowed in the data repository\n");
}

TEST_CASE("Worktree does not follow a folder replaced by a link", "[repo]") {
  GitFixture git;
  git.Write("data/a.csv", "a\n");
  git.Write("elsewhere/a.csv", "secret\n");
  git.Commit("first");
  git.Remove("data");
  git.WriteSymlink("data", git.dir() + "/elsewhere");
  Diagnostics diags;
  CHECK(OpenWorktree(git, &diags) == nullptr);
  CHECK(diags.ToString() == "data: error: symbolic links are not allowed in the data repository\n");
}

}  // namespace
}  // namespace openwijk
