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

TEST_CASE("every Markdown table gets a caption and a box that scrolls on a phone",
          "[render][markdown]") {
  // A "Tabel:" paragraph right above the table becomes its caption and leaves the text.
  std::string own =
      MarkdownToHtml("## Bronnen\n\nTabel: Bronnen *en* licenties <b>\n\n| a |\n|---|\n| 1 |\n", 2);
  CHECK(own.find("<div class=\"tabel-wrap\" tabindex=\"0\" role=\"group\" "
                 "aria-label=\"Tabel\"><table>\n<caption>Bronnen en licenties</caption>\n"
                 "<thead>") != std::string::npos);
  CHECK(own.find("</table></div>") != std::string::npos);
  CHECK(own.find("Tabel:") == std::string::npos);
  // Without one, the nearest heading above names it; escaped like any other text.
  std::string heading = MarkdownToHtml(
      "# Start\n\n## Wat & waar\n\nTekst.\n\n| a |\n|---|\n| 1 |\n\n"
      "## Later\n\nTabel: Tweede\n| b |\n|---|\n| 2 |\n",
      2);
  CHECK(heading.find("<table>\n<caption>Wat &amp; waar</caption>") != std::string::npos);
  CHECK(heading.find("<caption>Tweede</caption>") != std::string::npos);
  CHECK(heading.find("<p>Tabel:") == std::string::npos);
  // A table with nothing above it has no caption rather than an empty one.
  CHECK(MarkdownToHtml("| a |\n|---|\n| 1 |\n", 2).find("<caption>") == std::string::npos);
  // "<table>" typed as text is escaped, so it never receives a caption.
  std::string text = MarkdownToHtml("## K\n\n`<table>` en <table>\n", 2);
  CHECK(text.find("<caption>") == std::string::npos);
}

TEST_CASE("headings are shifted below the page title", "[render][markdown]") {
  CHECK(MarkdownToHtml("# Sterktes\n", 2) == "<h2>Sterktes</h2>\n");
  CHECK(MarkdownToHtml("## Sterktes\n#### Diep\n", 3) == "<h3>Sterktes</h3>\n<h5>Diep</h5>\n");
  CHECK(MarkdownToHtml("###### Diep\n", 6) == "<h6>Diep</h6>\n");
}
