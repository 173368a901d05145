// Work split over threads: the loading of a revision's files and, in render/,
// the site's pages. `openwijk build --threads N` sets how many; by default one
// per core.
#pragma once

#include <cstddef>
#include <functional>

namespace openwijk {

// The threads a stage may use (at least 1).
int Threads();
// n < 1: one per core again.
void SetThreads(int n);

// Runs job(0) .. job(n - 1), each once, on up to Threads() threads, the
// caller's included, and returns when all are done. Jobs are taken in index
// order; they must not depend on each other.
void ParallelFor(size_t n, const std::function<void(size_t)>& job);

}  // namespace openwijk
