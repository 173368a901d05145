// RenderContext::Mine: every unit of work is done by exactly one thread.
#include <catch2/catch.hpp>

#include <thread>

#include "render/context.h"

namespace openwijk {
namespace {

TEST_CASE("work sharing: each unit once, whatever the threads", "[render][threads]") {
  Model model;
  Aggregates agg(model);
  TemplateSet templates;
  CollectSink sink;
  constexpr int kUnits = 5000;
  for (int threads : {1, 2, 4}) {
    std::vector<std::atomic<int>> done(kUnits);
    std::atomic<int> next{0};
    std::vector<std::thread> pool;
    std::vector<Diagnostics> diags(threads);
    std::vector<int> per_thread(threads);
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        RenderContext ctx{model, agg, templates, &sink, &diags[t]};
        if (threads > 1) ctx.next_unit = &next;
        for (int u = 0; u < kUnits; ++u) {
          if (!ctx.Mine()) continue;
          ++done[u];
          ++per_thread[t];
          if (u % 97 == t) std::this_thread::yield();  // uneven work
        }
      });
    }
    for (auto& p : pool) p.join();
    int once = 0;
    for (auto& d : done) once += d.load() == 1;
    INFO(threads << " threads");
    CHECK(once == kUnits);
    int total = 0;
    for (int n : per_thread) total += n;
    CHECK(total == kUnits);
  }
}

}  // namespace
}  // namespace openwijk
