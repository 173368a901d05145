// The maps on the site's pages, assembled from the model: which areas, with
// which shapes, values and links. Drawing is render/svg/map.h's job; this
// module decides what is drawn and gives the same numbers as a table.
//
//   index.html                choropleth of the gemeente's parts, in the
//                             measure of site.json ("kompas": {"kaart": ...})
//   <pad>/index.html          choropleth of the area's parts (when it has
//                             any), and a locator map (ligging) of the area
//                             among its siblings, with the projects in it
//   kaart/<maat>/index.html   one page per measure for the gemeente's parts
//                             (kaart_pages.cc)
//
// A maat (measure) is € per inwoner of the newest begroting, or the newest
// value of a wijkkompas indicator. Every Data returned is owned by the caller.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/geo_index.h"
#include "render/context.h"
#include "render/svg/map.h"

namespace openwijk {

struct KaartMaat {
  std::string slug;     // folder under kaart/: "euro-per-inwoner" or the indicator id
  std::string naam;     // "Uitgaven per inwoner", "Bevolkingsdichtheid"
  std::string eenheid;  // unit as FormatWithUnit takes it: "€", "%", "inwoners", ""
  int indicator = -1;   // index into model.indicatoren; -1 = € per inwoner
};

// € per inwoner first, then every indicator in file order.
std::vector<KaartMaat> KaartMaten(const Model& m);
// The measure site.json names; € per inwoner when it names none or an
// unknown one (validate/ warns about that).
KaartMaat StandaardMaat(const Model& m);

// One area's value in a measure: its figure and the year it is from.
struct MaatWaarde {
  std::optional<double> waarde;
  int jaar = 0;
  int decimalen = 0;
};
MaatWaarde WaardeVan(const RenderContext& ctx, const KaartMaat& maat, int g);

// The choropleth of parent's children as drawing input. Shapes come from
// `geo` (own boundary, else the union of the descendants'); links are
// relative to the page through `root` (RootPrefix of the page's folder).
MapInput KaartInput(const RenderContext& ctx, const GeoIndex& geo, int parent,
                    const KaartMaat& maat, const std::string& root);

// Template data for partials/kaart.mustache: {svg, titel, maat, rijen (sorted
// by naam: naam, url, waarde, jaar), toon_jaar, csv, json}. The downloads are
// kaart.csv and kaart.json beside the page (EmitKaartDownloads writes them). An empty object when
// no child has a shape (nothing to draw).
Data KaartData(const RenderContext& ctx, const GeoIndex& geo, int parent, const KaartMaat& maat,
               const std::string& root);

// The locator map of area g: g highlighted among its parent's children (for
// the gemeente: its children), with the projects in g's subtree as points.
// When g is its parent's only part, the areas at g's level one step higher
// up (so wijk Centrum, the only wijk of gebied Centrum, among all wijken).
LocatorInput LiggingInput(const RenderContext& ctx, const GeoIndex& geo, int g,
                          const std::string& root);

// Template data for partials/ligging.mustache: {svg, titel, punten (naam,
// heeft_link, link)}. An empty object when nothing can be drawn.
Data LiggingData(const RenderContext& ctx, const GeoIndex& geo, int g, const std::string& root);

// Points of interest in g's subtree: the projects with a location
// (map_points.cc). The hook for other kinds of points later.
std::vector<MapPoint> KaartPunten(const RenderContext& ctx, int g, const std::string& root);

// The numbers of parent's map in `maat` as dir/kaart.csv and dir/kaart.json:
// code, naam, niveau, jaar, the raw value (empty when unknown) and whether the
// part is on the map (kaart_downloads.cc).
void EmitKaartDownloads(RenderContext& ctx, const std::string& dir, int parent,
                        const KaartMaat& maat);

// Adds "kaart" (children's choropleth) and "ligging" to an area page's data;
// sets nothing when the site has no shapes. True when the page got a "kaart",
// whose table then needs EmitKaartDownloads in the page's folder.
bool AddKaarten(const RenderContext& ctx, int g, const std::string& root, Data* page);
// Adds "kaart" (the gemeente's parts in the default measure) and "maten"
// (links to kaart/<maat>/) to the home page's data (kaart_pages.cc).
void AddHomeKaart(const RenderContext& ctx, Data* page);

}  // namespace openwijk
