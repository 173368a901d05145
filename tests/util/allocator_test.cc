#include "util/allocator.h"

#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdio>
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

// True when this process may get 2 MB pages for memory that asks for them:
// transparent huge pages "always" or "madvise" (not "never"), not switched
// off for the process, and the allocator's choice not overridden.
bool LargePagesOffered() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ifstream status_in("/proc/self/status");
  std::string status((std::istreambuf_iterator<char>(status_in)), std::istreambuf_iterator<char>());
  return (modes.find("[always]") != std::string::npos ||
          modes.find("[madvise]") != std::string::npos) &&
         status.find("THP_enabled:\t0") == std::string::npos &&
         !std::getenv("MIMALLOC_LARGE_OS_PAGES");
}

// The VmFlags line of the mapping that holds `p` (/proc/self/smaps); "" when
// no mapping does. "hg" in it: the mapping asked for huge pages (madvise).
std::string VmFlagsAt(const void* p) {
  const auto at = reinterpret_cast<uintptr_t>(p);
  std::ifstream in("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(in, line)) {
    unsigned long start = 0, end = 0;
    if (std::sscanf(line.c_str(), "%lx-%lx ", &start, &end) == 2) {
      inside = at >= start && at < end;
    } else if (inside && line.rfind("VmFlags:", 0) == 0) {
      return line + " ";
    }
  }
  return "";
}

bool AsksForHugePages(const void* p) { return VmFlagsAt(p).find(" hg ") != std::string::npos; }

TEST_CASE("UseLargePages: memory taken from the system asks for 2 MB pages") {
  UseLargePages();
  // Larger than the 128 MB that KeepLargeBlocks may have reserved in this
  // process (in small pages), so the block comes from the system.
  const size_t size = size_t{256} << 20;  // 65,536 pages of 4 KB, 128 of 2 MB
  long before = MinorFaults();
  char* block = static_cast<char*>(std::malloc(size));
  REQUIRE(block != nullptr);
  std::memset(block, 1, size);
  CHECK(block[size - 1] == 1);
  bool asks = AsksForHugePages(block);
  std::free(block);
  INFO("page faults: " << MinorFaults() - before);  // ~65,500 in 4 KB pages
  // Without mimalloc, or where large pages are not to be had, it does not.
  CHECK(asks == (OPENWIJK_EXPECT_MIMALLOC && LargePagesOffered()));
  // A new thread's first block (eager_commit_delay) is not checked here: in
  // a process where other tests ran threads before, a new thread takes over
  // their freed blocks, taken in small pages. The benchmark measures it
  // (tests/bench/README.md: gemeente 15,500 -> 630 faults).
}

}  // namespace
}  // namespace openwijk
