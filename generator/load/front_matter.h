// Markdown documents with YAML front matter (content pages, DNA texts,
// wijkagenda's):
//
//   ---
//   titel: Over deze site
//   ---
//   Markdown body ...
//
// The front matter is kept as a YAML node; the body stays Markdown source and
// is rendered later (render/markdown.h). Positions in the front matter are
// reported as lines of the file, not of the YAML block.
#pragma once

#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "util/diagnostic.h"

namespace openwijk {

struct MarkdownDocument {
  std::string file;
  YAML::Node front;    // a map, or null when there is no front matter
  int front_line = 0;  // file line of the first front matter line
  std::string body;    // Markdown source
  int body_line = 1;   // file line where the body starts
};

constexpr size_t kMaxFrontMatter = 64 * 1024;

// Splits and parses a document. Returns false after adding an error.
bool ParseMarkdownDocument(const std::string& file, std::string_view text, MarkdownDocument* doc,
                           Diagnostics* diags);

// Position of a node of doc.front in the file.
Position PositionOf(const MarkdownDocument& doc, const YAML::Node& node);

// A scalar field of a map node as text; "" when absent. Adds an error (and
// returns "") when present but not a scalar.
std::string ScalarField(const MarkdownDocument& doc, const YAML::Node& map, const char* key,
                        Diagnostics* diags);

}  // namespace openwijk
