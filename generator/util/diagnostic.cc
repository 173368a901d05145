#include "util/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace openwijk {

std::string Diagnostic::ToString() const {
  std::string out = pos.file.empty() ? "openwijk" : pos.file;
  if (pos.line > 0) {
    out += ":" + std::to_string(pos.line);
    if (pos.column > 0) out += ":" + std::to_string(pos.column);
  }
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  return out;
}

void Diagnostics::Error(const Position& pos, std::string message) {
  Add({pos, Severity::kError, std::move(message)});
}

void Diagnostics::Warning(const Position& pos, std::string message) {
  Add({pos, Severity::kWarning, std::move(message)});
}

void Diagnostics::Add(Diagnostic d) {
  if (d.severity == Severity::kError) ++errors_;
  list_.push_back(std::move(d));
}

void Diagnostics::Append(const Diagnostics& other) {
  for (const Diagnostic& d : other.list_) Add(d);
}

void Diagnostics::Sort() {
  std::stable_sort(list_.begin(), list_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.file, a.pos.line, a.pos.column, a.message) <
           std::tie(b.pos.file, b.pos.line, b.pos.column, b.message);
  });
}

std::string Diagnostics::ToString() const {
  std::string out;
  for (const Diagnostic& d : list_) out += d.ToString() + "\n";
  return out;
}

}  // namespace openwijk
