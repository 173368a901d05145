#include "render/render_site.h"

#include <algorithm>

#include "model/aggregate.h"
#include "model/geo_index.h"
#include "render/bestuur_view.h"
#include "render/context.h"
#include "render/pages.h"
#include "render/publicaties.h"

namespace openwijk {

bool RenderSite(const Model& model, const TemplateSet& templates, std::vector<OutputFile>* files,
                Diagnostics* diags) {
  int before = diags->error_count();
  Aggregates agg(model);
  GeoIndex geo(model);  // shapes once, for every map on every page
  RenderContext ctx{model, agg, templates, files, diags, &geo};
  RenderHome(ctx);
  RenderGebiedPages(ctx);
  RenderContentPages(ctx);
  RenderKaartPages(ctx);
  RenderBestuur(ctx);      // meetings, decisions, verantwoording, feeds
  RenderPublicaties(ctx);  // publications, their changes and downloads
  RenderAssets(ctx);
  std::sort(files->begin(), files->end(),
            [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  for (size_t i = 1; i < files->size(); ++i) {
    if ((*files)[i].path == (*files)[i - 1].path) {
      diags->Error({}, "two pages want the same file '" + (*files)[i].path + "'");
    }
  }
  return diags->error_count() == before;
}

}  // namespace openwijk
