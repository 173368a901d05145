#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "util/parallel.h"

using namespace openwijk;

TEST_CASE("ParallelFor runs every job once", "[util][parallel]") {
  for (int threads : {1, 2, 7}) {
    SetThreads(threads);
    CHECK(Threads() == threads);
    std::vector<std::atomic<int>> runs(1000);
    std::mutex mu;
    std::set<std::thread::id> ids;
    ParallelFor(runs.size(), [&](size_t i) {
      ++runs[i];
      std::lock_guard<std::mutex> lock(mu);
      ids.insert(std::this_thread::get_id());
    });
    for (const std::atomic<int>& r : runs) CHECK(r == 1);
    CHECK(static_cast<int>(ids.size()) <= threads);
    if (threads == 1) CHECK(ids == std::set<std::thread::id>{std::this_thread::get_id()});
  }
  ParallelFor(0, [](size_t) { FAIL("no jobs"); });
  SetThreads(0);  // back to one per core
  CHECK(Threads() >= 1);
}
