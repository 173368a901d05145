// linkcheck: the link gate. Walks every .html (and .css) file of a built site and reports
// each reference that would break once the site is published:
//   - an internal href/src/srcset/poster/url(...) whose file does not exist,
//   - a #fragment that is not an id in the target page (same page or another),
//   - a reference to another host (http:, https:, //host), which the site must never load.
//     Only <a rel="external"> may point elsewhere: plain outbound links in content.
// Root-relative links ("/gebied/x/") are taken relative to the site root, since the site may be
// published under a base path. Standard library only: a small tag/attribute scanner is enough
// for generated HTML, and it keeps the gate free of the code it checks.
//
// Usage: linkcheck [--base-url URL] SITE_DIR
//   --base-url URL  absolute links that start with URL are internal (the site's own address).
// Prints "page.html:LINE: problem 'link'" per problem; exits 1 if there is any, 2 on misuse.

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Attr {
  std::string name;   // lower case
  std::string value;  // entity-decoded
};

struct Tag {
  std::string name;  // lower case
  std::vector<Attr> attrs;
  int line = 0;
  const std::string* get(const std::string& name) const {
    for (const Attr& a : attrs) {
      if (a.name == name) return &a.value;
    }
    return nullptr;
  }
};

// What one page holds for the checks: its tags (in order) and the text of its <style> blocks.
struct Page {
  std::vector<Tag> tags;
  std::vector<std::pair<int, std::string>> styles;  // line, CSS text
  std::set<std::string> ids;
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool starts_with_ci(const std::string& s, const std::string& prefix) {
  return s.size() >= prefix.size() && lower(s.substr(0, prefix.size())) == prefix;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n\f");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n\f");
  return s.substr(b, e - b + 1);
}

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the character references that can occur in a URL attribute.
std::string decode_entities(const std::string& s) {
  static const std::map<std::string, std::string> named = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi = s[i] == '&' ? s.find(';', i) : std::string::npos;
    if (semi == std::string::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    std::string ref = s.substr(i + 1, semi - i - 1);
    if (!ref.empty() && ref[0] == '#') {
      bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
      std::string digits = ref.substr(hex ? 2 : 1);
      if (!digits.empty() && digits.find_first_not_of(hex ? "0123456789abcdefABCDEF"
                                                          : "0123456789") == std::string::npos) {
        append_utf8(out, std::stoul(digits, nullptr, hex ? 16 : 10));
        i = semi;
        continue;
      }
    } else if (auto it = named.find(ref); it != named.end()) {
      out += it->second;
      i = semi;
      continue;
    }
    out += s[i];
  }
  return out;
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Scans HTML into tags. Comments are skipped; <script> and <style> bodies are raw text (the
// style text is kept for its url(...) references).
Page scan_html(const std::string& html) {
  Page page;
  size_t i = 0;
  int line = 1;
  auto advance_to = [&](size_t to) {
    to = std::min(to, html.size());
    line += static_cast<int>(std::count(html.begin() + i, html.begin() + to, '\n'));
    i = to;
  };
  while (i < html.size()) {
    size_t lt = html.find('<', i);
    if (lt == std::string::npos) break;
    advance_to(lt);
    if (html.compare(i, 4, "<!--") == 0) {
      size_t end = html.find("-->", i + 4);
      advance_to(end == std::string::npos ? html.size() : end + 3);
      continue;
    }
    if (i + 1 >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i + 1]))) {
      advance_to(i + 1);  // </end>, <!DOCTYPE>, or a stray '<'
      continue;
    }
    Tag tag;
    tag.line = line;
    size_t p = i + 1;
    while (p < html.size() && !std::isspace(static_cast<unsigned char>(html[p])) &&
           html[p] != '>' && html[p] != '/')
      tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[p++])));
    while (p < html.size() && html[p] != '>') {
      if (std::isspace(static_cast<unsigned char>(html[p])) || html[p] == '/') {
        ++p;
        continue;
      }
      Attr attr;
      while (p < html.size() && !std::isspace(static_cast<unsigned char>(html[p])) &&
             html[p] != '=' && html[p] != '>' && !(html[p] == '/' && attr.name.size() > 0))
        attr.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[p++])));
      while (p < html.size() && std::isspace(static_cast<unsigned char>(html[p]))) ++p;
      if (p < html.size() && html[p] == '=') {
        ++p;
        while (p < html.size() && std::isspace(static_cast<unsigned char>(html[p]))) ++p;
        std::string raw;
        if (p < html.size() && (html[p] == '"' || html[p] == '\'')) {
          char q = html[p++];
          size_t end = html.find(q, p);
          if (end == std::string::npos) end = html.size();
          raw = html.substr(p, end - p);
          p = end + 1;
        } else {
          while (p < html.size() && !std::isspace(static_cast<unsigned char>(html[p])) &&
                 html[p] != '>')
            raw += html[p++];
        }
        attr.value = decode_entities(raw);
      }
      if (!attr.name.empty()) tag.attrs.push_back(attr);
    }
    advance_to(p + 1);
    if (const std::string* id = tag.get("id")) page.ids.insert(*id);
    std::string name = tag.name;
    page.tags.push_back(std::move(tag));
    if (name == "script" || name == "style") {
      size_t end = lower(html.substr(i, std::string::npos)).find("</" + name);
      end = end == std::string::npos ? html.size() : i + end;
      if (name == "style") page.styles.emplace_back(line, html.substr(i, end - i));
      advance_to(end);
    }
  }
  return page;
}

