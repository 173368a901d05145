// What every page renderer shares: the model, its aggregates, the templates,
// and the list of files being produced. Also the helpers that turn values
// into template data in one consistent way (amounts, dates, links).
#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "model/aggregate.h"
#include "model/diff.h"
#include "model/geo_index.h"
#include "model/model.h"
#include "render/regel_rijen.h"
#include "render/render_site.h"
#include "render/templates.h"

namespace openwijk {

// One per render thread.
struct RenderContext {
  const Model& model;
  const Aggregates& agg;
  const TemplateSet& templates;
  OutputSink* out;
  Diagnostics* diags;
  const GeoIndex* geo = nullptr;  // every area's shape (model/geo_index.h); null = no maps
  const RegelRijen* rijen = &RegelRijen::Geen();  // the lines' download rows (regel_rijen.h)
  // The latest publication's diff by area (model/diff.h), for each area
  // page's part of it; null = filtered from the diff on each page.
  const DiffPerGebied* laatste_per_gebied = nullptr;

  // Work sharing between threads. Every thread walks the same sequence of
  // units (an area, a publication, ...) and asks Mine() at the start of
  // each; the first thread to claim a unit renders it, the others skip it.
  // Units are claimed one at a time from `next_unit`, so a thread that
  // finishes early takes more. Without `next_unit` every unit is mine.
  std::atomic<int>* next_unit = nullptr;
  bool Mine();
  int unit_ = -1;     // Mine()'s own: the unit this thread has reached,
  int claimed_ = -1;  // and the one it claimed last (never below unit_)
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
// The naam for a page title: "Centrum (wijk)" when another area is called
// "Centrum" too, so that no two pages have the same title; else the naam.
std::string TitelNaam(const Gebied& g);

// Wraps `inhoud` (rendered HTML of the page body) in the layout and adds the
// file `dir/index.html` (or `dir/<file>`). `page` holds the page's own
// values (titel, ...).
void EmitPage(RenderContext& ctx, const std::string& dir, const std::string& template_name,
              Data&& page, const std::string& file = "index.html");

void EmitFile(RenderContext& ctx, std::string path, std::string content);

}  // namespace openwijk
