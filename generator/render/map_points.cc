// KaartPunten (maps.h): the projects with a location, as points on the
// locator map of their area and of every area above it. Each point links to
// the project in the verantwoording of its area and year.
#include <algorithm>

#include "render/bestuur_view.h"
#include "render/maps.h"

namespace openwijk {

std::vector<MapPoint> KaartPunten(const RenderContext& ctx, int g, const std::string& root) {
  const Model& m = ctx.model;
  const std::vector<int>& jaren = ctx.agg.Jaren();
  std::vector<MapPoint> out;
  for (const Project& p : m.bestuur.projecten) {  // file order: stable output
    if (!p.lat || !p.lon || p.gebied < 0 || !InSubtree(m, p.gebied, g)) continue;
    MapPoint point;
    point.lon = *p.lon;
    point.lat = *p.lat;
    point.label = p.titel + " (" + m.gebieden[p.gebied].naam + ")";
    if (std::binary_search(jaren.begin(), jaren.end(), p.jaar)) {
      point.url = VerantwoordingUrl(m, root, p.gebied, p.jaar) + "#project-" + AnchorId(p.id);
    }
    out.push_back(std::move(point));
  }
  return out;
}

}  // namespace openwijk
