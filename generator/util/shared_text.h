// Text that many records hold the same, such as a budget line's programma,
// taakveld, financier and bron: a gemeente has a few dozen programma names
// over tens of thousands of lines. Each record holds a pointer to one shared,
// immutable copy instead of a string of its own, which at the benchmark's
// `land` scale (eleven revisions of a million lines) is most of the memory.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace openwijk {

class SharedText {
 public:
  SharedText() = default;
  // Implicit, as for the std::string it replaces: `regel.bron = "CBS";`.
  SharedText(std::string text);  // NOLINT(google-explicit-constructor)
  SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT

  const std::string& str() const { return text_ ? *text_ : Empty(); }
  operator const std::string&() const { return str(); }  // NOLINT
  bool empty() const { return str().empty(); }
  size_t size() const { return str().size(); }
  const char* c_str() const { return str().c_str(); }

 private:
  static const std::string& Empty();
  std::shared_ptr<const std::string> text_;
};

// Compared by text. Spelled with compare(), so that no comparison below can
// turn one operand into a SharedText and call itself.
inline bool operator==(const SharedText& a, const SharedText& b) {
  return a.str().compare(b.str()) == 0;
}
inline bool operator!=(const SharedText& a, const SharedText& b) { return !(a == b); }
inline bool operator<(const SharedText& a, const SharedText& b) {
  return a.str().compare(b.str()) < 0;
}
inline bool operator==(const SharedText& a, std::string_view b) { return a.str().compare(b) == 0; }
inline bool operator!=(const SharedText& a, std::string_view b) { return !(a == b); }
inline bool operator==(const SharedText& a, const char* b) { return a.str().compare(b) == 0; }
inline bool operator!=(const SharedText& a, const char* b) { return !(a == b); }
inline bool operator==(const SharedText& a, const std::string& b) {
  return a.str().compare(b) == 0;
}
inline bool operator==(const std::string& a, const SharedText& b) { return b == a; }
inline bool operator!=(const SharedText& a, const std::string& b) { return !(a == b); }
inline bool operator!=(const std::string& a, const SharedText& b) { return !(b == a); }
inline std::string operator+(std::string a, const SharedText& b) { return a.append(b.str()); }
inline std::string operator+(const char* a, const SharedText& b) {
  return std::string(a).append(b.str());
}
inline std::string operator+(const SharedText& a, std::string_view b) {
  return std::string(a.str()).append(b);
}

std::ostream& operator<<(std::ostream& out, const SharedText& text);

// Hands out one SharedText per distinct text; used while reading one file.
class SharedTextPool {
 public:
  SharedText Get(std::string_view text);

 private:
  // The keys point into the values' strings, which never move.
  std::unordered_map<std::string_view, SharedText> texts_;
};

}  // namespace openwijk
