// Trees that the data repository must not contain: symlinks, submodules and
// objects that cannot be read. Each is reported with its path, exactly.
#include <catch2/catch.hpp>

#include <algorithm>

#include "repo/source.h"
#include "support/git_fixture.h"

namespace openwijk {
namespace {

std::string TreeErrors(const GitFixture& git, const std::string& rev) {
  std::string error;
  auto repo = OpenRepository(git.dir(), &error);
  REQUIRE(repo);
  Diagnostics diags;
  auto source = repo->TreeAt(rev, &diags);
  CHECK(source == nullptr);
  return diags.ToString();
}

TEST_CASE("A symlink in the tree is an error", "[repo]") {
  GitFixture git;
  git.Write("data/a.csv", "a\n");
  git.Commit("first");
  git.CommitSymlinkEntry("data/link.csv", "../../etc/passwd", "link");
  CHECK(TreeErrors(git, "HEAD") ==
        "data/link.csv: error: symbolic links are not allowed in the data repository\n");
}

TEST_CASE("A symlink committed from the working files is an error", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "a\n");
  git.WriteSymlink("b.txt", "a.txt");
  git.Commit("link via the index");
  CHECK(TreeErrors(git, "HEAD") ==
        "b.txt: error: symbolic links are not allowed in the data repository\n");
}

TEST_CASE("A submodule in the tree is an error", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "a\n");
  git.Commit("first");
  git.CommitGitlinkEntry("vendor/lib", "0123456789abcdef0123456789abcdef01234567", "sub");
  CHECK(TreeErrors(git, "HEAD") ==
        "vendor/lib: error: submodules are not allowed in the data repository\n");
}

TEST_CASE("All problems are reported, not just the first", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "a\n");
  git.Commit("first");
  git.CommitSymlinkEntry("l1", "a.txt", "l1");
  git.CommitGitlinkEntry("s1", "0123456789abcdef0123456789abcdef01234567", "s1");
  CHECK(TreeErrors(git, "HEAD") ==
        "l1: error: symbolic links are not allowed in the data repository\n"
        "s1: error: submodules are not allowed in the data repository\n");
}

// Blobs are read when a file is read, not when the tree is opened: a
// corrupt or missing one fails ReadFile, and the loader names the path.
std::string ReadErrors(const GitFixture& git) {
  std::string error;
  auto repo = OpenRepository(git.dir(), &error);
  REQUIRE(repo);
  Diagnostics diags;
  auto source = repo->TreeAt("HEAD", &diags);
  REQUIRE(source);
  std::string out;
  for (const std::string& path : source->ListFiles("")) {
    std::string text;
    const bool read = source->ReadFile(path, &text, &error);
    if (!read) out += path + ": " + error + "\n";
    // ReadBytes, without the copy, refuses the same files with the same error.
    FileBytes bytes;
    std::string bytes_error;
    CHECK(source->ReadBytes(path, &bytes, &bytes_error) == read);
    CHECK(bytes_error == (read ? "" : error));
  }
  return out;
}

TEST_CASE("A corrupt blob fails the read of its file, and only that one", "[repo]") {
  GitFixture git;
  git.Write("data/ok.csv", "ok\n");
  git.Write("data/bad.csv", "this blob will be damaged\n");
  git.Commit("first");
  git.CorruptObject(git.RevParse("HEAD:data/bad.csv"));
  std::string errors = ReadErrors(git);
  INFO(errors);
  CHECK_THAT(errors, Catch::StartsWith("data/bad.csv: "));
  CHECK(std::count(errors.begin(), errors.end(), '\n') == 1);
}

// The check of content against id (repo/object_check.h): each object below
// is the file of another valid object, so it inflates and parses, but it is
// not the object its id names.
TEST_CASE("A blob that is another blob fails the read of its file", "[repo]") {
  GitFixture git;
  git.Write("data/ok.csv", "ok\n");
  git.Write("data/bad.csv", "the right content\n");
  git.Commit("first");
  const std::string id = git.RevParse("HEAD:data/bad.csv");
  git.ReplaceObject(id, git.RevParse("HEAD:data/ok.csv"));
  CHECK(ReadErrors(git) ==
        "data/bad.csv: object " + id + " is damaged: its content does not match its id\n");
}

