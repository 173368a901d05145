// CommitInfo from a libgit2 commit; shared by the tree and worktree sources.
#pragma once

#include <string>

#include "repo/git_handle.h"
#include "repo/source.h"

namespace openwijk {

// `revision` is stored as given. The caller holds the repository mutex.
CommitInfo MakeCommitInfo(git_commit* commit, const std::string& revision);

}  // namespace openwijk
