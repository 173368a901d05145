#include "model/build.h"
#include "model/build_bestuur.h"

#include <algorithm>

namespace openwijk {

int Model::FindGebied(const std::string& code) const {
  auto it = gebied_index.find(code);
  return it == gebied_index.end() ? -1 : it->second;
}

const Taakveld* Model::FindTaakveld(const std::string& code, int jaar, bool* known_code) const {
  auto [lo, hi] = taakveld_index.equal_range(code);
  if (known_code) *known_code = lo != hi;
  for (auto it = lo; it != hi; ++it) {
    const Taakveld& tv = taakvelden[it->second];
    if (std::find(tv.jaren.begin(), tv.jaren.end(), jaar) != tv.jaren.end()) return &tv;
  }
  return nullptr;
}

const CsvTable* RequireTable(const LoadedFiles& files, const std::string& path,
                             const std::vector<std::string>& columns, Diagnostics* diags) {
  auto it = files.tables.find(path);
  if (it == files.tables.end()) {
    diags->Error({path, 0, 0}, "missing required file " + path);
    return nullptr;
  }
  if (!RequireColumns(*it->second, columns, diags)) return nullptr;
  return it->second.get();
}

bool BuildModel(const LoadedFiles& files, Model* model, Diagnostics* diags, RegelPool* pool,
                const Carried* carried) {
  int before = diags->error_count();
  model->config = files.config;
  model->commit = files.commit;
  BuildGebieden(files, model, diags);
  BuildTaakvelden(files, model, diags);
  BuildBegroting(files, model, diags, pool, carried);
  BuildKompas(files, model, diags);
  BuildPaginas(files, model, diags);
  BuildBestuur(files, model, diags);  // optional files: decisions, projects, meetings
  for (const auto& [path, features] : files.geo) {
    model->geo.insert(model->geo.end(), features->begin(), features->end());
  }
  return diags->error_count() == before;
}

}  // namespace openwijk
