// A Source over the tree of one commit, read straight from the object
// database: no checkout, nothing written. The tree is walked once when it is
// opened, into a sorted path -> blob id map; file contents are read on demand
// and not cached, so a large repository costs memory only for its paths.
// A blob is read (and checked against its id, object_check.h) only when a file
// is read: a corrupt, replaced or missing blob is an error of ReadFile, which the loader reports
// with the path before anything is written. Opening an old publication thus
// costs its tree, not its data.
#pragma once

#include <memory>
#include <string>

#include "repo/git_handle.h"
#include "repo/source.h"

namespace openwijk {

// Opens the tree of `rev`. Returns nullptr and adds errors to `diags` when rev
// does not resolve to a commit, or when the tree holds a symlink, a submodule,
// an unsafe name or an object that cannot be read (all are reported, not just
// the first). The Source shares ownership of `repo`.
std::unique_ptr<Source> OpenTreeSource(std::shared_ptr<GitRepoHandle> repo, const std::string& rev,
                                       Diagnostics* diags);

}  // namespace openwijk
