// LocatorSvg (map.h): one area highlighted among its siblings, with points.
#include <algorithm>
#include <string>
#include <vector>

#include "render/svg/geometry.h"
#include "render/svg/map.h"
#include "render/svg/map_parts.h"
#include "render/svg/svg_text.h"

namespace openwijk {

namespace {

constexpr double kMargin = 6;

std::string AreaName(const MapArea& a) { return a.naam.empty() ? a.code : a.naam; }

const MapArea* FindCurrent(const LocatorInput& in) {
  for (const MapArea& a : in.areas) {
    if (a.code == in.current_code) return &a;
  }
  return nullptr;
}

std::string Summary(const LocatorInput& in, const MapArea* current) {
  std::string out = in.description;
  auto add = [&out](const std::string& s) { out += (out.empty() ? "" : " ") + s; };
  if (current && !current->polygons.empty()) {
    add(AreaName(*current) + " is gemarkeerd met een dikke zwarte rand en arcering.");
  } else if (current) {
    add("Van " + AreaName(*current) + " is geen grens bekend; het gebied staat niet op de kaart.");
  }
  std::string no_shape = NamesWithoutGeometry(in.areas, current);
  if (!no_shape.empty()) add("Zonder grens, dus niet op de kaart: " + no_shape + ".");
  if (!in.points.empty()) {
    add(std::to_string(in.points.size()) + (in.points.size() == 1 ? " punt" : " punten") +
        " op de kaart, als rondje.");
  }
  return out;
}

std::string PointElement(const MapPoint& p, const Projection& proj) {
  auto [x, y] = proj.Project(p.lon, p.lat);
  std::string circle = "<circle cx=\"" + FormatPixel(x) + "\" cy=\"" + FormatPixel(y) +
                       "\" r=\"4.5\"><title>" + XmlEscape(p.label) + "</title></circle>";
  if (p.url.empty()) return circle;
  return "<a href=\"" + XmlEscape(p.url) + "\">" + circle + "</a>";
}

std::string CurrentPattern(const std::string& prefix) {
  return "<defs><pattern id=\"" + prefix +
         "-cur\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" "
         "height=\"6\" fill=\"#3b528b\"/><path d=\"M0 6L6 0M-1 1L1 -1M5 7L7 5\" "
         "stroke=\"#ffffff\" stroke-width=\"1.2\"/></pattern></defs>";
}

}  // namespace

std::string LocatorSvg(const LocatorInput& in) {
  std::string prefix = SafeIdPrefix(in.id_prefix);
  const MapArea* current = FindCurrent(in);
  std::vector<const MapArea*> drawn = DrawableInCodeOrder(in.areas);
  BoundingBox box;
  for (const MapArea* a : drawn) box.Add(BoundsOf(a->polygons));
  for (const MapPoint& p : in.points) box.Add(p.lon, p.lat);
  Projection proj = FitProjection(box, in.width, in.width, kMargin);

  bool links =
      std::any_of(drawn.begin(), drawn.end(),
                  [current](const MapArea* a) { return a != current && !a->url.empty(); }) ||
      std::any_of(in.points.begin(), in.points.end(),
                  [](const MapPoint& p) { return !p.url.empty(); });
  std::string out = SvgOpen(prefix, proj.width, proj.height, in.title, Summary(in, current), links);
  out += CurrentPattern(prefix);
  out +=
      "<g fill-rule=\"evenodd\" stroke-linejoin=\"round\"><g stroke=\"#8c8c8c\" "
      "stroke-width=\"0.6\">";
  for (const MapArea* a : drawn) {
    if (a == current) continue;
    out += AreaElement(*a, PathData(a->polygons, proj), "#e8e8e8", AreaName(*a));
  }
  out += "</g>";
  if (current && !current->polygons.empty()) {
    // Drawn last so its thick border lies on top of the neighbours' edges.
    MapArea here = *current;
    here.url.clear();  // this page; a link to itself helps nobody
    out += "<g stroke=\"#000000\" stroke-width=\"2.5\">" +
           AreaElement(here, PathData(here.polygons, proj), "url(#" + prefix + "-cur)",
                       AreaName(here) + " (dit gebied)") +
           "</g>";
  }
  out += "</g>";
  if (!in.points.empty()) {
    out += "<g fill=\"#d7301f\" stroke=\"#ffffff\" stroke-width=\"1.5\">";
    for (const MapPoint& p : in.points) out += PointElement(p, proj);
    out += "</g>";
  }
  return out + "</svg>";
}

}  // namespace openwijk
