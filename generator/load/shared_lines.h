// Two versions of one CSV file, reduced to the lines that differ, so that a
// comparison (`openwijk diff`) parses only those. A line that is byte-for-byte
// in both versions cannot differ, wherever it moved. Loading publications
// uses the same reduction, keeping moved lines: a line the same bytes at the
// same line number is read once, for the version loaded first.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/csv.h"
#include "util/diagnostic.h"

namespace openwijk {

// Whether a line found in both versions at other line numbers is dropped
// (kShared: `openwijk diff`, where only the content counts) or kept with the
// lines that differ (kChanged: where its position counts too).
enum class Moved { kShared, kChanged };

struct ChangedLines {
  // Per version: the header line plus the lines not in the other version,
  // each as it was in the file (a last line without '\n' stays without); and
  // for each of those lines its line number in the whole file (the header is
  // line 1).
  std::string text[2];
  std::vector<int> lines[2];
  bool any_shared = false;  // some line is in both versions
  // The lines that are the same bytes at the same line number in both
  // versions, as ascending runs [first, last] of line numbers (header not
  // included).
  std::vector<std::pair<int, int>> in_place;
};

// Fills *out and returns true; false when reducing is not safe: the headers
// differ, a version is empty, or a quoted field spans lines (or is never
// closed), since splitting at '\n' would then cut a field in two.
bool DropSharedLines(std::string_view a, std::string_view b, ChangedLines* out,
                     Moved moved = Moved::kShared);

// Parses version `side` of the reduced text as the CSV file `path`, with the
// rows' and fields' line numbers those of the whole file. Returns false when
// any error was added.
bool ParseChangedLines(const std::string& path, const ChangedLines& changed, int side,
                       CsvTable* table, Diagnostics* diags);

}  // namespace openwijk
