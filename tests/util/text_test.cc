#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "util/path.h"
#include "util/text.h"

using namespace openwijk;

TEST_CASE("slugs are readable ASCII", "[util][text]") {
  CHECK(Slugify("Hoogkerk e.o.") == "hoogkerk-eo");
  CHECK(Slugify("Glimmen-Onnen-Noordlaren") == "glimmen-onnen-noordlaren");
  CHECK(Slugify("Coöperatieve Wijkraad") == "cooperatieve-wijkraad");
  CHECK(Slugify("  Ten   Boer ") == "ten-boer");
  CHECK(Slugify("'t Zandt") == "t-zandt");
  CHECK(Slugify("<script>") == "script");
  CHECK(Slugify("€€") == "");
}

TEST_CASE("UTF-8 validation points at the bad byte", "[util][text]") {
  int line = 0, column = 0;
  CHECK(ValidateUtf8("Coöperatie\n", &line, &column));
  CHECK_FALSE(ValidateUtf8("ok\nab\xff", &line, &column));
  CHECK(line == 2);
  CHECK(column == 3);
  CHECK_FALSE(ValidateUtf8("\xc0\xaf", &line, &column));      // overlong '/'
  CHECK_FALSE(ValidateUtf8("\xed\xa0\x80", &line, &column));  // surrogate
  CHECK_FALSE(ValidateUtf8("\xe2\x82", &line, &column));      // truncated
}

TEST_CASE("UTF-8 validation finds a bad byte anywhere in long ASCII text", "[util][text]") {
  // Lines of 11 bytes, so the bad byte falls at every place in an 8-byte word.
  const std::string text = "Groningen;\nHaren 2025\nTen Boer 1\n";
  for (size_t at = 0; at <= text.size(); ++at) {
    std::string bad = text;
    bad.insert(at, "\xff");
    int line = 0, column = 0;
    CAPTURE(at);
    REQUIRE_FALSE(ValidateUtf8(bad, &line, &column));
    CHECK(line == 1 + static_cast<int>(at / 11));
    CHECK(column == 1 + static_cast<int>(at % 11));
    std::string good = text;
    good.insert(at, "é");
    CHECK(ValidateUtf8(good, &line, &column));
  }
  int line = 0, column = 0;
  CHECK_FALSE(ValidateUtf8(text + "Zuidhorn\xe2\x82", &line, &column));  // cut off at the end
  CHECK(line == 4);
  CHECK(column == 9);
}

TEST_CASE("HTML escaping covers quotes", "[util][text]") {
  CHECK(HtmlEscape("<a href=\"x\" onclick='y'>&") ==
        "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;");
}

TEST_CASE("markup escaping: each byte alone, as HTML and as XML", "[util][text]") {
  for (int c = 1; c < 256; ++c) {
    std::string one(1, static_cast<char>(c));
    CAPTURE(c);
    std::string html = c == '&'    ? "&amp;"
                       : c == '<'  ? "&lt;"
                       : c == '>'  ? "&gt;"
                       : c == '"'  ? "&quot;"
                       : c == '\'' ? "&#39;"
                                   : one;
    CHECK(HtmlEscape(one) == html);
    CHECK(TemplateEscape(one) == (c == '\'' ? "&apos;" : html));
    bool control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    CHECK(XmlEscape(one) == (control ? "" : c == '\'' ? "&apos;" : html));
  }
  CHECK(XmlEscape("a\x01"
                  "b<c") == "ab&lt;c");
}

TEST_CASE("JSON quoting escapes quotes, backslashes and control characters", "[util][text]") {
  CHECK(JsonQuote("") == "\"\"");
  CHECK(JsonQuote("Zuid-Oost") == "\"Zuid-Oost\"");
  CHECK(JsonQuote("a\"b\\c\nd\te\x01"
                  "f\x7f\r\b\f") == "\"a\\\"b\\\\c\\nd\\te\\u0001f\x7f\\r\\b\\f\"");
  // Every byte below 0x80 as nlohmann writes it.
  for (int c = 0; c < 0x80; ++c) {
    std::string one(1, static_cast<char>(c));
    CAPTURE(c);
    CHECK(JsonQuote(one) == nlohmann::json(one).dump());
  }
  CHECK(JsonQuote("\xc3\xa9\"") == "\"\xc3\xa9\\\"\"");  // UTF-8 passes through
  std::string out = "[";
  AppendJsonQuoted(&out, "\n");
  CHECK(out == "[\"\\n\"");
}

TEST_CASE("did-you-mean picks the closest candidate", "[util][text]") {
  CHECK(ClosestMatch("biuld", {"build", "check"}) == "build");
  CHECK(ClosestMatch("xyzzy", {"build", "check"}) == "");
}

TEST_CASE("paths must stay inside the repository", "[util][path]") {
  std::string why;
  CHECK(IsSafeRelativePath("templates/site", &why));
  CHECK_FALSE(IsSafeRelativePath("../templates", &why));
  CHECK(why == "'..' leaves the repository");
  CHECK_FALSE(IsSafeRelativePath("a/../../b", &why));
  CHECK_FALSE(IsSafeRelativePath("/etc/passwd", &why));
  CHECK(why == "absolute path");
  CHECK(StemOf("data/begroting/2025.csv") == "2025");
}

TEST_CASE("only web URLs become links", "[util][text]") {
  CHECK(IsWebUrl("https://www.cbs.nl/nl-nl"));
  CHECK(IsWebUrl("http://example.org"));
  CHECK_FALSE(IsWebUrl("javascript:alert(1)"));
  CHECK_FALSE(IsWebUrl("JAVASCRIPT:alert(1)"));
  CHECK_FALSE(IsWebUrl("data:text/html,x"));
  CHECK_FALSE(IsWebUrl("https://"));
  CHECK_FALSE(IsWebUrl("https:///pad"));
  CHECK_FALSE(IsWebUrl("https://x.nl/\"onmouseover=alert(1)"));
}

TEST_CASE("trailing slashes are taken off a path, but not off the root", "[util][text]") {
  CHECK(WithoutTrailingSlashes("site/") == "site");
  CHECK(WithoutTrailingSlashes("out/site//") == "out/site");
  CHECK(WithoutTrailingSlashes("site") == "site");
  CHECK(WithoutTrailingSlashes("/") == "/");
  CHECK(WithoutTrailingSlashes("//") == "/");
  CHECK(WithoutTrailingSlashes("") == "");
}

TEST_CASE("a name ends a sentence with one full stop", "[util][text]") {
  CHECK(EndOfSentence("Centrum") == "Centrum.");
  CHECK(EndOfSentence("Haren e.o.") == "Haren e.o.");
  CHECK(EndOfSentence("") == ".");
}
