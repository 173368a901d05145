// libFuzzer target: site.json, from bytes to the SiteConfig struct.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "load/site_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace openwijk;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  SiteConfig config;
  bool ok = ParseSiteConfig("site.json", text, &config, &diags);
  if (ok == diags.HasErrors()) __builtin_trap();  // false exactly when an error was added
  return 0;
}
