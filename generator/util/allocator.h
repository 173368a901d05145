// What openwijk asks of the memory allocator. The executable links mimalloc
// (CMakeLists.txt, OPENWIJK_MIMALLOC); without it UseLargePages and
// KeepLargeBlocks do nothing and AllocatorName says "libc".
#pragma once

#include <cstddef>

namespace openwijk {

// Asks the allocator to back the memory it takes from the system from now on
// with 2 MB pages where the kernel offers them (transparent huge pages, asked
// for with madvise): one page fault per 2 MB instead of one per 4 KB. Every
// page of a build's heap is touched at least once, and on this project's
// virtual machines a fault costs microseconds: land `check` took 1.2 million
// faults and half its wall time in the kernel. Also a thread's first block,
// which mimalloc otherwise leaves in small pages, is taken in large ones.
// The cost: the allocator keeps such pages whole, so the peak RSS grows (land
// build 1,644 -> 1,927 MiB, gemeente 65 -> 75 MiB). Memory taken before the
// call keeps its small pages, so main calls it first and runs the command on
// a new thread. MIMALLOC_LARGE_OS_PAGES and MIMALLOC_EAGER_COMMIT_DELAY in
// the environment decide instead (LARGE_OS_PAGES=0: small pages).
void UseLargePages();

// Reserves and commits `bytes` for the allocator, which then reuses freed
// large blocks there instead of giving them back to the system. A command
// that reads a few very large files one after the other (`openwijk diff` of
// land: blobs of 37 MB each) otherwise pays a page fault for every page of
// each new buffer. The reservation is in large pages when UseLargePages was
// called (land diff 1.25 -> 0.89 s, 54,400 -> 700 faults). The cost: pages
// once touched stay resident until the process ends (when it came, the land
// diff's peak RSS went from 204 to 373 MB), and the committed amount counts
// against a strict overcommit limit. When the reservation fails it is
// ignored, and the command runs as without it.
void KeepLargeBlocks(size_t bytes);

// "mimalloc" when malloc hands out mimalloc's memory in this process, else
// "libc": what the process really runs on, not what it was built with.
const char* AllocatorName();

}  // namespace openwijk
