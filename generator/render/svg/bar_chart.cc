// BarChartSvg (chart.h): grouped horizontal bars with a value axis below.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "render/svg/chart.h"
#include "render/svg/map_parts.h"
#include "render/svg/svg_text.h"

namespace openwijk {

namespace {

// A generous average glyph width of 12 px sans-serif, to size the label column.
constexpr double kCharWidth = 7.2;
constexpr double kBar = 12, kBarGap = 2, kGroupGap = 12, kValueRoom = 100, kTop = 46;

// Shades from dark to light, each with its own marks, so series differ in
// black and white too. More than four series reuse them in turn.
struct SeriesStyle {
  const char* fill;
  const char* marks;  // drawn over the fill in an 8x8 pattern tile
};
constexpr SeriesStyle kStyles[] = {
    {"#1f4e79", ""},
    {"#6a9fd4",
     "<path d=\"M0 8L8 0M-2 2L2 -2M6 10L10 6\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"},
    {"#d0e1f2", "<circle cx=\"4\" cy=\"4\" r=\"1.3\" fill=\"#1a1a1a\"/>"},
    {"#ffffff", "<path d=\"M0 4H8M4 0V8\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>"},
};

// "url(#<prefix>-s<n>)": the pattern of series s.
void AppendSeriesFill(std::string* out, const std::string& prefix, size_t s) {
  out->append("url(#").append(prefix).append("-s").append(std::to_string(s % 4)).push_back(')');
}

std::string SeriesFill(const std::string& prefix, size_t s) {
  std::string out;
  AppendSeriesFill(&out, prefix, s);
  return out;
}

std::string PatternDefs(const std::string& prefix) {
  std::string out = "<defs>";
  for (size_t s = 0; s < 4; ++s) {
    out += "<pattern id=\"" + prefix + "-s" + std::to_string(s) +
           "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" "
           "height=\"8\" fill=\"" +
           kStyles[s].fill + "\"/>" + kStyles[s].marks + "</pattern>";
  }
  return out + "</defs>";
}

// Display value: euros for cents, the number itself otherwise.
double Shown(const BarChartInput& in, double v) {
  return in.unit == ChartUnit::kCents ? v / 100 : v;
}

std::string ValueText(const BarChartInput& in, double v) {
  if (in.unit == ChartUnit::kCents) return FormatEuroCents(v);
  return FormatWithUnit(v, in.decimals, in.number_unit);
}

// Tick labels may be short: "€ 250 mln" instead of "€ 250.000.000".
std::string TickText(const BarChartInput& in, double shown, double step) {
  if (in.unit == ChartUnit::kNumber) {
    int decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
    return FormatWithUnit(shown, decimals, in.number_unit);
  }
  double a = std::fabs(shown);
  auto scaled = [&](double unit, const char* word) {
    double x = shown / unit;
    return "€ " + FormatDutchNumber(x, std::fabs(x - std::round(x)) < 1e-9 ? 0 : 1) + " " + word;
  };
  if (a >= 1e9) return scaled(1e9, "mld");
  if (a >= 1e6) return scaled(1e6, "mln");
  return FormatWithUnit(shown, 0, "€");
}

// A 1-2-5 step giving at most about `ticks` intervals over `span`.
double NiceStep(double span, int ticks) {
  double raw = span / ticks;
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double norm = raw / mag;
  return (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
}

size_t CodePoints(const std::string& s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// At most `n` code points, ending in "…" when cut; never splits a UTF-8 sequence.
std::string Truncate(const std::string& s, size_t n) {
  if (CodePoints(s) <= n || n < 2) return s;
  size_t seen = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && seen++ == n - 1) break;
  }
  return s.substr(0, i) + "…";
}

struct Layout {
  double width, label_w, x0, x1, lo, hi, step, group_h, axis_y;
  double X(double shown) const { return x0 + (shown - lo) / (hi - lo) * (x1 - x0); }
};

Layout MakeLayout(const BarChartInput& in) {
  Layout l{};
  l.width = in.width;
  size_t longest = 0;
  for (const BarCategory& c : in.categories) longest = std::max(longest, CodePoints(c.label));
  l.label_w = std::clamp(static_cast<double>(longest) * kCharWidth + 12, 80.0, 220.0);
  double lo = 0, hi = 0;
  for (const BarCategory& c : in.categories) {
    for (const auto& v : c.values) {
      if (v && std::isfinite(*v)) {
        lo = std::min(lo, Shown(in, *v));
        hi = std::max(hi, Shown(in, *v));
      }
    }
  }
  if (hi - lo <= 0) hi = lo + 1;
  l.x0 = l.label_w + (lo < 0 ? kValueRoom : 0);
  l.x1 = std::max(l.x0 + 100, l.width - kValueRoom);
  // Tick labels such as "€ 300 mln" need about 80 px each.
  l.step = NiceStep(hi - lo, std::max(1, static_cast<int>((l.x1 - l.x0) / 80)));
  l.lo = std::floor(lo / l.step) * l.step;
  l.hi = std::ceil(hi / l.step) * l.step;
  size_t n = std::max<size_t>(1, in.series.size());
  l.group_h = n * kBar + (n - 1) * kBarGap + kGroupGap;
  l.axis_y = kTop + in.categories.size() * l.group_h;
  return l;
}

std::string Legend(const BarChartInput& in, const std::string& prefix, const Layout& l) {
  std::string out = "<g font-size=\"12\">";
  double x = l.label_w;
  for (size_t s = 0; s < in.series.size(); ++s) {
    out += "<rect x=\"" + FormatPixel(x) + "\" y=\"2\" width=\"14\" height=\"14\" fill=\"" +
           SeriesFill(prefix, s) + "\" stroke=\"#1a1a1a\" stroke-width=\"0.5\"/><text x=\"" +
           FormatPixel(x + 19) + "\" y=\"13\">" + XmlEscape(in.series[s]) + "</text>";
    x += 19 + CodePoints(in.series[s]) * 7.0 + 16;
  }
  out += "<text x=\"0\" y=\"38\" font-weight=\"bold\">" + XmlEscape(in.category_axis_label) +
         "</text>";
  return out + "</g>";
}

std::string Axis(const BarChartInput& in, const Layout& l) {
  std::string out = "<g font-size=\"10\" text-anchor=\"middle\">";
  std::string top = FormatPixel(kTop - 4), bottom = FormatPixel(l.axis_y);
  for (int i = 0; l.lo + i * l.step <= l.hi + l.step * 1e-9; ++i) {
    double t = l.lo + i * l.step;
    std::string x = FormatPixel(l.X(t));
    out += "<path d=\"M" + x + "," + top + "V" + bottom + "\" stroke=\"" +
           (std::fabs(t) < l.step * 1e-9 ? "#1a1a1a" : "#d9d9d9") + "\"/><text x=\"" + x +
           "\" y=\"" + FormatPixel(l.axis_y + 14) + "\">" + XmlEscape(TickText(in, t, l.step)) +
           "</text>";
  }
  out += "<path d=\"M" + FormatPixel(l.x0) + "," + bottom + "H" + FormatPixel(l.x1) +
         "\" stroke=\"#1a1a1a\"/><text x=\"" + FormatPixel((l.x0 + l.x1) / 2) + "\" y=\"" +
         FormatPixel(l.axis_y + 32) + "\" font-size=\"12\">" + XmlEscape(in.value_axis_label) +
         "</text>";
  return out + "</g>";
}

// Appended to *out piece by piece: a chart has a few dozen bars, and
// joining temporary strings for each took most of the chart's time.
void AppendBar(const BarChartInput& in, const std::string& prefix, const Layout& l,
               const BarCategory& c, size_t s, double y, std::string* out) {
  std::string name = c.label + " – " + (s < in.series.size() ? in.series[s] : "");
  bool known = s < c.values.size() && c.values[s] && std::isfinite(*c.values[s]);
  const std::string ty = FormatPixel(y + kBar - 2);
  if (!known) {
    out->append("<text x=\"").append(FormatPixel(l.X(0) + 4)).append("\" y=\"").append(ty);
    out->append("\" fill=\"#595959\"><title>").append(XmlEscape(name));
    out->append(": geen gegevens</title>geen gegevens</text>");
    return;
  }
  double v = *c.values[s];
  double a = l.X(0), b = l.X(Shown(in, v));
  const std::string text = XmlEscape(ValueText(in, v));
  bool negative = b < a;
  out->append("<rect x=\"").append(FormatPixel(std::min(a, b)));
  out->append("\" y=\"").append(FormatPixel(y));
  out->append("\" width=\"").append(FormatPixel(std::fabs(b - a)));
  out->append("\" height=\"").append(FormatPixel(kBar));
  out->append("\" fill=\"");
  AppendSeriesFill(out, prefix, s);
  out->append("\" stroke=\"#1a1a1a\" stroke-width=\"0.5\"><title>").append(XmlEscape(name));
  out->append(": ").append(text).append("</title></rect><text x=\"");
  out->append(FormatPixel(negative ? b - 4 : b + 4)).append("\" y=\"").append(ty).push_back('"');
  if (negative) out->append(" text-anchor=\"end\"");
  out->append(">").append(text).append("</text>");
}

// The text alternative: what the chart holds and its largest bar, in words.
std::string Summary(const BarChartInput& in) {
  std::string out = in.description;
  out += (out.empty() ? "" : " ") + std::to_string(in.categories.size()) +
         (in.categories.size() == 1 ? " categorie" : " categorieën");
  std::vector<std::string> names = in.series;
  if (!names.empty()) {
    out += ", elk met " + std::to_string(names.size()) + " staven: ";
    for (size_t s = 0; s < names.size(); ++s) {
      out += (s == 0 ? "" : (s + 1 == names.size() ? " en " : ", ")) + names[s];
    }
  }
  out += ".";
  const BarCategory* top = nullptr;
  for (const BarCategory& c : in.categories) {
    if (c.values.empty() || !c.values[0] || !std::isfinite(*c.values[0])) continue;
    if (!top || *c.values[0] > *top->values[0]) top = &c;
  }
  if (top && !names.empty()) {
    out +=
        " Hoogste " + names[0] + ": " + top->label + " (" + ValueText(in, *top->values[0]) + ").";
  }
  return out + " De waarden staan als tekst bij elke staaf.";
}

}  // namespace

std::string BarChartSvg(const BarChartInput& in) {
  std::string prefix = SafeIdPrefix(in.id_prefix);
  Layout l = MakeLayout(in);
  double height = l.axis_y + 42;
  std::string out = SvgOpen(prefix, l.width, height, in.title, Summary(in)) + PatternDefs(prefix);
  out += Legend(in, prefix, l) + Axis(in, l);
  out += "<g font-size=\"10\">";
  size_t max_chars = static_cast<size_t>((l.label_w - 12) / kCharWidth);
  for (size_t i = 0; i < in.categories.size(); ++i) {
    const BarCategory& c = in.categories[i];
    double y = kTop + i * l.group_h;
    std::string label = Truncate(c.label, max_chars);
    out += "<text x=\"" + FormatPixel(l.label_w - 8) + "\" y=\"" +
           FormatPixel(y + (l.group_h - kGroupGap) / 2 + 4) +
           "\" text-anchor=\"end\" font-size=\"12\">" +
           (label != c.label ? "<title>" + XmlEscape(c.label) + "</title>" : "") +
           XmlEscape(label) + "</text>";
    for (size_t s = 0; s < in.series.size(); ++s) {
      AppendBar(in, prefix, l, c, s, y + s * (kBar + kBarGap), &out);
    }
  }
  out += "</g>";
  return out + "</svg>";
}

}  // namespace openwijk
