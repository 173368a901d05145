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

class TemplateSet {
 public:
  // Parses every "*.mustache" file; "partials/x.mustache" becomes partial
  // "partials/x". Other files (style.css) are kept as assets. Returns false after
  // adding an error per broken template.
  bool Parse(const std::string& dir, const std::map<std::string, std::string>& files,
             Diagnostics* diags);

  bool Has(const std::string& name) const { return pages_.count(name) > 0; }
  // Renders page template `name` with `data` (partials available).
  std::string Render(const std::string& name, const Data& data) const;
  const std::map<std::string, std::string>& assets() const { return assets_; }

 private:
  std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> pages_;
  Data partials_data_{Data::type::object};
  std::map<std::string, std::string> partials_;
  std::map<std::string, std::string> assets_;
};

}  // namespace openwijk
