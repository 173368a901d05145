#include "util/allocator.h"

#include <cstdlib>

#ifdef OPENWIJK_MIMALLOC
#include <mimalloc.h>
#endif

namespace openwijk {

void KeepLargeBlocks(size_t bytes) {
#ifdef OPENWIJK_MIMALLOC
  // Committed: mimalloc then keeps the pages of a freed block for the next one.
  mi_reserve_os_memory(bytes, /*commit=*/true, /*allow_large=*/false);
#else
  (void)bytes;
#endif
}

const char* AllocatorName() {
#ifdef OPENWIJK_MIMALLOC
  void* p = std::calloc(1, 64);  // zeroed: the check only reads the address
  const bool ours = mi_is_in_heap_region(p);
  std::free(p);
  if (ours) return "mimalloc";
#endif
  return "libc";
}

}  // namespace openwijk
