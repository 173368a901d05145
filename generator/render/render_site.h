// Model -> every file of the site, in memory: HTML pages, CSV/JSON downloads
// and assets. Nothing is written to disk here (that is publish/'s job), so a
// failed render can never leave half a site behind.
#pragma once

#include <string>
#include <vector>

#include "model/model.h"
#include "render/templates.h"
#include "util/diagnostic.h"

namespace openwijk {

struct OutputFile {
  std::string path;  // relative to the site root: "wijk/centrum/index.html"
  std::string content;
};

// Renders the whole site into *files, sorted by path. Returns false after
// adding errors (for example a template that is missing).
bool RenderSite(const Model& model, const TemplateSet& templates, std::vector<OutputFile>* files,
                Diagnostics* diags);

}  // namespace openwijk
