#include "load/data_files.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <numeric>
#include <sstream>

#include "load/json_text.h"
#include "util/parallel.h"
#include "util/text.h"

namespace openwijk {

std::shared_ptr<const ParseCache::Entry> ParseCache::Find(const Key& key) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : it->second;
}

bool ParseCache::KeepsText(const std::string& kind, const std::string& path) const {
  return kind == "csv" && !keep_texts_under_.empty() && StartsWith(path, keep_texts_under_);
}

FileBytes ParseCache::Text(const Key& key) const {
  std::shared_ptr<const Entry> entry = Find(key);
  return entry ? entry->text : FileBytes{};
}

void ParseCache::Store(const Key& key, std::shared_ptr<const Entry> entry) {
  std::lock_guard<std::mutex> lock(mu_);
  entries_[key] = std::move(entry);
  ++parses_[key.path];
  ++total_parses_;
}

void ParseCache::Release(const std::string& path, const std::string& id) {
  std::lock_guard<std::mutex> lock(mu_);
  for (auto it = entries_.begin(); it != entries_.end();) {
    bool match = it->first.path == path && it->first.id == id;
    it = match ? entries_.erase(it) : std::next(it);
  }
}

void ParseCache::KeepOnly(const std::set<std::pair<std::string, std::string>>& keep) {
  std::lock_guard<std::mutex> lock(mu_);
  for (auto it = entries_.begin(); it != entries_.end();) {
    bool kept = keep.count({it->first.path, it->first.id}) > 0;
    it = kept ? std::next(it) : entries_.erase(it);
  }
}

size_t ParseCache::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return entries_.size();
}

size_t ParseCache::parses() const {
  std::lock_guard<std::mutex> lock(mu_);
  return total_parses_;
}

size_t ParseCache::parses(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = parses_.find(path);
  return it == parses_.end() ? 0 : it->second;
}

namespace {

// Reads and parses one file through the cache. `parse` turns text into a
// value; its diagnostics are kept with the value.
template <typename T, typename Parse>
std::shared_ptr<const T> Cached(const Source& source, const std::string& path, const char* kind,
                                ParseCache* cache, Diagnostics* diags, Parse parse) {
  const ParseCache::Key key{kind, path, source.FileId(path)};
  if (cache) {
    if (auto hit = cache->Find(key)) {
      diags->Append(hit->diags);
      return std::static_pointer_cast<const T>(hit->value);
    }
  }
  auto entry = std::make_shared<ParseCache::Entry>();
  // Parsed from the source's own buffer (a git blob), not a copy of it.
  FileBytes bytes;
  std::string error;
  if (!source.ReadBytes(path, &bytes, &error)) {
    diags->Error({path, 0, 0}, "cannot read file: " + error);
    return nullptr;
  }
  auto value = std::make_shared<T>();
  parse(bytes.text, value.get(), &entry->diags);
  entry->value = value;
  if (cache && cache->KeepsText(kind, path)) entry->text = std::move(bytes);
  diags->Append(entry->diags);
  if (cache) cache->Store(key, entry);
  return value;
}

struct JsonFile {
  nlohmann::json value;
  std::string text;  // for positions: nlohmann::json keeps none
};

template <typename Map>
void DropNull(Map* m) {
  for (auto it = m->begin(); it != m->end();) it = it->second ? std::next(it) : m->erase(it);
}

bool IsDataFile(const std::string& path, const char* ext) {
  return StartsWith(path, "data/") && EndsWith(path, ext);
}

}  // namespace

