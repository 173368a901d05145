#include "cli/pipeline.h"

#include <sys/stat.h>

#include <cstdio>

#include "model/build.h"
#include "validate/validate.h"

namespace openwijk {

const char* Version() { return OPENWIJK_VERSION; }

void Timings::Start() { start_ = std::chrono::steady_clock::now(); }

void Timings::Stop(const char* stage) {
  auto now = std::chrono::steady_clock::now();
  stages_.emplace_back(stage, std::chrono::duration<double, std::milli>(now - start_).count());
  start_ = now;
}

void Timings::StopShared(const std::vector<std::pair<const char*, double>>& weights) {
  auto now = std::chrono::steady_clock::now();
  double ms = std::chrono::duration<double, std::milli>(now - start_).count();
  double sum = 0;
  for (const auto& w : weights) sum += w.second;
  for (const auto& [stage, w] : weights) {
    stages_.emplace_back(stage, sum > 0 ? ms * w / sum : ms / weights.size());
  }
  start_ = now;
}

std::string Timings::ToString() const {
  std::string out;
  double total = 0;
  char buf[96];
  for (const auto& [name, ms] : stages_) {
    std::snprintf(buf, sizeof buf, "  %-12s %9.1f ms\n", name.c_str(), ms);
    out += buf;
    total += ms;
  }
  std::snprintf(buf, sizeof buf, "  %-12s %9.1f ms\n", "total", total);
  return out + buf;
}

RevisionOptions RevisionFlags(const Flags& flags) {
  RevisionOptions o;
  o.repo_dir = flags.Get("repo", ".");
  o.rev = flags.Get("rev", "HEAD");
  o.worktree = flags.Has("worktree");
  return o;
}

bool LoadRevision(const RevisionOptions& opts, std::unique_ptr<Repository>* repo,
                  std::unique_ptr<Source>* source, Model* model, Diagnostics* diags,
                  Timings* timings, ParseCache* cache) {
  std::string error;
  *repo = OpenRepository(opts.repo_dir, &error);
  if (!*repo) {
    diags->Error({}, error);
    return false;
  }
  *source = opts.worktree ? (*repo)->Worktree(diags) : (*repo)->TreeAt(opts.rev, diags);
  if (!*source) return false;
  LoadedFiles files;
  // A worktree's files can change while they are read (between the id and
  // the text): their parses are not offered to the publications.
  bool loaded = LoadFiles(**source, opts.worktree ? nullptr : cache, &files, diags);
  timings->Stop("load");
  // Like a compiler, report every problem of a stage, but do not go on to
  // rules over records that could not be read: that only adds echoes.
  if (!loaded) return false;
  BuildModel(files, model, diags);
  Validate(*model, diags);
  timings->Stop("validate");
  return !diags->HasErrors();
}

std::string ReadFrom(const CommitInfo& commit) {
  std::string out = commit.revision + " " + commit.short_id;
  if (commit.worktree) out += commit.dirty ? " + uncommitted changes" : " (clean worktree)";
  return out;
}

void PrintDiagnostics(Diagnostics* diags) {
  diags->Sort();
  std::fputs(diags->ToString().c_str(), stderr);
  if (diags->HasErrors()) {
    std::fprintf(stderr, "openwijk: %d error%s, %d warning%s\n", diags->error_count(),
                 diags->error_count() == 1 ? "" : "s", diags->warning_count(),
                 diags->warning_count() == 1 ? "" : "s");
  }
}

std::string FallbackTemplateDir() {
  struct stat st;
  if (stat(OPENWIJK_INSTALLED_TEMPLATES, &st) == 0 && S_ISDIR(st.st_mode)) {
    return OPENWIJK_INSTALLED_TEMPLATES;
  }
  return OPENWIJK_SOURCE_TEMPLATES;
}

}  // namespace openwijk
