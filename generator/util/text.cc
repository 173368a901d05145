#include "util/text.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace openwijk {

bool ValidateUtf8(std::string_view s, int* line, int* column) {
  size_t i = 0;
  while (i < s.size()) {
    // Data files are nearly all ASCII: skip it eight bytes at a time.
    uint64_t word;
    while (i + sizeof word <= s.size()) {
      std::memcpy(&word, s.data() + i, sizeof word);
      if (word & 0x8080808080808080ULL) break;
      i += sizeof word;
    }
    if (i == s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    }
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Reject overlong forms, surrogates and values past U+10FFFF.
    if (ok && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
               (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)) {
      ok = false;
    }
    if (!ok) {
      // Where the bad byte is, counted only now that there is one.
      std::string_view before = s.substr(0, i);
      size_t newline = before.rfind('\n');
      size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
      *line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
      *column = static_cast<int>(i - line_start) + 1;
      return false;
    }
    i += len;
  }
  return true;
}

namespace {

// The bytes EscapeMarkup looks at: the five markup characters, and the
// control characters that XML drops.
constexpr auto kMarkup = ByteTable([](unsigned char c) {
  return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c < 0x20;
});

// The five markup characters as entities. XML has no &#39; by name but
// &apos;, and cannot hold most control characters at all, so XML drops them.
// Text between the characters that change is copied in runs.
std::string EscapeMarkup(std::string_view s, const char* apos, bool drop_controls) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  size_t run = 0;  // the first character not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!kMarkup[static_cast<unsigned char>(c)]) continue;
    const char* entity;
    switch (c) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '"':
        entity = "&quot;";
        break;
      case '\'':
        entity = apos;
        break;
      default:
        if (!drop_controls || static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' ||
            c == '\r')
          continue;
        entity = "";  // dropped
    }
    out.append(s.data() + run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
  return out;
}

}  // namespace

std::string HtmlEscape(std::string_view s) { return EscapeMarkup(s, "&#39;", false); }

std::string XmlEscape(std::string_view s) { return EscapeMarkup(s, "&apos;", true); }

std::string TemplateEscape(std::string_view s) { return EscapeMarkup(s, "&apos;", false); }

std::string JsonQuote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  AppendJsonQuoted(&out, s);
  return out;
}

void AppendJsonQuoted(std::string* out, std::string_view s) {
  static constexpr auto kEscaped =
      ByteTable([](unsigned char u) { return u < 0x20 || u == '"' || u == '\\'; });
  out->push_back('"');
  size_t run = 0;  // start of the bytes that need no escape
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char u = static_cast<unsigned char>(s[i]);
    if (!kEscaped[u]) continue;
    out->append(s, run, i - run);
    run = i + 1;
    // The short forms JSON has, as nlohmann::json writes them too.
    const char* short_form = u == '"'    ? "\\\""
                             : u == '\\' ? "\\\\"
                             : u == '\n' ? "\\n"
                             : u == '\t' ? "\\t"
                             : u == '\r' ? "\\r"
                             : u == '\b' ? "\\b"
                             : u == '\f' ? "\\f"
                                         : nullptr;
    if (short_form) {
      out->append(short_form);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out->append(buf);
    }
  }
  out->append(s, run, s.size() - run);
  out->push_back('"');
}

namespace {

// Folds the Latin-1 Supplement and Latin Extended-A letters that occur in
// Dutch and Frisian names to ASCII. Returns 0 for code points to drop.
char FoldLatin(uint32_t cp) {
  static const char kLatin1[] =  // U+00C0 .. U+00FF
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  static_assert(sizeof(kLatin1) == 65, "one letter per code point");
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) {
    static const char kExtA[] =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrr"
        "ssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    static_assert(sizeof(kExtA) == 129, "one letter per code point");
    size_t idx = cp - 0x100;
    return idx < 128 ? kExtA[idx] : 0;
  }
  return 0;
}

}  // namespace

std::string Slugify(std::string_view s) {
  std::string out;
  bool dash = false;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char a = 0;
    if (c < 0x80) {
      a = static_cast<char>(c);
      ++i;
    } else {
      uint32_t cp = 0;
      size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
      cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
      for (size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
      a = FoldLatin(cp);
      i += len;
    }
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += a;
    } else if (a == '.' || a == '\'') {
      // "e.o." -> "eo", "'t" -> "t": punctuation inside words joins them.
    } else {
      dash = true;
    }
  }
  return out;
}

std::string_view TrimView(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n'))
    --e;
  return s.substr(b, e - b);
}

std::string Trim(std::string_view s) { return std::string(TrimView(s)); }

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string EndOfSentence(std::string_view s) {
  std::string out(s);
  if (!EndsWith(s, ".")) out += '.';
  return out;
}

std::string WithoutTrailingSlashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

bool IsWebUrl(std::string_view url) {
  size_t rest = StartsWith(url, "https://") ? 8 : StartsWith(url, "http://") ? 7 : 0;
  if (rest == 0 || rest >= url.size() || url[rest] == '/') return false;
  for (char c : url) {
    if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\') {
      return false;
    }
  }
  return true;
}

void OffsetToLineColumn(std::string_view text, size_t offset, int* line, int* column) {
  offset = std::min(offset, text.size());
  int ln = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++ln;
      line_start = i + 1;
    }
  }
  *line = ln;
  *column = static_cast<int>(offset - line_start) + 1;
}

std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_dist = word.size() / 2 + 2;
  for (const std::string& c : candidates) {
    std::vector<size_t> prev(c.size() + 1), cur(c.size() + 1);
    for (size_t j = 0; j <= c.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= word.size(); ++i) {
      cur[0] = i;
      for (size_t j = 1; j <= c.size(); ++j) {
        size_t sub = prev[j - 1] + (word[i - 1] == c[j - 1] ? 0 : 1);
        cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      }
      std::swap(prev, cur);
    }
    if (prev[c.size()] < best_dist) {
      best_dist = prev[c.size()];
      best = c;
    }
  }
  return best;
}

}  // namespace openwijk
