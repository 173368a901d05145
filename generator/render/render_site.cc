#include "render/render_site.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

#include "model/aggregate.h"
#include "model/geo_index.h"
#include "render/bestuur_view.h"
#include "render/context.h"
#include "render/pages.h"
#include "render/publicaties.h"

namespace openwijk {

void OutputSink::AddInParts(std::string path, const PartMaker& make) {
  std::string content;
  std::string rest = make([&content](std::string_view part) { content += part; });
  Add(std::move(path), content.empty() ? std::move(rest) : content + rest);
}

void CollectSink::Add(std::string path, std::string content) {
  std::lock_guard<std::mutex> lock(mu_);
  files.push_back({std::move(path), std::move(content)});
}

std::vector<OutputFile>& CollectSink::Sorted() {
  std::sort(files.begin(), files.end(),
            [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return files;
}

namespace {

// The memory RegelRijen may hold: about 750 bytes a line. The benchmark's
// gemeente (21,200 lines in the revision and its publications, 16 MB) is
// held whole; its land, a million lines in ten publications, in part, so the
// build stays well under 2 GB (with 256 MB it peaked at 1,844 MB).
constexpr size_t kRegelRijenBudget = size_t{128} << 20;

// The whole site, as units of work (RenderContext::Mine): every thread runs
// this same sequence and renders the units it claims. The publications come
// first: each is one long unit (its whole-data downloads), and started last
// they left the other thread idle at the end.
void RenderAll(RenderContext& ctx) {
  RenderPublicaties(ctx);  // publications, their changes and downloads
  if (ctx.Mine()) RenderHome(ctx);
  RenderGebiedPages(ctx);  // a unit per area, its verantwoording pages included
  if (ctx.Mine()) RenderContentPages(ctx);
  if (ctx.Mine()) RenderKaartPages(ctx);
  RenderBestuur(ctx);  // meetings, decisions, agenda, feeds
  if (ctx.Mine()) RenderAssets(ctx);
}

}  // namespace

bool RenderSite(const Model& model, const TemplateSet& templates, OutputSink* out,
                Diagnostics* diags, int threads, double* thread_seconds) {
  threads = std::max(1, threads);
  Aggregates agg(model);
  GeoIndex geo(model);                         // shapes once, for every map on every page
  RegelRijen rijen(model, kRegelRijenBudget);  // each line's download rows once
  std::optional<DiffPerGebied> laatste;        // for every area page's part of it
  if (model.publicaties && model.publicaties->Laatste()) {
    laatste.emplace(*model.publicaties->Laatste());
  }
  // kainjow renders through non-const objects: every extra thread gets its
  // own parse, made on that thread while the first one renders (and counted
  // in its busy time).
  std::vector<TemplateSet> copies(threads - 1);
  std::vector<Diagnostics> found(threads);
  std::atomic<int> next_unit{0};
  std::atomic<int64_t> busy_ns{0};
  auto work = [&](int t) {
    auto start = std::chrono::steady_clock::now();
    if (t > 0) templates.CopyTo(&copies[t - 1]);
    RenderContext ctx{model, agg, t == 0 ? templates : copies[t - 1], out, &found[t], &geo, &rijen};
    if (laatste) ctx.laatste_per_gebied = &*laatste;
    if (threads > 1) ctx.next_unit = &next_unit;
    RenderAll(ctx);
    busy_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now() - start)
                   .count();
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& th : pool) th.join();
  if (thread_seconds) *thread_seconds = busy_ns.load() / 1e9;
  // A problem that every thread met (a missing template) is reported once.
  int before = diags->error_count();
  Diagnostics merged;
  for (const Diagnostics& d : found) {
    for (const Diagnostic& x : d.list()) merged.Add(x);
  }
  merged.Sort();
  const Diagnostic* prev = nullptr;
  for (const Diagnostic& x : merged.list()) {
    if (prev && prev->pos.file == x.pos.file && prev->pos.line == x.pos.line &&
        prev->pos.column == x.pos.column && prev->message == x.message &&
        prev->severity == x.severity)
      continue;
    diags->Add(x);
    prev = &x;
  }
  return diags->error_count() == before;
}

bool RenderSite(const Model& model, const TemplateSet& templates, std::vector<OutputFile>* files,
                Diagnostics* diags) {
  int before = diags->error_count();
  CollectSink sink;
  RenderSite(model, templates, &sink, diags, 1);
  *files = std::move(sink.Sorted());
  for (size_t i = 1; i < files->size(); ++i) {
    if ((*files)[i].path == (*files)[i - 1].path) {
      diags->Error({}, "two pages want the same file '" + (*files)[i].path + "'");
    }
  }
  return diags->error_count() == before;
}

}  // namespace openwijk
