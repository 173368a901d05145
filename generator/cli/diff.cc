// `openwijk diff REV_A REV_B`: what changed between two revisions, the same
// comparison as the publication pages, without rendering anything.
#include <cstdio>

#include "cli/command.h"
#include "cli/pipeline.h"
#include "cli/publicaties_load.h"
#include "render/diff_export.h"
#include "util/allocator.h"

namespace openwijk {

bool ParseFormat(const std::string& command, const Flags& flags, std::string* format) {
  *format = flags.Get("format", "text");
  if (*format == "text" || *format == "csv" || *format == "json") return true;
  UsageError(command, "unknown format '" + *format + "'; expected text, csv or json");
  return false;
}

int RunDiff(const std::vector<std::string>& args) {
  Flags flags;
  if (!ParseFlags("diff", args, {"format", "gebied", "repo"}, {"exit-code"}, &flags))
    return kExitUsage;
  if (flags.Has("help")) {
    std::fputs(FindCommand("diff")->usage, stdout);
    return kExitOk;
  }
  if (flags.positional.size() != 2)
    return UsageError("diff", "needs two revisions, REV_A and REV_B");
  std::string format;
  if (!ParseFormat("diff", flags, &format)) return kExitUsage;
  Diagnostics diags;
  std::string error;
  std::unique_ptr<Repository> repo = OpenRepository(flags.Get("repo", "."), &error);
  if (!repo) diags.Error({}, error);
  // Two versions of each changed file are read and dropped in turn: reuse
  // their memory (up to 512 MB) rather than fault in fresh pages each time.
  KeepLargeBlocks(size_t{512} << 20);
  ParseCache cache;
  DataRevision a, b;
  bool ok = repo != nullptr;
  if (ok) {
    ok = LoadDiffPair(*repo, flags.positional[0], flags.positional[1], &cache, &a, &b, &diags);
  }
  ModelDiff diff;
  if (ok) {
    DiffSkip skip = SkipSameFiles(a.file_ids, b.file_ids);
    diff = DiffModels(*a.model, *b.model, &skip);
    if (flags.values.count("gebied")) {
      const std::string code = flags.Get("gebied", "");
      std::set<std::string> codes = SubtreeCodes(*b.model, code);
      for (const std::string& c : SubtreeCodes(*a.model, code)) codes.insert(c);
      if (codes.empty()) {
        diags.Error({}, "unknown gebied '" + code + "' in both revisions");
        ok = false;
      } else {
        diff = FilterDiff(diff, codes);
      }
    }
  }
  PrintDiagnostics(&diags);
  // With --exit-code, 1 means "changed"; an error then exits 2, as diff(1)
  // does for trouble (and as a usage error does here anyway).
  if (!ok) return flags.Has("exit-code") ? kExitUsage : kExitData;
  // JSON and CSV go out in parts: between distant revisions they hold every line.
  const PartWriter print = [](std::string_view part) {
    std::fwrite(part.data(), 1, part.size(), stdout);
  };
  if (format == "json") {
    print(DiffJson(diff, a.commit.id, b.commit.id, &print));
  } else if (format == "csv") {
    print(DiffCsv(diff, &print));
  } else {
    std::fputs(DiffText(diff).c_str(), stdout);
  }
  return flags.Has("exit-code") && !diff.empty() ? kExitData : kExitOk;
}

}  // namespace openwijk
