// Diagnostics: errors and warnings collected as values, each with the position
// in the data repository that caused it. Every stage appends to a Diagnostics
// list and keeps going, so that one run reports all problems, not just the
// first. Only the command line prints them, gcc-style:
//
//   data/begroting/2025.csv:14:3: error: unknown gebied 'WK009999'
#pragma once

#include <string>
#include <vector>

#include "util/shared_text.h"

namespace openwijk {

enum class Severity { kError, kWarning };

// A place in a file of the data repository. line and column count from 1;
// 0 means "not known" (the whole file, or the whole line).
struct Position {
  SharedText file;  // shared by every position in the file (util/shared_text.h)
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  Position pos;
  Severity severity = Severity::kError;
  std::string message;

  // "file:line:column: error: message", leaving out the parts that are 0.
  std::string ToString() const;
};

class Diagnostics {
 public:
  void Error(const Position& pos, std::string message);
  void Warning(const Position& pos, std::string message);
  void Add(Diagnostic d);
  void Append(const Diagnostics& other);

  bool HasErrors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  int warning_count() const { return static_cast<int>(list_.size()) - errors_; }
  const std::vector<Diagnostic>& list() const { return list_; }

  // Orders by file, line, column, then message, so output is deterministic.
  void Sort();
  // All diagnostics, one per line, each ending in '\n'.
  std::string ToString() const;

 private:
  std::vector<Diagnostic> list_;
  int errors_ = 0;
};

}  // namespace openwijk
