#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
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
  std::mutex mu;
  std::exception_ptr failed;  // the first exception a job threw
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) {
      try {
        job(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mu);
        if (!failed) failed = std::current_exception();
        next = n;  // no more jobs
      }
    }
  };
  const size_t threads = std::min<size_t>(Threads(), n);
  std::vector<std::thread> pool;
  // Room for all first: a vector that failed to grow with threads running
  // would end the program when it is destroyed.
  pool.reserve(threads > 0 ? threads - 1 : 0);
  for (size_t t = 1; t < threads; ++t) {
    try {
      pool.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // no more threads to be had: the ones there are do the work
    }
  }
  work();
  for (std::thread& th : pool) th.join();
  if (failed) std::rethrow_exception(failed);
}

}  // namespace openwijk
