#include "repo/worktree_source.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "repo/blob_id.h"
#include "repo/commit_info.h"
#include "repo/entry_rules.h"
#include "repo/object_check.h"
#include "repo/worktree_files.h"

namespace openwijk {
namespace {

class WorktreeSource : public Source {
 public:
  WorktreeSource(std::string workdir, CommitInfo commit, std::vector<std::string> files)
      : workdir_(std::move(workdir)), commit_(std::move(commit)), files_(std::move(files)) {}

  const CommitInfo& commit() const override { return commit_; }

  std::vector<std::string> ListFiles(const std::string& dir) const override {
    std::string prefix = DirPrefix(dir);
    std::vector<std::string> out;
    auto it = std::lower_bound(files_.begin(), files_.end(), prefix);
    for (; it != files_.end() && it->compare(0, prefix.size(), prefix) == 0; ++it) {
      out.push_back(*it);
    }
    return out;
  }

  bool Exists(const std::string& path) const override {
    return std::binary_search(files_.begin(), files_.end(), path);
  }

  bool ReadFile(const std::string& path, std::string* contents, std::string* error) const override {
    // Only listed files: an ignored file must not be readable by accident.
    if (!Exists(path)) {
      *error = "no such file";
      return false;
    }
    return ReadWorkFile(workdir_, path, contents, error);
  }

  // Hashes the file on first use; ids are small, so they are kept.
  std::string FileId(const std::string& path) const override {
    {
      std::lock_guard<std::mutex> lock(ids_mu_);
      auto it = ids_.find(path);
      if (it != ids_.end()) return it->second;
    }
    std::string contents, error;
    if (!ReadFile(path, &contents, &error)) return "";
    std::string id = BlobId(contents);
    std::lock_guard<std::mutex> lock(ids_mu_);
    ids_[path] = id;
    return id;
  }

 private:
  std::string workdir_;  // absolute, ends in '/'
  CommitInfo commit_;
  std::vector<std::string> files_;  // sorted
  mutable std::mutex ids_mu_;
  mutable std::map<std::string, std::string> ids_;
};

// HEAD's commit info; an unborn branch (no commit yet) is not an error.
bool HeadInfo(git_repository* repo, CommitInfo* info, Diagnostics* diags) {
  info->revision = "HEAD";
  git_reference* head = nullptr;
  int rc = git_repository_head(&head, repo);
  if (rc == GIT_EUNBORNBRANCH) return true;
  GitReferencePtr owned(head);
  git_object* obj = nullptr;
  if (rc != 0 || git_reference_peel(&obj, head, GIT_OBJECT_COMMIT) != 0) {
    diags->Error(Position{}, "cannot read HEAD: " + GitLastError());
    return false;
  }
  GitCommitPtr commit(reinterpret_cast<git_commit*>(obj));
  std::string error;
  // The commit gives the dates; git status reads its tree.
  if (!GitCheckObject(repo, git_commit_id(commit.get()), &error) ||
      !GitCheckObject(repo, git_commit_tree_id(commit.get()), &error)) {
    diags->Error(Position{}, "cannot read HEAD: " + error);
    return false;
  }
  *info = MakeCommitInfo(commit.get(), "HEAD");
  return true;
}

// Every path git status mentions (tracked, or untracked and not ignored), and
// whether any of them differs from HEAD. Paths of deleted files are included;
// the caller drops what is not on disk.
bool StatusPaths(git_repository* repo, std::set<std::string>* paths, bool* dirty,
                 Diagnostics* diags) {
  git_status_options opts = GIT_STATUS_OPTIONS_INIT;
  opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
  opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
               GIT_STATUS_OPT_INCLUDE_UNMODIFIED;
  git_status_list* list = nullptr;
  if (git_status_list_new(&list, repo, &opts) != 0) {
    diags->Error(Position{}, "cannot read the working files: " + GitLastError());
    return false;
  }
  GitStatusListPtr owned(list);
  *dirty = false;
  for (size_t i = 0, n = git_status_list_entrycount(list); i < n; ++i) {
    const git_status_entry* e = git_status_byindex(list, i);
    if (e->status != GIT_STATUS_CURRENT) *dirty = true;
    const git_diff_delta* d = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
    if (!d) continue;
    const char* path = d->new_file.path ? d->new_file.path : d->old_file.path;
    if (path) paths->insert(path);
  }
  return true;
}

// Keeps the regular files; reports links, nested repositories and the rest.
std::vector<std::string> RegularFiles(const std::string& workdir,
                                      const std::set<std::string>& paths, Diagnostics* diags) {
  std::vector<std::string> files;
  std::set<std::string> reported_links;
  for (std::string path : paths) {
    if (!path.empty() && path.back() == '/') path.pop_back();  // an untracked repository
    if (!IsSafeRepoPath(path)) {
      diags->Error(Position{path}, "unsafe file name in the data repository");
      continue;
    }
    std::string link_at;
    switch (InspectWorkFile(workdir, path, &link_at)) {
      case DiskEntry::kMissing:
        break;
      case DiskEntry::kRegular:
        files.push_back(path);
        break;
      case DiskEntry::kDirectory:
        diags->Error(Position{path}, kSubmoduleNotAllowed);
        break;
      case DiskEntry::kSymlink:
        if (reported_links.insert(link_at).second) {
          diags->Error(Position{link_at}, kSymlinkNotAllowed);
        }
        break;
      case DiskEntry::kOther:
        diags->Error(Position{path}, kSpecialNotAllowed);
        break;
    }
  }
  return files;  // sorted, because `paths` is
}

}  // namespace

std::unique_ptr<Source> OpenWorktreeSource(std::shared_ptr<GitRepoHandle> repo,
                                           Diagnostics* diags) {
  CommitInfo info;
  std::set<std::string> paths;
  std::string workdir;
  {
    std::lock_guard<std::mutex> lock(repo->mu);
    const char* wd = git_repository_workdir(repo->repo.get());
    if (!wd) {
      diags->Error(Position{}, "--worktree needs a repository with working files, not a bare one");
      return nullptr;
    }
    workdir = wd;
    if (!HeadInfo(repo->repo.get(), &info, diags)) return nullptr;
    if (!StatusPaths(repo->repo.get(), &paths, &info.dirty, diags)) return nullptr;
  }
  info.worktree = true;
  int errors_before = diags->error_count();
  std::vector<std::string> files = RegularFiles(workdir, paths, diags);
  if (diags->error_count() > errors_before) return nullptr;
  return std::make_unique<WorktreeSource>(std::move(workdir), std::move(info), std::move(files));
}

}  // namespace openwijk
