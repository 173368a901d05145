// What openwijk asks of the memory allocator. The executable links mimalloc
// (CMakeLists.txt, OPENWIJK_MIMALLOC); without it these do nothing.
#pragma once

#include <cstddef>

namespace openwijk {

// Sets `bytes` of address space aside for the allocator, which then reuses
// freed large blocks there instead of giving them back to the system. A
// command that reads a few very large files one after the other (`openwijk
// diff` of land: blobs of 37 MB each) otherwise pays a page fault for every
// 4 KB of each new buffer. Memory is only used once touched.
void KeepLargeBlocks(size_t bytes);

}  // namespace openwijk
