// The key of a build's inputs, for the no-op check (publish/stamp.h).
#include <sys/stat.h>

#include "cli/pipeline.h"
#include "publish/stamp.h"
#include "util/sha256.h"

namespace openwijk {

namespace {

std::string FileState(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return "missing";
  return std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

}  // namespace

// Everything the output depends on: this binary, the revision asked for and
// the commit it is, every tag (publications are tags; their messages are
// read), and the templates installed with the tool. The data, content and
// templates of the repository itself are covered by the commit id.
std::string BuildKey(const RevisionOptions& opts) {
  if (opts.worktree) return "";  // working files have no id: always build
  std::string error;
  std::unique_ptr<Repository> repo = OpenRepository(opts.repo_dir, &error);
  if (!repo) return "";
  Diagnostics ignored;  // a revision that does not resolve is reported by the build
  std::unique_ptr<Source> source = repo->TreeAt(opts.rev, &ignored);
  if (!source) return "";
  std::string material = std::string("openwijk ") + Version() + "\n";
  material += "binary " + FileState("/proc/self/exe") + "\n";
  material += "rev " + opts.rev + " " + source->commit().id + "\n";
  for (const TagInfo& t : repo->Tags("*", &ignored)) {
    material += "tag " + t.name + " " + t.commit_id + " " + std::to_string(t.tagger_time) + " " +
                Sha256Hex(t.message) + "\n";
  }
  std::vector<FileStamp> templates;
  ListTree(FallbackTemplateDir(), &templates);
  for (const FileStamp& f : templates) {
    material += "template " + f.path + " " + std::to_string(f.size) + " " +
                std::to_string(f.mtime_ns) + "\n";
  }
  if (ignored.HasErrors()) return "";
  return Sha256Hex(material);
}

}  // namespace openwijk
