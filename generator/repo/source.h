// The data repository as the rest of the generator sees it: a read-only set of
// files at one revision. This folder is the only place that includes <git2.h>.
//
// A Source is either a git tree at a commit (read through libgit2, without a
// checkout) or the working files of a repository (--worktree preview). Paths
// are relative to the repository root, '/'-separated, never starting with '/'
// and never containing '..'. Nothing here ever writes into the repository.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.h"

namespace openwijk {

// The commit a build reads. In worktree mode this is HEAD, with `dirty` set
// when the working files differ from it.
struct CommitInfo {
  std::string id;          // full 40-hex object id
  std::string short_id;    // first 10 hex digits
  std::string revision;    // what the user asked for: "HEAD", "publicatie/2025-begroting", ...
  int64_t time = 0;        // committer time, seconds since the epoch (UTC)
  int offset_minutes = 0;  // committer time-zone offset
  std::string summary;     // first line of the commit message
  bool worktree = false;   // read from the working files instead of the tree
  bool dirty = false;      // worktree only: the files differ from HEAD
};

// An annotated or lightweight tag, peeled to its commit.
struct TagInfo {
  std::string name;       // "publicatie/2025-begroting" (without refs/tags/)
  std::string commit_id;  // 40-hex id of the commit it points to
  std::string message;    // annotated tag message; empty for a lightweight tag
  int64_t tagger_time = 0;
  int64_t commit_time = 0;
};

// A file's bytes without a copy: `text` stays valid while `owner` (or any
// copy of it) lives.
struct FileBytes {
  std::shared_ptr<const void> owner;
  std::string_view text;
};

class Source {
 public:
  virtual ~Source() = default;

  virtual const CommitInfo& commit() const = 0;

  // Every regular file under `dir` ("" for the root), recursively, sorted by
  // path. Symlinks, submodules and other special entries are not listed; they
  // are reported once as errors in `diags` of the Open call instead.
  virtual std::vector<std::string> ListFiles(const std::string& dir) const = 0;

  virtual bool Exists(const std::string& path) const = 0;

  // Reads a whole file. On failure returns false and sets *error to a short
  // message (for example "no such file").
  virtual bool ReadFile(const std::string& path, std::string* contents,
                        std::string* error) const = 0;

  // The same, handing out the source's own buffer where it has one (a git
  // blob as libgit2 inflated it), so that a caller that only parses the file
  // copies nothing. By default a copy made by ReadFile.
  virtual bool ReadBytes(const std::string& path, FileBytes* out, std::string* error) const;

  // A content id for the file: the git blob id (also for worktree files, as
  // `git hash-object` would give). Used to parse each distinct version once.
  virtual std::string FileId(const std::string& path) const = 0;
};

// A git repository opened once; hands out Sources for revisions.
class Repository {
 public:
  virtual ~Repository() = default;

  // The repository's working directory ("" for a bare repository).
  virtual std::string workdir() const = 0;

  // The tree at `rev` (any commit, tag, branch or rev-parse expression).
  // Returns nullptr and adds an error when it does not resolve to a commit, or
  // when the tree holds symlinks, submodules or folders that cannot be read.
  // File contents are checked when they are read (Source::ReadFile).
  virtual std::unique_ptr<Source> TreeAt(const std::string& rev, Diagnostics* diags) const = 0;
  // The same, read through a repository handle of its own, so that it can be
  // read in one thread while another tree is read in another.
  virtual std::unique_ptr<Source> TreeAtOwnHandle(const std::string& rev,
                                                  Diagnostics* diags) const = 0;

  // The working files, with HEAD's commit info and `dirty` set when tracked or
  // untracked (not ignored) files differ from HEAD.
  virtual std::unique_ptr<Source> Worktree(Diagnostics* diags) const = 0;

  // Tags whose name matches the glob `pattern` (for example "publicatie/*"),
  // sorted by name. Tags that do not peel to a commit are reported in `diags`.
  virtual std::vector<TagInfo> Tags(const std::string& pattern, Diagnostics* diags) const = 0;

  // Is commit `ancestor` reachable from commit `descendant` (or equal to it)?
  virtual bool IsAncestor(const std::string& ancestor, const std::string& descendant) const = 0;
};

// Opens the repository containing `dir` (searching upward like git does).
// Returns nullptr and sets *error when there is none.
std::unique_ptr<Repository> OpenRepository(const std::string& dir, std::string* error);

}  // namespace openwijk
