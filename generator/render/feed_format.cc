#include "render/feed_format.h"

#include "util/datum.h"

namespace openwijk {

std::string IcsEscapeText(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      continue;  // other control characters are not allowed in TEXT
    } else {
      out += c;
    }
  }
  return out;
}

std::string IcsFold(std::string_view line) {
  std::string out;
  size_t limit = 75;  // octets on the first line; continuation lines start with a space
  size_t used = 0;
  for (size_t i = 0; i < line.size();) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c >= 0xF0)
      len = 4;
    else if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    if (i + len > line.size()) len = line.size() - i;
    if (used + len > limit) {
      out += "\r\n ";
      used = 1;
    }
    out.append(line.substr(i, len));
    used += len;
    i += len;
  }
  return out + "\r\n";
}

std::string IcsCalendar(const std::string& name, int64_t dtstamp,
                        const std::vector<IcsEvent>& events) {
  std::string out;
  out += IcsFold("BEGIN:VCALENDAR");
  out += IcsFold("VERSION:2.0");
  out += IcsFold("PRODID:-//openwijk//vergaderingen//NL");
  out += IcsFold("CALSCALE:GREGORIAN");
  out += IcsFold("X-WR-CALNAME:" + IcsEscapeText(name));
  const std::string stamp = IcsUtc(dtstamp);
  for (const IcsEvent& e : events) {
    out += IcsFold("BEGIN:VEVENT");
    out += IcsFold("UID:" + e.uid);
    out += IcsFold("DTSTAMP:" + stamp);
    out += IcsFold("DTSTART:" + IcsUtc(e.start_utc));
    out += IcsFold("DTEND:" + IcsUtc(e.end_utc > e.start_utc ? e.end_utc : e.start_utc + 3600));
    out += IcsFold("SUMMARY:" + IcsEscapeText(e.summary));
    if (!e.description.empty()) out += IcsFold("DESCRIPTION:" + IcsEscapeText(e.description));
    if (!e.location.empty()) out += IcsFold("LOCATION:" + IcsEscapeText(e.location));
    if (!e.url.empty()) out += IcsFold("URL:" + e.url);
    if (!e.status.empty()) out += IcsFold("STATUS:" + e.status);
    out += IcsFold("END:VEVENT");
  }
  out += IcsFold("END:VCALENDAR");
  return out;
}

std::string AtomFeed(const std::string& id, const std::string& title, const std::string& self_url,
                     const std::string& page_url, int64_t updated, const std::string& author,
                     const std::vector<AtomEntry>& entries) {
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n";
  out += "  <id>" + XmlEscape(id) + "</id>\n";
  out += "  <title>" + XmlEscape(title) + "</title>\n";
  out += "  <updated>" + Rfc3339Utc(updated) + "</updated>\n";
  out += "  <author><name>" + XmlEscape(author) + "</name></author>\n";
  out +=
      "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + XmlEscape(self_url) + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + XmlEscape(page_url) + "\"/>\n";
  out += "  <generator>openwijk</generator>\n";
  for (const AtomEntry& e : entries) {
    out += "  <entry>\n";
    out += "    <id>" + XmlEscape(e.id) + "</id>\n";
    out += "    <title>" + XmlEscape(e.title) + "</title>\n";
    out += "    <updated>" + Rfc3339Utc(e.updated) + "</updated>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + XmlEscape(e.link) + "\"/>\n";
    if (!e.category.empty()) out += "    <category term=\"" + XmlEscape(e.category) + "\"/>\n";
    if (!e.summary.empty()) out += "    <summary>" + XmlEscape(e.summary) + "</summary>\n";
    out += "  </entry>\n";
  }
  return out + "</feed>\n";
}

}  // namespace openwijk
