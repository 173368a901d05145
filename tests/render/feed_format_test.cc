// The feed formats against their RFCs: iCalendar (RFC 5545) escaping, line
// folding at 75 octets without splitting UTF-8, CRLF and required
// properties; Atom (RFC 4287) required elements and XML escaping.
#include <catch2/catch.hpp>

#include <algorithm>

#include "render/feed_format.h"
#include "util/text.h"

using namespace openwijk;

namespace {

std::vector<std::string> Lines(const std::string& ics) {
  std::vector<std::string> out;
  size_t p = 0;
  while (p < ics.size()) {
    size_t e = ics.find("\r\n", p);
    REQUIRE(e != std::string::npos);  // every line ends in CRLF
    out.push_back(ics.substr(p, e - p));
    p = e + 2;
  }
  return out;
}

}  // namespace

TEST_CASE("iCalendar TEXT escapes backslash, semicolon, comma and newline", "[render][ics]") {
  CHECK(IcsEscapeText("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
  CHECK(IcsEscapeText("regel\r\nnieuw") == "regel\\nnieuw");
  CHECK(IcsEscapeText("geen:escape") == "geen:escape");  // ':' needs none in a value
}

TEST_CASE("iCalendar lines fold at 75 octets with CRLF and a space", "[render][ics]") {
  std::string line(80, 'x');
  CHECK(IcsFold(line) == std::string(75, 'x') + "\r\n " + std::string(5, 'x') + "\r\n");
  CHECK(IcsFold("kort") == "kort\r\n");
  CHECK(IcsFold(std::string(75, 'y')) == std::string(75, 'y') + "\r\n");
  // 150 octets: 75 on the first line, 74 after the space, then 1.
  std::string folded = IcsFold(std::string(150, 'z'));
  CHECK(folded == std::string(75, 'z') + "\r\n " + std::string(74, 'z') + "\r\n z\r\n");
}

TEST_CASE("iCalendar folding never splits a multi-byte character", "[render][ics]") {
  // 74 ASCII octets, then "é" (2 octets) would end at octet 76: it moves whole to the next line.
  std::string line = std::string(74, 'a') + "\xC3\xA9" + "b";
  std::string folded = IcsFold(line);
  CHECK(folded == std::string(74, 'a') + "\r\n \xC3\xA9" + "b\r\n");
  // A 4-octet character at the boundary as well.
  std::string emoji = std::string(73, 'a') + "\xF0\x9F\x8C\xB3";
  CHECK(IcsFold(emoji) == std::string(73, 'a') + "\r\n \xF0\x9F\x8C\xB3\r\n");
  int l = 0, c = 0;
  // Every physical line of a long Dutch text stays valid UTF-8 and at most 75 octets.
  std::string dutch;
  for (int i = 0; i < 40; ++i) dutch += "coöperatie ";
  for (const std::string& part : Lines(IcsFold("DESCRIPTION:" + dutch))) {
    CHECK(part.size() <= 75);
    CHECK(ValidateUtf8(part, &l, &c));
  }
}

TEST_CASE("a calendar has the required properties and stable output", "[render][ics]") {
  IcsEvent e;
  e.uid = "2025-03-12-raad/B.1@example.org";
  e.start_utc = 1741804200;  // 2025-03-12 18:30 UTC
  e.end_utc = 1741816800;
  e.summary = "B.1 Begroting, wijken; en meer";
  e.location = "Stadhuis";
  e.status = "CANCELLED";
  std::string ics = IcsCalendar("Agenda", 1795437052, {e});
  std::vector<std::string> lines = Lines(ics);
  CHECK(lines.front() == "BEGIN:VCALENDAR");
  CHECK(lines.back() == "END:VCALENDAR");
  auto has = [&](const std::string& l) {
    return std::find(lines.begin(), lines.end(), l) != lines.end();
  };
  CHECK(has("VERSION:2.0"));
  CHECK(has("PRODID:-//openwijk//vergaderingen//NL"));
  CHECK(has("BEGIN:VEVENT"));
  CHECK(has("UID:2025-03-12-raad/B.1@example.org"));
  CHECK(has("DTSTAMP:20261123T123052Z"));
  CHECK(has("DTSTART:20250312T183000Z"));
  CHECK(has("DTEND:20250312T220000Z"));
  CHECK(has("SUMMARY:B.1 Begroting\\, wijken\\; en meer"));
  CHECK(has("STATUS:CANCELLED"));
  CHECK(ics.find("\n") == ics.find("\r\n") + 1);  // no bare LF
  CHECK(IcsCalendar("Agenda", 1795437052, {e}) == ics);
}

TEST_CASE("an Atom feed has the required elements, escaped", "[render][atom]") {
  AtomEntry e;
  e.id = "https://example.org/besluiten/#besluit-b1";
  e.title = "Besluit: <b>groen</b> & \"bomen\"";
  e.link = e.id;
  e.updated = 1736467200;  // 2025-01-10
  e.summary = "Raad";
  e.category = "besluit";
  std::string xml = AtomFeed("https://example.org/feeds/nieuw.xml", "Nieuw: Test & zo",
                             "https://example.org/feeds/nieuw.xml", "https://example.org/",
                             1795437052, "Open begroting", {e});
  CHECK_THAT(xml, Catch::StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                    "<feed xmlns=\"http://www.w3.org/2005/Atom\""));
  CHECK_THAT(xml, Catch::Contains("<id>https://example.org/feeds/nieuw.xml</id>"));
  CHECK_THAT(xml, Catch::Contains("<title>Nieuw: Test &amp; zo</title>"));
  CHECK_THAT(xml, Catch::Contains("<updated>2026-11-23T12:30:52Z</updated>"));
  CHECK_THAT(xml, Catch::Contains("<author><name>Open begroting</name></author>"));
  CHECK_THAT(xml, Catch::Contains("<link rel=\"self\" type=\"application/atom+xml\" "
                                  "href=\"https://example.org/feeds/nieuw.xml\"/>"));
  CHECK_THAT(xml,
             Catch::Contains("<entry>\n    <id>https://example.org/besluiten/#besluit-b1</id>"));
  CHECK_THAT(xml, Catch::Contains(
                      "<title>Besluit: &lt;b&gt;groen&lt;/b&gt; &amp; &quot;bomen&quot;</title>"));
  CHECK_THAT(xml, Catch::Contains("<updated>2025-01-10T00:00:00Z</updated>"));
  CHECK_THAT(xml, Catch::EndsWith("</feed>\n"));
  CHECK(XmlEscape(std::string("a\x01"
                              "b")) == "ab");  // not allowed in XML 1.0
}
