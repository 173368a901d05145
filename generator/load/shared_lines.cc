#include "load/shared_lines.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace openwijk {

namespace {

// Whether a quoted field runs over a line end, or to the end of the text:
// then some line holds an odd number of quotes. Jumps from quote to quote
// (memchr), so a file with few quotes is not read byte by byte.
bool QuoteSpansLines(std::string_view t) {
  bool open = false;
  size_t from = 0;
  for (size_t q = t.find('"'); q != std::string_view::npos; q = t.find('"', q + 1)) {
    if (open && t.substr(from, q - from).find('\n') != std::string_view::npos) return true;
    open = !open;
    from = q;
  }
  return open;
}

// The line of `t` that starts at `from`, without its '\n'.
std::string_view LineAt(std::string_view t, size_t from) {
  size_t end = t.find('\n', from);
  return t.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from);
}

// How many bytes `x` and `y` start with in common: memcmp over blocks, bytes
// only in the block that differs.
size_t CommonPrefix(std::string_view x, std::string_view y) {
  constexpr size_t kBlock = 256;
  const size_t n = std::min(x.size(), y.size());
  size_t i = 0;
  while (i + kBlock <= n && std::memcmp(x.data() + i, y.data() + i, kBlock) == 0) i += kBlock;
  while (i < n && x[i] == y[i]) ++i;
  return i;
}

// The line ends in `t`. Counted in runs of at most 255 bytes into a byte, a
// loop the compiler turns into vector compares, rather than widening each
// comparison to a size_t.
size_t CountLineEnds(std::string_view t) {
  size_t n = 0;
  for (size_t i = 0; i < t.size();) {
    const size_t end = std::min(t.size(), i + 255);
    unsigned char run = 0;
    for (; i < end; ++i) run += t[i] == '\n';
    n += run;
  }
  return n;
}

struct Line {
  std::string_view text;  // without its '\n'
  int number;
  bool ended;  // a '\n' followed it; only the last line of a file may lack one
};

// The line of `t` that starts at `from`, numbered `number`.
Line LineFrom(std::string_view t, size_t from, int number) {
  const std::string_view text = LineAt(t, from);
  return {text, number, from + text.size() < t.size()};
}

// Appends the line as it was in its file: with its '\n' only if it had one,
// so that the reduced text ends as the file did.
void AppendLine(const Line& line, std::string* out) {
  out->append(line.text);
  if (line.ended) out->push_back('\n');
}

// Adds line numbers [first, last] to the runs, joining it to the last run
// when they touch.
void AddRun(int first, int last, std::vector<std::pair<int, int>>* runs) {
  if (!runs->empty() && runs->back().second + 1 == first) {
    runs->back().second = last;
  } else {
    runs->emplace_back(first, last);
  }
}

}  // namespace

