#include "repo/commit_info.h"

namespace openwijk {

CommitInfo MakeCommitInfo(git_commit* commit, const std::string& revision) {
  CommitInfo info;
  info.id = GitOidHex(git_commit_id(commit));
  info.short_id = info.id.substr(0, 10);
  info.revision = revision;
  info.time = static_cast<int64_t>(git_commit_time(commit));
  info.offset_minutes = git_commit_time_offset(commit);
  const char* summary = git_commit_summary(commit);
  info.summary = summary ? summary : "";
  return info;
}

}  // namespace openwijk
