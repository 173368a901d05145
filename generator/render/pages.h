// The page renderers, one file each. Each adds its files to ctx.files.
#pragma once

#include "render/context.h"

namespace openwijk {

void RenderHome(RenderContext& ctx);             // index.html
void RenderGebiedPages(RenderContext& ctx);      // <niveau>/<slug>/...
void RenderContentPages(RenderContext& ctx);     // <slug>/index.html from content/
void RenderAssets(RenderContext& ctx);           // style.css and other template assets
void RenderSiteDownloads(RenderContext& ctx);    // downloads/: whole-site data
void EmitKompasDownloads(RenderContext& ctx, int g);  // <pad>/kompas.csv/.json

}  // namespace openwijk
