#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <string_view>
#include <vector>

#include "util/text.h"

namespace openwijk {

namespace {

void AttachExtension(cmark_parser* parser, const char* name) {
  if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
    cmark_parser_attach_syntax_extension(parser, ext);
  }
}

int HighestHeading(cmark_node* root) {
  int highest = 7;
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      highest = std::min(highest, cmark_node_get_heading_level(node));
    }
  }
  cmark_iter_free(iter);
  return highest;
}

void ShiftHeadings(cmark_node* root, int offset) {
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      int level = cmark_node_get_heading_level(node) + offset;
      cmark_node_set_heading_level(node, std::max(1, std::min(6, level)));
    }
  }
  cmark_iter_free(iter);
}

// cmark's safe mode guarantees that every "<a href=" in its output comes from
// a Markdown link, so marking the absolute ones is a plain text rewrite.
std::string MarkExternalLinks(const std::string& html) {
  std::string out;
  out.reserve(html.size() + 64);
  size_t pos = 0;
  while (true) {
    size_t a = html.find("<a href=\"", pos);
    if (a == std::string::npos) break;
    size_t url = a + 9;
    bool external = html.compare(url, 7, "http://") == 0 || html.compare(url, 8, "https://") == 0 ||
                    html.compare(url, 7, "mailto:") == 0;
    out.append(html, pos, a - pos);
    out += external ? "<a rel=\"external\" href=\"" : "<a href=\"";
    pos = url;
  }
  out.append(html, pos, std::string::npos);
  return out;
}

// GFM tables come out with plain <th> cells in their header row: say they
// head columns, as every other table on the site does (WCAG 1.3.1). The
// text is cmark's own output, where "<th" only ever starts a header cell.
std::string ScopeHeaderCells(const std::string& html) {
  std::string out;
  out.reserve(html.size());
  size_t pos = 0;
  for (size_t at = html.find("<th", pos); at != std::string::npos; at = html.find("<th", pos)) {
    char next = at + 3 < html.size() ? html[at + 3] : '\0';
    out.append(html, pos, at + 3 - pos);
    if (next == '>' || next == ' ') out += " scope=\"col\"";
    pos = at + 3;
  }
  out.append(html, pos, std::string::npos);
  return out;
}

// The text of a node without markup: its text and code, soft breaks as spaces.
std::string PlainText(cmark_node* node) {
  std::string out;
  cmark_iter* iter = cmark_iter_new(node);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(iter);
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) out += cmark_node_get_literal(n);
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) out += ' ';
  }
  cmark_iter_free(iter);
  return Trim(out);
}

bool IsTable(cmark_node* node) {
  return std::string_view(cmark_node_get_type_string(node)) == "table";
}

constexpr std::string_view kCaptionPrefix = "Tabel:";

// GFM has no caption syntax, yet every table on the site needs one (WCAG
// 1.3.1). A paragraph right above a table that starts with "Tabel:" becomes
// its caption and leaves the text; without one, the nearest heading above
// names the table. Returns the caption of every table in document order ("" for
// none) and takes the "Tabel:" paragraphs out of the tree.
std::vector<std::string> TakeCaptions(cmark_node* root) {
  std::vector<std::string> captions;
  std::vector<cmark_node*> used;
  std::string heading;
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev != CMARK_EVENT_ENTER) continue;
    if (cmark_node_get_type(node) == CMARK_NODE_HEADING) heading = PlainText(node);
    if (!IsTable(node)) continue;
    cmark_node* before = cmark_node_previous(node);
    std::string text = before && cmark_node_get_type(before) == CMARK_NODE_PARAGRAPH
                           ? PlainText(before)
                           : std::string();
    if (StartsWith(text, kCaptionPrefix)) {
      captions.push_back(Trim(std::string_view(text).substr(kCaptionPrefix.size())));
      used.push_back(before);
    } else {
      captions.push_back(heading);
    }
  }
  cmark_iter_free(iter);
  for (cmark_node* p : used) cmark_node_free(p);  // unlinks it first
  return captions;
}

// Puts each table in a box that scrolls sideways on a narrow screen and can be
// reached with the keyboard to do so (WCAG 2.1.1), as the site's own tables
// are, and its caption right after the opening tag. The text is cmark's own
// output, where raw HTML never passes, so "<table>" only ever opens a table
// and "</table>" closes one.
std::string WrapTables(const std::string& html, const std::vector<std::string>& captions) {
  std::string out;
  out.reserve(html.size() + 64 * captions.size());
  size_t pos = 0;
  for (const std::string& caption : captions) {
    size_t open = html.find("<table>", pos);
    size_t close = open == std::string::npos ? open : html.find("</table>", open);
    if (close == std::string::npos) break;
    out.append(html, pos, open - pos);
    out += "<div class=\"tabel-wrap\" tabindex=\"0\" role=\"group\" aria-label=\"Tabel\"><table>";
    if (!caption.empty()) out += "\n<caption>" + HtmlEscape(caption) + "</caption>";
    out.append(html, open + 7, close + 8 - (open + 7));
    out += "</div>";
    pos = close + 8;
  }
  out.append(html, pos, std::string::npos);
  return out;
}

}  // namespace

std::string MarkdownToHtml(const std::string& markdown, int top_level) {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
  const int options = CMARK_OPT_DEFAULT;  // safe: no raw HTML, no unsafe links
  cmark_parser* parser = cmark_parser_new(options);
  AttachExtension(parser, "table");
  AttachExtension(parser, "autolink");
  AttachExtension(parser, "strikethrough");
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* doc = cmark_parser_finish(parser);
  int highest = HighestHeading(doc);
  if (highest <= 6 && highest != top_level) ShiftHeadings(doc, top_level - highest);
  std::vector<std::string> captions = TakeCaptions(doc);
  char* html = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser));
  std::string out = WrapTables(ScopeHeaderCells(MarkExternalLinks(html)), captions);
  free(html);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  return out;
}

}  // namespace openwijk
