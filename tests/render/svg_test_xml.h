// Test helper for the render/svg tests: a small XML well-formedness checker
// (tag balance, quoted attributes, entities, unique ids, local references),
// so the tests need no XML library.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace openwijk::testing {

inline bool ValidEntity(const std::string& s, size_t amp, size_t* end) {
  size_t semi = s.find(';', amp);
  if (semi == std::string::npos || semi - amp > 8) return false;
  std::string name = s.substr(amp + 1, semi - amp - 1);
  static const std::set<std::string> kNamed{"amp", "lt", "gt", "quot", "apos"};
  bool numeric = name.size() > 1 && name[0] == '#' &&
                 name.find_first_not_of("0123456789", 1) == std::string::npos;
  *end = semi;
  return kNamed.count(name) || numeric;
}

inline std::string CheckText(const std::string& s, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    size_t end = 0;
    if (s[i] == '&' && !ValidEntity(s, i, &end)) return "bad entity at " + std::to_string(i);
    if (s[i] == '&') i = end;
  }
  return "";
}

// Parses attributes of one start tag; collects ids and url(#..) references.
inline std::string CheckAttributes(const std::string& s, size_t from, size_t to,
                                   std::vector<std::string>* ids, std::vector<std::string>* refs) {
  std::set<std::string> seen;
  size_t i = from;
  while (i < to) {
    while (i < to && s[i] == ' ') ++i;
    if (i >= to) break;
    size_t eq = s.find('=', i);
    if (eq == std::string::npos || eq >= to || s[eq + 1] != '"')
      return "bad attribute at " + std::to_string(i);
    std::string name = s.substr(i, eq - i);
    if (!seen.insert(name).second) return "duplicate attribute " + name;
    size_t close = s.find('"', eq + 2);
    if (close == std::string::npos || close >= to + 1) return "unterminated attribute " + name;
    std::string value = s.substr(eq + 2, close - eq - 2);
    if (value.find('<') != std::string::npos) return "'<' in attribute " + name;
    std::string err = CheckText(s, eq + 2, close);
    if (!err.empty()) return err;
    if (name == "id") ids->push_back(value);
    if (name == "aria-labelledby") {
      size_t sp = value.find(' ');
      refs->push_back(value.substr(0, sp));
      if (sp != std::string::npos) refs->push_back(value.substr(sp + 1));
    }
    if (value.rfind("url(#", 0) == 0) refs->push_back(value.substr(5, value.size() - 6));
    i = close + 1;
  }
  return "";
}

// "" when `s` is one well-formed element whose ids are unique and whose
// url(#id) and aria-labelledby references all resolve; else the first problem.
inline std::string CheckSvg(const std::string& s) {
  std::vector<std::string> stack, ids, refs;
  size_t i = 0;
  while (i < s.size()) {
    size_t lt = s.find('<', i);
    std::string err = CheckText(s, i, lt == std::string::npos ? s.size() : lt);
    if (!err.empty()) return err;
    if (lt == std::string::npos) break;
    if (stack.empty() && lt != 0) return "content outside the root element";
    size_t gt = s.find('>', lt);
    if (gt == std::string::npos) return "unterminated tag";
    std::string tag = s.substr(lt + 1, gt - lt - 1);
    if (!tag.empty() && tag[0] == '/') {
      if (stack.empty() || stack.back() != tag.substr(1))
        return "unbalanced </" + tag.substr(1) + ">";
      stack.pop_back();
      if (stack.empty() && gt + 1 != s.size()) return "content after the root element";
    } else {
      bool empty = !tag.empty() && tag.back() == '/';
      size_t name_end = std::min(tag.find(' '), empty ? tag.size() - 1 : tag.size());
      std::string name = tag.substr(0, name_end);
      if (name.empty()) return "empty tag name";
      err =
          CheckAttributes(s, lt + 1 + name_end, lt + 1 + tag.size() - (empty ? 1 : 0), &ids, &refs);
      if (!err.empty()) return err;
      if (!empty) stack.push_back(name);
      if (empty && stack.empty()) return "empty root";
    }
    i = gt + 1;
  }
  if (!stack.empty()) return "unclosed <" + stack.back() + ">";
  std::set<std::string> unique(ids.begin(), ids.end());
  if (unique.size() != ids.size()) return "duplicate id";
  for (const std::string& r : refs) {
    if (!unique.count(r)) return "reference to missing id " + r;
  }
  return "";
}

inline size_t CountOf(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

}  // namespace openwijk::testing
