#include "repo/git_handle.h"

#include "repo/object_check.h"

namespace openwijk {

std::string GitLastError() {
  const git_error* e = git_error_last();
  return e && e->message ? e->message : "unknown libgit2 error";
}

std::string GitOidHex(const git_oid* oid) {
  char buf[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buf, sizeof buf, oid);
  return buf;
}

bool GitResolveCommit(git_repository* repo, const std::string& rev, GitCommitPtr* commit,
                      std::string* error) {
  git_object* obj = nullptr;
  if (git_revparse_single(&obj, repo, rev.c_str()) != 0) {
    *error = "unknown revision '" + rev + "'";
    return false;
  }
  GitObjectPtr owned(obj);
  return GitPeelToCommit(repo, obj, "revision '" + rev + "'", "is not a commit", commit, error);
}

bool GitPeelToCommit(git_repository* repo, git_object* obj, const std::string& what,
                     const char* not_commit, GitCommitPtr* commit, std::string* error) {
  std::string damaged;
  if (!GitCheckObject(repo, git_object_id(obj), &damaged)) {
    *error = "cannot read " + what + ": " + damaged;
    return false;
  }
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT) != 0) {
    *error = what + " " + not_commit;
    return false;
  }
  commit->reset(reinterpret_cast<git_commit*>(peeled));
  // A tag peels through its target: check the commit too.
  if (!git_oid_equal(git_object_id(obj), git_object_id(peeled)) &&
      !GitCheckObject(repo, git_object_id(peeled), &damaged)) {
    *error = "cannot read " + what + ": " + damaged;
    return false;
  }
  return true;
}

}  // namespace openwijk
