// Tags for Repository::Tags: listed by glob, peeled to commits, with the
// annotated message and tagger time when there is one.
#pragma once

#include <string>
#include <vector>

#include "repo/git_handle.h"
#include "repo/source.h"

namespace openwijk {

// Sorted by name. A tag that does not peel to a commit is reported and left
// out. The caller holds the repository mutex.
std::vector<TagInfo> ListGitTags(git_repository* repo, const std::string& pattern,
                                 Diagnostics* diags);

}  // namespace openwijk
