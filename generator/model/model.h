// The typed domain of one revision of the data: areas, the begroting, the
// wijkkompas and the site's pages. Built from parsed files by BuildModel
// (model/build.h); no I/O happens here. A Model owns all its records (budget
// lines it may share with other revisions' Models, model/regels.h); records
// refer to each other by index into the Model's vectors.
//
// Dutch domain words, explained once:
//   gebied      an area at any level of the tree (gemeente, gebied, wijk, buurt)
//   niveau      the level of an area
//   begroting   the budget; one BegrotingRegel is one budget line
//   begroot / gewijzigd / realisatie   primitive budget / after amendments / actual
//   lasten / baten   costs / income
//   taakveld    a national Iv3 function code ("5.7 Openbaar groen")
//   programma   a chapter of the gemeente's own begroting
//   financier   who pays (gemeente, corporaties, ...)
//   wijkkompas  facts and figures per area (indicators per year)
//   DNA van de wijk   a text on the area's strengths, weaknesses, chances, threats
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "load/geojson.h"
#include "load/site_config.h"
#include "model/bestuur.h"
#include "model/regels.h"
#include "repo/source.h"
#include "util/diagnostic.h"

namespace openwijk {

struct Publicaties;  // model/publicatie.h

struct Gebied {
  std::string code;  // "WK001410"
  std::string naam;
  std::string niveau;  // gemeente | gebied | wijk | buurt
  std::string soort;   // "wijk", "dorp" or ""
  std::string ouder_code;
  Position pos;               // the code field
  Position pos_ouder;         // the ouder field
  int ouder = -1;             // index of the parent, -1 for the root
  std::vector<int> kinderen;  // sorted by naam
  int diepte = 0;             // 0 for the gemeente
  std::string pad;            // output folder: "wijk/centrum"
  bool naam_gedeeld = false;  // another area has the same naam ("Centrum" gebied and wijk)
};

struct Taakveld {
  std::string code;
  std::string naam;
  std::vector<int> jaren;  // scheme years in which the code exists
};

struct Indicator {
  std::string id;
  std::string naam;
  std::string eenheid;
  std::string bron;
  Position pos;
};

struct KompasWaarde {
  int gebied = -1;
  int indicator = -1;
  int jaar = 0;
  std::optional<double> waarde;  // empty = missing
  int decimalen = 0;
  Position pos;
};

// A Markdown page: a content page, or the DNA text of an area.
struct Pagina {
  std::string slug;  // "colofon"
  std::string titel;
  std::string samenvatting;
  int volgorde = 100;
  std::string markdown;
  std::string bron;  // DNA texts: where the text comes from
  Position pos;
};

struct Model {
  SiteConfig config;
  CommitInfo commit;
  std::vector<Gebied> gebieden;  // sorted by code
  // code -> index into gebieden: looked up for every line, so hashed.
  std::unordered_map<std::string, int> gebied_index;
  int root = -1;  // the gemeente
  std::vector<Taakveld> taakvelden;
  std::multimap<std::string, int> taakveld_index;  // a code may return with a new meaning
  std::map<int, Regels> begroting;                 // by jaar (model/regels.h)
  std::vector<Indicator> indicatoren;
  std::map<std::string, int> indicator_index;
  std::vector<KompasWaarde> kompas;  // sorted by gebied, indicator, jaar
  std::map<int, Pagina> dna;         // by gebied index
  std::vector<Pagina> paginas;       // content pages, sorted by volgorde, slug
  std::vector<GeoFeature> geo;       // every feature of data/geo/, in file order
  // The publications reachable from this revision (model/publicatie.h); null
  // when not loaded.
  std::shared_ptr<const Publicaties> publicaties;
  Bestuur bestuur;  // decisions, projects, meetings (model/bestuur.h)

  int FindGebied(const std::string& code) const;
  // The taakveld with `code` in the scheme of `jaar`; nullptr when the code is
  // unknown or not in that year's scheme (then *known_code tells which).
  const Taakveld* FindTaakveld(const std::string& code, int jaar, bool* known_code = nullptr) const;
};

}  // namespace openwijk
