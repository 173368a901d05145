#include "render/templates.h"

#include "util/text.h"

namespace openwijk {

bool TemplateSet::Parse(const std::string& dir, const std::map<std::string, std::string>& files,
                        Diagnostics* diags) {
  int before = diags->error_count();
  for (const auto& [name, text] : files) {
    if (!EndsWith(name, ".mustache")) {
      assets_[name] = text;
      continue;
    }
    std::string stem = name.substr(0, name.size() - 9);
    if (StartsWith(stem, "partials/")) {
      // Kept under their path ("{{>partials/begroting}}"), so a partial can
      // never be shadowed by a data key of the same name.
      partials_[stem] = text;
      continue;
    }
    auto tmpl = std::make_unique<kainjow::mustache::mustache>(text);
    if (!tmpl->is_valid()) {
      diags->Error({dir + "/" + name, 0, 0}, "template error: " + tmpl->error_message());
      continue;
    }
    pages_[stem] = std::move(tmpl);
  }
  for (const auto& [name, text] : partials_) {
    const std::string* body = &text;
    partials_data_.set(name, kainjow::mustache::partial([body] { return *body; }));
    kainjow::mustache::mustache check(text);
    if (!check.is_valid()) {
      diags->Error({dir + "/" + name + ".mustache", 0, 0},
                   "template error: " + check.error_message());
    }
  }
  return diags->error_count() == before;
}

std::string TemplateSet::Render(const std::string& name, const Data& data) const {
  auto it = pages_.find(name);
  if (it == pages_.end()) return "";
  // The partials sit below the page's data on the context stack, so the page
  // data is not copied.
  kainjow::mustache::context<std::string> ctx(&partials_data_);
  ctx.push(&data);
  return it->second->render(ctx);
}

}  // namespace openwijk
