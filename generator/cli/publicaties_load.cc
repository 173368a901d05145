#include "cli/publicaties_load.h"

#include <algorithm>
#include <cctype>
#include <future>
#include <numeric>
#include <set>
#include <tuple>

#include "cli/publicaties_carry.h"
#include "load/shared_lines.h"
#include "model/build.h"
#include "render/context.h"
#include "util/parallel.h"
#include "util/text.h"

namespace openwijk {

namespace {

// A Source that shows only the files a comparison needs.
class DataOnlySource : public Source {
 public:
  explicit DataOnlySource(const Source& inner) : inner_(inner) {}
  const CommitInfo& commit() const override { return inner_.commit(); }
  std::vector<std::string> ListFiles(const std::string& dir) const override {
    std::vector<std::string> out;
    if (dir != "data" && !StartsWith(dir, "data/")) return out;
    for (std::string& p : inner_.ListFiles(dir)) {
      if (Wanted(p)) out.push_back(std::move(p));
    }
    return out;
  }
  bool Exists(const std::string& path) const override {
    return Wanted(path) && inner_.Exists(path);
  }
  bool ReadFile(const std::string& path, std::string* contents, std::string* error) const override {
    return inner_.ReadFile(path, contents, error);
  }
  bool ReadBytes(const std::string& path, FileBytes* out, std::string* error) const override {
    return inner_.ReadBytes(path, out, error);
  }
  std::string FileId(const std::string& path) const override { return inner_.FileId(path); }

  static bool Wanted(const std::string& p) {
    if (p == "site.json") return true;
    return StartsWith(p, "data/") && !StartsWith(p, "data/geo/") && !EndsWith(p, ".md") &&
           !StartsWith(p, "data/scripts/");
  }

 private:
  const Source& inner_;
};

// A Source that shows, besides site.json, only the listed data files
// (kOnly) or all but the listed ones (kAllBut).
class ListedSource : public DataOnlySource {
 public:
  enum Shows { kOnly, kAllBut };
  ListedSource(const Source& inner, std::set<std::string> paths, Shows shows = kOnly)
      : DataOnlySource(inner), paths_(std::move(paths)), only_(shows == kOnly) {}
  std::vector<std::string> ListFiles(const std::string& dir) const override {
    std::vector<std::string> out;
    for (std::string& p : DataOnlySource::ListFiles(dir)) {
      if (Shown(p)) out.push_back(std::move(p));
    }
    return out;
  }
  bool Exists(const std::string& path) const override {
    return Shown(path) && DataOnlySource::Exists(path);
  }

