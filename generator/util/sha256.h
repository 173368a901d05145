// SHA-256, for the checksums in datapackage.json and the build key. The
// digest comes from OpenSSL's libcrypto, which uses the processor's SHA
// instructions where it has them.
#pragma once

#include <string>
#include <string_view>

namespace openwijk {

// The digest of `data` as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace openwijk
