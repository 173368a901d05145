#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "support/threads_for.h"
#include "util/parallel.h"

using namespace openwijk;

TEST_CASE("ParallelFor runs every job once", "[util][parallel]") {
  ThreadsFor restore(0);  // one per core again after the test, also when it fails
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

TEST_CASE("a job that throws stops ParallelFor, which throws it again", "[util][parallel]") {
  ThreadsFor two(2);
  std::atomic<int> ran{0};
  CHECK_THROWS_WITH(ParallelFor(100,
                                [&](size_t i) {
                                  ++ran;
                                  if (i == 3) throw std::runtime_error("job 3");
                                  // The rest take long enough for the stop to show.
                                  if (i > 3)
                                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                                }),
                    "job 3");
  CHECK(ran >= 4);
  CHECK(ran < 100);  // the jobs after it did not all start
}
