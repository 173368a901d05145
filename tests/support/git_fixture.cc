#include "support/git_fixture.h"

#include <git2.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace openwijk {
namespace {

namespace fs = std::filesystem;

void Check(int rc, const char* what) {
  if (rc >= 0) return;
  const git_error* e = git_error_last();
  throw std::runtime_error(std::string("GitFixture: ") + what + ": " +
                           (e && e->message ? e->message : "unknown error"));
}

std::string Hex(const git_oid* oid) {
  char buf[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buf, sizeof buf, oid);
  return buf;
}

// The user's ~/.gitconfig (core.excludesFile, init.defaultBranch, ...) must
// not change what a test sees, so config is read from the repository only.
void IsolateFromUserConfig() {
  static const bool done = [] {
    for (int level : {GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_GLOBAL,
                      GIT_CONFIG_LEVEL_PROGRAMDATA}) {
      git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, "");
    }
    return true;
  }();
  (void)done;
}

// HEAD's commit, or nullptr on an unborn branch. The caller frees it.
git_commit* HeadCommit(git_repository* repo) {
  git_object* obj = nullptr;
  if (git_revparse_single(&obj, repo, "HEAD^{commit}") != 0) return nullptr;
  return reinterpret_cast<git_commit*>(obj);
}

std::string CommitTree(git_repository* repo, const git_oid* tree_id, const std::string& message,
                       int64_t time) {
  git_tree* tree = nullptr;
  Check(git_tree_lookup(&tree, repo, tree_id), "tree lookup");
  git_signature* sig = nullptr;
  Check(git_signature_new(&sig, "Test", "test@example.org", time, 0), "signature");
  git_commit* parent = HeadCommit(repo);
  const git_commit* parents[] = {parent};
  git_oid id;
  int rc = git_commit_create(&id, repo, "HEAD", sig, sig, nullptr, message.c_str(), tree,
                             parent ? 1 : 0, parents);
  git_commit_free(parent);
  git_signature_free(sig);
  git_tree_free(tree);
  Check(rc, "commit");
  return Hex(&id);
}

// `base` (may be null) with the entry `oid`/`mode` put at parts[i..], writing
// new trees on the way down. Returns the new tree's id.
git_oid InsertEntry(git_repository* repo, const git_tree* base,
                    const std::vector<std::string>& parts, size_t i, const git_oid* oid,
                    git_filemode_t mode) {
  git_treebuilder* tb = nullptr;
  Check(git_treebuilder_new(&tb, repo, base), "treebuilder");
  if (i + 1 == parts.size()) {
    Check(git_treebuilder_insert(nullptr, tb, parts[i].c_str(), oid, mode), "insert entry");
  } else {
    git_tree* sub = nullptr;
    const git_tree_entry* e = base ? git_tree_entry_byname(base, parts[i].c_str()) : nullptr;
    if (e && git_tree_entry_type(e) == GIT_OBJECT_TREE) {
      Check(git_tree_lookup(&sub, repo, git_tree_entry_id(e)), "subtree");
    }
    git_oid sub_id = InsertEntry(repo, sub, parts, i + 1, oid, mode);
    git_tree_free(sub);
    Check(git_treebuilder_insert(nullptr, tb, parts[i].c_str(), &sub_id, GIT_FILEMODE_TREE),
          "insert tree");
  }
  git_oid out;
  Check(git_treebuilder_write(&out, tb), "write tree");
  git_treebuilder_free(tb);
  return out;
}

std::string CommitSpecial(git_repository* repo, const std::string& path, const git_oid* oid,
                          git_filemode_t mode, const std::string& message, int64_t time) {
  std::vector<std::string> parts;
  for (size_t start = 0, end; start <= path.size(); start = end + 1) {
    end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    parts.push_back(path.substr(start, end - start));
  }
  git_commit* head = HeadCommit(repo);
  git_tree* base = nullptr;
  if (head) Check(git_commit_tree(&base, head), "head tree");
  git_oid tree = InsertEntry(repo, base, parts, 0, oid, mode);
  git_tree_free(base);
  git_commit_free(head);
  return CommitTree(repo, &tree, message, time);
}

}  // namespace

GitFixture::GitFixture() {
  git_libgit2_init();
  IsolateFromUserConfig();
  char tmpl[] = "/tmp/openwijk-test-XXXXXX";
  if (!mkdtemp(tmpl)) throw std::runtime_error("GitFixture: mkdtemp failed");
  dir_ = tmpl;
  git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
  opts.initial_head = "main";
  Check(git_repository_init_ext(&repo_, dir_.c_str(), &opts), "init");
}

GitFixture::~GitFixture() {
  git_repository_free(repo_);
  std::error_code ec;
  fs::remove_all(dir_, ec);
  git_libgit2_shutdown();
}

