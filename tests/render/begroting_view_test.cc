// The budget line downloads (render/begroting_view.cc): every column of
// BegrotingKolommen(), in order, with the text RegelVeld gives it.
#include <catch2/catch.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "load/csv.h"
#include "model/aggregate.h"
#include "model/diff.h"
#include "render/begroting_view.h"
#include "render/render_site.h"
#include "support/gebieden_fixture.h"
#include "support/regel_fixture.h"

using namespace openwijk;

namespace {

// A line with every awkward value: quotes, commas and newlines in the text,
// a control character, cents, a negative amount and one left empty.
BegrotingRegel Lastig() {
  BegrotingRegel r = VoorbeeldRegel();
  r.id = "r-7";
  r.programma = "Wonen, \"bouwen\"";
  r.omschrijving = "Eerste regel\nTweede;\tmet \x01 erin";
  r.soort = Soort::kBaten;
  r.begroot = -123456789;
  r.realisatie = 5;
  r.financier = "Rijk";
  r.bron = "Begroting 2025, p. 12";
  r.besluit = "RB-2024-17";
  return r;
}

}  // namespace

TEST_CASE("a CSV row has every column with RegelVeld's text", "[render][begroting]") {
  const BegrotingRegel r = Lastig();
  std::string text;
  for (const std::string& k : BegrotingKolommen()) text += (text.empty() ? "" : ",") + k;
  text += "\n";
  AppendRegelCsv(&text, r);
  CsvTable table;
  Diagnostics d;
  REQUIRE(ParseCsv("regels.csv", text, &table, &d));
  REQUIRE(table.rows.size() == 1);
  REQUIRE(table.rows[0].size == BegrotingKolommen().size());
  for (size_t i = 0; i < BegrotingKolommen().size(); ++i) {
    INFO(BegrotingKolommen()[i]);
    CHECK(table.Field(table.rows[0], static_cast<int>(i)) == RegelVeld(r, BegrotingKolommen()[i]));
  }
}

TEST_CASE("a CSV row ends with its besluit and a newline", "[render][begroting]") {
  std::string text;
  AppendRegelCsv(&text, Lastig());
  CHECK_THAT(text, Catch::EndsWith(",Rijk,\"Begroting 2025, p. 12\",RB-2024-17\n"));
}

TEST_CASE("a JSON line has every column, amounts as exact numbers", "[render][begroting]") {
  const BegrotingRegel r = Lastig();
  std::string text;
  AppendRegelJson(&text, r);
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(text);
  std::vector<std::string> keys;
  for (const auto& item : j.items()) keys.push_back(item.key());
  CHECK(keys == BegrotingKolommen());
  for (const char* k : {"id", "gebied", "programma", "taakveld", "omschrijving", "soort",
                        "financier", "bron", "besluit"}) {
    INFO(k);
    CHECK(j[k].get<std::string>() == RegelVeld(r, k));
  }
  CHECK(j["jaar"] == 2025);
  CHECK(j["gewijzigd"].is_null());
  // The amounts as written, not as a double would print them.
  CHECK_THAT(text, Catch::Contains("\"begroot\": -1234567.89, \"gewijzigd\": null, "
                                   "\"realisatie\": 0.05,"));
}

TEST_CASE("a list of JSON lines has one line per line of text", "[render][begroting]") {
  BegrotingRegel a = Lastig(), b = Lastig();
  b.id = "r-8";
  CHECK(RegelsJson({}) == "[]\n");
  const std::string text = RegelsJson({&a, &b});
  CHECK(text.rfind("[\n {\"id\": \"r-7\"", 0) == 0);
  CHECK_THAT(text, Catch::Contains("},\n {\"id\": \"r-8\""));
  CHECK(text.substr(text.size() - 4) == "}\n]\n");
  CHECK(nlohmann::json::parse(text).size() == 2);
}

TEST_CASE("a long list of JSON lines comes in parts that join to the whole",
          "[render][begroting]") {
  std::vector<BegrotingRegel> lines(5000, Lastig());  // about 1.3 MB of JSON
  std::vector<const BegrotingRegel*> ptrs;
  for (const BegrotingRegel& r : lines) ptrs.push_back(&r);
  std::vector<std::string> got;
  const PartWriter write = [&got](std::string_view part) { got.emplace_back(part); };
  const std::string rest = RegelsJson(ptrs, &write);
  REQUIRE(got.size() == 1);
  CHECK(got[0].back() == '}');               // a part ends after a line
  CHECK(rest.rfind(",\n {\"id\"", 0) == 0);  // the rest starts with the next line
  CHECK(got[0] + rest == RegelsJson(ptrs));
}

