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
  // A tag is followed one link at a time (a tag may name another tag), each
  // target checked before libgit2 reads it. Git itself stops at this depth.
  constexpr int kMaxTagDepth = 32;
  GitObjectPtr link;  // owns `current` once it is not `obj`
  git_object* current = obj;
  for (int depth = 0; git_object_type(current) == GIT_OBJECT_TAG; ++depth) {
    const git_oid* target = git_tag_target_id(reinterpret_cast<git_tag*>(current));
    if (depth == kMaxTagDepth) break;
    if (!GitCheckObject(repo, target, &damaged)) {
      *error = "cannot read " + what + ": " + damaged;
      return false;
    }
    git_object* next = nullptr;
    if (git_object_lookup(&next, repo, target, GIT_OBJECT_ANY) != 0) break;
    link.reset(next);
    current = next;
  }
  git_object* peeled = nullptr;
  if (git_object_type(current) != GIT_OBJECT_COMMIT || git_object_dup(&peeled, current) != 0) {
    *error = what + " " + not_commit;
    return false;
  }
  commit->reset(reinterpret_cast<git_commit*>(peeled));
  return true;
}

}  // namespace openwijk