bool LoadFiles(const Source& source, ParseCache* cache, LoadedFiles* out, Diagnostics* diags) {
  int before = diags->error_count();
  out->commit = source.commit();
  std::string config_text, error;
  if (!source.ReadFile("site.json", &config_text, &error)) {
    diags->Error({"site.json", 0, 0}, "missing required file site.json");
  } else {
    ParseSiteConfig("site.json", config_text, &out->config, diags);
  }
  const std::vector<std::string> code_props = out->config.geo_code_eigenschappen;
  // Each file is read and parsed as a job of its own, on Threads() threads.
  // Every job fills its own entry, made here, and keeps its own messages;
  // they are added in file order, so the result is the same as one thread's.
  std::vector<std::function<void(Diagnostics*)>> jobs;
  std::vector<bool> geo_job;  // by job index
  auto markdown_job = [&](const std::string& path) {
    jobs.push_back([&, path, slot = &out->documents[path]](Diagnostics* job) {
      *slot =
          Cached<MarkdownDocument>(source, path, "md", cache, job,
                                   [&](std::string_view t, MarkdownDocument* v, Diagnostics* d) {
                                     ParseMarkdownDocument(path, t, v, d);
                                   });
    });
  };
  for (const std::string& path : source.ListFiles("data")) {
    if (StartsWith(path, "data/scripts/")) continue;  // tooling, not data
    if (IsDataFile(path, ".csv")) {
      jobs.push_back([&, path, slot = &out->tables[path]](Diagnostics* job) {
        *slot = Cached<CsvTable>(
            source, path, "csv", cache, job,
            [&](std::string_view t, CsvTable* v, Diagnostics* d) { ParseCsv(path, t, v, d); });
      });
    } else if (IsDataFile(path, ".md")) {
      markdown_job(path);
    } else if (IsDataFile(path, ".geojson")) {
      geo_job.resize(jobs.size() + 1);
      geo_job[jobs.size()] = true;
      std::string key_kind = "geo[";
      for (const std::string& p : code_props) key_kind += p + ",";
      key_kind += "]";
      jobs.push_back([&, path, key_kind, slot = &out->geo[path]](Diagnostics* job) {
        *slot = Cached<std::vector<GeoFeature>>(
            source, path, key_kind.c_str(), cache, job,
            [&](std::string_view t, std::vector<GeoFeature>* v, Diagnostics* d) {
              *v = ParseGeoJson(path, std::string(t), code_props, d);
            });
      });
    } else if (IsDataFile(path, ".json")) {
      jobs.push_back([&, path, value = &out->json_files[path],
                      text = &out->json_texts[path]](Diagnostics* job) {
        // One read and one cache entry; the value and the text share its lifetime.
        auto file = Cached<JsonFile>(source, path, "json", cache, job,
                                     [&](std::string_view t, JsonFile* v, Diagnostics* d) {
                                       ParseJsonText(path, t, &v->value, d);
                                       v->text = std::string(t);
                                     });
        *value = file ? std::shared_ptr<const nlohmann::json>(file, &file->value) : nullptr;
        *text = file ? std::shared_ptr<const std::string>(file, &file->text) : nullptr;
      });
    }
  }
  for (const std::string& path : source.ListFiles("content")) {
    if (EndsWith(path, ".md")) markdown_job(path);
  }
  std::vector<Diagnostics> found(jobs.size());
  // GeoJSON is parsed into a DOM of every coordinate, the costliest bytes
  // there are: those jobs go first, so that they do not start last and leave
  // the other threads idle. Messages still follow the file order (found[i]).
  geo_job.resize(jobs.size());
  std::vector<size_t> order(jobs.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_partition(order.begin(), order.end(), [&](size_t i) { return geo_job[i]; });
  ParallelFor(jobs.size(), [&](size_t k) { jobs[order[k]](&found[order[k]]); });
  for (const Diagnostics& d : found) diags->Append(d);
  // A failed read leaves a null entry; drop it so later stages see only values.
  DropNull(&out->tables);
  DropNull(&out->documents);
  DropNull(&out->json_files);
  DropNull(&out->json_texts);
  DropNull(&out->geo);
  return diags->error_count() == before;
}

namespace {

void ListDisk(const std::string& root, const std::string& rel, std::vector<std::string>* out) {
  DIR* d = opendir((root + "/" + rel).c_str());
  if (!d) return;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    std::string child = rel.empty() ? name : rel + "/" + name;
    struct stat st;
    if (lstat((root + "/" + child).c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) ListDisk(root, child, out);
    if (S_ISREG(st.st_mode)) out->push_back(child);
  }
  closedir(d);
}

}  // namespace

bool LoadTemplates(const Source& source, const std::string& dir, const std::string& fallback_dir,
                   std::map<std::string, std::string>* templates, Diagnostics* diags) {
  std::vector<std::string> files = source.ListFiles(dir);
  for (const std::string& path : files) {
    std::string text, error;
    if (!source.ReadFile(path, &text, &error)) {
      diags->Error({path, 0, 0}, "cannot read template: " + error);
      continue;
    }
    (*templates)[path.substr(dir.size() + 1)] = std::move(text);
  }
  if (!files.empty()) return true;
  std::vector<std::string> disk;
  ListDisk(fallback_dir, "", &disk);
  for (const std::string& rel : disk) {
    std::ifstream in(fallback_dir + "/" + rel, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    (*templates)[rel] = s.str();
  }
  if (templates->empty()) {
    diags->Error({dir, 0, 0}, "no templates: the repository has no '" + dir +
                                  "/' and none are installed in " + fallback_dir);
    return false;
  }
  return true;
}

}  // namespace openwijk
