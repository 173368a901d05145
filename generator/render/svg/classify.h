// Quantile classes for choropleth maps, and the fills that show them.
//
// Quantiles put about the same number of areas in each class, which suits
// the skewed figures per wijk (a few dense centre wijken, many quiet ones).
// Each fill combines a colour from a colour-blind-safe sequential palette
// (viridis, light = low, dark = high, also monotone in grey) with a pattern,
// so a map printed in black and white still tells the classes apart.
#pragma once

#include <string>
#include <vector>

namespace openwijk {

// One class, described by the values that actually fell in it.
struct ValueClass {
  double min = 0;
  double max = 0;
  int count = 0;
};

struct Classification {
  std::vector<ValueClass> classes;  // ascending, never empty classes

  // Index of the class for v: the last class whose min <= v (0 below all).
  int ClassOf(double v) const;
};

// Splits `values` into at most k quantile classes (k < 1 counts as 1).
// Ties never straddle two classes, so there are fewer classes when there are
// fewer distinct values than k; all-equal values give one class and no
// values give none. Non-finite values are ignored.
Classification QuantileClasses(std::vector<double> values, int k = 5);

// Fill colour of class `index` of `count` classes, spread over the palette.
const char* ClassColor(int index, int count);

// <pattern> elements for `count` classes (ids "<prefix>-c0"...) and for "geen
// gegevens" (id "<prefix>-nd"), to go inside <defs>.
std::string ClassPatternDefs(const std::string& id_prefix, int count);
std::string ClassFill(const std::string& id_prefix, int index);  // "url(#p-c2)"
std::string NoDataFill(const std::string& id_prefix);            // "url(#p-nd)"

}  // namespace openwijk
