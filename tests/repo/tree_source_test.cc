// Repository::TreeAt: resolving revisions and reading a commit's files.
#include <catch2/catch.hpp>

#include "repo/source.h"
#include "support/git_fixture.h"

namespace openwijk {
namespace {

std::unique_ptr<Repository> Open(const GitFixture& git) {
  std::string error;
  auto repo = OpenRepository(git.dir(), &error);
  REQUIRE(error == "");
  REQUIRE(repo);
  return repo;
}

std::string Read(const Source& source, const std::string& path) {
  std::string contents, error;
  REQUIRE(source.ReadFile(path, &contents, &error));
  return contents;
}

TEST_CASE("TreeAt resolves HEAD, a branch, a tag and a short id", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "one\n");
  std::string first = git.Commit("first\n\nbody", 1700000000);
  git.Branch("begroting");
  git.Tag("publicatie/2024", "Begroting 2024", 1700000500);
  git.Write("a.txt", "two\n");
  std::string second = git.Commit("second", 1700003600);
  auto repo = Open(git);

  struct Case {
    std::string rev, id;
  } cases[] = {{"HEAD", second},
               {"main", second},
               {"begroting", first},
               {"publicatie/2024", first},
               {first.substr(0, 7), first},
               {"HEAD~1", first}};
  for (const Case& c : cases) {
    INFO(c.rev);
    Diagnostics diags;
    auto source = repo->TreeAt(c.rev, &diags);
    REQUIRE(source);
    CHECK(diags.list().empty());
    CHECK(source->commit().id == c.id);
    CHECK(source->commit().short_id == c.id.substr(0, 10));
    CHECK(source->commit().revision == c.rev);
    CHECK_FALSE(source->commit().worktree);
  }
  Diagnostics diags;
  auto head = repo->TreeAt("HEAD~1", &diags);
  CHECK(head->commit().summary == "first");
  CHECK(head->commit().time == 1700000000);
  CHECK(head->commit().offset_minutes == 0);
}

TEST_CASE("TreeAt reports an unknown revision exactly", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "one\n");
  git.Commit("first");
  auto repo = Open(git);
  Diagnostics diags;
  CHECK(repo->TreeAt("xyz", &diags) == nullptr);
  CHECK(diags.ToString() == "openwijk: error: unknown revision 'xyz'\n");
}

TEST_CASE("TreeAt on a revision that is not a commit", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "one\n");
  git.Commit("first");
  auto repo = Open(git);
  Diagnostics diags;
  CHECK(repo->TreeAt("HEAD:a.txt", &diags) == nullptr);
  CHECK(diags.ToString() == "openwijk: error: revision 'HEAD:a.txt' is not a commit\n");
}

TEST_CASE("ListFiles is sorted, recursive and filtered by folder", "[repo]") {
  GitFixture git;
  git.Write("site.json", "{}");
  git.Write("data/gebieden.csv", "x");
  git.Write("data/begroting/2025.csv", "x");
  git.Write("data/begroting/2024.csv", "x");
  git.Write("data.txt", "x");
  git.Write("content/index.md", "x");
  git.Commit("files");
  auto repo = Open(git);
  Diagnostics diags;
  auto source = repo->TreeAt("HEAD", &diags);
  REQUIRE(source);
  using V = std::vector<std::string>;
  CHECK(source->ListFiles("") == V{"content/index.md", "data.txt", "data/begroting/2024.csv",
                                   "data/begroting/2025.csv", "data/gebieden.csv", "site.json"});
  CHECK(source->ListFiles("data") ==
        V{"data/begroting/2024.csv", "data/begroting/2025.csv", "data/gebieden.csv"});
  CHECK(source->ListFiles("data/") == source->ListFiles("data"));
  CHECK(source->ListFiles("data/begroting") ==
        V{"data/begroting/2024.csv", "data/begroting/2025.csv"});
  CHECK(source->ListFiles("dat").empty());
  CHECK(source->ListFiles("nope").empty());
  CHECK(source->Exists("data/gebieden.csv"));
  CHECK_FALSE(source->Exists("data"));
  CHECK_FALSE(source->Exists("missing.csv"));
}

TEST_CASE("ReadFile reads each revision's own contents", "[repo]") {
  GitFixture git;
  git.Write("data/a.csv", "old\n");
  git.Commit("old", 1700000000);
  git.Write("data/a.csv", "new\n");
  git.Write("data/b.csv", "b\n");
  git.Commit("new", 1700000100);
  auto repo = Open(git);
  Diagnostics diags;
  auto old_tree = repo->TreeAt("HEAD~1", &diags);
  auto new_tree = repo->TreeAt("HEAD", &diags);
  REQUIRE(old_tree);
  REQUIRE(new_tree);
  CHECK(Read(*old_tree, "data/a.csv") == "old\n");
  CHECK(Read(*new_tree, "data/a.csv") == "new\n");
  CHECK_FALSE(old_tree->Exists("data/b.csv"));
  std::string contents, error;
  CHECK_FALSE(old_tree->ReadFile("data/b.csv", &contents, &error));
  CHECK(error == "no such file");
  CHECK(old_tree->FileId("data/a.csv") != new_tree->FileId("data/a.csv"));
  CHECK(old_tree->FileId("data/b.csv") == "");
}

TEST_CASE("ReadBytes hands out the blob, which outlives its Source", "[repo]") {
  GitFixture git;
  git.Write("data/a.csv", "a;b\n1;2\n");
  git.Write("data/leeg.csv", "");
  git.Commit("a");
  FileBytes bytes, leeg;
  std::string error;
  {
    auto repo = Open(git);
    Diagnostics diags;
    auto source = repo->TreeAt("HEAD", &diags);
    REQUIRE(source);
    REQUIRE(source->ReadBytes("data/a.csv", &bytes, &error));
    REQUIRE(source->ReadBytes("data/leeg.csv", &leeg, &error));
    FileBytes none;
    CHECK_FALSE(source->ReadBytes("data/b.csv", &none, &error));
    CHECK(error == "no such file");
  }
  CHECK(bytes.owner);
  CHECK(bytes.text == "a;b\n1;2\n");
  CHECK(leeg.text.empty());
}

TEST_CASE("FileId is the git blob id", "[repo]") {
  GitFixture git;
  git.Write("hello.txt", "hello\n");
  git.Write("bin/data.bin", std::string("\0\x01\xff", 3));
  git.Commit("hello");
  auto repo = Open(git);
  Diagnostics diags;
  auto source = repo->TreeAt("HEAD", &diags);
  REQUIRE(source);
  CHECK(source->FileId("hello.txt") == "ce013625030ba8dba906f756967f9e9ca394464a");
  CHECK(Read(*source, "bin/data.bin") == std::string("\0\x01\xff", 3));
}

TEST_CASE("A Source stays valid after its Repository is gone", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "a\n");
  git.Commit("a");
  std::unique_ptr<Source> source;
  {
    auto repo = Open(git);
    Diagnostics diags;
    source = repo->TreeAt("HEAD", &diags);
  }
  REQUIRE(source);
  CHECK(Read(*source, "a.txt") == "a\n");
}

}  // namespace
}  // namespace openwijk
