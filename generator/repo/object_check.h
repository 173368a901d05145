// Whether an object read from the repository is the object its id names.
//
// libgit2 can check every object it reads (GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION),
// but it hashes with its SHA-1 with collision detection (sha1dc), which is
// slow: more than half of the CPU time of reading a large blob (land diff,
// tests/bench/README.md). openwijk turns libgit2's check off and checks the
// objects it reads itself:
// - blobs, the files' contents, with OpenSSL's SHA-1: 1.1 GB/s here (`openssl
//   speed -evp sha1`), against about 170-290 MB/s (tests/bench/read_blobs.c).
//   Plain SHA-1 catches a blob that was damaged, or replaced by another
//   object; not one replaced by a crafted SHA-1 collision, which sha1dc would
//   refuse. git refuses those where objects arrive through it (add, fetch, a
//   clone over a transport); a copied .git or `git clone /path` copies the
//   object files unhashed;
// - commits, tags and trees, which are small, with libgit2's own sha1dc.
// Not checked: the commits that IsAncestor walks between two revisions and
// that a revision such as HEAD~2 passes on its way (only the commit it names
// is), and the trees git status compares in worktree mode. A replaced one
// there can change which tags count as publications, or whether the work
// tree is dirty; not the content of any file that is read.
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

// Reads object `id` as stored and checks it with libgit2's sha1dc. For the
// small objects (commits, tags, trees) that libgit2 parses itself: call it
// before parsing them, so that libgit2 parses the raw object it has just
// cached (objects under 4 KB). Caller holds the repository mutex.
bool GitCheckObject(git_repository* repo, const git_oid* id, std::string* error);

}  // namespace openwijk
