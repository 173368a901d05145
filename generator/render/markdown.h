// Markdown to HTML through cmark-gfm, safe by default: raw HTML is dropped and
// javascript:/vbscript:/data: links are removed (cmark's safe mode), GFM
// tables, autolinks and strikethrough are on. Every table gets a caption: a
// paragraph "Tabel: ..." right above it, or else the nearest heading above.
// Links to other hosts get rel="external", so the link checker can tell
// deliberate outbound links from accidental requests.
#pragma once

#include <string>

namespace openwijk {

// Returns HTML owned by the caller. Headings are shifted so that the
// document's highest heading becomes <h`top_level`> and levels are never
// skipped below the page's own headings (the page title is the only <h1>).
std::string MarkdownToHtml(const std::string& markdown, int top_level = 2);

}  // namespace openwijk