 private:
  bool Shown(const std::string& p) const {
    return p == "site.json" || (paths_.count(p) > 0) == only_;
  }
  std::set<std::string> paths_;
  bool only_;
};

// Data file path -> blob id, site.json included.
std::map<std::string, std::string> DataFileIds(const DataOnlySource& data) {
  std::map<std::string, std::string> ids;
  ids["site.json"] = data.FileId("site.json");
  for (const std::string& p : data.ListFiles("data")) ids[p] = data.FileId(p);
  return ids;
}

void Relabel(const Diagnostics& in, const std::string& label, Diagnostics* out) {
  for (Diagnostic d : in.list()) {
    if (d.severity != Severity::kError) continue;  // warnings were for that day
    if (d.pos.file.empty()) {
      d.message = label + ": " + d.message;
    } else {
      d.pos.file = label + ":" + d.pos.file;
    }
    out->Add(std::move(d));
  }
}

}  // namespace

namespace {

// LoadDataRevision for a tree already opened. With `carry`, its tables stand
// for the files at their paths, and its lines are carried over.
bool LoadDataSource(const Source& source, const std::string& rev, const std::string& label,
                    ParseCache* cache, DataRevision* out, Diagnostics* diags,
                    RegelPool* pool = nullptr, const CarriedFiles* carry = nullptr) {
  DataOnlySource data(source);
  out->commit = source.commit();
  out->commit.revision = rev;
  out->file_ids = DataFileIds(data);
  Diagnostics local;
  LoadedFiles files;
  std::set<std::string> given;
  if (carry) {
    for (const auto& [path, table] : carry->tables) given.insert(path);
  }
  if (LoadFiles(ListedSource(source, given, ListedSource::kAllBut), cache, &files, &local)) {
    if (carry) files.tables.insert(carry->tables.begin(), carry->tables.end());
    auto model = std::make_shared<Model>();
    BuildModel(files, model.get(), &local, pool, carry ? &carry->lines : nullptr);
    CheckRegelSleutels(*model, &local);
    out->model = std::move(model);
  }
  Relabel(local, label, diags);
  return !local.HasErrors();
}

// A file's two versions, read in a thread of their own, b beside a. When a
// and b have their own repository handles (LoadDiffPair opens b's with
// TreeAtOwnHandle) the two reads do not wait for each other. ok is false
// when either could not be read.
struct Versions {
  FileBytes text[2];
  bool ok = false;
};

std::future<Versions> ReadVersions(const Source& a, const Source& b, const std::string& path) {
  return std::async(std::launch::async, [&a, &b, path] {
    Versions v;
    std::string error[2];
    std::future<bool> read_b =
        std::async(std::launch::async, [&] { return b.ReadBytes(path, &v.text[1], &error[1]); });
    bool read_a = a.ReadBytes(path, &v.text[0], &error[0]);
    v.ok = read_b.get() && read_a;
    return v;
  });
}

}  // namespace

bool LoadDataRevision(const Repository& repo, const std::string& rev, const std::string& label,
                      ParseCache* cache, DataRevision* out, Diagnostics* diags) {
  std::unique_ptr<Source> source = repo.TreeAt(rev, diags);
  return source && LoadDataSource(*source, rev, label, cache, out, diags);
}

bool LoadDiffPair(const Repository& repo, const std::string& rev_a, const std::string& rev_b,
                  ParseCache* cache, DataRevision* a, DataRevision* b, Diagnostics* diags) {
  std::unique_ptr<Source> sa = repo.TreeAt(rev_a, diags);
  std::unique_ptr<Source> sb = repo.TreeAtOwnHandle(rev_b, diags);  // read beside sa
  if (!sa || !sb) return false;
  DataRevision* sides[] = {a, b};
  const Source* sources[] = {sa.get(), sb.get()};
  const std::string revs[] = {rev_a, rev_b};
  for (int i = 0; i < 2; ++i) {
    DataOnlySource data(*sources[i]);
    sides[i]->commit = sources[i]->commit();
    sides[i]->commit.revision = revs[i];
    sides[i]->file_ids.clear();
    for (const std::string& p : data.ListFiles("data")) sides[i]->file_ids[p] = data.FileId(p);
  }
  DiffSkip skip = SkipSameFiles(a->file_ids, b->file_ids);
  std::set<std::string> wanted = {"data/gebieden.csv"};
  std::set<std::string> beide;  // another blob on both sides: only the differing lines
  bool begroting = false;
  for (const DataRevision* side : sides) {
    for (const auto& [path, id] : side->file_ids) {
      if (!StartsWith(path, "data/begroting/")) continue;
      bool same = false;
      for (int jaar : skip.jaren)
        same = same || path == "data/begroting/" + std::to_string(jaar) + ".csv";
      if (same) continue;
      begroting = true;
      if (a->file_ids.count(path) && b->file_ids.count(path)) {
        beide.insert(path);
      } else {
        wanted.insert(path);
      }
    }
  }
  // Lines that are the same bytes in both versions cannot differ: parse the rest.
  std::map<std::string, std::shared_ptr<const CsvTable>> reduced[2];
  std::set<int> gedeeld;  // years that keep a line, so an id: CheckSleutelSoort
  // Inflating the blobs is most of a diff: the next file's two versions are
  // read while this one's are reduced and parsed.
  const std::vector<std::string> paths(beide.begin(), beide.end());
  std::future<Versions> next;
  if (!paths.empty()) next = ReadVersions(*sa, *sb, paths[0]);
  for (size_t f = 0; f < paths.size(); ++f) {
    const std::string& path = paths[f];
    const Versions read = next.get();
    if (f + 1 < paths.size()) next = ReadVersions(*sa, *sb, paths[f + 1]);
    ChangedLines changed;
    if (!read.ok || !DropSharedLines(read.text[0].text, read.text[1].text, &changed)) {
      wanted.insert(path);
      continue;
    }
    std::shared_ptr<CsvTable> tables[2];
    bool clean = true;
    for (int i = 0; i < 2; ++i) {
      tables[i] = std::make_shared<CsvTable>();
      Diagnostics parse;
      clean = ParseChangedLines(path, changed, i, tables[i].get(), &parse) && clean;
    }
    // A file that does not even parse is read whole, so its errors name the right lines.
    if (!clean) {
      wanted.insert(path);
      continue;
    }
    if (changed.any_shared) gedeeld.insert(BegrotingJaar(path));
    for (int i = 0; i < 2; ++i) reduced[i][path] = std::move(tables[i]);
  }
  if (!skip.kompas) {
    wanted.insert("data/kompas/indicatoren.csv");
    wanted.insert("data/kompas/waarden.csv");
  }
  // The two sides are loaded and modelled at the same time.
  Diagnostics local[2];
  ParallelFor(2, [&](size_t i) {
    ListedSource listed(*sources[i], wanted);
    LoadedFiles files;
    for (const auto& [path, table] : reduced[i]) files.tables[path] = table;
    if (!LoadFiles(listed, cache, &files, &local[i])) return;
    auto model = std::make_shared<Model>();
    model->config = files.config;
    model->commit = files.commit;
    BuildGebieden(files, model.get(), &local[i]);
    if (begroting) BuildBegroting(files, model.get(), &local[i]);
    if (!skip.kompas) BuildKompas(files, model.get(), &local[i]);
    CheckRegelSleutels(*model, &local[i]);
    sides[i]->model = std::move(model);
  });
  bool ok = true;
  for (int i = 0; i < 2; ++i) {
    Relabel(local[i], revs[i], diags);
    ok = ok && !local[i].HasErrors();
  }
  if (ok && begroting) {
    int before = diags->error_count();
    CheckSleutelSoort(*a->model, rev_a, *b->model, rev_b, diags, gedeeld);
    ok = diags->error_count() == before;
  }
  return ok;
}

bool LoadPublicaties(const Repository& repo, const std::string& commit_id,
                     const std::string& pattern, ParseCache* cache,
                     std::shared_ptr<const Publicaties>* out, Diagnostics* diags,
                     const Model* head) {
  int before = diags->error_count();
  auto pubs = std::make_shared<Publicaties>();
  std::map<std::map<std::string, std::string>, std::shared_ptr<const Model>> by_files;
  RegelPool pool;
  if (head) {
    for (const auto& [jaar, regels] : head->begroting) pool.Adopt(jaar, regels);
  }
  // Which file versions each publication holds, read from the trees alone,
  // so that a parse leaves the cache after the last publication that uses
  // it: at a national scale the parsed tables would otherwise stay in memory
  // beside every publication's Model.
  std::vector<TagInfo> tags;
  std::vector<std::unique_ptr<Source>> trees;  // opened once, loaded below
  std::vector<Diagnostics> tree_errors;        // reported below, after the tag message
  std::map<std::pair<std::string, std::string>, int> uses;
  std::vector<std::map<std::string, std::string>> tag_files;
  for (const TagInfo& tag : repo.Tags(pattern, diags)) {
    if (!repo.IsAncestor(tag.commit_id, commit_id)) continue;
    tags.push_back(tag);
    tree_errors.emplace_back();
    trees.push_back(repo.TreeAt(tag.commit_id, &tree_errors.back()));
    tag_files.push_back(trees.back() ? DataFileIds(DataOnlySource(*trees.back()))
                                     : decltype(tag_files)::value_type{});
    for (const auto& file : tag_files.back()) ++uses[file];
  }
  auto release = [&](size_t t) {
    if (!cache) return;
    for (const auto& file : tag_files[t]) {
      if (--uses[file] == 0) cache->Release(file.first, file.second);
    }
  };
  if (cache) {
    // Parses the cache came with (the built revision's own files) stay only
    // for the publications that hold the same versions.
    std::set<std::pair<std::string, std::string>> used;
    for (const auto& [file, n] : uses) used.insert(file);
    cache->KeepOnly(used);
  }
  // The publications of the built commit itself first, then the others
  // newest first: a version the cache came with is then released after the
  // last publication near the built commit that holds it, not kept while
  // the oldest ones load.
  EarlierVersion earlier;  // the publication loaded last (cli/publicaties_carry.h)
  std::vector<size_t> order(tags.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::make_tuple(tags[a].commit_id != commit_id, -tags[a].commit_time) <
           std::make_tuple(tags[b].commit_id != commit_id, -tags[b].commit_time);
  });
  for (size_t t : order) {
    const TagInfo& tag = tags[t];
    Publicatie p;
    p.tag = tag.name;
    p.slug = PublicatieSlug(tag.name, pattern);
    p.commit_id = tag.commit_id;
    p.commit_time = tag.commit_time;
    TagBericht bericht;
    std::string error;
    if (!ParseTagBericht(tag.message, &bericht, &error)) {
      diags->Error({}, "tag '" + tag.name + "': " + error);
      release(t);
      continue;
    }
    p.titel = bericht.titel.empty() ? tag.name : bericht.titel;
    p.soort = bericht.soort;
    p.omschrijving = bericht.omschrijving;
    p.datum = !bericht.datum.empty()
                  ? bericht.datum
                  : IsoDate(tag.tagger_time ? tag.tagger_time : tag.commit_time, 0);
    DataRevision rev;
    bool loaded = false;
    CarriedFiles carry;
    if (trees[t]) {
      // The same tree on more handles, one per thread, to read side by side.
      std::vector<std::unique_ptr<Source>> more;
      std::vector<const Source*> readers = {trees[t].get()};
      for (int k = 1; k < Threads() && earlier.model; ++k) {
        Diagnostics unused;  // trees[t] opened: this one opens too
        more.push_back(repo.TreeAtOwnHandle(tag.commit_id, &unused));
        if (more.back()) readers.push_back(more.back().get());
      }
      CarryFromEarlier(readers, tag_files[t], &earlier, &carry);
      loaded =
          LoadDataSource(*trees[t], tag.commit_id, tag.name, cache, &rev, diags, &pool, &carry);
    } else {
      diags->Append(tree_errors[t]);
    }
    if (loaded && cache) {
      // The year files parsed through the cache (the built revision's, as a
      // rule) with their bytes kept: the next publication is read against
      // them, without reading them again.
      for (const auto& [path, id] : tag_files[t]) {
        if (BegrotingJaar(path) == 0 || carry.texts.count(path)) continue;
        FileBytes text = cache->Text({"csv", path, id});
        if (text.owner) carry.texts[path] = std::move(text);
      }
    }
    release(t);
    if (loaded) {
      earlier = {tag_files[t], rev.model, std::move(trees[t]), std::move(carry.texts)};
    }
    trees[t].reset();
    if (!loaded) continue;
    p.file_ids = std::move(rev.file_ids);
    p.model = by_files.emplace(p.file_ids, rev.model).first->second;
    pubs->lijst.push_back(std::move(p));
  }
  if (diags->error_count() != before) return false;
  if (!OrderAndCompare(pubs.get(), diags)) return false;
  *out = std::move(pubs);
  return true;
}

}  // namespace openwijk
