// kaart/<maat>/index.html: the gemeente's parts on a map, one page per
// measure that a part has a value for (€ per inwoner and the wijkkompas
// indicators), each with the same
// numbers as a table and links to the other measures. The home page shows
// the measure site.json names and links here for the others.
#include <algorithm>

#include "render/jaar_cijfers.h"
#include "render/maps.h"
#include "render/pages.h"

namespace openwijk {

namespace {

std::string KaartUrl(const std::string& root, const KaartMaat& maat) {
  return root + "kaart/" + maat.slug + "/";
}

// The measures that at least one of the gemeente's parts has a value for: a
// map on which every part says "geen gegevens" tells a resident nothing (in
// Groningen the CBS counts wijken and buurten, not the gebieden above them).
std::vector<KaartMaat> MatenMetWaarden(const RenderContext& ctx) {
  const Model& m = ctx.model;
  std::vector<KaartMaat> out;
  for (const KaartMaat& maat : KaartMaten(m)) {
    for (int k : m.gebieden[m.root].kinderen) {
      if (WaardeVan(ctx, maat, k).waarde) {
        out.push_back(maat);
        break;
      }
    }
  }
  return out;
}

}  // namespace

Data KaartMatenLinks(const std::vector<KaartMaat>& maten, const std::string& root,
                     const std::string& huidig) {
  Data list{Data::type::list};
  for (const KaartMaat& maat : maten) {
    Data d{Data::type::object};
    Put(&d, "naam", maat.naam);
    Put(&d, "url", KaartUrl(root, maat));
    Put(&d, "huidig", maat.slug == huidig);
    Append(&list, std::move(d));
  }
  return list;
}

void AddHomeKaart(const RenderContext& ctx, Data* page) {
  const Model& m = ctx.model;
  if (!ctx.geo || ctx.geo->empty() || m.root < 0) return;
  // The measure site.json names, if it has a page (values); else the first that has one.
  const std::vector<KaartMaat> met = MatenMetWaarden(ctx);
  if (met.empty()) return;
  KaartMaat maat = StandaardMaat(m);
  if (std::none_of(met.begin(), met.end(), [&](const KaartMaat& k) { return k.slug == maat.slug; }))
    maat = met.front();
  Data kaart = KaartData(ctx, *ctx.geo, m.root, maat, "");
  if (kaart.is_empty_object()) return;
  // The same rows as kaart/<maat>/, whose downloads they share.
  Put(&kaart, "csv", "kaart/" + maat.slug + "/kaart.csv");
  Put(&kaart, "json", "kaart/" + maat.slug + "/kaart.json");
  Put(page, "kaart", std::move(kaart));
  Data maten = KaartMatenLinks(met, "", "");  // each measure with values has its own page
  Put(page, "meer_maten", maten.list_value().size() > 1);
  Put(page, "maten", std::move(maten));
}

void RenderKaartPages(RenderContext& ctx) {
  const Model& m = ctx.model;
  if (!ctx.geo || ctx.geo->empty() || m.root < 0 || m.gebieden[m.root].kinderen.empty()) return;
  const std::vector<KaartMaat> maten = MatenMetWaarden(ctx);
  const bool illustratief = JaarIsIllustratief(m, ctx.agg.LaatsteJaar());
  for (const KaartMaat& maat : maten) {
    std::string dir = "kaart/" + maat.slug;
    std::string root = RootPrefix(dir);
    Data kaart = KaartData(ctx, *ctx.geo, m.root, maat, root);
    if (kaart.is_empty_object()) return;  // no part has a shape: no maps at all
    Data page{Data::type::object};
    Put(&page, "titel", "Kaart: " + maat.naam);
    Put(&page, "maat", maat.naam);
    Put(&page, "illustratief", maat.indicator < 0 && illustratief);  // euros, not CBS figures
    Put(&page, "gemeente", GebiedLink(m, m.root, root));
    Put(&page, "meer_maten", maten.size() > 1);
    Put(&page, "maten", KaartMatenLinks(maten, root, maat.slug));
    Put(&page, "kaart", std::move(kaart));
    EmitPage(ctx, dir, "kaart", std::move(page));
    EmitKaartDownloads(ctx, dir, m.root, maat);
  }
}

}  // namespace openwijk
