// Repository over libgit2: opens the repository once and hands out Sources
// that share it (see git_handle.h for why). Nothing here fetches, pushes or
// writes: openwijk only reads the data repository.
#include <exception>
#include <thread>
#include <utility>

#include "repo/git_handle.h"
#include "repo/git_tags.h"
#include "repo/git_tree_source.h"
#include "repo/object_check.h"
#include "repo/source.h"
#include "repo/worktree_source.h"
#include "util/sha256.h"

namespace openwijk {
namespace {

// libgit2 needs one init per process before any call. It is never shut down:
// Sources may outlive any one owner, and the process exit frees it all.
// Objects are checked against their ids by object_check.h, not by libgit2.
// Blobs stay out of libgit2's object cache (its default, made sure of here):
// ReadBytes hands a blob out, and its last owner frees it without the
// repository's mutex, which is sound only for an object no cache shares.
// OpenSSL's digests (object_check.h, util/sha256.h) take 1.5-2.5 ms to set up, and
// libgit2's init about 9 ms, most of it parsing the system's CA
// certificates (Debian builds it with mbedTLS, which loads them at init):
// the two run side by side. A digest that cannot be had is not an error
// here; its first use reports it.
void InitLibgit2Once() {
  static const int init = [] {
    std::thread digests;
    try {
      digests = std::thread([] {
        try {
          Sha1Digest();
          Sha256Digest();
        } catch (const std::exception&) {
        }
      });
    } catch (const std::exception&) {  // no thread to be had: fetched when first used
    }
    int rc = git_libgit2_init();
    git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_BLOB, size_t{0});
    if (digests.joinable()) digests.join();
    return rc;
  }();
  (void)init;
  UseOwnObjectChecks();
}

// Owns `raw` at once, so nothing after the open can leak it.
std::shared_ptr<GitRepoHandle> HandleOf(git_repository* raw) {
  GitRepoPtr owned(raw);
  auto handle = std::make_shared<GitRepoHandle>();
  handle->repo = std::move(owned);
  return handle;
}

class GitRepository : public Repository {
 public:
  explicit GitRepository(std::shared_ptr<GitRepoHandle> repo) : repo_(std::move(repo)) {}

  std::string workdir() const override {
    std::lock_guard<std::mutex> lock(repo_->mu);
    const char* wd = git_repository_workdir(repo_->repo.get());
    std::string dir = wd ? wd : "";
    if (dir.size() > 1 && dir.back() == '/') dir.pop_back();  // libgit2 adds one
    return dir;
  }

  std::unique_ptr<Source> TreeAt(const std::string& rev, Diagnostics* diags) const override {
    return OpenTreeSource(repo_, rev, diags);
  }

  std::unique_ptr<Source> TreeAtOwnHandle(const std::string& rev,
                                          Diagnostics* diags) const override {
    return OpenTreeSource(OpenAgain(), rev, diags);
  }

  std::unique_ptr<Source> Worktree(Diagnostics* diags) const override {
    return OpenWorktreeSource(repo_, diags);
  }

  std::vector<TagInfo> Tags(const std::string& pattern, Diagnostics* diags) const override {
    std::lock_guard<std::mutex> lock(repo_->mu);
    return ListGitTags(repo_->repo.get(), pattern, diags);
  }

  bool IsAncestor(const std::string& ancestor, const std::string& descendant) const override {
    std::lock_guard<std::mutex> lock(repo_->mu);
    GitCommitPtr a, d;
    std::string error;
    if (!GitResolveCommit(repo_->repo.get(), ancestor, &a, &error) ||
        !GitResolveCommit(repo_->repo.get(), descendant, &d, &error)) {
      return false;
    }
    const git_oid* a_id = git_commit_id(a.get());
    const git_oid* d_id = git_commit_id(d.get());
    if (git_oid_equal(a_id, d_id)) return true;
    return git_graph_descendant_of(repo_->repo.get(), d_id, a_id) == 1;
  }

 private:
  // The same repository opened again (about a millisecond), with caches and
  // a mutex of its own. Falls back to the shared handle, whose reads then take
  // turns on its mutex, when that fails or when libgit2 was built without
  // thread support (its global caches would then not be safe to share).
  std::shared_ptr<GitRepoHandle> OpenAgain() const {
    if (!(git_libgit2_features() & GIT_FEATURE_THREADS)) return repo_;
    std::lock_guard<std::mutex> lock(repo_->mu);
    git_repository* raw = nullptr;
    if (git_repository_open(&raw, git_repository_path(repo_->repo.get())) != 0) return repo_;
    return HandleOf(raw);
  }

  std::shared_ptr<GitRepoHandle> repo_;
};

}  // namespace

std::unique_ptr<Repository> OpenRepository(const std::string& dir, std::string* error) {
  InitLibgit2Once();
  git_repository* raw = nullptr;
  // flags 0: search upward from `dir`, but stop at a filesystem boundary.
  int rc = git_repository_open_ext(&raw, dir.c_str(), 0, nullptr);
  if (rc != 0) {
    *error = rc == GIT_ENOTFOUND
                 ? "no git repository at or above '" + dir + "'"
                 : "cannot open the git repository at '" + dir + "': " + GitLastError();
    return nullptr;
  }
  return std::make_unique<GitRepository>(HandleOf(raw));
}

}  // namespace openwijk
