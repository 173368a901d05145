// Pieces shared by the map drawings in render/svg (internal to this folder).
#pragma once

#include <string>
#include <vector>

#include "render/svg/map.h"
#include "render/svg/projection.h"

namespace openwijk {

// Areas with at least one polygon, sorted by code (then naam), for drawing.
std::vector<const MapArea*> DrawableInCodeOrder(const std::vector<MapArea>& areas);

// Names of areas without polygons, in code order: "A, B en C", or "".
// `skip` (if set) is left out.
std::string NamesWithoutGeometry(const std::vector<MapArea>& areas, const MapArea* skip = nullptr);

// "A", "A en B", "A, B en C".
std::string JoinDutch(const std::vector<std::string>& names);

// <svg ...> with role="img" (role="group" when it holds links: an image's
// content is presentational, so links in it would be hidden from assistive
// technology), aria-labelledby and <title>/<desc> (ids
// "<prefix>-title"/"<prefix>-desc"); the caller appends content and "</svg>".
std::string SvgOpen(const std::string& prefix, double width, double height,
                    const std::string& title, const std::string& desc, bool has_links = false);

// <a href><path d fill><title></title></path></a>; no <a> when url is empty.
std::string AreaElement(const MapArea& area, const std::string& d, const std::string& fill,
                        const std::string& tooltip);

}  // namespace openwijk
