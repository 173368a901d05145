// GitFixture: a real git repository in a fresh temporary folder, built through
// libgit2 (never the git command line, so tests do not depend on the user's
// git or its configuration). Commits use a fixed signature and caller-given
// times, so commit ids are the same on every run. The folder is removed when
// the fixture is destroyed.
//
// Failures of the fixture itself (a libgit2 call that should not fail) throw
// std::runtime_error, which Catch2 reports as a failed test.
#pragma once

#include <cstdint>
#include <string>

struct git_repository;

namespace openwijk {

class GitFixture {
 public:
  GitFixture();  // empty repository, unborn branch "main"
  ~GitFixture();
  GitFixture(const GitFixture&) = delete;
  GitFixture& operator=(const GitFixture&) = delete;

  // The working directory, without a trailing '/'.
  std::string dir() const { return dir_; }

  // Working files; `path` is relative to dir(), folders are created.
  void Write(const std::string& path, const std::string& contents);
  void WriteSymlink(const std::string& path, const std::string& target);
  void Remove(const std::string& path);

  // Stages the whole working directory like `git add -A` (respecting
  // .gitignore) and commits it on HEAD. Returns the 40-hex commit id.
  std::string Commit(const std::string& message, int64_t time = 1700000000);

  // Annotated tag on HEAD; lightweight when `message` is empty.
  void Tag(const std::string& name, const std::string& message = "", int64_t time = 1700000000);
  // A tag pointing straight at a blob or tree (`spec` as for RevParse), for
  // the "does not point to a commit" case.
  void TagObject(const std::string& name, const std::string& spec);
  // A branch at HEAD.
  void Branch(const std::string& name);

  // Commits HEAD's tree plus one special entry at `path` (folders created as
  // needed), bypassing the index: a symlink to `target`, or a submodule
  // (gitlink) entry pointing at commit `target` (40 hex, need not exist).
  // The index is left alone, so a later Commit() drops the entry again.
  std::string CommitSymlinkEntry(const std::string& path, const std::string& target,
                                 const std::string& message, int64_t time = 1700000000);
  std::string CommitGitlinkEntry(const std::string& path, const std::string& commit_id,
                                 const std::string& message, int64_t time = 1700000000);

  // Any rev-parse expression ("HEAD~1", "HEAD:data/a.csv") to its 40-hex id.
  std::string RevParse(const std::string& spec) const;

  // Overwrites the loose object file of `object_id` with bytes that are not
  // zlib data, so that reading the object fails.
  void CorruptObject(const std::string& object_id);
  // Deletes the loose object file of `object_id`, as if it had been lost.
  void DeleteObject(const std::string& object_id);
  // Copies the loose object file of `other_id` over that of `object_id`: the
  // file still inflates, to a valid object, but not to the one its id names.
  void ReplaceObject(const std::string& object_id, const std::string& other_id);

 private:
  std::string LooseObjectPath(const std::string& object_id) const;

  std::string dir_;
  git_repository* repo_ = nullptr;
};

}  // namespace openwijk
