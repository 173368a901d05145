#include "repo/git_tree_source.h"

#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include "repo/commit_info.h"
#include "repo/entry_rules.h"
#include "repo/object_check.h"

namespace openwijk {
namespace {

using FileMap = std::map<std::string, git_oid>;  // sorted: ListFiles walks it in order

// Collected during git_tree_walk; errors are reported after the walk so that
// the callback does nothing but record.
struct WalkState {
  git_repository* repo = nullptr;
  FileMap files;
  std::vector<std::pair<std::string, std::string>> errors;  // path, message
};

// git_tree_walk stops at the first subtree it cannot read, without saying
// which; checking and looking it up first lets us name the folder and walk
// on past it. (libgit2 caches objects under 4 KB, raw and parsed: for most
// folders the lookup and the walk read nothing again after the check.)
int CheckTreeReadable(const std::string& path, const git_tree_entry* entry, WalkState* state) {
  const git_oid* id = git_tree_entry_id(entry);
  std::string error;
  if (GitCheckObject(state->repo, id, &error)) {
    git_tree* tree = nullptr;
    if (git_tree_lookup(&tree, state->repo, id) == 0) {
      git_tree_free(tree);
      return 0;
    }
    error = GitLastError();
  }
  state->errors.emplace_back(path, "cannot read folder: " + error);
  return 1;  // skip it
}

int VisitEntry(const char* root, const git_tree_entry* entry, void* payload) {
  auto* state = static_cast<WalkState*>(payload);
  std::string path = std::string(root) + git_tree_entry_name(entry);
  if (!IsSafeRepoPath(path)) {
    state->errors.emplace_back(path, "unsafe file name in the data repository");
    return 1;  // for a tree: do not descend into it
  }
  switch (git_tree_entry_filemode(entry)) {
    case GIT_FILEMODE_TREE:
      return CheckTreeReadable(path, entry, state);
    case GIT_FILEMODE_BLOB:
    case GIT_FILEMODE_BLOB_EXECUTABLE:
      state->files.emplace(std::move(path), *git_tree_entry_id(entry));
      return 0;
    case GIT_FILEMODE_LINK:
      state->errors.emplace_back(path, kSymlinkNotAllowed);
      return 0;
    case GIT_FILEMODE_COMMIT:
      state->errors.emplace_back(path, kSubmoduleNotAllowed);
      return 0;
    default:
      state->errors.emplace_back(path, kSpecialNotAllowed);
      return 0;
  }
}

class GitTreeSource : public Source {
 public:
  GitTreeSource(std::shared_ptr<GitRepoHandle> repo, CommitInfo commit, FileMap files)
      : repo_(std::move(repo)), commit_(std::move(commit)), files_(std::move(files)) {}

  const CommitInfo& commit() const override { return commit_; }

  std::vector<std::string> ListFiles(const std::string& dir) const override {
    std::string prefix = DirPrefix(dir);
    std::vector<std::string> out;
    for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) {
      if (it->first.compare(0, prefix.size(), prefix) != 0) break;
      out.push_back(it->first);
    }
    return out;
  }

  bool Exists(const std::string& path) const override { return files_.count(path) > 0; }

  bool ReadFile(const std::string& path, std::string* contents, std::string* error) const override {
    FileBytes bytes;
    if (!ReadBytes(path, &bytes, error)) return false;
    contents->assign(bytes.text);
    return true;
  }

  // Hands out the blob itself. Blobs are never in libgit2's object cache, so
  // the last owner frees it without the repository mutex.
  bool ReadBytes(const std::string& path, FileBytes* out, std::string* error) const override {
    auto it = files_.find(path);
    if (it == files_.end()) {
      *error = "no such file";
      return false;
    }
    std::shared_ptr<git_blob> owned;
    {
      std::lock_guard<std::mutex> lock(repo_->mu);
      git_blob* blob = nullptr;
      if (git_blob_lookup(&blob, repo_->repo.get(), &it->second) != 0) {
        *error = GitLastError();
        return false;
      }
      owned = GitBlobPtr(blob);
    }
    const std::string_view text(static_cast<const char*>(git_blob_rawcontent(owned.get())),
                                static_cast<size_t>(git_blob_rawsize(owned.get())));
    // Checked without the lock, so that another thread can read meanwhile.
    if (!GitObjectMatches(&it->second, GIT_OBJECT_BLOB, text, error)) return false;
    out->text = text;
    out->owner = std::move(owned);
    return true;
  }

  std::string FileId(const std::string& path) const override {
    auto it = files_.find(path);
    return it == files_.end() ? "" : GitOidHex(&it->second);
  }

 private:
  std::shared_ptr<GitRepoHandle> repo_;
  CommitInfo commit_;
  FileMap files_;
};

}  // namespace

std::unique_ptr<Source> OpenTreeSource(std::shared_ptr<GitRepoHandle> repo, const std::string& rev,
                                       Diagnostics* diags) {
  CommitInfo info;
  WalkState state;
  {
    std::lock_guard<std::mutex> lock(repo->mu);
    GitCommitPtr commit;
    std::string error;
    if (!GitResolveCommit(repo->repo.get(), rev, &commit, &error)) {
      diags->Error(Position{}, error);
      return nullptr;
    }
    info = MakeCommitInfo(commit.get(), rev);
    if (!GitCheckObject(repo->repo.get(), git_commit_tree_id(commit.get()), &error)) {
      diags->Error(Position{}, "cannot read the tree of '" + rev + "': " + error);
      return nullptr;
    }
    git_tree* tree = nullptr;
    if (git_commit_tree(&tree, commit.get()) != 0) {
      diags->Error(Position{}, "cannot read the tree of '" + rev + "': " + GitLastError());
      return nullptr;
    }
    GitTreePtr owned(tree);
    state.repo = repo->repo.get();
    if (git_tree_walk(tree, GIT_TREEWALK_PRE, VisitEntry, &state) != 0) {
      diags->Error(Position{}, "cannot read the tree of '" + rev + "': " + GitLastError());
      return nullptr;
    }
  }
  for (const auto& [path, message] : state.errors) diags->Error(Position{path}, message);
  if (!state.errors.empty()) return nullptr;
  return std::make_unique<GitTreeSource>(std::move(repo), std::move(info), std::move(state.files));
}

}  // namespace openwijk
