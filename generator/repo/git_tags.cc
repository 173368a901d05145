#include "repo/git_tags.h"

#include <algorithm>

namespace openwijk {
namespace {

using GitStrArray = GitPtr<git_strarray, git_strarray_dispose>;

// The outermost annotated tag gives message and time: that is the one the
// user created with `git tag -a`, even if it points at another tag.
void AnnotatedTagInfo(git_object* obj, TagInfo* info) {
  if (git_object_type(obj) != GIT_OBJECT_TAG) return;
  auto* tag = reinterpret_cast<git_tag*>(obj);
  const char* message = git_tag_message(tag);
  info->message = message ? message : "";
  while (!info->message.empty() && info->message.back() == '\n') info->message.pop_back();
  if (const git_signature* tagger = git_tag_tagger(tag)) {
    info->tagger_time = static_cast<int64_t>(tagger->when.time);
  }
}

// False, with *error set, when the tag does not resolve to a commit or an
// object on the way is damaged.
bool ReadTag(git_repository* repo, const std::string& name, TagInfo* info, std::string* error) {
  info->name = name;
  git_object* obj = nullptr;
  std::string ref = "refs/tags/" + name;
  if (git_revparse_single(&obj, repo, ref.c_str()) != 0) {
    *error = "tag '" + name + "' does not point to a commit";
    return false;
  }
  GitObjectPtr owned(obj);
  GitCommitPtr commit;
  if (!GitPeelToCommit(repo, obj, "tag '" + name + "'", "does not point to a commit", &commit,
                       error)) {
    return false;
  }
  AnnotatedTagInfo(obj, info);
  info->commit_id = GitOidHex(git_commit_id(commit.get()));
  info->commit_time = static_cast<int64_t>(git_commit_time(commit.get()));
  return true;
}

}  // namespace

std::vector<TagInfo> ListGitTags(git_repository* repo, const std::string& pattern,
                                 Diagnostics* diags) {
  std::vector<TagInfo> tags;
  git_strarray names = {nullptr, 0};
  if (git_tag_list_match(&names, pattern.c_str(), repo) != 0) {
    diags->Error(Position{}, "cannot list tags: " + GitLastError());
    return tags;
  }
  GitStrArray owned(&names);
  for (size_t i = 0; i < names.count; ++i) {
    TagInfo info;
    std::string error;
    if (ReadTag(repo, names.strings[i], &info, &error)) {
      tags.push_back(std::move(info));
    } else {
      diags->Error(Position{}, error);
    }
  }
  std::sort(tags.begin(), tags.end(),
            [](const TagInfo& a, const TagInfo& b) { return a.name < b.name; });
  return tags;
}

}  // namespace openwijk
