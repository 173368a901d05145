// What the data repository may contain, shared by the tree and worktree
// sources so both reject the same things with the same words.
#pragma once

#include <string>
#include <string_view>

namespace openwijk {

extern const char kSymlinkNotAllowed[];  // "symbolic links are not allowed in the data repository"
extern const char kSubmoduleNotAllowed[];  // "submodules are not allowed in the data repository"
extern const char kSpecialNotAllowed[];    // anything else that is not a regular file

// A path as the Source interface promises: relative, '/'-separated, no empty,
// "." or ".." segment, no NUL and no backslash (which another OS would read as
// a separator).
bool IsSafeRepoPath(std::string_view path);

// For ListFiles: "" stays "", "data/" and "data" both become "data/".
std::string DirPrefix(const std::string& dir);

}  // namespace openwijk
