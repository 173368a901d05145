#include "repo/object_check.h"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

#include "repo/git_handle.h"
#include "util/sha256.h"

namespace openwijk {

void UseOwnObjectChecks() {
  static const int done = git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
  (void)done;
}

git_oid GitObjectId(git_object_t type, std::string_view content) {
  const std::string header =
      std::string(git_object_type2string(type)) + ' ' + std::to_string(content.size());
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  // The header's terminating NUL is part of what git hashes.
  if (!ctx || EVP_DigestInit_ex(ctx.get(), Sha1Digest(), nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), header.c_str(), header.size() + 1) != 1 ||
      EVP_DigestUpdate(ctx.get(), content.data(), content.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), digest, &size) != 1 || size != GIT_OID_RAWSZ) {
    throw std::runtime_error("SHA-1 is not available from OpenSSL");
  }
  git_oid id;
  git_oid_fromraw(&id, digest);
  return id;
}

namespace {

bool Matches(const git_oid* id, const git_oid& actual, std::string* error) {
  if (git_oid_equal(id, &actual)) return true;
  *error = "object " + GitOidHex(id) + " is damaged: its content does not match its id";
  return false;
}

}  // namespace

bool GitObjectMatches(const git_oid* id, git_object_t type, std::string_view content,
                      std::string* error) {
  return Matches(id, GitObjectId(type, content), error);
}

bool GitCheckObject(git_repository* repo, const git_oid* id, std::string* error) {
  git_odb* odb = nullptr;
  if (git_repository_odb(&odb, repo) != 0) {
    *error = GitLastError();
    return false;
  }
  GitPtr<git_odb, git_odb_free> owned_odb(odb);
  git_odb_object* object = nullptr;
  if (git_odb_read(&object, odb, id) != 0) {
    *error = GitLastError();
    return false;
  }
  GitPtr<git_odb_object, git_odb_object_free> owned(object);
  git_oid actual;
  if (git_odb_hash(&actual, git_odb_object_data(object), git_odb_object_size(object),
                   git_odb_object_type(object)) != 0) {
    *error = GitLastError();
    return false;
  }
  return Matches(id, actual, error);
}

}  // namespace openwijk
