// Choropleth and locator maps (render/svg), drawn from the real Groningen
// boundary files, as copied unchanged into data/geo/ (see data/README.md).
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "load/geojson.h"
#include "render/svg/map.h"
#include "render/svg_test_xml.h"

namespace openwijk {
namespace {

using testing::CheckSvg;
using testing::CountOf;

const std::string kBoundaries = OPENWIJK_TEST_SOURCE_DIR "/data/geo/";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Areas from a boundary file: names and (if `value_property` is set) values
// from the properties; CBS writes negative sentinels for "secret".
std::vector<MapArea> LoadAreas(const std::string& file, const std::string& code_property,
                               const std::string& name_property,
                               const std::string& value_property) {
  std::string text = ReadFile(kBoundaries + file);
  Diagnostics diags;
  std::vector<GeoFeature> features = ParseGeoJson(file, text, {code_property}, &diags);
  REQUIRE(diags.ToString() == "");
  nlohmann::json doc = nlohmann::json::parse(text);
  std::vector<MapArea> areas;
  for (GeoFeature& f : features) {
    const nlohmann::json& props = doc["features"][f.index]["properties"];
    MapArea a{f.code,
              props[name_property].get<std::string>(),
              "/gebied/" + f.code + "/",
              std::move(f.polygons),
              std::nullopt,
              ""};
    if (!value_property.empty() && props[value_property].is_number() &&
        props[value_property].get<double>() >= 0) {
      a.value = props[value_property].get<double>();
    } else if (value_property.empty() && areas.size() != 3) {
      a.value = 1000.0 * ((areas.size() * 7) % 20);  // a spread with ties, one area missing
    }
    areas.push_back(std::move(a));
  }
  return areas;
}

void CheckEveryAreaOnce(const std::string& svg, const std::vector<MapArea>& areas) {
  CHECK(CheckSvg(svg) == "");
  CHECK(CountOf(svg, "<a href=") == areas.size());
  for (const MapArea& a : areas) {
    INFO(a.code);
    CHECK(CountOf(svg, "<a href=\"/gebied/" + a.code + "/\"><path d=\"M") == 1);
  }
  CHECK(CountOf(svg, "<script") == 0);
  CHECK(CountOf(svg, "xlink") == 0);
  CHECK(CountOf(svg, "http") == 1);  // the xmlns only
}

TEST_CASE("svg map: choropleth of the 20 wijken 2024", "[render][svg][groningen]") {
  MapInput in;
  in.id_prefix = "wijken";
  in.title = "Inwoners per wijk";
  in.description = "Kaart van de 20 wijken van Groningen.";
  in.measure = "Inwoners";
  in.unit = "inwoners";
  in.areas = LoadAreas("wijken-2024.geojson", "statcode", "statnaam", "");
  REQUIRE(in.areas.size() == 20);
  std::string svg = ChoroplethSvg(in);
  CheckEveryAreaOnce(svg, in.areas);
  WARN("wijk_2024 choropleth: " << svg.size() << " bytes");
  CHECK(svg.size() < 60 * 1024);
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 ", 0) == 0);
  // A group, not an image: an image's content is presentational, which
  // would hide the links to the areas (axe: nested-interactive).
  CHECK(CountOf(svg, "role=\"group\" aria-labelledby=\"wijken-title wijken-desc\"") == 1);
  CHECK(CountOf(svg, "<title>Centrum: ") == 1);
  CHECK(CountOf(svg, ": geen gegevens</title>") == 1);
  CHECK(CountOf(svg, ">geen gegevens</text>") == 1);  // named in the legend
  CHECK(CountOf(svg, "Hoogste waarde: ") == 1);
  CHECK(CountOf(svg, "19.000 inwoners") >= 1);  // Dutch notation in legend and tooltips

  // Same input, same bytes, whatever the input order.
  std::vector<MapArea> reversed(in.areas.rbegin(), in.areas.rend());
  MapInput again = in;
  again.areas = reversed;
  CHECK(ChoroplethSvg(again) == svg);
}

TEST_CASE("svg map: choropleth of the 108 buurten 2017", "[render][svg][groningen]") {
  MapInput in;
  in.id_prefix = "buurten";
  in.title = "Inwoners per buurt, 2017";
  in.measure = "Inwoners";
  in.areas = LoadAreas("buurten-2017.geojson", "BU_CODE", "BU_NAAM", "AANT_INW");
  REQUIRE(in.areas.size() == 108);
  std::string svg = ChoroplethSvg(in);
  CheckEveryAreaOnce(svg, in.areas);
  WARN("buurt2017 choropleth: " << svg.size() << " bytes");
  CHECK(svg.size() < 200 * 1024);
  CHECK(ChoroplethSvg(in) == svg);
}

TEST_CASE("svg map: two maps on one page do not share ids", "[render][svg]") {
  MapInput a;
  a.id_prefix = "a";
  MapInput b = a;
  b.id_prefix = "b";
  a.areas = b.areas = LoadAreas("wijken-2024.geojson", "statcode", "statnaam", "");
  std::string page = ChoroplethSvg(a) + ChoroplethSvg(b);
  CHECK(CheckSvg("<div>" + page + "</div>") == "");
}

TEST_CASE("svg map: text is escaped, missing geometry is named", "[render][svg]") {
  MapInput in;
  in.title = "A & B <test>";
  in.areas = LoadAreas("wijken-2024.geojson", "statcode", "statnaam", "");
  in.areas[0].naam = "Noord & \"Zuid\"";
  in.areas[0].url = "/x?a=1&b=2";
  in.areas.push_back({"WK009999", "Nergens", "/n/", {}, 5.0, ""});
  std::string svg = ChoroplethSvg(in);
  CHECK(CheckSvg(svg) == "");
  CHECK(CountOf(svg, "<title id=\"kaart-title\">A &amp; B &lt;test&gt;</title>") == 1);
  CHECK(CountOf(svg, "href=\"/x?a=1&amp;b=2\"") == 1);
  CHECK(CountOf(svg, "Niet op de kaart, want geen grens bekend: Nergens.") == 1);
  CHECK(CountOf(svg, "/n/") == 0);
}

TEST_CASE("svg map: locator highlights the current area", "[render][svg]") {
  LocatorInput in;
  in.title = "Ligging van Oud-Zuid";
  in.current_code = "WK001401";
  in.areas = LoadAreas("wijken-2024.geojson", "statcode", "statnaam", "");
  in.areas.push_back({"WK009999", "Nergens", "/n/", {}, std::nullopt, ""});
  in.points.push_back({6.565, 53.205, "Project <1>", "/project/1/"});
  in.points.push_back({6.57, 53.21, "Project 2", ""});
  std::string svg = LocatorSvg(in);
  CHECK(CheckSvg(svg) == "");
  CHECK(CountOf(svg, "<a href=\"/gebied/WK001401/\"") == 0);  // no link to itself
  CHECK(CountOf(svg, "<title>Oud-Zuid (dit gebied)</title>") == 1);
  CHECK(CountOf(svg, "stroke-width=\"2.5\"") == 1);
  CHECK(CountOf(svg, "<a href=\"/gebied/") == 19);
  CHECK(CountOf(svg, "<circle") == 2);
  CHECK(CountOf(svg, "<title>Project &lt;1&gt;</title>") == 1);
  CHECK(CountOf(svg, "Zonder grens, dus niet op de kaart: Nergens.") == 1);
  WARN("locator: " << svg.size() << " bytes");

  in.current_code = "WK009999";
  svg = LocatorSvg(in);
  CHECK(CheckSvg(svg) == "");
  CHECK(CountOf(svg, "Van Nergens is geen grens bekend; het gebied staat niet op de kaart.") == 1);
}

TEST_CASE("svg map: empty input still gives a valid svg", "[render][svg]") {
  CHECK(CheckSvg(ChoroplethSvg(MapInput{})) == "");
  CHECK(CheckSvg(LocatorSvg(LocatorInput{})) == "");
}

TEST_CASE("svg map: no two legend classes read the same", "[render][svg]") {
  MapInput in;
  in.unit = "€";
  in.decimals = 0;
  in.classes = 5;
  in.areas = LoadAreas("wijken-2024.geojson", "statcode", "statnaam", "");
  // Values close together, as € per inwoner often is: classed as they were,
  // several classes would all say "€ 14". Classed as shown, they cannot.
  for (size_t i = 0; i < in.areas.size(); ++i) in.areas[i].value = 13.6 + 0.1 * i;
  std::string svg = ChoroplethSvg(in);
  CHECK(CheckSvg(svg) == "");
  std::vector<std::string> labels;
  for (size_t at = svg.find("stroke=\"#444\"/><text"); at != std::string::npos;
       at = svg.find("stroke=\"#444\"/><text", at + 1)) {
    size_t open = svg.find('>', svg.find("<text", at)) + 1;
    labels.push_back(svg.substr(open, svg.find("</text>", open) - open));
  }
  REQUIRE(labels.size() == 2);  // five quantiles of 14, 14, 15, 15 and 16 collapse to two
  std::set<std::string> distinct(labels.begin(), labels.end());
  INFO(svg.substr(svg.find("font-weight=\"bold\"")));
  CHECK(distinct.size() == labels.size());
  CHECK(labels[0] == "€ 14");  // 13,6 to 14,4 all read "€ 14"
  CHECK(labels[1] == "€ 15 – € 16");
  // Colour is not the only cue: each class has a pattern, and the legend shows it.
  CHECK(CountOf(svg, "<pattern id=\"kaart-c0\"") == 1);
  CHECK(CountOf(svg, "<pattern id=\"kaart-c1\"") == 1);
  CHECK(CountOf(svg, "fill=\"url(#kaart-c1)\" stroke=\"#444\"/>") == 1);
}

}  // namespace
}  // namespace openwijk
