#include "util/allocator.h"

#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
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

// True when the kernel hands out 2 MB pages to memory that asks for them:
// transparent huge pages "always" or "madvise", not "never".
bool KernelOffersLargePages() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return modes.find("[always]") != std::string::npos ||
         modes.find("[madvise]") != std::string::npos;
}

TEST_CASE("UseLargePages: a new block is faulted in 2 MB at a time") {
  UseLargePages();
  // Larger than the 128 MB that KeepLargeBlocks may have reserved in this
  // process (in small pages), so the block comes from the system.
  const size_t size = size_t{256} << 20;  // 65,536 pages of 4 KB, 128 of 2 MB
  long before = MinorFaults();
  char* block = static_cast<char*>(std::malloc(size));
  REQUIRE(block != nullptr);
  std::memset(block, 1, size);
  CHECK(block[size - 1] == 1);
  std::free(block);
  long faults = MinorFaults() - before;
  INFO("page faults: " << faults);
  // Without a kernel that offers them (or without mimalloc) every 4 KB page
  // faults; nothing to check then but that the block was usable.
  if (OPENWIJK_EXPECT_MIMALLOC && KernelOffersLargePages()) CHECK(faults < 65536 / 8);
}

}  // namespace
}  // namespace openwijk
