// kaart/<maat>/index.html: the gemeente's parts on a map, one page per
// measure (€ per inwoner and every wijkkompas indicator), each with the same
// numbers as a table and links to the other measures. The home page shows
// the measure site.json names and links here for the others.
#include "render/maps.h"
#include "render/pages.h"

namespace openwijk {

namespace {

std::string KaartUrl(const std::string& root, const KaartMaat& maat) {
  return root + "kaart/" + maat.slug + "/";
}

}  // namespace

Data KaartMatenLinks(const Model& m, const std::string& root, const std::string& huidig) {
  Data list{Data::type::list};
  for (const KaartMaat& maat : KaartMaten(m)) {
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
  KaartMaat maat = StandaardMaat(m);
  Data kaart = KaartData(ctx, *ctx.geo, m.root, maat, "");
  if (kaart.is_empty_object()) return;
  // The same rows as kaart/<maat>/, whose downloads they share.
  Put(&kaart, "csv", "kaart/" + maat.slug + "/kaart.csv");
  Put(&kaart, "json", "kaart/" + maat.slug + "/kaart.json");
  Put(page, "kaart", std::move(kaart));
  Put(page, "maten", KaartMatenLinks(m, "", ""));  // every measure has its own page
}

void RenderKaartPages(RenderContext& ctx) {
  const Model& m = ctx.model;
  if (!ctx.geo || ctx.geo->empty() || m.root < 0 || m.gebieden[m.root].kinderen.empty()) return;
  for (const KaartMaat& maat : KaartMaten(m)) {
    std::string dir = "kaart/" + maat.slug;
    std::string root = RootPrefix(dir);
    Data kaart = KaartData(ctx, *ctx.geo, m.root, maat, root);
    if (kaart.is_empty_object()) return;  // no part has a shape: no maps at all
    Data page{Data::type::object};
    Put(&page, "titel", "Kaart: " + maat.naam);
    Put(&page, "maat", maat.naam);
    Put(&page, "gemeente", GebiedLink(m, m.root, root));
    Put(&page, "maten", KaartMatenLinks(m, root, maat.slug));
    Put(&page, "kaart", std::move(kaart));
    EmitPage(ctx, dir, "kaart", std::move(page));
    EmitKaartDownloads(ctx, dir, m.root, maat);
  }
}

}  // namespace openwijk
