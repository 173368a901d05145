#include "util/allocator.h"

#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <string>

namespace openwijk {
namespace {

TEST_CASE("malloc is the allocator the build chose") {
  // OPENWIJK_EXPECT_MIMALLOC is the build's OPENWIJK_MIMALLOC (tests/CMakeLists.txt):
  // on in a normal build, off with a sanitizer.
  CHECK(std::string(AllocatorName()) == (OPENWIJK_EXPECT_MIMALLOC ? "mimalloc" : "libc"));
}

// Page faults of this process so far.
long MinorFaults() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt;
}

TEST_CASE("KeepLargeBlocks: a freed large block's pages serve the next one") {
  KeepLargeBlocks(size_t{128} << 20);
  const size_t size = size_t{40} << 20;  // 10,240 pages of 4 KB
  long later_faults = 0;
  for (int round = 0; round < 3; ++round) {
    long before = MinorFaults();
    char* block = static_cast<char*>(std::malloc(size));
    REQUIRE(block != nullptr);
    std::memset(block, round + 1, size);  // touches every page
    CHECK(block[size - 1] == round + 1);
    std::free(block);
    if (round > 0) later_faults += MinorFaults() - before;
  }
  // The first block faults its pages in; the next two reuse them. With the
  // memory given back to the system each time they would fault ~20,000.
  if (OPENWIJK_EXPECT_MIMALLOC) CHECK(later_faults < 2 * 10240 / 4);
}

}  // namespace
}  // namespace openwijk
