// SparklineSvg (chart.h).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "render/svg/chart.h"
#include "render/svg/svg_text.h"

namespace openwijk {

namespace {

std::string AriaLabel(const SparklineInput& in, const std::map<int, double>& v, int first,
                      int last) {
  if (v.empty()) return in.label + ": geen gegevens";
  auto value = [&in](double x) { return FormatWithUnit(x, in.decimals, in.unit); };
  const auto& [y0, v0] = *v.begin();
  const auto& [y1, v1] = *v.rbegin();
  std::string out = in.label + " " + std::to_string(y0);
  if (v.size() == 1) {
    out += ": " + value(v0);
  } else {
    out += "–" + std::to_string(y1) + ": van " + value(v0) + " naar " + value(v1);
  }
  std::vector<std::string> gaps;
  for (int y = first; y <= last; ++y) {
    if (!v.count(y)) gaps.push_back(std::to_string(y));
  }
  for (size_t i = 0; i < gaps.size(); ++i) {
    out += i == 0 ? "; geen gegevens voor " : (i + 1 == gaps.size() ? " en " : ", ");
    out += gaps[i];
  }
  return out;
}

}  // namespace

std::string SparklineSvg(const SparklineInput& in) {
  std::map<int, double> v;
  for (const auto& [year, x] : in.values) {
    if (std::isfinite(x)) v[year] = x;
  }
  int first = in.first_year ? in.first_year : (v.empty() ? 0 : v.begin()->first);
  int last = in.last_year ? in.last_year : (v.empty() ? 0 : v.rbegin()->first);
  if (last < first) std::swap(first, last);
  if (last - first > 1000) last = first + 1000;  // a typo in a year must not draw forever
  for (auto it = v.begin(); it != v.end();) {
    it = it->first < first || it->first > last ? v.erase(it) : std::next(it);
  }
  double lo = 0, hi = 0;
  if (!v.empty()) {
    auto [a, b] = std::minmax_element(
        v.begin(), v.end(), [](const auto& p, const auto& q) { return p.second < q.second; });
    lo = a->second;
    hi = b->second;
  }
  const double pad = 3, w = in.width, h = in.height;
  auto px = [&](int year) {
    return last == first ? w / 2 : pad + (year - first) * (w - 2 * pad) / (last - first);
  };
  auto py = [&](double x) { return hi == lo ? h / 2 : pad + (hi - x) * (h - 2 * pad) / (hi - lo); };

  std::string label = XmlEscape(AriaLabel(in, v, first, last));
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + FormatPixel(w) +
                    " " + FormatPixel(h) + "\" width=\"" + FormatPixel(w) + "\" height=\"" +
                    FormatPixel(h) + "\" role=\"img\" aria-label=\"" + label + "\"><title>" +
                    label + "</title>";
  std::string d, dots, bridges;
  for (auto it = v.begin(); it != v.end(); ++it) {
    std::string point = FormatPixel(px(it->first)) + "," + FormatPixel(py(it->second));
    bool joined = it != v.begin() && std::prev(it)->first == it->first - 1;
    if (in.bridge_gaps && it != v.begin() && !joined) {
      auto prev = std::prev(it);
      bridges +=
          "M" + FormatPixel(px(prev->first)) + "," + FormatPixel(py(prev->second)) + "L" + point;
    }
    bool next_joined = std::next(it) != v.end() && std::next(it)->first == it->first + 1;
    d += (joined ? "L" : "M") + point;
    if (!joined && !next_joined) {  // an isolated year: a dot, since a line needs two
      dots += "<circle cx=\"" + FormatPixel(px(it->first)) + "\" cy=\"" +
              FormatPixel(py(it->second)) + "\" r=\"1.8\"/>";
    }
  }
  if (!bridges.empty()) {
    out += "<path d=\"" + bridges +
           "\" fill=\"none\" stroke=\"#3b528b\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>";
  }
  if (!d.empty()) {
    out += "<path d=\"" + d +
           "\" fill=\"none\" stroke=\"#3b528b\" stroke-width=\"1.5\" "
           "stroke-linejoin=\"round\"/>";
  }
  if (!dots.empty()) out += "<g fill=\"#3b528b\">" + dots + "</g>";
  return out + "</svg>";
}

}  // namespace openwijk
