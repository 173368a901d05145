#include <catch2/catch.hpp>

#include "load/front_matter.h"
#include "load/json_text.h"
#include "load/site_config.h"

using namespace openwijk;

TEST_CASE("front matter and body are split with positions", "[load][front_matter]") {
  MarkdownDocument doc;
  Diagnostics d;
  REQUIRE(ParseMarkdownDocument("c.md", "---\ntitel: Over\nvolgorde: 2\n---\n# Kop\n", &doc, &d));
  CHECK(ScalarField(doc, doc.front, "titel", &d) == "Over");
  CHECK(doc.body == "# Kop\n");
  CHECK(doc.body_line == 5);
  CHECK(PositionOf(doc, doc.front["volgorde"]).line == 3);
}

TEST_CASE("front matter errors", "[load][front_matter]") {
  MarkdownDocument doc;
  Diagnostics d;
  CHECK_FALSE(ParseMarkdownDocument("c.md", "---\ntitel: [open\n---\n", &doc, &d));
  CHECK(d.ToString().rfind("c.md:3:1: error: malformed front matter: ", 0) == 0);
  Diagnostics d2;
  CHECK_FALSE(ParseMarkdownDocument("c.md", "---\ntitel: x\n", &doc, &d2));
  CHECK(d2.ToString() == "c.md:1:1: error: front matter is not closed with a '---' line\n");
  Diagnostics d3;
  CHECK_FALSE(
      ParseMarkdownDocument("c.md", "---\n" + std::string(100, '[') + "\n---\n", &doc, &d3));
  CHECK(d3.ToString() == "c.md:2:1: error: front matter nested deeper than 32 levels\n");
}

TEST_CASE("malformed JSON gets line and column", "[load][json]") {
  nlohmann::json j;
  Diagnostics d;
  CHECK_FALSE(ParseJsonText("x.json", "{\n  \"a\": 1,\n  \"b\" 2\n}", &j, &d));
  CHECK(d.ToString().rfind("x.json:3:7: error: malformed JSON: syntax error while parsing object",
                           0) == 0);
  Diagnostics d2;
  CHECK_FALSE(ParseJsonText("x.json", std::string(10000, '[') + std::string(10000, ']'), &j, &d2));
  CHECK(d2.ToString() == "x.json:1:65: error: JSON nested deeper than 64 levels\n");
}

namespace {
const char* kConfig = R"({
  "titel": "Open begroting",
  "gemeente": "GM0014",
  "basis_url": "https://example.org/ob",
  "licentie": {"naam": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
  "bronnen": [{"naam": "CBS"}],
  "geo": {"code_eigenschap": ["statcode", "BU_CODE"]}
})";
}  // namespace

TEST_CASE("site.json is read", "[load][site_config]") {
  SiteConfig c;
  Diagnostics d;
  REQUIRE(ParseSiteConfig("site.json", kConfig, &c, &d));
  CHECK(c.basis_url == "https://example.org/ob/");
  CHECK(c.geo_code_eigenschappen == std::vector<std::string>{"statcode", "BU_CODE"});
  CHECK(c.bronnen.size() == 1);
}

TEST_CASE("site.json errors name the key and its line", "[load][site_config]") {
  SiteConfig c;
  Diagnostics d;
  CHECK_FALSE(ParseSiteConfig("site.json", R"({
  "titel": 3,
  "templates": "../elders",
  "geo": {}
})",
                              &c, &d));
  CHECK(d.ToString() ==
        "site.json:2:3: error: 'titel' must be a string\n"
        "site.json:1:1: error: missing required key 'gemeente'\n"
        "site.json:1:1: error: missing required key 'basis_url'\n"
        "site.json:1:1: error: missing required key 'licentie' (an object with 'naam' and 'url')\n"
        "site.json:1:1: error: missing required key 'bronnen' (a list of sources)\n"
        "site.json:4:3: error: missing required key 'geo.code_eigenschap'\n"
        "site.json:3:3: error: path '../elders' in 'templates' is not allowed: '..' leaves the "
        "repository\n");
}
