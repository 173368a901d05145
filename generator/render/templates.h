// The Mustache templates of the site (kainjow::mustache). Every {{value}} is
// HTML-escaped by Mustache; {{{triple}}} is reserved for HTML the generator
// made itself (rendered Markdown, SVG). A TemplateSet is parsed once; kainjow
// renders through non-const objects, so one TemplateSet serves one thread.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <kainjow/mustache.hpp>

#include "util/diagnostic.h"

namespace openwijk {

using Data = kainjow::mustache::data;

// kainjow's set() and push_back() copy their argument, and nested tables are
// copied again at every level. These move a value in instead: they insert a
// cheap placeholder and move-assign into it (the container is ours and not
// const, so writing through get() is sound).
void Put(Data* object, const std::string& key, Data&& value);
void Append(Data* list, Data&& value);
// kainjow's basic_data(const std::string&) copies the text, and it has no
// constructor that takes a string by move: a page body or a chart would be
// copied whole. These move a finished string in.
Data Text(std::string&& text);
void Put(Data* object, const std::string& key, std::string&& value);
void Put(Data* object, const std::string& key, const char* value);  // not ambiguous

class TemplateSet {
 public:
  // Parses every "*.mustache" file. "partials/x.mustache" is a partial,
  // included with {{>partials/x}} and expanded into the pages once, here.
  // Other files (style.css) are kept as assets. Returns false after adding
  // an error per broken template.
  bool Parse(const std::string& dir, const std::map<std::string, std::string>& files,
             Diagnostics* diags);

  // Parses the same templates into `out`, for another render thread.
  void CopyTo(TemplateSet* out) const;

  bool Has(const std::string& name) const { return pages_.count(name) > 0; }
  // Renders page template `name` with `data`.
  std::string Render(const std::string& name, const Data& data) const;
  // Renders "layout" around `body`, the page's own HTML, as its {{{inhoud}}}.
  // A layout that names inhoud once, as a top-level {{{inhoud}}} alone on its
  // line, is rendered as the two halves around it, and the body goes between
  // them without passing through kainjow, which would copy it three times;
  // any other layout gets the body as "inhoud" in `page`.
  std::string RenderLayout(Data* page, std::string&& body) const;
  bool layout_split() const { return layout_kop_ != nullptr; }
  const std::map<std::string, std::string>& assets() const { return assets_; }

 private:
  void SplitLayout(const std::string& layout);

  std::string dir_;
  std::map<std::string, std::string> source_;  // what Parse was given, for CopyTo
  struct Page {
    std::unique_ptr<kainjow::mustache::mustache> tmpl;
    // The size of the last page rendered from it: the next page's text is
    // reserved at about that size, so that it is not copied each time it
    // doubles. Written by Render, which one thread calls (see above).
    mutable size_t last_size = 0;
  };
  std::map<std::string, Page> pages_;
  // "layout" split at its {{{inhoud}}}, when it can be (RenderLayout), and
  // the size of the two halves as last rendered.
  std::unique_ptr<kainjow::mustache::mustache> layout_kop_, layout_voet_;
  mutable size_t layout_last_size_ = 0;
  std::map<std::string, std::string> partials_;
  std::map<std::string, std::string> assets_;
};

}  // namespace openwijk
