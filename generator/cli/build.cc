// `openwijk build`: the whole pipeline, top to bottom.
#include <cstdio>

#include "cli/pipeline.h"
#include "cli/publicaties_load.h"
#include "publish/publish.h"
#include "render/render_site.h"
#include "render/templates.h"

namespace openwijk {

int RunBuild(const std::vector<std::string>& args) {
  Flags flags;
  if (!ParseFlags("build", args, {"repo", "rev", "out"}, {"worktree", "timings"}, &flags)) {
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
  Timings timings;
  timings.Start();
  Diagnostics diags;
  std::unique_ptr<Repository> repo;
  std::unique_ptr<Source> source;
  Model model;
  bool ok = LoadRevision(RevisionFlags(flags), &repo, &source, &model, &diags, &timings);
  if (ok) ok = AttachPublicaties(*repo, &model, &diags);  // publicaties/, history
  TemplateSet templates;
  if (ok) {
    std::map<std::string, std::string> files;
    ok =
        LoadTemplates(*source, model.config.templates_dir, FallbackTemplateDir(), &files, &diags) &&
        templates.Parse(model.config.templates_dir, files, &diags);
  }
  std::vector<OutputFile> site;
  if (ok) {
    ok = RenderSite(model, templates, &site, &diags);
    timings.Stop("render");
  }
  PublishStats stats;
  if (ok) {
    std::string error;
    if (!PublishSite(site, out_dir, &stats, &error)) {
      diags.Error({}, error);
      ok = false;
    }
    timings.Stop("write");
  }
  PrintDiagnostics(&diags);
  if (!ok) {
    std::fprintf(stderr, "openwijk: no site written; %s is unchanged\n", out_dir.c_str());
    return kExitData;
  }
  std::printf("openwijk: wrote %d pages (%d files, %.1f MB; %d changed) to %s/ from %s %s%s\n",
              stats.pages, stats.files, stats.bytes / 1e6, stats.written, out_dir.c_str(),
              model.commit.revision.c_str(), model.commit.short_id.c_str(),
              model.commit.worktree
                  ? (model.commit.dirty ? " + uncommitted changes" : " (clean worktree)")
                  : "");
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
  bool ok = LoadRevision(RevisionFlags(flags), &repo, &source, &model, &diags, &timings);
  if (ok) ok = AttachPublicaties(*repo, &model, &diags);  // publicaties/, history
  PrintDiagnostics(&diags);
  if (ok) {
    std::printf("openwijk: %s %s is fine (%zu areas, %d warnings)\n", model.commit.revision.c_str(),
                model.commit.short_id.c_str(), model.gebieden.size(), diags.warning_count());
  }
  return ok ? kExitOk : kExitData;
}

}  // namespace openwijk