bool DropSharedLines(std::string_view a, std::string_view b, ChangedLines* out, Moved moved_lines) {
  if (a.empty() || b.empty() || QuoteSpansLines(a)) return false;
  const std::string_view header = LineAt(a, 0);
  if (header != LineAt(b, 0)) return false;
  // Most edits keep rows in place: walk both versions line by line in step,
  // skipping the stretches that are the same bytes in both at once. What
  // remains is hashed, to find the lines that moved.
  std::vector<Line> rest[2];
  std::vector<std::pair<int, int>> in_place;
  bool any_shared = false;
  int number = 2;
  size_t pa = std::min(header.size() + 1, a.size()), pb = std::min(header.size() + 1, b.size());
  while (pa < a.size() && pb < b.size()) {
    const size_t same = CommonPrefix(a.substr(pa), b.substr(pb));
    if (same > 0) {
      // The whole lines in the common stretch.
      const size_t end = a.rfind('\n', pa + same - 1);
      if (end != std::string_view::npos && end >= pa) {
        const int first = number;
        number += static_cast<int>(CountLineEnds(a.substr(pa, end + 1 - pa)));
        AddRun(first, number - 1, &in_place);
        pb += end + 1 - pa;
        pa = end + 1;
        any_shared = true;
        if (pa >= a.size() || pb >= b.size()) break;
      }
    }
    // The next line differs, if only in its line end (the last line of a
    // version).
    const Line line_a = LineFrom(a, pa, number), line_b = LineFrom(b, pb, number);
    // A line with a line end is not the same as one without: in a CRLF file
    // a last line ended by a bare '\n', or a last "x\r" without one, is an
    // error only the version that has it may report.
    if (line_a.text == line_b.text && line_a.ended == line_b.ended) {
      any_shared = true;
      AddRun(number, number, &in_place);
    } else {
      rest[0].push_back(line_a);
      rest[1].push_back(line_b);
    }
    pa += line_a.text.size() + 1;
    pb += line_b.text.size() + 1;
    ++number;
  }
  // The lines after the end of the shorter version.
  const std::string_view texts[2] = {a, b};
  const size_t ends[2] = {pa, pb};
  for (int s = 0; s < 2; ++s) {
    for (size_t p = ends[s], n = number; p < texts[s].size(); ++n) {
      rest[s].push_back(LineFrom(texts[s], p, static_cast<int>(n)));
      p += rest[s].back().text.size() + 1;
    }
  }
  // Every line of a holds an even number of quotes, so every line of b does
  // unless one of those that are not a's does.
  for (const Line& line : rest[1]) {
    if (std::count(line.text.begin(), line.text.end(), '"') % 2 != 0) return false;
  }
  // Lines in both versions, at other positions: shared as often as both hold them.
  std::unordered_map<std::string_view, int> in_a, moved;
  // Only lines with their line end move: the last line of a file without
  // one stays with the lines that differ, for the same reason as above.
  if (moved_lines == Moved::kShared) {
    for (const Line& line : rest[0]) {
      if (line.ended) ++in_a[line.text];
    }
  }
  std::vector<bool> keep_b(rest[1].size(), true);
  for (size_t i = 0; i < rest[1].size(); ++i) {
    if (!rest[1][i].ended) continue;
    auto it = in_a.find(rest[1][i].text);
    if (it != in_a.end() && it->second > 0) {
      --it->second;
      ++moved[rest[1][i].text];
      keep_b[i] = false;
      any_shared = true;
    }
  }
  for (int s = 0; s < 2; ++s) {
    out->text[s].clear();
    AppendLine(LineFrom(texts[s], 0, 1), &out->text[s]);
    out->lines[s] = {1};
    for (size_t i = 0; i < rest[s].size(); ++i) {
      const Line& line = rest[s][i];
      if (s == 0) {
        auto it = line.ended ? moved.find(line.text) : moved.end();
        if (it != moved.end() && it->second > 0) {
          --it->second;
          continue;
        }
      } else if (!keep_b[i]) {
        continue;
      }
      AppendLine(line, &out->text[s]);
      out->lines[s].push_back(line.number);
    }
  }
  out->any_shared = any_shared;
  out->in_place = std::move(in_place);
  return true;
}

bool ParseChangedLines(const std::string& path, const ChangedLines& changed, int side,
                       CsvTable* table, Diagnostics* diags) {
  Diagnostics parse;
  const bool clean = ParseCsv(path, changed.text[side], table, &parse);
  // Positions in the reduced text become positions in the whole file.
  const std::vector<int>& lines = changed.lines[side];
  auto whole = [&](int* line) {
    if (*line >= 1 && static_cast<size_t>(*line) <= lines.size()) *line = lines[*line - 1];
  };
  for (CsvRow& row : table->rows) whole(&row.line);
  for (CsvCell& cell : table->cells) whole(&cell.line);
  for (Diagnostic d : parse.list()) {
    whole(&d.pos.line);
    diags->Add(std::move(d));
  }
  return clean;
}

}  // namespace openwijk
