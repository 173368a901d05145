#include "render/templates.h"

#include <algorithm>
#include <cstring>

#include "util/text.h"

namespace openwijk {

void Put(Data* object, const std::string& key, Data&& value) {
  if (!object->is_object()) return;  // as kainjow's own set()
  // One lookup, and the value moved in: set() looks the key up three times
  // and copies the value.
  (*object)[key] = std::move(value);
}

Data Text(std::string&& text) {
  Data d{Data::type::string};
  const_cast<std::string&>(d.string_value()) = std::move(text);  // ours, as in Append
  return d;
}

void Put(Data* object, const std::string& key, std::string&& value) {
  Put(object, key, Text(std::move(value)));
}

void Put(Data* object, const std::string& key, const char* value) { Put(object, key, Data(value)); }

void Append(Data* list, Data&& value) {
  if (!list->is_list()) return;
  auto& items = const_cast<kainjow::mustache::list&>(list->list_value());
  if (items.size() == items.capacity()) {
    // basic_data's move constructor is not noexcept, so the vector's own
    // growth would deep-copy every item so far: grow it here by moving.
    kainjow::mustache::list grown;
    grown.reserve(std::max<size_t>(8, 2 * items.size()));
    for (Data& item : items) grown.emplace_back(std::move(item));
    items.swap(grown);
  }
  items.emplace_back(std::move(value));
}

namespace {

// Replaces every {{>partials/x}} by the text of partial x, up to a fixed
// depth. kainjow parses a partial again each time it is used, which for a
// partial inside a table row means once per row; our partials are plain
// includes, so expanding them once before parsing gives the same output.
std::string ExpandPartials(const std::string& text,
                           const std::map<std::string, std::string>& partials, int depth,
                           std::string* error) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    std::string name = Trim(std::string_view(text).substr(open + 3, close - open - 3));
    out.append(text, pos, open - pos);
    auto it = partials.find(name);
    if (it == partials.end()) {
      *error = "unknown partial '" + name + "'";
    } else if (depth > 8) {
      *error = "partials nested deeper than 8 levels";
    } else {
      out += ExpandPartials(it->second, partials, depth + 1, error);
    }
    pos = close + 2;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

// A template for `text`, escaping as the site does; null when it does not parse.
std::unique_ptr<kainjow::mustache::mustache> Compile(const std::string& text, std::string* error) {
  auto tmpl = std::make_unique<kainjow::mustache::mustache>(text);
  if (!tmpl->is_valid()) {
    *error = tmpl->error_message();
    return nullptr;
  }
  tmpl->set_custom_escape([](const std::string& s) { return TemplateEscape(s); });
  return tmpl;
}

// The tags of `text` that name `name` (as {{name}}, {{{name}}}, {{#name}},
// {{name.x}}, ...), or -1 when the text changes its delimiters ({{=...=}},
// which kainjow reads with spaces inside the braces too).
int TagsNaming(const std::string& text, const std::string& name) {
  int n = 0;
  for (size_t open = text.find("{{"); open != std::string::npos; open = text.find("{{", open)) {
    size_t close = text.find("}}", open + 2);
    if (close == std::string::npos) break;
    std::string_view tag = std::string_view(text).substr(open + 2, close - open - 2);
    while (!tag.empty() && std::strchr(" \t\r\n", tag.front())) tag.remove_prefix(1);
    if (!tag.empty() && tag.front() == '=') return -1;
    while (!tag.empty() && std::strchr("{&#^/> \t", tag.front())) tag.remove_prefix(1);
    if (tag.substr(0, name.size()) == name &&
        (tag.size() == name.size() || std::strchr(" .}\t", tag[name.size()])))
      ++n;
    open = close + 2;
  }
  return n;
}

}  // namespace

bool TemplateSet::Parse(const std::string& dir, const std::map<std::string, std::string>& files,
                        Diagnostics* diags) {
  int before = diags->error_count();
  dir_ = dir;
  source_ = files;
  std::map<std::string, std::string> pages;
  for (const auto& [name, text] : files) {
    if (!EndsWith(name, ".mustache")) {
      assets_[name] = text;
      continue;
    }
    std::string stem = name.substr(0, name.size() - 9);
    if (StartsWith(stem, "partials/")) {
      partials_[stem] = text;
    } else {
      pages[stem] = text;
    }
  }
  for (const auto& [stem, text] : pages) {
    std::string error;
    std::string expanded = ExpandPartials(text, partials_, 0, &error);
    std::unique_ptr<kainjow::mustache::mustache> tmpl;
    if (error.empty()) tmpl = Compile(expanded, &error);
    if (!tmpl) {
      diags->Error({dir + "/" + stem + ".mustache", 0, 0}, "template error: " + error);
      continue;
    }
    if (stem == "layout") SplitLayout(expanded);
    pages_[stem].tmpl = std::move(tmpl);
  }
  return diags->error_count() == before;
}

void TemplateSet::SplitLayout(const std::string& layout) {
  // Only a layout that names inhoud once, as {{{inhoud}}}, with no other tag
  // on its line: kainjow drops a line that held a section tag and renders
  // blank, and with the body on it that line never is, but either half of it
  // could be. A {{{inhoud}}} inside a section leaves a half that does not
  // parse, so that layout is rendered whole too.
  static const std::string kTag = "{{{inhoud}}}";
  layout_kop_.reset();
  layout_voet_.reset();
  size_t at = layout.find(kTag);
  if (at == std::string::npos || TagsNaming(layout, "inhoud") != 1) return;
  size_t line_start = layout.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  size_t line_end = std::min(layout.find('\n', at), layout.size());
  std::string beside = layout.substr(line_start, at - line_start) +
                       layout.substr(at + kTag.size(), line_end - at - kTag.size());
  if (beside.find("{{") != std::string::npos) return;
  std::string error;
  auto kop = Compile(layout.substr(0, at), &error);
  auto voet = Compile(layout.substr(at + kTag.size()), &error);
  if (!kop || !voet) return;
  layout_kop_ = std::move(kop);
  layout_voet_ = std::move(voet);
}

std::string TemplateSet::RenderLayout(Data* page, std::string&& body) const {
  if (!layout_kop_) {
    Put(page, "inhoud", std::move(body));
    return Render("layout", *page);
  }
  std::string out;
  out.reserve(body.size() + layout_last_size_ + layout_last_size_ / 8);
  const kainjow::mustache::mustache::render_handler append = [&out](const std::string& line) {
    out += line;
  };
  layout_kop_->render(*page, append);
  out += body;
  layout_voet_->render(*page, append);
  layout_last_size_ = out.size() - body.size();
  return out;
}

void TemplateSet::CopyTo(TemplateSet* out) const {
  Diagnostics ignored;  // the same text parsed fine once already
  out->Parse(dir_, source_, &ignored);
}

std::string TemplateSet::Render(const std::string& name, const Data& data) const {
  auto it = pages_.find(name);
  if (it == pages_.end()) return "";
  // kainjow's render(data) writes through an ostringstream and copies its
  // text out at the end; appending each finished line here skips both.
  std::string out;
  out.reserve(it->second.last_size + it->second.last_size / 8);
  it->second.tmpl->render(data, [&out](const std::string& line) { out += line; });
  it->second.last_size = out.size();
  return out;
}

}  // namespace openwijk