// The url(...) and @import "..." references in a piece of CSS.
std::vector<std::string> css_urls(const std::string& css) {
  std::vector<std::string> urls;
  std::string lc = lower(css);
  for (size_t pos = lc.find("url("); pos != std::string::npos; pos = lc.find("url(", pos + 4)) {
    size_t end = css.find(')', pos);
    if (end == std::string::npos) break;
    std::string u = trim(css.substr(pos + 4, end - pos - 4));
    if (u.size() >= 2 && (u[0] == '"' || u[0] == '\'') && u.back() == u[0])
      u = u.substr(1, u.size() - 2);
    urls.push_back(u);
  }
  for (size_t pos = lc.find("@import"); pos != std::string::npos;
       pos = lc.find("@import", pos + 7)) {
    size_t q = css.find_first_of("\"'", pos);
    size_t semi = css.find(';', pos);
    if (q == std::string::npos || (semi != std::string::npos && q > semi)) continue;
    size_t end = css.find(css[q], q + 1);
    if (end != std::string::npos) urls.push_back(css.substr(q + 1, end - q - 1));
  }
  return urls;
}

// The URLs of a srcset: comma-separated candidates "url [descriptor]".
std::vector<std::string> srcset_urls(const std::string& srcset) {
  std::vector<std::string> urls;
  size_t i = 0;
  while (i < srcset.size()) {
    while (i < srcset.size() &&
           (std::isspace(static_cast<unsigned char>(srcset[i])) || srcset[i] == ','))
      ++i;
    size_t start = i;
    while (i < srcset.size() && !std::isspace(static_cast<unsigned char>(srcset[i]))) ++i;
    std::string url = srcset.substr(start, i - start);
    while (!url.empty() && url.back() == ',') url.pop_back();
    if (!url.empty()) urls.push_back(url);
    size_t comma = srcset.find(',', i);
    i = comma == std::string::npos ? srcset.size() : comma + 1;
  }
  return urls;
}

class Checker {
 public:
  Checker(fs::path root, std::string base_url)
      : root_(std::move(root)), base_url_(std::move(base_url)) {}

  void check_html(const std::string& rel) {
    const Page& page = load(rel);
    std::string base_dir = parent(rel);
    for (const Tag& tag : page.tags) {
      if (tag.name == "base") {
        if (const std::string* href = tag.get("href")) base_dir = base_of(rel, base_dir, *href);
      }
    }
    for (const Tag& tag : page.tags) {
      const std::string* rel_attr = tag.get("rel");
      bool outbound_ok = tag.name == "a" && rel_attr && has_token(lower(*rel_attr), "external");
      for (const Attr& attr : tag.attrs) {
        const std::string& n = attr.name;
        if (n == "href" || n == "xlink:href" || n == "src" || n == "poster" || n == "action" ||
            (n == "data" && tag.name == "object")) {
          if (tag.name == "base") continue;
          check_ref(rel, base_dir, tag.line, "<" + tag.name + ">", attr.value, outbound_ok);
        } else if (n == "srcset") {
          for (const std::string& u : srcset_urls(attr.value))
            check_ref(rel, base_dir, tag.line, "<" + tag.name + ">", u, false);
        } else if (n == "style") {
          for (const std::string& u : css_urls(attr.value))
            check_ref(rel, base_dir, tag.line, "<" + tag.name + " style>", u, false);
        }
      }
    }
    for (const auto& [line, css] : page.styles) {
      for (const std::string& u : css_urls(css))
        check_ref(rel, base_dir, line, "<style>", u, false);
    }
  }

  void check_css(const std::string& rel) {
    std::string css = read(root_ / rel);
    for (const std::string& u : css_urls(css))
      check_ref(rel, parent(rel), 0, "CSS url()", u, false);
  }

  int problems() const { return problems_; }
  int references() const { return references_; }

 private:
  static std::string parent(const std::string& rel) {
    size_t slash = rel.rfind('/');
    return slash == std::string::npos ? "" : rel.substr(0, slash + 1);
  }

  static bool has_token(const std::string& list, const std::string& token) {
    std::istringstream in(list);
    std::string t;
    while (in >> t) {
      if (t == token) return true;
    }
    return false;
  }

