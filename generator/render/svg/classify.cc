#include "render/svg/classify.h"

#include <algorithm>
#include <cmath>

namespace openwijk {

int Classification::ClassOf(double v) const {
  int index = 0;
  for (size_t i = 0; i < classes.size(); ++i) {
    if (classes[i].min <= v) index = static_cast<int>(i);
  }
  return index;
}

Classification QuantileClasses(std::vector<double> values, int k) {
  values.erase(
      std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
      values.end());
  Classification out;
  if (values.empty()) return out;
  std::sort(values.begin(), values.end());
  k = std::max(1, k);
  size_t n = values.size();
  // Class i starts at the value at rank i*n/k. Equal breaks merge, and a break
  // equal to the minimum would leave an empty first class, so both are dropped.
  std::vector<double> starts{values.front()};
  for (int i = 1; i < k; ++i) {
    double b = values[static_cast<size_t>(i) * n / static_cast<size_t>(k)];
    if (b > starts.back()) starts.push_back(b);
  }
  for (size_t c = 0; c < starts.size(); ++c) {
    auto begin = std::lower_bound(values.begin(), values.end(), starts[c]);
    auto end = c + 1 < starts.size() ? std::lower_bound(values.begin(), values.end(), starts[c + 1])
                                     : values.end();
    out.classes.push_back({*begin, *(end - 1), static_cast<int>(end - begin)});
  }
  return out;
}

namespace {

// Viridis in five steps, reversed so that low values are light.
constexpr const char* kPalette[] = {"#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"};
constexpr int kPaletteSize = 5;

// Marks drawn over the class colour, one kind per palette step: none, dots,
// horizontal lines, grid, dense dots. "geen gegevens" alone uses diagonal hatching.
std::string PatternMarks(int step, const char* ink) {
  std::string i = ink;
  switch (step) {
    case 1:
      return "<circle cx=\"4\" cy=\"4\" r=\"1\" fill=\"" + i + "\"/>";
    case 2:
      return "<path d=\"M0 4H8\" stroke=\"" + i + "\" stroke-width=\"1\"/>";
    case 3:
      return "<path d=\"M0 4H8M4 0V8\" stroke=\"" + i + "\" stroke-width=\"1\"/>";
    case 4:
      return "<circle cx=\"2\" cy=\"2\" r=\"1\" fill=\"" + i +
             "\"/><circle cx=\"6\" cy=\"6\" r=\"1\" fill=\"" + i + "\"/>";
    default:
      return "";
  }
}

int PaletteStep(int index, int count) {
  if (count <= 1) return 2;
  return static_cast<int>(
      std::lround(static_cast<double>(index) * (kPaletteSize - 1) / (count - 1)));
}

}  // namespace

const char* ClassColor(int index, int count) { return kPalette[PaletteStep(index, count)]; }

std::string ClassPatternDefs(const std::string& id_prefix, int count) {
  std::string out;
  for (int c = 0; c < count; ++c) {
    int step = PaletteStep(c, count);
    const char* ink = step >= 2 ? "#ffffff" : "#000000";  // marks contrast with the colour
    out += "<pattern id=\"" + id_prefix + "-c" + std::to_string(c) +
           "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" "
           "height=\"8\" fill=\"" +
           kPalette[step] + "\"/>" + PatternMarks(step, ink) + "</pattern>";
  }
  out += "<pattern id=\"" + id_prefix +
         "-nd\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" "
         "height=\"6\" fill=\"#f2f2f2\"/><path d=\"M0 6L6 0M-1 1L1 -1M5 7L7 5\" "
         "stroke=\"#767676\" stroke-width=\"1\"/></pattern>";
  return out;
}

std::string ClassFill(const std::string& id_prefix, int index) {
  return "url(#" + id_prefix + "-c" + std::to_string(index) + ")";
}

std::string NoDataFill(const std::string& id_prefix) { return "url(#" + id_prefix + "-nd)"; }

}  // namespace openwijk
