#include "util/allocator.h"

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

}  // namespace openwijk
