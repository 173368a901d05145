#include "load/site_config.h"

#include <nlohmann/json.hpp>

#include "load/json_text.h"
#include "util/path.h"
#include "util/text.h"

namespace openwijk {

namespace {

using nlohmann::json;

class ConfigReader {
 public:
  ConfigReader(const std::string& file, std::string_view text, const json& root, Diagnostics* d)
      : file_(file), text_(text), root_(root), diags_(d) {}

  // A required or optional string member of `obj`, reported as `path`.
  std::string String(const json& obj, const char* key, const std::string& path, bool required) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
      if (required) Error(key, "missing required key '" + path + "'");
      return "";
    }
    if (!it->is_string()) {
      Error(key, "'" + path + "' must be a string");
      return "";
    }
    return it->get<std::string>();
  }

  void Error(std::string_view key, std::string message) {
    Position p = FindKey(file_, text_, key);
    if (p.line == 0) p = {file_, 1, 1};
    diags_->Error(p, std::move(message));
  }

  const json& root() const { return root_; }

 private:
  const std::string& file_;
  std::string_view text_;
  const json& root_;
  Diagnostics* diags_;
};

// Links from site.json appear on every page, so only web links are allowed:
// a javascript: or data: URL would run in a resident's browser.
void CheckUrl(ConfigReader& r, const std::string& path, const std::string& url) {
  if (!url.empty() && !IsWebUrl(url)) {
    std::string key = path.substr(path.rfind('.') + 1);
    r.Error(key, "'" + path + "' must be an http:// or https:// URL");
  }
}

void ReadLicence(ConfigReader& r, SiteConfig* c) {
  auto it = r.root().find("licentie");
  if (it == r.root().end() || !it->is_object()) {
    r.Error("licentie", "missing required key 'licentie' (an object with 'naam' and 'url')");
    return;
  }
  c->licentie_naam = r.String(*it, "naam", "licentie.naam", true);
  c->licentie_url = r.String(*it, "url", "licentie.url", true);
  CheckUrl(r, "licentie.url", c->licentie_url);
}

void ReadBronnen(ConfigReader& r, SiteConfig* c) {
  auto it = r.root().find("bronnen");
  if (it == r.root().end() || !it->is_array()) {
    r.Error("bronnen", "missing required key 'bronnen' (a list of sources)");
    return;
  }
  for (size_t i = 0; i < it->size(); ++i) {
    const json& b = (*it)[i];
    std::string path = "bronnen[" + std::to_string(i) + "]";
    if (!b.is_object()) {
      r.Error("bronnen", "'" + path + "' must be an object");
      continue;
    }
    c->bronnen.push_back({r.String(b, "naam", path + ".naam", true),
                          r.String(b, "url", path + ".url", false),
                          r.String(b, "licentie", path + ".licentie", false)});
    CheckUrl(r, path + ".url", c->bronnen.back().url);
  }
}

void ReadGeo(ConfigReader& r, SiteConfig* c) {
  auto geo = r.root().find("geo");
  if (geo == r.root().end() || !geo->is_object() || !geo->contains("code_eigenschap")) {
    r.Error("geo", "missing required key 'geo.code_eigenschap'");
    return;
  }
  const json& prop = (*geo)["code_eigenschap"];
  if (prop.is_string()) {
    c->geo_code_eigenschappen.push_back(prop.get<std::string>());
  } else if (prop.is_array()) {
    for (const json& p : prop) {
      if (p.is_string()) c->geo_code_eigenschappen.push_back(p.get<std::string>());
    }
  }
  if (c->geo_code_eigenschappen.empty()) {
    r.Error("code_eigenschap", "'geo.code_eigenschap' must be a string or a list of strings");
  }
}

}  // namespace

bool ParseSiteConfig(const std::string& file, std::string_view text, SiteConfig* c,
                     Diagnostics* diags) {
  int before = diags->error_count();
  json root;
  if (!ParseJsonText(file, text, &root, diags)) return false;
  if (!root.is_object()) {
    diags->Error({file, 1, 1}, "site.json must be a JSON object");
    return false;
  }
  c->file = file;
  ConfigReader r(file, text, root, diags);
  c->titel = r.String(root, "titel", "titel", true);
  c->gemeente = r.String(root, "gemeente", "gemeente", true);
  c->basis_url = r.String(root, "basis_url", "basis_url", true);
  if (!c->basis_url.empty() && !IsWebUrl(c->basis_url)) {
    r.Error("basis_url", "'basis_url' must be an absolute http(s) URL");
  } else if (!c->basis_url.empty() && !EndsWith(c->basis_url, "/")) {
    c->basis_url += '/';
  }
  ReadLicence(r, c);
  ReadBronnen(r, c);
  ReadGeo(r, c);
  if (auto k = root.find("kompas"); k != root.end() && k->is_object()) {
    std::string inw = r.String(*k, "inwoners", "kompas.inwoners", false);
    if (!inw.empty()) c->inwoners_indicator = inw;
    c->kaart_maat = r.String(*k, "kaart", "kompas.kaart", false);
  }
  std::string templates = r.String(root, "templates", "templates", false);
  if (!templates.empty()) {
    std::string why;
    if (!IsSafeRelativePath(templates, &why)) {
      r.Error("templates", "path '" + templates + "' in 'templates' is not allowed: " + why);
    } else {
      while (EndsWith(templates, "/")) templates.pop_back();
      c->templates_dir = templates;
    }
  }
  std::string pattern = r.String(root, "publicaties", "publicaties", false);
  if (!pattern.empty()) c->publicatie_patroon = pattern;
  return diags->error_count() == before;
}

}  // namespace openwijk
