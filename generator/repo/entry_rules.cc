#include "repo/entry_rules.h"

namespace openwijk {

const char kSymlinkNotAllowed[] = "symbolic links are not allowed in the data repository";
const char kSubmoduleNotAllowed[] = "submodules are not allowed in the data repository";
const char kSpecialNotAllowed[] = "only regular files are allowed in the data repository";

bool IsSafeRepoPath(std::string_view path) {
  if (path.empty()) return false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view seg = path.substr(start, end - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    if (seg.find('\0') != std::string_view::npos || seg.find('\\') != std::string_view::npos) {
      return false;
    }
    start = end + 1;
  }
  return true;
}

std::string DirPrefix(const std::string& dir) {
  if (dir.empty() || dir.back() == '/') return dir;
  return dir + "/";
}

}  // namespace openwijk
