// site.json: the settings of one site (title, gemeente, base URL, licence,
// source credits, which GeoJSON property holds the area code). See
// data/README.md for the format. Parsed into a plain struct owned by the caller.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.h"

namespace openwijk {

struct Bron {
  std::string naam;
  std::string url;
  std::string licentie;
};

struct SiteConfig {
  std::string file = "site.json";
  std::string titel;
  std::string gemeente;   // CBS code, "GM0014"
  std::string basis_url;  // absolute, ends in '/'
  std::string licentie_naam;
  std::string licentie_url;
  std::vector<Bron> bronnen;
  std::vector<std::string> geo_code_eigenschappen;  // first present wins
  std::string inwoners_indicator = "inwoners";
  std::string templates_dir = "templates";
  std::string publicatie_patroon = "publicatie/*";
  std::string kaart_maat;  // default measure of the home map; "" = € per inwoner
};

// Parses site.json. Returns false after adding errors (all of them).
bool ParseSiteConfig(const std::string& file, std::string_view text, SiteConfig* config,
                     Diagnostics* diags);

}  // namespace openwijk
