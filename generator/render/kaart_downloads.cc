// kaart.csv and kaart.json: the numbers of a map's table as raw data, beside
// every page that shows a map of an area's parts (home links to the one of
// kaart/<maat>/ of the measure it shows, which holds the same rows).
#include <cstdio>

#include "render/begroting_view.h"
#include "render/maps.h"
#include "render/pages.h"
#include "util/text.h"

namespace openwijk {

namespace {

// € per inwoner keeps its cents; an indicator keeps the decimals it was given in.
std::string Raw(const MaatWaarde& w, const KaartMaat& maat) {
  if (!w.waarde) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", maat.indicator < 0 ? 2 : w.decimalen, *w.waarde);
  return buf;
}

}  // namespace

void EmitKaartDownloads(RenderContext& ctx, const std::string& dir, int parent,
                        const KaartMaat& maat) {
  const Model& m = ctx.model;
  std::string csv = "code,naam,niveau,maat,eenheid,jaar,waarde,op_kaart\n";
  std::string json = "{\"maat\": " + JsonQuote(maat.slug) + ", \"naam\": " + JsonQuote(maat.naam) +
                     ", \"eenheid\": " + JsonQuote(maat.eenheid) + ", \"gebieden\": [";
  const std::vector<int>& kinderen = m.gebieden[parent].kinderen;
  for (size_t i = 0; i < kinderen.size(); ++i) {
    const Gebied& a = m.gebieden[kinderen[i]];
    MaatWaarde w = WaardeVan(ctx, maat, kinderen[i]);
    std::string waarde = Raw(w, maat);
    std::string jaar = w.waarde ? std::to_string(w.jaar) : "";
    bool op_kaart = ctx.geo && !ctx.geo->Polygons(kinderen[i]).empty();
    csv += CsvField(a.code) + "," + CsvField(a.naam) + "," + CsvField(a.niveau) + "," +
           CsvField(maat.slug) + "," + CsvField(maat.eenheid) + "," + jaar + "," + waarde + "," +
           (op_kaart ? "true" : "false") + "\n";
    json += std::string(i ? ",\n " : "\n ") + "{\"code\": " + JsonQuote(a.code) +
            ", \"naam\": " + JsonQuote(a.naam) + ", \"niveau\": " + JsonQuote(a.niveau) +
            ", \"jaar\": " + (jaar.empty() ? "null" : jaar) +
            ", \"waarde\": " + (waarde.empty() ? "null" : waarde) +
            ", \"op_kaart\": " + (op_kaart ? "true" : "false") + "}";
  }
  json += kinderen.empty() ? "]}\n" : "\n]}\n";
  EmitFile(ctx, dir + "/kaart.csv", std::move(csv));
  EmitFile(ctx, dir + "/kaart.json", std::move(json));
}

}  // namespace openwijk
