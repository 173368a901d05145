// Map data assembly (render/maps.h) on a small hand-made model: which areas
// are drawn with which shapes, values, links and points.
#include <catch2/catch.hpp>

#include "model/aggregate.h"
#include "model/geo_index.h"
#include "render/maps.h"
#include "render/svg_test_xml.h"
#include "support/regel_fixture.h"

namespace openwijk {
namespace {

Polygon Square(double lon, double lat, double size) {
  Polygon p;
  p.outer.points = {
      {lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}, {lon, lat}};
  return p;
}

Gebied Area(const std::string& code, const std::string& naam, const std::string& niveau,
            const std::string& pad, int ouder, int diepte) {
  Gebied g;
  g.code = code;
  g.naam = naam;
  g.niveau = niveau;
  g.pad = pad;
  g.ouder = ouder;
  g.diepte = diepte;
  return g;
}

// GM01 > GB01 (no shape of its own) > WK01 Zuid, WK02 Noord (shapes);
// WK01 > BU01 (a shape too, which must not be drawn twice for GB01).
struct SmallSite {
  Model m;
  SmallSite() {
    m.gebieden = {Area("BU01", "Haven", "buurt", "buurt/haven", 3, 3),
                  Area("GB01", "Midden", "gebied", "gebied/midden", 2, 1),
                  Area("GM01", "Testdorp", "gemeente", "gemeente/testdorp", -1, 0),
                  Area("WK01", "Zuid", "wijk", "wijk/zuid", 1, 2),
                  Area("WK02", "Noord", "wijk", "wijk/noord", 1, 2)};
    m.gebieden[1].kinderen = {4, 3};  // sorted by naam: Noord, Zuid
    m.gebieden[2].kinderen = {1};
    m.gebieden[3].kinderen = {0};
    for (size_t i = 0; i < m.gebieden.size(); ++i) m.gebied_index[m.gebieden[i].code] = int(i);
    m.root = 2;
    m.geo = {{"WK01", 0, {}, {Square(6.5, 53.1, 0.1)}},
             {"WK02", 1, {}, {Square(6.5, 53.2, 0.1)}},
             {"BU01", 2, {}, {Square(6.5, 53.1, 0.05)}},
             {"GM01", 3, {}, {Square(6.5, 53.1, 0.2)}}};
    m.indicatoren = {{"inwoners", "Inwoners", "inwoners", "CBS", {}},
                     {"dichtheid", "Bevolkingsdichtheid", "inwoners per km²", "CBS", {}}};
    m.indicator_index = {{"inwoners", 0}, {"dichtheid", 1}};
    auto waarde = [](int g, int ind, int jaar, std::optional<double> v, int dec = 0) {
      KompasWaarde w;
      w.gebied = g;
      w.indicator = ind;
      w.jaar = jaar;
      w.waarde = v;
      w.decimalen = dec;
      return w;
    };
    // Sorted by gebied, indicator, jaar, as BuildKompas leaves it.
    m.kompas = {waarde(3, 0, 2023, 100), waarde(3, 0, 2024, 120), waarde(3, 1, 2024, 1234.5, 1),
                waarde(4, 0, 2023, 50), waarde(4, 0, 2024, std::nullopt)};
    BegrotingRegel r = VoorbeeldRegel();
    r.gebied_code = "WK01";
    r.begroot = 1200000;  // € 12.000 for 120 inwoners: € 100 each
    m.begroting[2025] = {r};
  }
};

struct Fixture {
  SmallSite site;
  Aggregates agg{site.m};
  TemplateSet templates;
  CollectSink files;
  Diagnostics diags;
  GeoIndex geo{site.m};
  RenderContext ctx{site.m, agg, templates, &files, &diags, &geo};
};

}  // namespace

TEST_CASE("geo index: own shapes, else the union of the parts", "[render][maps]") {
  SmallSite s;
  GeoIndex geo(s.m);
  CHECK_FALSE(geo.empty());
  CHECK(geo.Polygons(3).size() == 1);  // WK01 has its own shape
  CHECK(geo.OwnPolygons(1).empty());   // GB01 has none of its own ...
  CHECK(geo.Polygons(1).size() == 2);  // ... so it is WK01 + WK02, not BU01 again
  CHECK(geo.Polygons(2).size() == 1);  // the gemeente's own shape wins
  CHECK(PointInPolygons(geo.Polygons(1), 6.55, 53.25));
  CHECK_FALSE(PointInPolygons(geo.Polygons(1), 6.75, 53.25));
  Model leeg = s.m;
  leeg.geo.clear();
  CHECK(GeoIndex(leeg).empty());
}

TEST_CASE("map measures: € per inwoner first, then every indicator", "[render][maps]") {
  SmallSite s;
  std::vector<KaartMaat> maten = KaartMaten(s.m);
  REQUIRE(maten.size() == 3);
  CHECK(maten[0].slug == "euro-per-inwoner");
  CHECK(maten[0].eenheid == "€");
  CHECK(maten[2].slug == "dichtheid");
  CHECK(StandaardMaat(s.m).slug == "euro-per-inwoner");
  s.m.config.kaart_maat = "dichtheid";
  CHECK(StandaardMaat(s.m).slug == "dichtheid");
  s.m.config.kaart_maat = "bestaat-niet";
  CHECK(StandaardMaat(s.m).slug == "euro-per-inwoner");
}

TEST_CASE("choropleth input: the parts with shapes, values and relative links", "[render][maps]") {
  Fixture f;
  std::vector<KaartMaat> maten = KaartMaten(f.site.m);
  MapInput in = KaartInput(f.ctx, f.geo, 1, maten[0], "../../");
  REQUIRE(in.areas.size() == 2);
  const MapArea& noord = in.areas[0];
  const MapArea& zuid = in.areas[1];
  CHECK(zuid.code == "WK01");
  CHECK(zuid.url == "../../wijk/zuid/");
  CHECK(zuid.polygons.size() == 1);
  REQUIRE(zuid.value);
  CHECK(*zuid.value == Approx(100.0));
  CHECK(zuid.value_label == "€ 100");
  REQUIRE(noord.value);  // 50 inwoners (2023, the newest value) and no lasten
  CHECK(*noord.value == Approx(0.0));
  CHECK(in.title == "Uitgaven per inwoner in de wijken van Midden, 2025");

  // An indicator: the newest year that has a value, with its decimals.
  MapInput dichtheid = KaartInput(f.ctx, f.geo, 1, maten[2], "");
  CHECK(dichtheid.decimals == 1);
  CHECK(dichtheid.areas[1].value_label == "1.234,5 inwoners per km²");
  CHECK_FALSE(dichtheid.areas[0].value);  // Noord: no figure, drawn as "geen gegevens"
  MaatWaarde inw = WaardeVan(f.ctx, maten[1], 4);
  CHECK(inw.jaar == 2023);  // 2024 is there but empty
  CHECK(*inw.waarde == 50);
}

TEST_CASE("map data: an SVG and the same numbers in a table sorted by name", "[render][maps]") {
  Fixture f;
  Data d = KaartData(f.ctx, f.geo, 1, KaartMaten(f.site.m)[2], "../../");
  REQUIRE_FALSE(d.is_empty_object());
  std::string svg = d.get("svg")->string_value();
  CHECK(testing::CheckSvg(svg) == "");
  CHECK_THAT(svg, Catch::Contains("<a href=\"../../wijk/zuid/\"><path"));
  CHECK_THAT(svg, Catch::Contains("<title>Zuid: 1.234,5 inwoners per km²</title>"));
  CHECK_THAT(svg, Catch::Contains("geen gegevens"));
  const auto& rijen = d.get("rijen")->list_value();
  REQUIRE(rijen.size() == 2);
  CHECK(rijen[0].get("naam")->string_value() == "Noord");
  CHECK(rijen[0].get("waarde")->string_value() == "geen gegevens");
  CHECK(rijen[1].get("waarde")->string_value() == "1.234,5 inwoners per km²");
  CHECK(rijen[1].get("jaar")->string_value() == "2024");

  // A buurt has no parts: nothing to draw.
  CHECK(KaartData(f.ctx, f.geo, 0, KaartMaten(f.site.m)[0], "").is_empty_object());
}

TEST_CASE("locator: the area among its siblings; the gemeente with its parts", "[render][maps]") {
  Fixture f;
  LocatorInput wijk = LiggingInput(f.ctx, f.geo, 3, "../../");
  CHECK(wijk.current_code == "WK01");
  REQUIRE(wijk.areas.size() == 2);
  CHECK(wijk.areas[0].url == "../../wijk/noord/");
  LocatorInput gemeente = LiggingInput(f.ctx, f.geo, 2, "../../");
  CHECK(gemeente.current_code == "");
  REQUIRE(gemeente.areas.size() == 1);
  CHECK(gemeente.areas[0].code == "GB01");
  CHECK(gemeente.areas[0].polygons.size() == 2);  // drawn as the union of its wijken
  // BU01 is WK01's only buurt: shown among the buurten of all of GB01 (here
  // still only itself, but with GB01's context, not WK01 alone).
  LocatorInput buurt = LiggingInput(f.ctx, f.geo, 0, "../../");
  CHECK(buurt.current_code == "BU01");
  CHECK_THAT(buurt.description, Catch::StartsWith("Kaart van Midden met de buurten"));
  Data d = LiggingData(f.ctx, f.geo, 0, "../../");
  CHECK(testing::CheckSvg(d.get("svg")->string_value()) == "");
}

TEST_CASE("locator: projects with a location are points on their areas' maps", "[render][maps]") {
  Fixture f;
  Project p;
  p.id = "speeltuin";
  p.titel = "Speeltuin";
  p.gebied = 0;  // BU01, in WK01
  p.jaar = 2025;
  p.lat = 53.12;
  p.lon = 6.52;
  f.site.m.bestuur.projecten.push_back(p);
  p.id = "zonder-plek";
  p.lat.reset();
  f.site.m.bestuur.projecten.push_back(p);

  std::vector<MapPoint> zuid = KaartPunten(f.ctx, 3, "../../");
  REQUIRE(zuid.size() == 1);
  CHECK(zuid[0].label == "Speeltuin (Haven)");
  CHECK(zuid[0].url == "../../buurt/haven/verantwoording/2025/#project-speeltuin");
  CHECK(KaartPunten(f.ctx, 4, "").empty());      // Noord
  CHECK(KaartPunten(f.ctx, 2, "").size() == 1);  // the gemeente shows them all
  Data d = LiggingData(f.ctx, f.geo, 3, "../../");
  std::string svg = d.get("svg")->string_value();
  CHECK(testing::CheckSvg(svg) == "");
  CHECK_THAT(svg, Catch::Contains("<title>Speeltuin (Haven)</title>"));
  CHECK(d.get("punten")->list_value().size() == 1);
}

}  // namespace openwijk
