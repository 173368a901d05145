// What every page renderer shares: the model, its aggregates, the templates,
// and the list of files being produced. Also the helpers that turn values
// into template data in one consistent way (amounts, dates, links).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/aggregate.h"
#include "model/geo_index.h"
#include "model/model.h"
#include "render/render_site.h"
#include "render/templates.h"

namespace openwijk {

struct RenderContext {
  const Model& model;
  const Aggregates& agg;
  const TemplateSet& templates;
  std::vector<OutputFile>* files;
  Diagnostics* diags;
  const GeoIndex* geo = nullptr;  // every area's shape (model/geo_index.h); null = no maps
};

// "../../" for a page in "wijk/centrum", "" for the root.
std::string RootPrefix(const std::string& dir);

// An amount cell: {tekst, bekend}; empty amounts read "niet bekend".
Data AmountCell(const std::optional<int64_t>& cents);
Data BedragCell(const Bedrag& b);

// The commit date in Dutch ("23 november 2026") and as ISO ("2026-11-23").
std::string DutchDate(int64_t time, int offset_minutes);
std::string IsoDate(int64_t time, int offset_minutes);

// Link data for an area: {naam, url, niveau, code}.
Data GebiedLink(const Model& model, int g, const std::string& root);
// "wijk", "dorp", "buurt", ... as residents say it.
std::string NiveauLabel(const Gebied& g);

// Wraps `inhoud` (rendered HTML of the page body) in the layout and adds the
// file `dir/index.html`. `page` holds the page's own values (titel, ...).
void EmitPage(RenderContext& ctx, const std::string& dir, const std::string& template_name,
              Data page);

void EmitFile(RenderContext& ctx, std::string path, std::string content);

}  // namespace openwijk
