#include "util/sha256.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <stdexcept>

namespace openwijk {

namespace {

[[noreturn]] void Unavailable() {
  throw std::runtime_error("SHA-256 is not available from OpenSSL");
}

std::string HexOf(const unsigned char* digest, unsigned int size) {
  if (size != 32) Unavailable();
  static const char kHex[] = "0123456789abcdef";
  std::string out(2 * size, '0');
  for (unsigned int i = 0; i < size; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 15];
  }
  return out;
}

const EVP_MD* Fetch(const char* name) {
  OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, nullptr);
  const EVP_MD* md = EVP_MD_fetch(nullptr, name, nullptr);  // kept for the whole run
  if (!md) throw std::runtime_error(std::string(name) + " is not available from OpenSSL");
  return md;
}

}  // namespace

const EVP_MD* Sha256Digest() {
  static const EVP_MD* md = Fetch("SHA256");
  return md;
}

const EVP_MD* Sha1Digest() {
  static const EVP_MD* md = Fetch("SHA1");
  return md;
}

std::string Sha256Hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &size, Sha256Digest(), nullptr) != 1)
    Unavailable();
  return HexOf(digest, size);
}

Sha256::Sha256() : ctx_(nullptr) {
  const EVP_MD* md = Sha256Digest();  // may throw: before anything is allocated
  ctx_ = EVP_MD_CTX_new();
  if (!ctx_ || EVP_DigestInit_ex(ctx_, md, nullptr) != 1) {
    EVP_MD_CTX_free(ctx_);
    Unavailable();
  }
}

Sha256::~Sha256() { EVP_MD_CTX_free(ctx_); }

void Sha256::Update(std::string_view part) {
  if (EVP_DigestUpdate(ctx_, part.data(), part.size()) != 1) Unavailable();
}

std::string Sha256::Hex() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_DigestFinal_ex(ctx_, digest, &size) != 1) Unavailable();
  return HexOf(digest, size);
}

}  // namespace openwijk