void GitFixture::Write(const std::string& path, const std::string& contents) {
  fs::path full = fs::path(dir_) / path;
  fs::create_directories(full.parent_path());
  std::ofstream out(full, std::ios::binary | std::ios::trunc);
  out << contents;
  if (!out) throw std::runtime_error("GitFixture: cannot write " + path);
}

void GitFixture::WriteSymlink(const std::string& path, const std::string& target) {
  fs::path full = fs::path(dir_) / path;
  fs::create_directories(full.parent_path());
  fs::create_symlink(target, full);
}

void GitFixture::Remove(const std::string& path) { fs::remove_all(fs::path(dir_) / path); }

std::string GitFixture::Commit(const std::string& message, int64_t time) {
  git_index* index = nullptr;
  Check(git_repository_index(&index, repo_), "index");
  char star[] = "*";
  char* specs[] = {star};
  git_strarray spec = {specs, 1};
  Check(git_index_add_all(index, &spec, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr), "add all");
  Check(git_index_update_all(index, &spec, nullptr, nullptr), "update all");
  Check(git_index_write(index), "write index");
  git_oid tree;
  Check(git_index_write_tree(&tree, index), "write tree");
  git_index_free(index);
  return CommitTree(repo_, &tree, message, time);
}

void GitFixture::Tag(const std::string& name, const std::string& message, int64_t time) {
  git_object* head = nullptr;
  Check(git_revparse_single(&head, repo_, "HEAD"), "HEAD");
  git_oid id;
  int rc;
  if (message.empty()) {
    rc = git_tag_create_lightweight(&id, repo_, name.c_str(), head, 0);
  } else {
    git_signature* sig = nullptr;
    Check(git_signature_new(&sig, "Test", "test@example.org", time, 0), "signature");
    rc = git_tag_create(&id, repo_, name.c_str(), head, sig, message.c_str(), 0);
    git_signature_free(sig);
  }
  git_object_free(head);
  Check(rc, "tag");
}

void GitFixture::TagObject(const std::string& name, const std::string& spec) {
  git_object* target = nullptr;
  Check(git_revparse_single(&target, repo_, spec.c_str()), "rev-parse");
  git_oid id;
  int rc = git_tag_create_lightweight(&id, repo_, name.c_str(), target, 0);
  git_object_free(target);
  Check(rc, "tag object");
}

void GitFixture::Branch(const std::string& name) {
  git_commit* head = HeadCommit(repo_);
  if (!head) throw std::runtime_error("GitFixture: Branch needs a commit");
  git_reference* ref = nullptr;
  int rc = git_branch_create(&ref, repo_, name.c_str(), head, 0);
  git_reference_free(ref);
  git_commit_free(head);
  Check(rc, "branch");
}

std::string GitFixture::CommitSymlinkEntry(const std::string& path, const std::string& target,
                                           const std::string& message, int64_t time) {
  git_oid blob;
  Check(git_blob_create_from_buffer(&blob, repo_, target.data(), target.size()), "blob");
  return CommitSpecial(repo_, path, &blob, GIT_FILEMODE_LINK, message, time);
}

std::string GitFixture::CommitGitlinkEntry(const std::string& path, const std::string& commit_id,
                                           const std::string& message, int64_t time) {
  git_oid oid;
  Check(git_oid_fromstr(&oid, commit_id.c_str()), "commit id");
  return CommitSpecial(repo_, path, &oid, GIT_FILEMODE_COMMIT, message, time);
}

std::string GitFixture::RevParse(const std::string& spec) const {
  git_object* obj = nullptr;
  Check(git_revparse_single(&obj, repo_, spec.c_str()), "rev-parse");
  std::string id = Hex(git_object_id(obj));
  git_object_free(obj);
  return id;
}

std::string GitFixture::LooseObjectPath(const std::string& object_id) const {
  fs::path file = fs::path(git_repository_path(repo_)) / "objects" / object_id.substr(0, 2) /
                  object_id.substr(2);
  if (!fs::exists(file)) throw std::runtime_error("GitFixture: no loose object " + object_id);
  return file.string();
}

void GitFixture::CorruptObject(const std::string& object_id) {
  std::string file = LooseObjectPath(object_id);
  fs::permissions(file, fs::perms::owner_write, fs::perm_options::add);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << "this is not zlib data";
}

void GitFixture::DeleteObject(const std::string& object_id) {
  fs::remove(LooseObjectPath(object_id));
}

void GitFixture::ReplaceObject(const std::string& object_id, const std::string& other_id) {
  std::string file = LooseObjectPath(object_id);
  fs::permissions(file, fs::perms::owner_write, fs::perm_options::add);
  fs::copy_file(LooseObjectPath(other_id), file, fs::copy_options::overwrite_existing);
}

}  // namespace openwijk
