// JSON files of the data repository (site.json, meetings), parsed with
// nlohmann::json. Parse errors become diagnostics with line and column; the
// nesting depth is checked first so that hostile input cannot exhaust the stack.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "util/diagnostic.h"

namespace openwijk {

constexpr int kMaxJsonDepth = 64;

// Parses `text` into *out. Returns false after adding an error.
bool ParseJsonText(const std::string& file, std::string_view text, nlohmann::json* out,
                   Diagnostics* diags);

// The position of the first occurrence of the quoted key `"key"` in `text`,
// or line 0 when absent. nlohmann::json keeps no positions; this gives
// semantic errors a line to point at.
Position FindKey(const std::string& file, std::string_view text, std::string_view key);

}  // namespace openwijk
