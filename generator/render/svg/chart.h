// Charts as inline SVG: grouped horizontal bars (begroting per programma) and
// sparklines (an indicator over the years).
//
// Same rules as the maps (map.h): one <svg> string owned by the caller,
// role="img" with a title and a text alternative, no script or external
// references, ids prefixed with id_prefix, Dutch number notation, and series
// told apart by pattern and shade, not by colour alone.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace openwijk {

enum class ChartUnit {
  kCents,   // values are euro cents (exact up to 2^53); shown as "€ 1.234.567"
  kNumber,  // plain numbers with `decimals` decimals and an optional unit
};

// One group of bars: a programma, with one value per series (in series order;
// missing or std::nullopt is shown as "geen gegevens").
struct BarCategory {
  std::string label;
  std::vector<std::optional<double>> values;
};

struct BarChartInput {
  std::string id_prefix = "staaf";
  std::string title;                    // "Lasten per programma, 2024"
  std::string description;              // first sentence of <desc>; a summary follows
  std::string category_axis_label;      // "Programma"
  std::string value_axis_label;         // "Lasten in euro"
  std::vector<std::string> series;      // "Begroot", "Gewijzigd", "Realisatie"
  std::vector<BarCategory> categories;  // drawn top to bottom in this order
  ChartUnit unit = ChartUnit::kCents;
  int decimals = 0;         // kNumber only
  std::string number_unit;  // kNumber only, see FormatWithUnit
  double width = 640;
};

std::string BarChartSvg(const BarChartInput& input);

struct SparklineInput {
  std::string label = "Verloop";      // start of the aria-label
  std::map<int, double> values;       // year -> value; missing years are gaps
  int first_year = 0, last_year = 0;  // the years shown; 0 = from the data
  int decimals = 0;
  std::string unit;  // see FormatWithUnit
  double width = 120, height = 32;
  // Bridge missing years with a thin dashed line (the label still names
  // them), so figures measured years apart read as a trend, not loose dots.
  bool bridge_gaps = false;
};

// A small trend line, role="img", aria-label such as
// "Verloop 2017–2024: van 1.234 naar 2.345; geen gegevens voor 2019".
std::string SparklineSvg(const SparklineInput& input);

}  // namespace openwijk
