// TextParts: text handed over in parts of about a megabyte, or kept whole.
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
  CHECK(Fill(&parts, 30000).empty());  // nothing left over
  REQUIRE(got.size() == 3);            // 1,048,600 + 1,048,600 + the rest
  CHECK(got[0].size() >= TextParts::kPartSize);
  CHECK(got[0].size() < TextParts::kPartSize + 100);
  std::string joined = got[0] + got[1] + got[2];
  TextParts whole;
  CHECK(joined == Fill(&whole, 30000));
}

TEST_CASE("a small text comes as one part at the end", "[util][parts]") {
  std::vector<std::string> got;
  const PartWriter write = [&got](std::string_view part) { got.emplace_back(part); };
  TextParts parts(&write);
  CHECK(Fill(&parts, 3).empty());
  REQUIRE(got.size() == 1);
  CHECK(got[0].size() == 300);
  TextParts nothing(&write);
  CHECK(nothing.Finish().empty());
  CHECK(got.size() == 1);  // an empty text is not handed over
}
