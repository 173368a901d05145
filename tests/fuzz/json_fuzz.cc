// libFuzzer target: JSON data files (ParseJsonText), including its depth
// limit, and FindKey, which scans the raw text for positions.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "load/json_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace openwijk;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  nlohmann::json out;
  bool ok = ParseJsonText("site.json", text, &out, &diags);
  if (ok == diags.HasErrors()) __builtin_trap();  // false exactly when an error was added
  if (ok) out.dump();
  FindKey("site.json", text, "titel");
  FindKey("site.json", text, "bronnen");
  return 0;
}
