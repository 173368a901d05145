// Area maps as inline SVG: a choropleth of a figure per area, and a small
// locator map that shows where one area lies among its neighbours.
//
// Input is plain data (codes, names, URLs, lon/lat polygons), not the model,
// so the drawings can be tested on their own. Output is one <svg> element as
// a string, owned by the caller, meant to be inlined in an HTML5 page:
//   - role="img" (role="group" when areas or points are links, so the links
//     stay reachable), labelled by its <title> and a <desc> that says in
//     words what the map shows (highest and lowest area, areas without data);
//   - every area a link with a <title> tooltip ("Naam: waarde");
//   - no script, no external references, no fonts; ids start with id_prefix,
//     so several maps can share a page;
//   - areas in code order and coordinates rounded to 0.1 px: same input,
//     same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/geojson.h"

namespace openwijk {

struct MapArea {
  std::string code;               // "WK001400"; also the drawing order
  std::string naam;               // shown name: "Centrum"
  std::string url;                // link target; no link when empty
  std::vector<Polygon> polygons;  // lon/lat; empty when no boundary is known
  std::optional<double> value;    // choropleth only; empty = "geen gegevens"
  std::string value_label;        // shown instead of the formatted value if set
};

struct MapInput {
  std::string id_prefix = "kaart";  // made safe with SafeIdPrefix
  std::string title;                // "Inwoners per wijk, 2024"
  std::string description;          // first sentence of <desc>; a summary follows
  std::string measure;              // legend heading: "Inwoners"
  std::string unit;                 // "€", "%", "inwoners" or "" (see FormatWithUnit)
  int decimals = 0;                 // for values and legend bounds
  int classes = 5;
  double width = 600;
  std::vector<MapArea> areas;
};

std::string ChoroplethSvg(const MapInput& input);

// A point of interest on a locator map, such as a project.
struct MapPoint {
  double lon = 0, lat = 0;
  std::string label;  // tooltip, e.g. "Herinrichting Vinkhuizen-Noord"
  std::string url;    // link target; no link when empty
};

struct LocatorInput {
  std::string id_prefix = "ligging";
  std::string title;           // "Ligging van Selwerd"
  std::string description;     // first sentence of <desc>
  std::string current_code;    // the highlighted area
  std::vector<MapArea> areas;  // the current area and its siblings; value unused
  std::vector<MapPoint> points;
  double width = 300;
};

std::string LocatorSvg(const LocatorInput& input);

}  // namespace openwijk
