// ChoroplethSvg (map.h): areas filled by quantile class, with a legend below.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "render/svg/classify.h"
#include "render/svg/geometry.h"
#include "render/svg/map.h"
#include "render/svg/map_parts.h"
#include "render/svg/svg_text.h"

namespace openwijk {

namespace {

constexpr double kMargin = 4;
constexpr double kRow = 20;  // legend row height

std::string ValueText(const MapInput& in, const MapArea& a) {
  if (!a.value) return "geen gegevens";
  if (!a.value_label.empty()) return a.value_label;
  return FormatWithUnit(*a.value, in.decimals, in.unit);
}

std::string AreaName(const MapArea& a) { return a.naam.empty() ? a.code : a.naam; }

// The text alternative: what the caller says, then the extremes in words.
std::string Summary(const MapInput& in, const std::vector<const MapArea*>& drawn) {
  const MapArea* high = nullptr;
  const MapArea* low = nullptr;
  std::vector<std::string> missing;
  for (const MapArea* a : drawn) {  // code order, so ties go to the lowest code
    if (!a->value) {
      missing.push_back(AreaName(*a));
      continue;
    }
    if (!high || *a->value > *high->value) high = a;
    if (!low || *a->value < *low->value) low = a;
  }
  std::string out = in.description;
  auto add = [&out](const std::string& s) { out += (out.empty() ? "" : " ") + s; };
  if (high) {
    add("Hoogste waarde: " + AreaName(*high) + " (" + ValueText(in, *high) + ").");
    add("Laagste waarde: " + AreaName(*low) + " (" + ValueText(in, *low) + ").");
  } else {
    add("Voor geen enkel gebied zijn gegevens.");
  }
  if (high && !missing.empty()) add("Geen gegevens: " + JoinDutch(missing) + ".");
  std::string no_shape = NamesWithoutGeometry(in.areas);
  if (!no_shape.empty()) add("Niet op de kaart, want geen grens bekend: " + no_shape + ".");
  return out;
}

// Areas are classed by the value as the reader sees it, rounded to the
// decimals shown: two values that read the same are in the same class, so no
// two legend classes can read the same ("€ 14" and "€ 14").
double Shown(double v, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(v * scale) / scale;
}

std::string LegendLabel(const MapInput& in, const ValueClass& c, int decimals) {
  std::string high = FormatWithUnit(c.max, decimals, in.unit);
  // "200 – 1.050 inwoners", but "€ 200 – € 1.050": the euro sign leads.
  bool prefix_unit = in.unit == "€";
  std::string low =
      prefix_unit ? FormatWithUnit(c.min, decimals, in.unit) : FormatDutchNumber(c.min, decimals);
  if (c.min == c.max || low == high || low == FormatDutchNumber(c.max, decimals)) return high;
  return low + " – " + high;
}

std::string LegendRow(int row, const std::string& fill, const std::string& label) {
  std::string y = FormatPixel(kRow * (row + 1));
  return "<rect x=\"" + FormatPixel(kMargin) + "\" y=\"" + y +
         "\" width=\"24\" height=\"14\" fill=\"" + fill + "\" stroke=\"#444\"/><text x=\"" +
         FormatPixel(kMargin + 32) + "\" y=\"" + FormatPixel(kRow * (row + 1) + 11) + "\">" +
         XmlEscape(label) + "</text>";
}

std::string Legend(const MapInput& in, const std::string& prefix, const Classification& cls,
                   bool any_missing, double top) {
  std::string out = "<g font-size=\"12\" transform=\"translate(0," + FormatPixel(top) +
                    ")\"><text x=\"" + FormatPixel(kMargin) + "\" y=\"13\" font-weight=\"bold\">" +
                    XmlEscape(in.measure) + "</text>";
  int row = 0;
  for (size_t c = 0; c < cls.classes.size(); ++c) {
    out += LegendRow(row++, ClassFill(prefix, static_cast<int>(c)),
                     LegendLabel(in, cls.classes[c], in.decimals));
  }
  if (any_missing) out += LegendRow(row, NoDataFill(prefix), "geen gegevens");
  return out + "</g>";
}

}  // namespace

std::string ChoroplethSvg(const MapInput& in) {
  std::string prefix = SafeIdPrefix(in.id_prefix);
  std::vector<const MapArea*> drawn = DrawableInCodeOrder(in.areas);
  BoundingBox box;
  std::vector<double> values;
  bool any_missing = false;
  for (const MapArea* a : drawn) {
    box.Add(BoundsOf(a->polygons));
    if (a->value) values.push_back(Shown(*a->value, in.decimals));
    any_missing = any_missing || !a->value;
  }
  Classification cls = QuantileClasses(values, in.classes);
  Projection proj = FitProjection(box, in.width, in.width * 1.25, kMargin);
  int rows = static_cast<int>(cls.classes.size()) + (any_missing ? 1 : 0);
  double legend_top = proj.height + 8;
  double height = legend_top + kRow * (rows + 1);

  double width = proj.width < 240 ? 240 : proj.width;  // room for the legend text
  bool links =
      std::any_of(drawn.begin(), drawn.end(), [](const MapArea* a) { return !a->url.empty(); });
  std::string out = SvgOpen(prefix, width, height, in.title, Summary(in, drawn), links);
  out += "<defs>" + ClassPatternDefs(prefix, static_cast<int>(cls.classes.size())) + "</defs>";
  out += "<g stroke=\"#444\" stroke-width=\"0.5\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">";
  for (const MapArea* a : drawn) {
    std::string fill = a->value ? ClassFill(prefix, cls.ClassOf(Shown(*a->value, in.decimals)))
                                : NoDataFill(prefix);
    out +=
        AreaElement(*a, PathData(a->polygons, proj), fill, AreaName(*a) + ": " + ValueText(in, *a));
  }
  out += "</g>";
  out += Legend(in, prefix, cls, any_missing, legend_top);
  return out + "</svg>";
}

}  // namespace openwijk
