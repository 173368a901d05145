// The stages that build and check share, composed in order:
//   open repo -> load -> model -> validate   (LoadRevision)
//   templates -> render -> publish           (build.cc)
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "load/data_files.h"
#include "model/model.h"
#include "repo/source.h"

namespace openwijk {

struct RevisionOptions {
  std::string repo_dir = ".";
  std::string rev = "HEAD";
  bool worktree = false;
};

// Stage timings for --timings, in the order they ran.
class Timings {
 public:
  void Start();
  void Stop(const char* stage);
  // Splits the time since the last stop over stages, in proportion to
  // `weights` (for stages that overlap on threads, such as render and write).
  void StopShared(const std::vector<std::pair<const char*, double>>& weights);
  std::string ToString() const;

 private:
  std::chrono::steady_clock::time_point start_;
  std::vector<std::pair<std::string, double>> stages_;
};

// Reads the repository/revision flags shared by build and check.
RevisionOptions RevisionFlags(const Flags& flags);

// Opens the repository and the revision, loads every file, builds the model
// and validates it. *source stays open for the templates. Returns false when
// there were errors (all of them are in *diags).
bool LoadRevision(const RevisionOptions& opts, std::unique_ptr<Repository>* repo,
                  std::unique_ptr<Source>* source, Model* model, Diagnostics* diags,
                  Timings* timings, ParseCache* cache = nullptr);

// What was read, for the last line of build and check: "HEAD 318c017218", and
// for --worktree " + uncommitted changes" or " (clean worktree)" after it.
std::string ReadFrom(const CommitInfo& commit);

// Prints diagnostics to stderr, sorted, gcc-style, then a one-line summary.
void PrintDiagnostics(Diagnostics* diags);

// The templates shipped with the tool: the installed ones, else the source tree's.
std::string FallbackTemplateDir();

// A hash of everything a build of `opts` reads (cli/build_key.cc); "" when
// that cannot be known cheaply (--worktree), which means: always build.
std::string BuildKey(const RevisionOptions& opts);

}  // namespace openwijk
