// Reads every file the site is made from out of a Source (a git tree or the
// working files) and parses it by kind:
//
//   site.json              -> SiteConfig
//   data/**.csv            -> CsvTable
//   data/**.md, content/*.md -> MarkdownDocument
//   data/**.json           -> nlohmann::json
//   data/geo/*.geojson     -> GeoFeature list
//
// Nothing here knows what a begroting is; model/ gives the records meaning.
// Parsed files are shared_ptrs to const values held in a ParseCache keyed by
// path and content id (git blob id), so that each distinct version of a file
// is parsed once, however many revisions (publications) contain it.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "load/csv.h"
#include "load/front_matter.h"
#include "load/geojson.h"
#include "load/site_config.h"
#include "repo/source.h"
#include "util/diagnostic.h"

namespace openwijk {

struct LoadedFiles {
  CommitInfo commit;
  SiteConfig config;
  std::map<std::string, std::shared_ptr<const CsvTable>> tables;
  std::map<std::string, std::shared_ptr<const MarkdownDocument>> documents;
  std::map<std::string, std::shared_ptr<const nlohmann::json>> json_files;
  // The text of each data/**.json file: nlohmann::json keeps no positions.
  std::map<std::string, std::shared_ptr<const std::string>> json_texts;
  std::map<std::string, std::shared_ptr<const std::vector<GeoFeature>>> geo;
};

// Parse results by (path, content id), with the diagnostics each parse gave,
// so that a cached file reports its problems again. Thread-safe.
class ParseCache {
 public:
  struct Entry {
    std::shared_ptr<const void> value;
    Diagnostics diags;
    FileBytes text;  // the bytes parsed, for CSV files under KeepCsvTextsUnder's folder
  };
  // One parse: its kind ("csv", "md", ...) of version `id` of the file at `path`.
  struct Key {
    std::string kind, path, id;
    bool operator<(const Key& o) const {
      return std::tie(kind, path, id) < std::tie(o.kind, o.path, o.id);
    }
  };
  // Returns the cached entry or nullptr.
  std::shared_ptr<const Entry> Find(const Key& key) const;
  // Parses of the CSV files under folder `prefix` ("data/begroting/") keep
  // the bytes they were made from, for Text(): each publication is read
  // against the version loaded before it (cli/publicaties_carry.h), so that
  // version is not read a second time. Call before the cache is used.
  void KeepCsvTextsUnder(std::string prefix) { keep_texts_under_ = std::move(prefix); }
  bool KeepsText(const std::string& kind, const std::string& path) const;
  // The bytes a cached parse was made from; empty when not kept or not cached.
  FileBytes Text(const Key& key) const;
  // Keeps the result of one parse; counts that parse.
  void Store(const Key& key, std::shared_ptr<const Entry> entry);
  size_t size() const;
  // Drops the parse of the file at `path` with content id `id` (every kind),
  // once no revision still to be loaded holds that version.
  void Release(const std::string& path, const std::string& id);
  // Drops the parses of every file version not in `keep` (path, content id).
  void KeepOnly(const std::set<std::pair<std::string, std::string>>& keep);
  // How many times a file was read and parsed (cache misses), in all or of
  // one path: what the cache saves is measured, not assumed.
  size_t parses() const;
  size_t parses(const std::string& path) const;

 private:
  mutable std::mutex mu_;
  std::map<Key, std::shared_ptr<const Entry>> entries_;
  std::string keep_texts_under_;          // empty: no texts kept
  std::map<std::string, size_t> parses_;  // by path
  size_t total_parses_ = 0;
};

// Loads everything from `source`. `cache` may be nullptr. Returns false when
// any error was added (site.json missing or unreadable files included).
bool LoadFiles(const Source& source, ParseCache* cache, LoadedFiles* out, Diagnostics* diags);

// The templates: every file under `dir` of the source, by path relative to
// `dir`; when the source has none, every file under `fallback_dir` on disk
// (the templates installed with the tool). Returns false after adding an
// error when neither has templates.
bool LoadTemplates(const Source& source, const std::string& dir, const std::string& fallback_dir,
                   std::map<std::string, std::string>* templates, Diagnostics* diags);

}  // namespace openwijk
