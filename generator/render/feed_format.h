// The two feed formats, as pure text builders (no model, no I/O):
//   iCalendar (RFC 5545) for meetings: CRLF line ends, lines folded at 75
//   octets without splitting a UTF-8 character, TEXT values escaped;
//   Atom (RFC 4287) for new agenda items and decisions, XML-escaped.
// Callers give stable ids and times (from the data and the commit), so two
// builds of the same commit give the same bytes.
#pragma once

#include "util/text.h"  // FeedXmlEscape

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace openwijk {

struct IcsEvent {
  std::string uid;  // stable: "<meeting>/<item>@<host>"
  int64_t start_utc = 0;
  int64_t end_utc = 0;
  std::string summary;
  std::string description;
  std::string location;
  std::string url;     // absolute
  std::string status;  // CONFIRMED, CANCELLED or TENTATIVE
};

// RFC 5545 3.3.11: backslash, semicolon, comma and newline escaped.
std::string IcsEscapeText(std::string_view s);
// One content line, folded (3.1) and ended with CRLF.
std::string IcsFold(std::string_view line);
// A whole VCALENDAR; `dtstamp` is the commit time (UTC seconds).
std::string IcsCalendar(const std::string& name, int64_t dtstamp,
                        const std::vector<IcsEvent>& events);

struct AtomEntry {
  std::string id;  // stable IRI
  std::string title;
  std::string link;     // absolute URL of the page
  int64_t updated = 0;  // UTC seconds
  std::string summary;
  std::string category;  // "besluit" or "agendapunt"
};

// XML text and attribute escaping; characters XML 1.0 forbids are dropped.
// A whole Atom feed. Entries are written in the order given.
std::string AtomFeed(const std::string& id, const std::string& title, const std::string& self_url,
                     const std::string& page_url, int64_t updated, const std::string& author,
                     const std::vector<AtomEntry>& entries);

}  // namespace openwijk
