// The git blob id of some bytes, as `git hash-object` gives it for a file with
// those contents (no filters applied). Worktree files use it as their FileId,
// so that a file parses once whether it comes from a tree or from disk.
#pragma once

#include <string>
#include <string_view>

namespace openwijk {

// 40 lowercase hex digits (OpenSSL's SHA-1, as object_check.h explains).
std::string BlobId(std::string_view contents);

}  // namespace openwijk
