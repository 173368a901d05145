// content/*.md -> content pages and data/kompas/dna/<code>.md -> DNA texts
// (model/build_paginas.cc): front matter fields, order, reserved names and
// paths that must stay inside the repository.
#include <catch2/catch.hpp>

#include "model/build.h"
#include "support/bestuur_fixture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

Model Paginas(const std::map<std::string, std::string>& files, Diagnostics* d) {
  return BuildOnTestdorp(files, BuildPaginas, d);
}

std::vector<std::string> Slugs(const Model& m) {
  std::vector<std::string> out;
  for (const Pagina& p : m.paginas) out.push_back(p.slug);
  return out;
}

}  // namespace

TEST_CASE("content pages are ordered by volgorde, then name", "[model][paginas]") {
  Diagnostics d;
  Model m = Paginas({{"content/colofon.md", "---\ntitel: Colofon\nvolgorde: 2\n---\nTekst.\n"},
                     {"content/over.md",
                      "---\ntitel: Over deze site\nsamenvatting: Waarom\nvolgorde: 1\n---\n# "
                      "Over\n"},
                     {"content/Open Data.md", "---\ntitel: Open data\n---\nZie downloads.\n"},
                     {"content/archief.md", "---\ntitel: Archief\n---\n"},
                     {"content/oud/pagina.md", "---\ntitel: Oud\n---\n"}},
                    &d);
  CHECK(d.ToString() == "");
  // volgorde 1, 2, then the default 100 by slug; content/oud/ is not a page.
  CHECK(Slugs(m) == std::vector<std::string>{"over", "colofon", "archief", "open-data"});
  CHECK(m.paginas[0].titel == "Over deze site");
  CHECK(m.paginas[0].samenvatting == "Waarom");
  CHECK(m.paginas[0].markdown == "# Over\n");
  CHECK(m.paginas[2].volgorde == 100);
  CHECK(m.paginas[3].pos.file == "content/Open Data.md");
}

TEST_CASE("a content page needs a titel and a name of its own", "[model][paginas]") {
  Diagnostics d;
  Model m = Paginas({{"content/zonder.md", "Geen front matter.\n"},
                     {"content/wijk.md", "---\ntitel: Wijk\n---\n"},
                     {"content/index.md", "---\ntitel: Home\n---\n"},
                     {"content/€.md", "---\ntitel: Euro\n---\n"}},
                    &d);
  CHECK(d.ToString() ==
        "content/index.md: error: page name 'index' is reserved by the site\n"
        "content/wijk.md: error: page name 'wijk' is reserved by the site\n"
        "content/zonder.md:1:1: error: missing required front matter key 'titel'\n"
        "content/€.md: error: page name '€' is reserved by the site\n");
  CHECK(Slugs(m) == std::vector<std::string>{"zonder"});
}

TEST_CASE("volgorde must be a whole number", "[model][paginas]") {
  Diagnostics d;
  Model m = Paginas({{"content/over.md", "---\ntitel: Over\nvolgorde: eerst\n---\n"}}, &d);
  CHECK(d.ToString() == "content/over.md:3:11: error: 'volgorde' must be a whole number\n");
  CHECK(m.paginas.at(0).volgorde == 100);
}

TEST_CASE("paths in front matter must stay in the repository", "[model][paginas]") {
  Diagnostics d;
  Paginas({{"content/over.md",
            "---\ntitel: Over\nafbeelding: ../geheim.png\ndownload: /etc/passwd\n"
            "pad: plaatjes/kaart.png\n---\n"}},
          &d);
  CHECK(d.ToString() ==
        "content/over.md:3:13: error: path '../geheim.png' in 'afbeelding' is not allowed: '..' "
        "leaves the repository\n"
        "content/over.md:4:11: error: path '/etc/passwd' in 'download' is not allowed: absolute "
        "path\n");
}

TEST_CASE("a DNA text belongs to a known area", "[model][paginas]") {
  Diagnostics d;
  Model m = Paginas({{"data/kompas/dna/WK999901.md",
                      "---\ntitel: DNA van Noord\nbron: wijkraad\n---\n# Sterktes\n"},
                     {"data/kompas/dna/WK999999.md", "---\ntitel: DNA van niets\n---\n"}},
                    &d);
  CHECK(d.ToString() ==
        "data/kompas/dna/WK999999.md: error: DNA text for unknown gebied 'WK999999'\n");
  REQUIRE(m.dna.size() == 1);
  const Pagina& p = m.dna.at(m.FindGebied("WK999901"));
  CHECK(p.slug == "WK999901");
  CHECK(p.titel == "DNA van Noord");
  CHECK(p.bron == "wijkraad");
  CHECK(p.markdown == "# Sterktes\n");
  CHECK(m.paginas.empty());  // DNA texts are not content pages
}
