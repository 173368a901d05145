#include "load/json_text.h"

#include "load/csv.h"
#include "util/text.h"

namespace openwijk {

namespace {

// Depth of [ and { outside strings; stops early past the limit.
bool DepthWithin(std::string_view text, int limit, size_t* where) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) {
        *where = i;
        return false;
      }
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

// nlohmann's messages look like "[json.exception.parse_error.101] parse
// error at line 3, column 5: syntax error while parsing object - ...".
// Keep the part after the last ": " that explains the problem.
std::string ShortReason(const std::string& what) {
  size_t p = what.find("syntax error while parsing");
  if (p != std::string::npos) return what.substr(p);
  p = what.rfind(": ");
  return p == std::string::npos ? what : what.substr(p + 2);
}

}  // namespace

bool ParseJsonText(const std::string& file, std::string_view text, nlohmann::json* out,
                   Diagnostics* diags) {
  if (!CheckTextFile(file, &text, diags)) return false;
  size_t where = 0;
  int line = 0, column = 0;
  if (!DepthWithin(text, kMaxJsonDepth, &where)) {
    OffsetToLineColumn(text, where, &line, &column);
    diags->Error({file, line, column},
                 "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    return false;
  }
  try {
    *out = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    OffsetToLineColumn(text, offset, &line, &column);
    diags->Error({file, line, column}, "malformed JSON: " + ShortReason(e.what()));
    return false;
  } catch (const nlohmann::json::exception& e) {
    // A number overflow ("1e999") is an out_of_range error without an
    // offset: point at the first place the number is written.
    std::string reason = e.what();
    size_t p = reason.find("] ");
    if (p != std::string::npos) reason = reason.substr(p + 2);
    size_t quote = reason.find('\'');
    size_t at = quote == std::string::npos || reason.size() < quote + 2
                    ? std::string_view::npos
                    : text.find(reason.substr(quote + 1, reason.size() - quote - 2));
    if (at == std::string_view::npos) {
      line = 1;
      column = 1;
    } else {
      OffsetToLineColumn(text, at, &line, &column);
    }
    diags->Error({file, line, column}, "malformed JSON: " + reason);
    return false;
  }
  return true;
}

Position FindKey(const std::string& file, std::string_view text, std::string_view key) {
  std::string quoted = "\"" + std::string(key) + "\"";
  size_t p = text.find(quoted);
  if (p == std::string_view::npos) return {file, 0, 0};
  Position pos{file, 0, 0};
  OffsetToLineColumn(text, p, &pos.line, &pos.column);
  return pos;
}

}  // namespace openwijk
