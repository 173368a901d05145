// Template data built by moving (Put, Append), and the escape of {{values}}.
#include <catch2/catch.hpp>

#include <string>

#include "render/templates.h"
#include "util/diagnostic.h"
#include "util/text.h"

namespace openwijk {
namespace {

TEST_CASE("Append keeps every item, in order, across many growths", "[render][templates]") {
  Data list{Data::type::list};
  for (int i = 0; i < 1000; ++i) {
    Data row{Data::type::object};
    Put(&row, "n", std::to_string(i));
    Append(&list, std::move(row));
  }
  REQUIRE(list.list_value().size() == 1000);
  for (int i = 0; i < 1000; ++i) {
    const Data* n = list.list_value()[i].get("n");
    REQUIRE(n != nullptr);
    CHECK(n->string_value() == std::to_string(i));
  }
}

TEST_CASE("Put replaces a key and moves nested tables in whole", "[render][templates]") {
  Data page{Data::type::object};
  Put(&page, "titel", "oud");
  Put(&page, "titel", "nieuw");
  Data rijen{Data::type::list};
  Append(&rijen, Data("a"));
  Append(&rijen, Data("b"));
  Put(&page, "rijen", std::move(rijen));
  CHECK(page.get("titel")->string_value() == "nieuw");
  REQUIRE(page.get("rijen")->is_list());
  CHECK(page.get("rijen")->list_value().size() == 2);
  CHECK(page.get("rijen")->list_value()[1].string_value() == "b");
}

TEST_CASE("Put moves a finished string in, without copying its text", "[render][templates]") {
  std::string body(100000, 'x');  // a page body: far past the small-string buffer
  const char* text = body.data();
  Data page{Data::type::object};
  Put(&page, "inhoud", std::move(body));
  REQUIRE(page.get("inhoud")->is_string());
  CHECK(page.get("inhoud")->string_value().size() == 100000);
  CHECK(page.get("inhoud")->string_value().data() == text);  // the same buffer, moved
  std::string kept = "blijft";
  Put(&page, "naam", kept);  // an lvalue is copied, and stays
  CHECK(kept == "blijft");
  CHECK(page.get("naam")->string_value() == "blijft");
  CHECK(Text(std::string("los")).string_value() == "los");
}

TEST_CASE("the templates escape exactly as kainjow's own html_escape", "[render][templates]") {
  const std::string cases[] = {
      "",
      "plain text",
      "&",
      "<script>alert('x')</script>",
      "a \"quoted\" & 'single' <b>",
      "&&<<>>\"\"''",
      "Hoogkerk e.o. \xe2\x82\xac 1.234",  // UTF-8 passes through
      std::string("tab\tnew\nline\x01"
                  "end"),
      "ends with &",
  };
  for (const std::string& s : cases) {
    CHECK(TemplateEscape(s) == kainjow::mustache::html_escape<std::string>(s));
  }
}

TEST_CASE("a rendered {{value}} is escaped, quotes and apostrophes too", "[render][templates]") {
  TemplateSet templates;
  Diagnostics diags;
  REQUIRE(templates.Parse("t", {{"p.mustache", "<p title=\"{{v}}\">{{v}}</p>"}}, &diags));
  Data data{Data::type::object};
  Put(&data, "v", "auto's & <fietsen>");
  CHECK(templates.Render("p", data) ==
        "<p title=\"auto&apos;s &amp; &lt;fietsen&gt;\">auto&apos;s &amp; &lt;fietsen&gt;</p>");
}

TEST_CASE("the layout goes around the body as a whole render of it would", "[render][templates]") {
  // RenderLayout splits a layout at its one top-level {{{inhoud}}}; any other
  // layout is rendered whole with the body as "inhoud". Either way the page
  // is what the whole layout renders.
  const std::pair<std::string, bool> layouts[] = {
      // the layout, and whether it is split
      // the site's shape: a standalone section before and after, the body on its own line
      {"<title>{{titel}}</title>\n{{#a}}\n<p>a</p>\n{{/a}}\n<main>\n{{{inhoud}}}\n</main>\n"
       "{{^a}}\n<p>niet a</p>\n{{/a}}\n<footer>{{titel}}</footer>\n",
       true},
      {"{{{inhoud}}}", true},  // nothing around it
      {"<main class=\"x\">{{{inhoud}}}</main>\n{{#a}}\n<p>a</p>\n{{/a}}\n", true},  // mid-line
      // another tag on its line: kainjow's blank-line rule would see the halves
      {"x{{#a}}y{{/a}}{{{inhoud}}}z{{^a}}w{{/a}}", false},
      {"{{{inhoud}}}{{#a}}\n<b>a</b>\n{{/a}}\n", false},
      {"{{#a}}\n<b>a</b>\n{{/a}}  {{{inhoud}}}\n", false},
      {"{{{inhoud}}}{{#a}}{{/a}}\n", false},
      {"{{#a}}\n{{/a}}{{{inhoud}}}\n", false},
      {"{{#a}}\n{{{inhoud}}}\n{{/a}}\n", false},         // inside a section: rendered whole
      {"{{{inhoud}}}|{{{inhoud}}}", false},              // twice
      {"<main>{{inhoud}}</main>", false},                // escaped
      {"{{#inhoud}}[{{{inhoud}}}]{{/inhoud}}", false},   // named by a section too
      {"{{{inhoud}}}{{=<% %>=}}<%titel%>", false},       // other delimiters
      {"{{ =<% %>= }}{{{inhoud}}}<%={{ }}=%>x", false},  // the same, with spaces
  };
  for (const auto& [layout, split] : layouts) {
    for (const std::string body : {"<h1>Titel & zo</h1>\n<p>{{titel}} blijft tekst</p>\n", ""})
      for (bool a : {true, false}) {
        TemplateSet templates;
        Diagnostics diags;
        REQUIRE(templates.Parse("t", {{"layout.mustache", layout}}, &diags));
        CHECK(templates.layout_split() == split);
        Data page{Data::type::object};
        Put(&page, "titel", "Wijk <Noord>");
        Put(&page, "a", a);
        Data whole = page;
        Put(&whole, "inhoud", std::string(body));
        INFO(layout << " a=" << a << " body=" << body);
        CHECK(templates.RenderLayout(&page, std::string(body)) ==
              templates.Render("layout", whole));
      }
  }
}

}  // namespace
}  // namespace openwijk
