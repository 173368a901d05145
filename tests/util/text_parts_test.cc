// TextParts: text handed over in parts of about a megabyte, the rest returned.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "util/text_parts.h"

using namespace openwijk;

namespace {

// Appends `lines` lines of 100 bytes, marking after each.
std::string Fill(TextParts* parts, int lines) {
  for (int i = 0; i < lines; ++i) {
    parts->out()->append(99, static_cast<char>('a' + i % 26)).push_back('\n');
    parts->Mark();
  }
  return parts->Finish();
}

}  // namespace

TEST_CASE("without a writer the whole text is kept", "[util][parts]") {
  TextParts parts;
  std::string text = Fill(&parts, 30000);  // 3 MB
  CHECK(text.size() == 3000000);
  CHECK(text.substr(100, 100) == std::string(99, 'b') + "\n");
}

TEST_CASE("with a writer the text comes in parts of a megabyte, in order", "[util][parts]") {
  std::vector<std::string> got;
  const PartWriter write = [&got](std::string_view part) { got.emplace_back(part); };
  TextParts parts(&write);
  const std::string rest = Fill(&parts, 30000);
  REQUIRE(got.size() == 2);  // 1,048,600 + 1,048,600, and the rest returned
  CHECK(rest.size() == 3000000 - 2 * 1048600);
  CHECK(got[0].size() >= TextParts::kPartSize);
  CHECK(got[0].size() < TextParts::kPartSize + 100);
  std::string joined = got[0] + got[1] + rest;
  TextParts whole;
  CHECK(joined == Fill(&whole, 30000));
}

TEST_CASE("a text smaller than a part is not handed over but returned", "[util][parts]") {
  std::vector<std::string> got;
  const PartWriter write = [&got](std::string_view part) { got.emplace_back(part); };
  TextParts parts(&write);
  CHECK(Fill(&parts, 3).size() == 300);
  TextParts nothing(&write);
  CHECK(nothing.Finish().empty());
  CHECK(got.empty());
}
