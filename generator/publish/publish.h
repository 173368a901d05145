// Puts a rendered site on disk without ever leaving a half-written site:
// everything is written into a fresh directory beside the output directory,
// which is then swapped in with one atomic rename (renameat2 RENAME_EXCHANGE).
// A build that fails, or is killed, leaves the previous site exactly as it was.
//
// Files whose content did not change are hard-linked from the previous site
// instead of written again, so a rebuild rewrites only what changed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "render/render_site.h"

namespace openwijk {

struct PublishStats {
  int files = 0;
  int pages = 0;      // .html files
  int written = 0;    // new or changed files
  int unchanged = 0;  // reused from the previous site
  int64_t bytes = 0;
};

// Writes `files` to `out_dir`. Returns false and sets *error on failure, in
// which case `out_dir` is untouched.
bool PublishSite(const std::vector<OutputFile>& files, const std::string& out_dir,
                 PublishStats* stats, std::string* error);

// Deletes a directory tree (no symlinks are followed). Used for the swapped
// out previous site and for failed temporary directories.
void RemoveTree(const std::string& path);

}  // namespace openwijk
