// A Source over the working files of a repository (--worktree preview): the
// files git would consider part of the next commit, i.e. tracked files still
// on disk plus untracked files that .gitignore does not exclude. The list is
// taken once, from git's status, when the Source is opened; contents are read
// from disk on demand. Its CommitInfo is HEAD's, with `dirty` set when
// anything differs from HEAD.
#pragma once

#include <memory>

#include "repo/git_handle.h"
#include "repo/source.h"

namespace openwijk {

// Returns nullptr and adds errors to `diags` for a bare repository, or when
// the working files include symlinks, submodules or other special files (all
// are reported). An unborn HEAD is fine: CommitInfo then has an empty id.
std::unique_ptr<Source> OpenWorktreeSource(std::shared_ptr<GitRepoHandle> repo, Diagnostics* diags);

}  // namespace openwijk
