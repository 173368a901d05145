// Runs the real `openwijk` binary against a real git repository (made through
// libgit2 by GitFixture) and reads back what it wrote.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "support/git_fixture.h"

namespace openwijk::testing {

struct BuildStats {
  int written = -1;
  bool up_to_date = false;  // "nothing written": the stamp matched
};

class SiteHarness {
 public:
  SiteHarness();
  ~SiteHarness();
  SiteHarness(const SiteHarness&) = delete;
  SiteHarness& operator=(const SiteHarness&) = delete;

  GitFixture& fixture() { return git_; }
  const std::string& head() const { return head_; }

  // Replaces the repository's files by `files` and commits; returns the id.
  std::string Commit(const std::map<std::string, std::string>& files, const std::string& message);

  // Runs `openwijk build --repo <repo> --out <dir>/<out> args...`. Returns the
  // diagnostics printed on stderr when the build failed, "" on success.
  std::string Build(const std::vector<std::string>& args = {}, const std::string& out = "site");
  // Runs any subcommand; returns combined output.
  std::string Run(const std::vector<std::string>& args);
  int last_exit() const { return exit_; }
  const BuildStats& last_stats() const { return stats_; }

  bool Exists(const std::string& path, const std::string& out = "site") const;
  std::string Read(const std::string& path, const std::string& out = "site") const;
  std::vector<std::string> HtmlPages(const std::string& out = "site") const;
  // A digest of every path and its bytes under the output directory.
  std::string TreeDigest(const std::string& out = "site") const;
  // Names in the directory that holds the outputs (to spot leftovers).
  std::vector<std::string> SiblingsOfOut() const;
  std::string out_root() const { return out_root_; }

 private:
  GitFixture git_;
  std::string out_root_;
  std::string head_;
  std::map<std::string, std::string> current_;
  int exit_ = 0;
  BuildStats stats_;
  int commits_ = 0;
};

}  // namespace openwijk::testing
