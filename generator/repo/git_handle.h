// Internal to generator/repo/: ownership of libgit2 objects, and the one open
// repository that the Repository and all its Sources share.
//
// libgit2 hands out raw pointers that must be freed with a type-specific
// function; GitPtr<> ties each to that function so that no early return can
// leak one. Nothing outside this folder includes this header.
#pragma once

#include <git2.h>

#include <memory>
#include <mutex>
#include <string>

namespace openwijk {

template <typename T, void (*Free)(T*)>
struct GitDeleter {
  void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)>
using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using GitRepoPtr = GitPtr<git_repository, git_repository_free>;
using GitObjectPtr = GitPtr<git_object, git_object_free>;
using GitCommitPtr = GitPtr<git_commit, git_commit_free>;
using GitTreePtr = GitPtr<git_tree, git_tree_free>;
using GitBlobPtr = GitPtr<git_blob, git_blob_free>;
using GitReferencePtr = GitPtr<git_reference, git_reference_free>;
using GitStatusListPtr = GitPtr<git_status_list, git_status_list_free>;

// An open repository, shared (shared_ptr) by the Repository and the Sources
// that read through it, so a Source stays usable after the Repository is
// destroyed. Repository::TreeAtOwnHandle opens the repository again for a
// tree that is read beside another. A Source may be read from
// several threads: every libgit2 call on `repo` holds `mu`, because libgit2's
// per-repository caches are only as thread-safe as the way it was built. The
// one exception is a blob that ReadBytes handed out: reading its content and
// freeing it touch no cache (blobs are never cached, git_repository.cc).
struct GitRepoHandle {
  GitRepoPtr repo;
  std::mutex mu;
};

// libgit2's message for the last failed call on this thread.
std::string GitLastError();

// 40 lowercase hex digits.
std::string GitOidHex(const git_oid* oid);

// Resolves any rev-parse expression to a commit, and checks the object it
// names, each tag on the way and the commit against their ids
// (object_check.h). On failure sets
// *error to "unknown revision 'REV'" (or "... is not a commit", or "cannot
// read revision 'REV': ..." for a damaged object). Caller holds the mutex.
bool GitResolveCommit(git_repository* repo, const std::string& rev, GitCommitPtr* commit,
                      std::string* error);
// The second half of GitResolveCommit, for `obj`, which `what` names in
// messages ("tag 'x'"); `not_commit` ends the message when it does not peel.
bool GitPeelToCommit(git_repository* repo, git_object* obj, const std::string& what,
                     const char* not_commit, GitCommitPtr* commit, std::string* error);

}  // namespace openwijk
