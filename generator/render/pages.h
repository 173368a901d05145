// The page renderers, one file each. Each adds its files to ctx.files.
#pragma once

#include <string>
#include <vector>

#include "render/context.h"

namespace openwijk {

void RenderHome(RenderContext& ctx);                  // index.html
void RenderGebiedPages(RenderContext& ctx);           // <niveau>/<slug>/...
void RenderContentPages(RenderContext& ctx);          // <slug>/index.html from content/
void RenderKaartPages(RenderContext& ctx);            // kaart/<maat>/index.html (kaart_pages.cc)
void RenderAssets(RenderContext& ctx);                // style.css and other template assets
void EmitKompasDownloads(RenderContext& ctx, int g);  // <pad>/kompas.csv/.json

struct KaartMaat;  // render/maps.h
// Links to kaart/<maat>/ for each of `maten`, the measures that a part of the
// gemeente has a value for (kaart_pages.cc): {naam, url, huidig}.
Data KaartMatenLinks(const std::vector<KaartMaat>& maten, const std::string& root,
                     const std::string& huidig);

}  // namespace openwijk
