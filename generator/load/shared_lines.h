// Two versions of one CSV file, reduced to the lines that differ, so that a
// comparison (`openwijk diff`) parses only those. A line that is byte-for-byte
// in both versions cannot differ, wherever it moved.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace openwijk {

struct ChangedLines {
  // Per version: the header line plus the lines not in the other version,
  // each as it was in the file (a last line without '\n' stays without); and
  // for each of those lines its line number in the whole file (the header is
  // line 1).
  std::string text[2];
  std::vector<int> lines[2];
  bool any_shared = false;  // some line is in both versions
};

// Fills *out and returns true; false when reducing is not safe: the headers
// differ, a version is empty, or a quoted field spans lines (or is never
// closed), since splitting at '\n' would then cut a field in two.
bool DropSharedLines(std::string_view a, std::string_view b, ChangedLines* out);

}  // namespace openwijk
