// Markdown to HTML through cmark-gfm, safe by default: raw HTML is dropped and
// javascript:/vbscript:/data: links are removed (cmark's safe mode), GFM
// tables, autolinks and strikethrough are on. Links to other hosts get
// rel="external", so the link checker can tell deliberate outbound links from
// accidental requests.
#pragma once

#include <string>

namespace openwijk {

// Returns HTML owned by the caller. `heading_offset` shifts heading levels
// down (1 turns '#' into <h2>), so Markdown never adds a second <h1>.
std::string MarkdownToHtml(const std::string& markdown, int heading_offset = 1);

}  // namespace openwijk
