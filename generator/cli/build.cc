// `openwijk build`: the whole pipeline, top to bottom.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "cli/pipeline.h"
#include "cli/publicaties_carry.h"
#include "cli/publicaties_load.h"
#include "publish/publish.h"
#include "publish/stamp.h"
#include "render/render_site.h"
#include "render/templates.h"
#include "util/parallel.h"
#include "util/text.h"

namespace openwijk {

int RunBuild(const std::vector<std::string>& args) {
  Flags flags;
  if (!ParseFlags("build", args, {"repo", "rev", "out", "threads"},
                  {"worktree", "timings", "force"}, &flags)) {
    return kExitUsage;
  }
  if (flags.Has("help")) {
    std::fputs(Commands()[0].usage, stdout);
    return kExitOk;
  }
  if (!flags.positional.empty())
    return UsageError("build", "unexpected argument '" + flags.positional[0] + "'");
  if (flags.Has("worktree") && flags.values.count("rev")) {
    return UsageError("build", "--worktree and --rev exclude each other");
  }
  const std::string out_dir = flags.Get("out", "site");
  // As messages name it: "site/", also when --out was given as "site/".
  std::string shown_dir = WithoutTrailingSlashes(out_dir);
  if (shown_dir.empty() || shown_dir.back() != '/') shown_dir += '/';
  int threads = static_cast<int>(std::thread::hardware_concurrency());
  if (flags.values.count("threads")) {
    const std::string& t = flags.values.at("threads");
    char* end = nullptr;
    long n = std::strtol(t.c_str(), &end, 10);
    if (t.empty() || *end != '\0' || n < 1 || n > 256)
      return UsageError("build", "--threads wants a number from 1 to 256, not '" + t + "'");
    threads = static_cast<int>(n);
  }
  if (threads < 1) threads = 1;
  SetThreads(threads);  // loading, too
  Timings timings;
  timings.Start();
  // Nothing changed since the last build into out_dir: nothing to do. A
  // forced build still stamps its key, so the build after it can be a no-op.
  const std::string key = BuildKey(RevisionFlags(flags));
  if (!flags.Has("force") && StampMatches(out_dir, key)) {
    timings.Stop("check");
    std::printf("openwijk: %s is up to date with %s; nothing written\n", shown_dir.c_str(),
                flags.Get("rev", "HEAD").c_str());
    if (flags.Has("timings")) std::fputs(timings.ToString().c_str(), stdout);
    return kExitOk;
  }
  Diagnostics diags;
  std::unique_ptr<Repository> repo;
  std::unique_ptr<Source> source;
  Model model;
  ParseCache cache;       // the revision's parses, for its publications
  KeepYearTexts(&cache);  // and its year files' bytes, for the first one's successor
  bool ok = LoadRevision(RevisionFlags(flags), &repo, &source, &model, &diags, &timings, &cache);
  if (ok) ok = AttachPublicaties(*repo, &model, &diags, &cache);  // publicaties/, history
  // Every publication loaded and compared: at a national scale most of loading.
  if (ok) timings.Stop("publications");
  TemplateSet templates;
  if (ok) {
    std::map<std::string, std::string> files;
    ok =
        LoadTemplates(*source, model.config.templates_dir, FallbackTemplateDir(), &files, &diags) &&
        templates.Parse(model.config.templates_dir, files, &diags);
  }
  PublishStats stats;
  if (ok) {
    // Pages are written as they are rendered, into a folder beside out_dir
    // that replaces it only when the whole site succeeded.
    SiteWriter writer(out_dir);
    ok = writer.ok();
    if (ok) {
      double busy_s = 0;
      ok = RenderSite(model, templates, &writer, &diags, threads, &busy_s);
      // Rendering and writing overlap on the threads: split the wall time
      // by the thread time each took.
      double write_s = writer.write_seconds();
      timings.StopShared({{"render", std::max(0.0, busy_s - write_s)}, {"write", write_s}});
    }
    if (ok) RemoveStamp(out_dir);  // the site is about to change
    if (ok && !writer.Commit()) ok = false;
    if (ok) WriteStamp(out_dir, key, writer.Stamps(), writer.FolderStamps());
    if (!writer.error().empty()) diags.Error({}, writer.error());
    stats = writer.stats();
    timings.Stop("swap");
  }
  PrintDiagnostics(&diags);
  if (!ok) {
    std::fprintf(stderr, "openwijk: no site written; %s is unchanged\n", shown_dir.c_str());
    return kExitData;
  }
  std::printf("openwijk: wrote %d pages (%d files, %.1f MB; %d changed) to %s from %s\n",
              stats.pages, stats.files, stats.bytes / 1e6, stats.written, shown_dir.c_str(),
              ReadFrom(model.commit).c_str());
  if (flags.Has("timings")) std::fputs(timings.ToString().c_str(), stdout);
  return kExitOk;
}

int RunCheck(const std::vector<std::string>& args) {
  Flags flags;
  if (!ParseFlags("check", args, {"repo", "rev"}, {"worktree"}, &flags)) return kExitUsage;
  if (flags.Has("help")) {
    std::fputs(Commands()[1].usage, stdout);
    return kExitOk;
  }
  if (!flags.positional.empty())
    return UsageError("check", "unexpected argument '" + flags.positional[0] + "'");
  Timings timings;
  timings.Start();
  Diagnostics diags;
  std::unique_ptr<Repository> repo;
  std::unique_ptr<Source> source;
  Model model;
  ParseCache cache;       // the revision's parses, for its publications
  KeepYearTexts(&cache);  // and its year files' bytes, for the first one's successor
  bool ok = LoadRevision(RevisionFlags(flags), &repo, &source, &model, &diags, &timings, &cache);
  if (ok) ok = AttachPublicaties(*repo, &model, &diags, &cache);  // publicaties/, history
  PrintDiagnostics(&diags);
  if (ok) {
    std::printf("openwijk: %s is fine (%zu areas, %d warnings)\n", ReadFrom(model.commit).c_str(),
                model.gebieden.size(), diags.warning_count());
  }
  return ok ? kExitOk : kExitData;
}

}  // namespace openwijk
