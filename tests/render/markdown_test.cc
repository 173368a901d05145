#include <catch2/catch.hpp>

#include "render/markdown.h"

using namespace openwijk;

TEST_CASE("Markdown never passes raw HTML or script links", "[render][markdown]") {
  std::string html = MarkdownToHtml(
      "<script>alert(1)</script>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)>\n", 2);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);
}

TEST_CASE("GFM tables and autolinks; outbound links are marked", "[render][markdown]") {
  std::string html = MarkdownToHtml(
      "| a | b |\n|---|---|\n| 1 | 2 |\n\nZie https://www.cbs.nl en [colofon](../colofon/).\n", 2);
  CHECK(html.find("<table>") != std::string::npos);
  CHECK(html.find("<th scope=\"col\">a</th>") != std::string::npos);  // header cells head columns
  CHECK(html.find("<th>") == std::string::npos);
  std::string aligned = MarkdownToHtml("| a | b |\n|--:|---|\n| 1 | <th> |\n", 2);
  CHECK(aligned.find("<th scope=\"col\" align=\"right\">a</th>") != std::string::npos);
  // Raw HTML in a cell is dropped by safe mode: only the two header cells get a scope.
  size_t cells = 0;
  for (size_t at = aligned.find("<th "); at != std::string::npos; at = aligned.find("<th ", at + 1))
    ++cells;
  CHECK(cells == 2);
  CHECK(aligned.find("<thead>") != std::string::npos);
  CHECK(html.find("<a rel=\"external\" href=\"https://www.cbs.nl\">") != std::string::npos);
  CHECK(html.find("<a href=\"../colofon/\">") != std::string::npos);
}

TEST_CASE("headings are shifted below the page title", "[render][markdown]") {
  CHECK(MarkdownToHtml("# Sterktes\n", 2) == "<h2>Sterktes</h2>\n");
  CHECK(MarkdownToHtml("## Sterktes\n#### Diep\n", 3) == "<h3>Sterktes</h3>\n<h5>Diep</h5>\n");
  CHECK(MarkdownToHtml("###### Diep\n", 6) == "<h6>Diep</h6>\n");
}
