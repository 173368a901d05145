// Text helpers shared by every stage: UTF-8 checks, escaping, slugs.
// All functions are pure and return new strings owned by the caller.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace openwijk {

// A flag per byte value, true for the bytes `pick` picks: the escapers look
// each character up once instead of comparing it against every special one.
template <typename Pick>
constexpr std::array<bool, 256> ByteTable(Pick pick) {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = pick(static_cast<unsigned char>(c));
  return table;
}

// Checks that `s` is valid UTF-8. On failure returns false and sets *line and
// *column (from 1, column counted in bytes) of the first bad byte.
bool ValidateUtf8(std::string_view s, int* line, int* column);

// Escapes & < > " ' for HTML text and attribute values.
std::string HtmlEscape(std::string_view s);

// Escapes & < > " ' for XML (SVG, Atom) and drops the control characters
// XML 1.0 does not allow.
std::string XmlEscape(std::string_view s);

// Escapes & < > " ' exactly as kainjow::mustache's own html_escape does
// (' as &apos;), but copies the text between them in runs: the escape of
// every {{value}} in the templates.
std::string TemplateEscape(std::string_view s);

// A JSON string literal with quotes: escapes '"', '\\' and control characters,
// byte for byte as nlohmann::json's dump() does (\t, \n, ... where JSON has a
// short form, else \u00XX). The input is valid UTF-8 (checked at load), so
// other bytes pass through.
std::string JsonQuote(std::string_view s);
// The same, appended to *out: the downloads write thousands of these.
void AppendJsonQuoted(std::string* out, std::string_view s);

// A readable, stable URL segment: lowercase ASCII letters, digits and '-'.
// Dutch and other Latin letters lose their accents ("Hoogkerk e.o." ->
// "hoogkerk-eo", "Ten Boer" -> "ten-boer"). Returns "" if nothing is left.
std::string Slugify(std::string_view s);

std::string Trim(std::string_view s);
// The same, as a view into `s`.
std::string_view TrimView(std::string_view s);
std::vector<std::string> Split(std::string_view s, char sep);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
// `s` ending a sentence: with a full stop after it, unless it ends in one
// already ("Haren e.o."), so that no sentence ends in "..".
std::string EndOfSentence(std::string_view s);
// `path` without its trailing slashes; "/" stays "/". "site/" names the same
// folder as "site", but open() follows a symlink named site only for the first.
std::string WithoutTrailingSlashes(std::string path);

// True for an absolute http:// or https:// URL with a host and no spaces or
// control characters: the only links from data that become clickable.
bool IsWebUrl(std::string_view url);

// Line and column (from 1) of byte `offset` in `text`.
void OffsetToLineColumn(std::string_view text, size_t offset, int* line, int* column);

// The closest candidate by edit distance, or "" when none is close enough.
// Used for "did you mean" hints.
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace openwijk
