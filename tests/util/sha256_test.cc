// SHA-256 against the FIPS 180-4 / NIST example vectors.
#include <catch2/catch.hpp>

#include <string>

#include "util/sha256.h"

using namespace openwijk;

TEST_CASE("sha256 gives the FIPS 180-4 example digests", "[util][sha256]") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                  "klmnopqrlmnopqrsmnopqrstnopqrstu") ==
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  CHECK(Sha256Hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 hashes every byte, NUL and high bytes included", "[util][sha256]") {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  // sha256sum of the bytes 0x00..0xff in order.
  CHECK(Sha256Hex(bytes) == "40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880");
  CHECK(Sha256Hex(bytes.substr(0, 255)) != Sha256Hex(bytes));
}

TEST_CASE("sha256 of text in parts is the digest of the whole", "[util][sha256]") {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += std::to_string(i) + ",";
  for (size_t part : {size_t{1}, size_t{63}, size_t{64}, size_t{65}, size_t{4096}, text.size()}) {
    Sha256 sha;
    for (size_t at = 0; at < text.size(); at += part) sha.Update(text.substr(at, part));
    CHECK(sha.Hex() == Sha256Hex(text));
  }
  Sha256 none;
  CHECK(none.Hex() == Sha256Hex(""));
}
