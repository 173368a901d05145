// SHA-256 (FIPS 180-4), for the checksums in datapackage.json. Small and
// self-contained, so that the tool needs no crypto library for one digest.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace openwijk {

// Incremental hashing: Update() any number of times, then Finish() once.
class Sha256 {
 public:
  Sha256();
  void Update(std::string_view data);
  std::array<uint8_t, 32> Finish();

 private:
  void Block(const uint8_t* p);
  uint32_t h_[8];
  uint8_t buf_[64];
  size_t buf_len_ = 0;
  uint64_t total_ = 0;
};

// The digest of `data` as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace openwijk
