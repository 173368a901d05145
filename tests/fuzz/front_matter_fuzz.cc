// libFuzzer target: Markdown documents with YAML front matter (content pages,
// DNA texts), then the Markdown body through the renderer, as the build does.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "load/front_matter.h"
#include "render/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace openwijk;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  MarkdownDocument doc;
  bool ok = ParseMarkdownDocument("content/over.md", text, &doc, &diags);
  if (ok && doc.front.IsMap()) {
    ScalarField(doc, doc.front, "titel", &diags);
    ScalarField(doc, doc.front, "volgorde", &diags);
    ScalarField(doc, doc.front, "afbeelding", &diags);
    for (const auto& kv : doc.front) PositionOf(doc, kv.second);
  }
  std::string html = MarkdownToHtml(doc.body.empty() ? std::string(text) : doc.body);
  // Safe by default: raw HTML never passes through.
  if (html.find("<script") != std::string::npos) __builtin_trap();
  return 0;
}
