#include "cli/publicaties_carry.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "load/shared_lines.h"
#include "util/parallel.h"

namespace openwijk {

namespace {

// The id of `path` in `ids`, or "" when it is not there.
std::string IdOf(const std::map<std::string, std::string>& ids, const std::string& path) {
  auto it = ids.find(path);
  return it == ids.end() ? std::string() : it->second;
}

// One year's file, read and reduced against its earlier version.
struct Job {
  std::string path;
  int jaar = 0;
  FileBytes earlier, text;
  bool have_earlier = false, have_text = false;
  std::shared_ptr<CsvTable> table;  // null when the file is to be read whole
  std::vector<std::pair<int, int>> in_place;
};

// Reads job's file from `tree`, and from `earlier` when not in hand, and
// reduces it to the lines that changed; job->table stays null when the file
// is to be read whole.
void Reduce(const Source& tree, EarlierVersion* earlier, Job* job) {
  std::string error;
  if (!job->have_earlier &&
      !(earlier->tree && earlier->tree->ReadBytes(job->path, &job->earlier, &error))) {
    return;
  }
  job->have_text = tree.ReadBytes(job->path, &job->text, &error);
  if (!job->have_text) return;
  ChangedLines changed;
  if (!DropSharedLines(job->earlier.text, job->text.text, &changed, Moved::kChanged)) return;
  auto table = std::make_shared<CsvTable>();
  Diagnostics parse;
  // A file with errors is read whole, so that they are found as usual.
  if (!ParseChangedLines(job->path, changed, 1, table.get(), &parse)) return;
  job->table = std::move(table);
  job->in_place = std::move(changed.in_place);
  job->earlier = {};
}

}  // namespace

void KeepYearTexts(ParseCache* cache) { cache->KeepCsvTextsUnder("data/begroting/"); }

void CarryFromEarlier(const std::vector<const Source*>& trees,
                      const std::map<std::string, std::string>& file_ids, EarlierVersion* earlier,
                      CarriedFiles* out) {
  if (!earlier->model) return;
  const std::string gebieden = "data/gebieden.csv";
  const bool same_areas = !IdOf(file_ids, gebieden).empty() &&
                          IdOf(file_ids, gebieden) == IdOf(earlier->file_ids, gebieden);
  std::vector<Job> jobs;
  for (const auto& [path, id] : file_ids) {
    const int jaar = BegrotingJaar(path);
    if (jaar == 0) continue;
    const std::string before = IdOf(earlier->file_ids, path);
    // Taken out of `earlier`, not copied: a text has one holder, and no
    // entry is left behind when this publication fails to load.
    std::optional<FileBytes> text;
    if (auto node = earlier->texts.extract(path)) text = std::move(node.mapped());
    if (before == id) {
      // The same version: parsed through the cache; its text, when in hand,
      // serves the next publication.
      if (text) out->texts[path] = std::move(*text);
      continue;
    }
    if (!same_areas || before.empty() || !earlier->model->begroting.count(jaar)) continue;
    Job job;
    job.path = path;
    job.jaar = jaar;
    if (text) {
      job.earlier = std::move(*text);  // freed once reduced
      job.have_earlier = true;
    }
    jobs.push_back(std::move(job));
  }
  // Tree k reads files k, k + n, ...: each handle in a thread of its own.
  const size_t n = std::min(trees.size(), jobs.size());
  ParallelFor(n, [&](size_t k) {
    for (size_t i = k; i < jobs.size(); i += n) Reduce(*trees[k], earlier, &jobs[i]);
  });
  for (Job& job : jobs) {
    if (job.have_text) out->texts[job.path] = job.text;
    if (!job.table) continue;
    out->tables[job.path] = std::move(job.table);
    out->lines[job.jaar] = {&earlier->model->begroting.at(job.jaar), std::move(job.in_place)};
  }
}

}  // namespace openwijk
