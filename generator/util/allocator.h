// What openwijk asks of the memory allocator. The executable links mimalloc
// (CMakeLists.txt, OPENWIJK_MIMALLOC); without it KeepLargeBlocks does
// nothing and AllocatorName says "libc".
#pragma once

#include <cstddef>

namespace openwijk {

// Reserves and commits `bytes` for the allocator, which then reuses freed
// large blocks there instead of giving them back to the system. A command
// that reads a few very large files one after the other (`openwijk diff` of
// land: blobs of 37 MB each) otherwise pays a page fault for every 4 KB of
// each new buffer. The cost: pages once touched stay resident until the
// process ends (land diff peak RSS 204 -> 373 MB), and the committed amount
// counts against a strict overcommit limit. When the reservation fails it is
// ignored, and the command runs as without it.
void KeepLargeBlocks(size_t bytes);

// "mimalloc" when malloc hands out mimalloc's memory in this process, else
// "libc": what the process really runs on, not what it was built with.
const char* AllocatorName();

}  // namespace openwijk
