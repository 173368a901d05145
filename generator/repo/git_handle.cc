#include "repo/git_handle.h"

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
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT) != 0) {
    *error = "revision '" + rev + "' is not a commit";
    return false;
  }
  commit->reset(reinterpret_cast<git_commit*>(peeled));
  return true;
}

}  // namespace openwijk
