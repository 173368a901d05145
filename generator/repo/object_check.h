// Whether an object read from the repository is the object its id names.
//
// libgit2 can check every object it reads (GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION),
// but it hashes with its SHA-1 with collision detection (sha1dc), which is
// slow: two thirds of the CPU time of reading a large blob (land diff,
// tests/bench/README.md). openwijk turns libgit2's check off and checks each
// object it reads itself, with OpenSSL's SHA-1: 1.1 GB/s here (`openssl speed
// -evp sha1`), against about 170-290 MB/s (tests/bench/read_blobs.c).
// Collisions are caught where objects enter a repository (git add, fetch and
// clone hash them with sha1dc); the check on read is against an object file
// that was damaged or replaced on disk, and plain SHA-1 catches that as well.
//
// Internal to generator/repo/, like git_handle.h.
#pragma once

#include <git2.h>

#include <string>
#include <string_view>

namespace openwijk {

// Turns libgit2's own check off, once per process, before any object is read.
void UseOwnObjectChecks();

// The id git gives an object of `type` with this content: the SHA-1 of
// "<type> <size>\0" and the content.
git_oid GitObjectId(git_object_t type, std::string_view content);

// False, with *error saying so, when `content` is not what `id` names.
bool GitObjectMatches(const git_oid* id, git_object_t type, std::string_view content,
                      std::string* error);

// Reads object `id` as stored and checks it. For the small objects (commits,
// tags, trees) that libgit2 parses itself; caller holds the repository mutex.
bool GitCheckObject(git_repository* repo, const git_oid* id, std::string* error);

}  // namespace openwijk
