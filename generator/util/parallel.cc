#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace openwijk {

namespace {
std::atomic<int> threads{0};  // 0: one per core
}  // namespace

int Threads() {
  int n = threads.load();
  if (n < 1) n = static_cast<int>(std::thread::hardware_concurrency());
  return std::max(1, n);
}

void SetThreads(int n) { threads = n; }

void ParallelFor(size_t n, const std::function<void(size_t)>& job) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) job(i);
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < std::min<size_t>(Threads(), n); ++t) pool.emplace_back(work);
  work();
  for (std::thread& th : pool) th.join();
}

}  // namespace openwijk
