// Sets the threads of util/parallel.h for one scope, and back to one per core
// when it ends, also when a REQUIRE ends the test early: the tests after it
// run with the default again.
#pragma once

#include "util/parallel.h"

namespace openwijk {

struct ThreadsFor {
  explicit ThreadsFor(int n) { SetThreads(n); }
  ~ThreadsFor() { SetThreads(0); }
  ThreadsFor(const ThreadsFor&) = delete;
  ThreadsFor& operator=(const ThreadsFor&) = delete;
};

}  // namespace openwijk
