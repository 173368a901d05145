// Paths named inside the data (site.json, front matter): they must stay inside
// the repository. A path is safe when it is relative, '/'-separated, and has no
// empty, "." or ".." segment.
#pragma once

#include <string>
#include <string_view>

namespace openwijk {

// Returns true when `path` is a safe repository-relative path; otherwise sets
// *why to a short reason ("absolute path", "'..' leaves the repository").
bool IsSafeRelativePath(std::string_view path, std::string* why);

// "data/begroting/2025.csv" -> "2025.csv"; "a/b/" -> "".
std::string BaseName(std::string_view path);
// "data/begroting/2025.csv" -> "2025".
std::string StemOf(std::string_view path);

}  // namespace openwijk