  static std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }

  const Page& load(const std::string& rel) {
    auto it = pages_.find(rel);
    if (it == pages_.end()) it = pages_.emplace(rel, scan_html(read(root_ / rel))).first;
    return it->second;
  }

  void report(const std::string& rel, int line, const std::string& what, const std::string& ref) {
    std::cout << rel;
    if (line > 0) std::cout << ':' << line;
    std::cout << ": " << what << " '" << ref << "'\n";
    ++problems_;
  }

  std::string base_of(const std::string& rel, const std::string& dir, const std::string& href) {
    std::string path = href;
    if (!base_url_.empty() && path.compare(0, base_url_.size(), base_url_) == 0)
      path = "/" + path.substr(base_url_.size());
    if (path.find("//") != std::string::npos || path.find(':') != std::string::npos) {
      report(rel, 0, "<base> points to another host", href);
      return dir;
    }
    std::string resolved;
    if (path.empty()) return dir;
    if (!normalize(path[0] == '/' ? path.substr(1) : dir + path, resolved)) return dir;
    return path.back() == '/' ? resolved : parent(resolved);
  }

  // Joins and removes "." and ".." segments; false if the path climbs out of the site.
  static bool normalize(const std::string& path, std::string& out) {
    std::vector<std::string> segs;
    std::string seg;
    std::istringstream in(path);
    while (std::getline(in, seg, '/')) {
      if (seg.empty() || seg == ".") continue;
      if (seg == "..") {
        if (segs.empty()) return false;
        segs.pop_back();
      } else {
        segs.push_back(seg);
      }
    }
    out.clear();
    for (size_t k = 0; k < segs.size(); ++k) out += (k ? "/" : "") + segs[k];
    bool dir = path.empty() || path.back() == '/' || seg == "." || seg == "..";
    if (dir && !out.empty()) out += '/';
    return true;
  }

  void check_ref(const std::string& rel, const std::string& base_dir, int line,
                 const std::string& what, std::string ref, bool outbound_ok) {
    ref = trim(ref);
    ++references_;
    if (!base_url_.empty() && ref.compare(0, base_url_.size(), base_url_) == 0)
      ref = "/" + ref.substr(base_url_.size());
    if (starts_with_ci(ref, "http:") || starts_with_ci(ref, "https:") || ref.rfind("//", 0) == 0) {
      if (!outbound_ok) report(rel, line, what + " refers to another host", ref);
      return;
    }
    size_t colon = ref.find(':');
    if (colon != std::string::npos && ref.find_first_of("/?#") > colon) {
      return;  // mailto:, tel:, data: and other non-fetching schemes
    }
    std::string fragment;
    if (size_t hash = ref.find('#'); hash != std::string::npos) {
      fragment = percent_decode(ref.substr(hash + 1));
      ref.resize(hash);
    }
    if (size_t q = ref.find('?'); q != std::string::npos) ref.resize(q);
    std::string path = percent_decode(ref);
    std::string target;
    if (path.empty()) {
      target = rel;  // "#x" or "": this page
    } else if (!normalize(path[0] == '/' ? path.substr(1) : base_dir + path, target)) {
      report(rel, line, "link leaves the site", ref);
      return;
    } else if (target.empty() || target.back() == '/') {
      target += "index.html";
    }
    fs::path file = root_ / target;
    std::error_code ec;
    if (fs::is_directory(file, ec)) {
      report(rel, line, "link to a folder without a trailing '/'", ref);
      return;
    }
    if (!fs::is_regular_file(file, ec)) {
      report(rel, line, "broken link", ref + (fragment.empty() ? "" : "#" + fragment));
      return;
    }
    if (fragment.empty() || fragment == "top") return;
    if (target.size() < 5 || target.compare(target.size() - 5, 5, ".html") != 0) return;
    if (!load(target).ids.count(fragment)) report(rel, line, "broken anchor", ref + "#" + fragment);
  }

  fs::path root_;
  std::string base_url_;
  std::map<std::string, Page> pages_;
  int problems_ = 0;
  int references_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  std::string base_url;
  std::string dir;
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    if (arg == "--base-url" && a + 1 < argc) {
      base_url = argv[++a];
    } else if (arg.rfind("--", 0) != 0 && dir.empty()) {
      dir = arg;
    } else {
      std::cerr << "usage: linkcheck [--base-url URL] SITE_DIR\n";
      return 2;
    }
  }
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) {
    std::cerr << "linkcheck: not a folder: '" << dir << "'\n";
    return 2;
  }
  std::vector<std::string> html, css;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::string rel = fs::relative(entry.path(), dir).generic_string();
    std::string ext = lower(entry.path().extension().string());
    if (ext == ".html") html.push_back(rel);
    if (ext == ".css") css.push_back(rel);
  }
  std::sort(html.begin(), html.end());
  std::sort(css.begin(), css.end());
  if (html.empty()) {
    std::cerr << "linkcheck: no .html pages in '" << dir << "'\n";
    return 1;
  }
  Checker checker(dir, base_url);
  for (const std::string& rel : html) checker.check_html(rel);
  for (const std::string& rel : css) checker.check_css(rel);
  std::cout << "linkcheck: " << html.size() << " pages, " << css.size() << " stylesheets, "
            << checker.references() << " references, " << checker.problems() << " problems\n";
  return checker.problems() == 0 ? 0 : 1;
}
