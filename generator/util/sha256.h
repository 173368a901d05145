// SHA-256, for the checksums in datapackage.json and the build key. The
// digest comes from OpenSSL's libcrypto, which uses the processor's SHA
// instructions where it has them.
#pragma once

#include <string>
#include <string_view>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX
struct evp_md_st;      // OpenSSL's EVP_MD

namespace openwijk {

// OpenSSL's SHA-256 and SHA-1 (for repo/object_check.h), each fetched once
// (EVP_sha256() is looked up again on every use). The first call starts
// OpenSSL without the system's openssl.cnf, for the whole process (libgit2's
// libssh2 included, which a local repository does not use): a hash needs
// none of it, and reading it cost a no-op build a millisecond.
const ::evp_md_st* Sha256Digest();
const ::evp_md_st* Sha1Digest();

// The digest of `data` as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view data);

// The same digest of text that comes in parts.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void Update(std::string_view part);
  // The digest of everything so far, as Sha256Hex; call once, at the end.
  std::string Hex();

 private:
  ::evp_md_ctx_st* ctx_;
};

}  // namespace openwijk
