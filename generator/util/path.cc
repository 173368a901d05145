#include "util/path.h"

#include "util/text.h"

namespace openwijk {

bool IsSafeRelativePath(std::string_view path, std::string* why) {
  if (path.empty()) {
    *why = "empty path";
    return false;
  }
  if (path[0] == '/' || path[0] == '\\' || (path.size() > 1 && path[1] == ':')) {
    *why = "absolute path";
    return false;
  }
  if (path.find('\\') != std::string_view::npos) {
    *why = "backslash in path; use '/'";
    return false;
  }
  if (path.find('\0') != std::string_view::npos) {
    *why = "NUL byte in path";
    return false;
  }
  for (const std::string& seg : Split(path, '/')) {
    if (seg == "..") {
      *why = "'..' leaves the repository";
      return false;
    }
  }
  return true;
}

std::string BaseName(std::string_view path) {
  size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string StemOf(std::string_view path) {
  std::string base = BaseName(path);
  size_t dot = base.rfind('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

}  // namespace openwijk
