// Pages from content/*.md, the template assets, and the downloads that are
// not tied to one table.
#include <nlohmann/json.hpp>

#include "render/begroting_view.h"
#include "render/markdown.h"
#include "render/pages.h"
#include "util/number.h"

namespace openwijk {

void RenderContentPages(RenderContext& ctx) {
  for (const Pagina& p : ctx.model.paginas) {
    Data page{Data::type::object};
    Put(&page, "titel", p.titel);
    Put(&page, "samenvatting", p.samenvatting);
    Put(&page, "html", MarkdownToHtml(p.markdown, 2));
    EmitPage(ctx, p.slug, "pagina", std::move(page));
  }
}

void RenderAssets(RenderContext& ctx) {
  for (const auto& [name, text] : ctx.templates.assets()) {
    if (name.find("README") != std::string::npos) continue;
    EmitFile(ctx, name, text);
  }
}

void EmitKompasDownloads(RenderContext& ctx, int g) {
  const Model& m = ctx.model;
  std::string csv = "gebied,indicator,jaar,waarde,eenheid,bron\n";
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const KompasReeks& reeks : KompasVoor(m, g)) {
    for (const KompasWaarde* w : reeks.waarden) {
      const Indicator& ind = *reeks.indicator;
      char value[64];
      std::snprintf(value, sizeof value, "%.*f", w->decimalen, *w->waarde);
      csv += CsvField(m.gebieden[g].code) + "," + CsvField(ind.id) + "," + std::to_string(w->jaar) +
             "," + value + "," + CsvField(ind.eenheid) + "," + CsvField(ind.bron) + "\n";
      nlohmann::ordered_json o;
      o["gebied"] = m.gebieden[g].code;
      o["indicator"] = ind.id;
      o["jaar"] = w->jaar;
      o["waarde"] = *w->waarde;
      o["eenheid"] = ind.eenheid;
      o["bron"] = ind.bron;
      arr.push_back(std::move(o));
    }
  }
  const std::string& pad = m.gebieden[g].pad;
  EmitFile(ctx, pad + "/kompas.csv", csv);
  EmitFile(ctx, pad + "/kompas.json", arr.dump(1) + "\n");
}

}  // namespace openwijk
