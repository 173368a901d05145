#include "util/allocator.h"

#include <cstdlib>

#ifdef OPENWIJK_MIMALLOC
#include <mimalloc.h>
#endif

namespace openwijk {

void UseLargePages() {
#ifdef OPENWIJK_MIMALLOC
  // Each option as the environment says when it says, as mimalloc would.
  if (!std::getenv("MIMALLOC_LARGE_OS_PAGES")) mi_option_enable(mi_option_large_os_pages);
  // mimalloc commits a thread's first segment lazily, and so in small pages.
  if (mi_option_is_enabled(mi_option_large_os_pages) &&
      !std::getenv("MIMALLOC_EAGER_COMMIT_DELAY")) {
    mi_option_set(mi_option_eager_commit_delay, 0);
  }
#endif
}

void KeepLargeBlocks(size_t bytes) {
#ifdef OPENWIJK_MIMALLOC
  // Committed: mimalloc then keeps the pages of a freed block for the next one.
  mi_reserve_os_memory(bytes, /*commit=*/true, /*allow_large=*/true);
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
