#include "load/shared_lines.h"

#include <algorithm>
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

std::vector<std::string_view> SplitLines(std::string_view t) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < t.size();) {
    size_t end = t.find('\n', start);
    if (end == std::string_view::npos) end = t.size();
    lines.push_back(t.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace

bool DropSharedLines(std::string_view a, std::string_view b, ChangedLines* out) {
  if (QuoteSpansLines(a) || QuoteSpansLines(b)) return false;
  const std::vector<std::string_view> split[2] = {SplitLines(a), SplitLines(b)};
  if (split[0].empty() || split[1].empty() || split[0][0] != split[1][0]) return false;
  // Most edits keep rows in place: pair equal lines at the same position
  // first, and hash only the rest.
  std::vector<bool> keep_a(split[0].size(), true), keep_b(split[1].size(), true);
  for (size_t i = 1; i < std::min(split[0].size(), split[1].size()); ++i) {
    if (split[0][i] == split[1][i]) keep_a[i] = keep_b[i] = false;
  }
  std::unordered_map<std::string_view, int> in_a, shared;
  for (size_t i = 1; i < split[0].size(); ++i) {
    if (keep_a[i]) ++in_a[split[0][i]];
  }
  for (size_t i = 1; i < split[1].size(); ++i) {
    if (!keep_b[i]) continue;
    auto it = in_a.find(split[1][i]);
    if (it != in_a.end() && it->second > 0) {
      --it->second;
      ++shared[split[1][i]];
      keep_b[i] = false;
    }
  }
  for (int s = 0; s < 2; ++s) {
    out->text[s] = std::string(split[s][0]) + "\n";
    out->lines[s] = {1};
    for (size_t i = 1; i < split[s].size(); ++i) {
      if (s == 0) {
        if (!keep_a[i]) continue;
        auto it = shared.find(split[0][i]);
        if (it != shared.end() && it->second > 0) {
          --it->second;
          continue;
        }
      } else if (!keep_b[i]) {
        continue;
      }
      out->text[s].append(split[s][i]).push_back('\n');
      out->lines[s].push_back(static_cast<int>(i) + 1);
    }
  }
  out->any_shared = out->lines[0].size() < split[0].size();
  return true;
}

}  // namespace openwijk
