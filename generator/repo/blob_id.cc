#include "repo/blob_id.h"

#include "repo/git_handle.h"
#include "repo/object_check.h"

namespace openwijk {

std::string BlobId(std::string_view contents) {
  // Hashing needs no repository, so no lock: it touches no shared state.
  const git_oid oid = GitObjectId(GIT_OBJECT_BLOB, contents);
  return GitOidHex(&oid);
}

}  // namespace openwijk