TEST_CASE("A folder that is another folder is reported with its path", "[repo]") {
  GitFixture git;
  git.Write("data/kompas/a.csv", "a\n");
  git.Write("data/z/b.csv", "b\n");
  git.Commit("first");
  const std::string id = git.RevParse("HEAD:data/kompas");
  git.ReplaceObject(id, git.RevParse("HEAD:data/z"));
  CHECK(TreeErrors(git, "HEAD") == "data/kompas: error: cannot read folder: object " + id +
                                       " is damaged: its content does not match its id\n");
}

TEST_CASE("A root tree, commit or tag that is another one is an error", "[repo]") {
  GitFixture git;
  git.Write("a.txt", "a\n");
  git.Commit("first", 1700000000);
  git.Tag("publicatie/1", "first publication", 1700000000);
  git.Write("a.txt", "b\n");
  git.Commit("second", 1700000100);
  git.Tag("publicatie/2", "second publication", 1700000100);
  const std::string damaged = " is damaged: its content does not match its id\n";
  SECTION("root tree") {
    const std::string id = git.RevParse("HEAD^{tree}");
    git.ReplaceObject(id, git.RevParse("HEAD~1^{tree}"));
    CHECK(TreeErrors(git, "HEAD") ==
          "openwijk: error: cannot read the tree of 'HEAD': object " + id + damaged);
  }
  SECTION("commit") {
    const std::string id = git.RevParse("HEAD");
    git.ReplaceObject(id, git.RevParse("HEAD~1"));
    CHECK(TreeErrors(git, "HEAD") ==
          "openwijk: error: cannot read revision 'HEAD': object " + id + damaged);
  }
  SECTION("a tag, or the commit behind a sound tag") {
    const bool behind = GENERATE(false, true);
    const std::string bad = behind ? "publicatie/1" : "publicatie/2";
    const std::string good = behind ? "publicatie/2" : "publicatie/1";
    const std::string suffix = behind ? "^{commit}" : "";
    const std::string id = git.RevParse(bad + suffix);
    git.ReplaceObject(id, git.RevParse(good + suffix));
    std::string error;
    auto repo = OpenRepository(git.dir(), &error);
    REQUIRE(repo);
    Diagnostics diags;
    std::vector<TagInfo> tags = repo->Tags("publicatie/*", &diags);
    REQUIRE(tags.size() == 1);
    CHECK(tags[0].name == good);
    CHECK(diags.ToString() ==
          "openwijk: error: cannot read tag '" + bad + "': object " + id + damaged);
    CHECK(TreeErrors(git, bad) ==
          "openwijk: error: cannot read revision '" + bad + "': object " + id + damaged);
  }
  SECTION("HEAD's commit or tree, for a build of the working files") {
    const bool tree = GENERATE(false, true);
    const std::string id = git.RevParse(tree ? "HEAD^{tree}" : "HEAD");
    git.ReplaceObject(id, git.RevParse(tree ? "HEAD~1^{tree}" : "HEAD~1"));
    std::string error;
    auto repo = OpenRepository(git.dir(), &error);
    REQUIRE(repo);
    Diagnostics diags;
    CHECK(repo->Worktree(&diags) == nullptr);
    CHECK(diags.ToString() == "openwijk: error: cannot read HEAD: object " + id + damaged);
  }
}

TEST_CASE("A missing blob fails the read of its file, and only that one", "[repo]") {
  GitFixture git;
  git.Write("data/begroting/2025.csv", "lost\n");
  git.Write("data/ok.csv", "ok\n");
  git.Commit("first");
  git.DeleteObject(git.RevParse("HEAD:data/begroting/2025.csv"));
  std::string errors = ReadErrors(git);
  INFO(errors);
  CHECK_THAT(errors, Catch::StartsWith("data/begroting/2025.csv: "));
  CHECK(std::count(errors.begin(), errors.end(), '\n') == 1);
}

TEST_CASE("A corrupt folder is reported with its path, and the rest still checked", "[repo]") {
  GitFixture git;
  git.Write("data/kompas/a.csv", "a\n");
  git.Write("data/z.csv", "z\n");
  git.Commit("first");
  git.CommitSymlinkEntry("zz", "data", "and a link after the bad folder");
  git.CorruptObject(git.RevParse("HEAD:data/kompas"));
  std::string errors = TreeErrors(git, "HEAD");
  INFO(errors);
  CHECK_THAT(errors, Catch::StartsWith("data/kompas: error: cannot read folder: "));
  CHECK_THAT(errors,
             Catch::EndsWith("zz: error: symbolic links are not allowed in the data repository\n"));
  CHECK(std::count(errors.begin(), errors.end(), '\n') == 2);
}

}  // namespace
}  // namespace openwijk
