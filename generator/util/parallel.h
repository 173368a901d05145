// Work split over threads: loading a revision's files (load/data_files.cc),
// turning its year files into budget lines (model/build_begroting.cc),
// comparing the publications (model/publicatie.cc), loading the two sides of
// a diff and carrying files between revisions (cli/publicaties_load.cc,
// cli/publicaties_carry.cc), writing the lines' download rows
// (render/regel_rijen.cc), checking and listing the site against its stamp
// (publish/stamp.cc) and removing the previous site (publish/publish.cc).
// `openwijk build --threads N` sets how many, as it does for rendering
// (render/render_site.cc has its own loop of units); by default one per core.
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
// order; they must not depend on each other. When a job throws, no further
// jobs start, and the first exception is thrown again here after the others
// have finished.
void ParallelFor(size_t n, const std::function<void(size_t)>& job);

}  // namespace openwijk
