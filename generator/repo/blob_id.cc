#include "repo/blob_id.h"

#include "repo/git_handle.h"

namespace openwijk {

std::string BlobId(std::string_view contents) {
  git_oid oid;
  // Hashing needs no repository, so no lock: it touches no shared state.
  if (git_odb_hash(&oid, contents.data(), contents.size(), GIT_OBJECT_BLOB) != 0) return "";
  return GitOidHex(&oid);
}

}  // namespace openwijk
