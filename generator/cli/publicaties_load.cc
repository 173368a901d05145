#include "cli/publicaties_load.h"

#include "model/build.h"
#include "render/context.h"
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
  bool Exists(const std::string& path) const override { return Wanted(path) && inner_.Exists(path); }
  bool ReadFile(const std::string& path, std::string* contents, std::string* error) const override {
    return inner_.ReadFile(path, contents, error);
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

bool LoadDataRevision(const Repository& repo, const std::string& rev, const std::string& label,
                      ParseCache* cache, DataRevision* out, Diagnostics* diags) {
  std::unique_ptr<Source> source = repo.TreeAt(rev, diags);
  if (!source) return false;
  DataOnlySource data(*source);
  out->commit = source->commit();
  out->commit.revision = rev;
  out->file_ids.clear();
  out->file_ids["site.json"] = data.FileId("site.json");
  for (const std::string& p : data.ListFiles("data")) out->file_ids[p] = data.FileId(p);
  Diagnostics local;
  LoadedFiles files;
  if (LoadFiles(data, cache, &files, &local)) {
    auto model = std::make_shared<Model>();
    BuildModel(files, model.get(), &local);
    CheckRegelSleutels(*model, &local);
    out->model = std::move(model);
  }
  Relabel(local, label, diags);
  return !local.HasErrors();
}

bool LoadPublicaties(const Repository& repo, const std::string& commit_id,
                     const std::string& pattern, ParseCache* cache,
                     std::shared_ptr<const Publicaties>* out, Diagnostics* diags) {
  int before = diags->error_count();
  auto pubs = std::make_shared<Publicaties>();
  std::map<std::map<std::string, std::string>, std::shared_ptr<const Model>> by_files;
  for (const TagInfo& tag : repo.Tags(pattern, diags)) {
    if (!repo.IsAncestor(tag.commit_id, commit_id)) continue;
    Publicatie p;
    p.tag = tag.name;
    p.slug = PublicatieSlug(tag.name, pattern);
    p.commit_id = tag.commit_id;
    p.commit_time = tag.commit_time;
    TagBericht bericht;
    std::string error;
    if (!ParseTagBericht(tag.message, &bericht, &error)) {
      diags->Error({}, "tag '" + tag.name + "': " + error);
      continue;
    }
    p.titel = bericht.titel.empty() ? tag.name : bericht.titel;
    p.soort = bericht.soort;
    p.omschrijving = bericht.omschrijving;
    p.datum = !bericht.datum.empty() ? bericht.datum
                                      : IsoDate(tag.tagger_time ? tag.tagger_time : tag.commit_time, 0);
    DataRevision rev;
    if (!LoadDataRevision(repo, tag.commit_id, tag.name, cache, &rev, diags)) continue;
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