namespace {

// Keeps every file, and counts the parts of those handed over in parts.
class PartsSink : public CollectSink {
 public:
  void AddInParts(std::string path, const PartMaker& make) override {
    std::string text;
    int& n = delen[path];
    const std::string rest = make([&](std::string_view part) {
      text += part;
      ++n;
    });
    Add(std::move(path), text + rest);
  }
  std::string Text(const std::string& path) {
    for (const OutputFile& f : files) {
      if (f.path == path) return f.content;
    }
    return "(none)";
  }
  std::map<std::string, int> delen;
};

}  // namespace

TEST_CASE("an area's downloads of many lines come in parts that join to the whole",
          "[render][begroting]") {
  Model m;
  TweeGebieden(&m);
  for (int i = 0; i < 6000; ++i) {  // about 1.6 MB of JSON in Testdorp's: a part and the rest
    BegrotingRegel r = VoorbeeldRegel();
    r.id = "r" + std::to_string(i);
    r.gebied = i < 10 ? 1 : 0;  // ten lines in Noord, below Testdorp
    m.begroting[2025].push_back(r);
  }
  Aggregates agg(m);
  TemplateSet templates;
  PartsSink sink;
  Diagnostics diags;
  RenderContext ctx{m, agg, templates, &sink, &diags};
  EmitBegrotingDownloads(ctx, 0, 2025);
  EmitBegrotingDownloads(ctx, 1, 2025);

  const std::string json = sink.Text("gemeente/testdorp/begroting-2025.json");
  CHECK(sink.delen["gemeente/testdorp/begroting-2025.json"] == 1);
  CHECK(json == BegrotingJson(ctx, 0, 2025));  // the same bytes as made whole, without a writer
  CHECK(nlohmann::json::parse(json).size() == 6000);
  CHECK(sink.delen.at("gemeente/testdorp/begroting-2025.csv") == 0);  // 520 KB of CSV: whole
  CHECK(sink.Text("gemeente/testdorp/begroting-2025.csv") == BegrotingCsv(ctx, 0, 2025));
  // Noord's ten lines come whole.
  CHECK(sink.delen.at("wijk/noord/begroting-2025.json") == 0);
  CHECK(sink.delen.at("wijk/noord/begroting-2025.csv") == 0);
  CHECK(nlohmann::json::parse(sink.Text("wijk/noord/begroting-2025.json")).size() == 10);
  CHECK(sink.Text("wijk/noord/begroting-2025.csv") == BegrotingCsv(ctx, 1, 2025));
  CHECK(sink.files.size() == 4);
}

TEST_CASE("a CSV field is quoted only when it must be, with its quotes doubled",
          "[render][begroting]") {
  auto field = [](std::string_view s) {
    std::string out = "x,";
    AppendCsvField(&out, s);
    return out.substr(2);
  };
  CHECK(field("") == "");
  CHECK(field("Zuid-Oost; centrum") == "Zuid-Oost; centrum");
  CHECK(field("a,b") == "\"a,b\"");
  CHECK(field("regel\nnog een") == "\"regel\nnog een\"");
  CHECK(field("cr\r") == "\"cr\r\"");
  CHECK(field("\"") == "\"\"\"\"");
  CHECK(field("zeg \"ja\"") == "\"zeg \"\"ja\"\"\"");
  CHECK(field("\"\"x,\"") == "\"\"\"\"\"x,\"\"\"");
  // Every byte alone: quoted exactly for the four special ones.
  for (int c = 1; c < 256; ++c) {
    std::string one(1, static_cast<char>(c));
    CAPTURE(c);
    bool special = c == ',' || c == '"' || c == '\n' || c == '\r';
    CHECK(field(one) == (special ? "\"" + (c == '"' ? one + one : one) + "\"" : one));
  }
}

TEST_CASE("euros per inhabitant are rounded to the cent, not cut off", "[render][begroting]") {
  // Centrum in the sample: 347,602 euros for 24,920 inhabitants is 13.9487 euros.
  CHECK(PerInwonerCents(34760200, 24920.0) == 1395);
  CHECK(PerInwonerCents(-34760200, 24920.0) == -1395);
  CHECK(PerInwonerCents(100, 3.0) == 33);
  CHECK_FALSE(PerInwonerCents(100, 0.0));
  CHECK_FALSE(PerInwonerCents(100, std::nullopt));
  // For the pages, whole euros rounded once: 12.496 euros is 12, where rounding the cents
  // first (1250) and then the euros gave 13.
  CHECK(PerInwonerHeleEuros(1249600, 1000.0) == 1200);
  CHECK(PerInwonerHeleEuros(1250000, 1000.0) == 1300);
  CHECK_FALSE(PerInwonerHeleEuros(100, 0.0));
}
