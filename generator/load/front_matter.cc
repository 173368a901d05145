#include "load/front_matter.h"

#include "load/csv.h"
#include "util/text.h"

namespace openwijk {

namespace {

// yaml-cpp parses flow collections recursively; bound their nesting first.
bool FlowDepthWithin(std::string_view text, int limit) {
  int depth = 0;
  for (char c : text) {
    if (c == '[' || c == '{') {
      if (++depth > limit) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

}  // namespace

bool ParseMarkdownDocument(const std::string& file, std::string_view text, MarkdownDocument* doc,
                           Diagnostics* diags) {
  doc->file = file;
  if (!CheckTextFile(file, &text, diags)) return false;
  if (!(StartsWith(text, "---\n") || StartsWith(text, "---\r\n"))) {
    doc->body = std::string(text);
    doc->body_line = 1;
    return true;
  }
  size_t first_nl = text.find('\n');
  // Find the closing "---" on a line of its own.
  size_t pos = first_nl + 1;
  int line = 2;
  size_t end = std::string_view::npos;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view l =
        text.substr(pos, nl == std::string_view::npos ? text.size() - pos : nl - pos);
    if (l == "---" || l == "---\r") {
      end = pos;
      break;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
    ++line;
  }
  if (end == std::string_view::npos) {
    diags->Error({file, 1, 1}, "front matter is not closed with a '---' line");
    return false;
  }
  std::string_view yaml = text.substr(first_nl + 1, end - first_nl - 1);
  if (yaml.size() > kMaxFrontMatter) {
    diags->Error({file, 2, 1}, "front matter is longer than 64 KiB");
    return false;
  }
  if (!FlowDepthWithin(yaml, 32)) {
    diags->Error({file, 2, 1}, "front matter nested deeper than 32 levels");
    return false;
  }
  doc->front_line = 2;
  size_t body_start = text.find('\n', end);
  doc->body = body_start == std::string_view::npos ? "" : std::string(text.substr(body_start + 1));
  doc->body_line = line + 1;
  try {
    doc->front = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    diags->Error({file, doc->front_line + e.mark.line, e.mark.column + 1},
                 "malformed front matter: " + e.msg);
    return false;
  }
  if (!doc->front.IsNull() && !doc->front.IsMap()) {
    diags->Error({file, 2, 1}, "front matter must be a map of 'key: value' lines");
    return false;
  }
  return true;
}

Position PositionOf(const MarkdownDocument& doc, const YAML::Node& node) {
  YAML::Mark m = node.Mark();
  if (m.is_null()) return {doc.file, doc.front_line, 0};
  return {doc.file, doc.front_line + m.line, m.column + 1};
}

std::string ScalarField(const MarkdownDocument& doc, const YAML::Node& map, const char* key,
                        Diagnostics* diags) {
  if (!map.IsMap()) return "";
  YAML::Node v = map[key];
  if (!v || v.IsNull()) return "";
  if (!v.IsScalar()) {
    diags->Error(PositionOf(doc, v), std::string("'") + key + "' must be a single value");
    return "";
  }
  return v.Scalar();
}

}  // namespace openwijk
