#include "render/svg/map_parts.h"

#include <algorithm>
#include <tuple>

#include "render/svg/svg_text.h"

namespace openwijk {

namespace {

std::vector<const MapArea*> InCodeOrder(const std::vector<MapArea>& areas) {
  std::vector<const MapArea*> out;
  for (const MapArea& a : areas) out.push_back(&a);
  std::stable_sort(out.begin(), out.end(), [](const MapArea* a, const MapArea* b) {
    return std::tie(a->code, a->naam) < std::tie(b->code, b->naam);
  });
  return out;
}

}  // namespace

std::vector<const MapArea*> DrawableInCodeOrder(const std::vector<MapArea>& areas) {
  std::vector<const MapArea*> out = InCodeOrder(areas);
  out.erase(
      std::remove_if(out.begin(), out.end(), [](const MapArea* a) { return a->polygons.empty(); }),
      out.end());
  return out;
}

std::string NamesWithoutGeometry(const std::vector<MapArea>& areas, const MapArea* skip) {
  std::vector<std::string> names;
  for (const MapArea* a : InCodeOrder(areas)) {
    if (a->polygons.empty() && a != skip) names.push_back(a->naam.empty() ? a->code : a->naam);
  }
  return JoinDutch(names);
}

std::string JoinDutch(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " en " : ", ";
    out += names[i];
  }
  return out;
}

std::string SvgOpen(const std::string& prefix, double width, double height,
                    const std::string& title, const std::string& desc, bool has_links) {
  std::string w = FormatPixel(width), h = FormatPixel(height);
  std::string role = has_links ? "group" : "img";
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" width=\"" +
         w + "\" height=\"" + h + "\" role=\"" + role + "\" aria-labelledby=\"" + prefix +
         "-title " + prefix + "-desc\" font-family=\"sans-serif\"><title id=\"" + prefix +
         "-title\">" + XmlEscape(title) + "</title><desc id=\"" + prefix + "-desc\">" +
         XmlEscape(desc) + "</desc>";
}

std::string AreaElement(const MapArea& area, const std::string& d, const std::string& fill,
                        const std::string& tooltip) {
  std::string path = "<path d=\"" + d + "\" fill=\"" + fill + "\"><title>" + XmlEscape(tooltip) +
                     "</title></path>";
  if (area.url.empty()) return path;
  return "<a href=\"" + XmlEscape(area.url) + "\">" + path + "</a>";
}

}  // namespace openwijk
