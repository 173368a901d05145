// Turns parsed files (load/) into the typed Model. Field-level problems (a
// bad amount, an unknown niveau, a missing column or file) are reported here,
// with the field's position. Rules across records (unknown references,
// duplicates, cycles) are validate/'s job; BuildModel leaves unresolved
// references as index -1 for it to report.
#pragma once

#include <map>

#include "load/data_files.h"
#include "model/model.h"

namespace openwijk {

// Budget lines taken over from an earlier version, by year (CarriedLines).
using Carried = std::map<int, CarriedLines>;

// Fills *model from `files`. Returns false when errors were added. With a
// `pool`, the Model shares its budget lines with the other Models built
// through that pool (model/regels.h). With `carried`, the begroting table of
// a year in it holds only the lines not carried over.
bool BuildModel(const LoadedFiles& files, Model* model, Diagnostics* diags,
                RegelPool* pool = nullptr, const Carried* carried = nullptr);

// The parts, each in its own file (model/build_*.cc).
void BuildGebieden(const LoadedFiles& files, Model* model, Diagnostics* diags);
void BuildTaakvelden(const LoadedFiles& files, Model* model, Diagnostics* diags);
void BuildBegroting(const LoadedFiles& files, Model* model, Diagnostics* diags,
                    RegelPool* pool = nullptr, const Carried* carried = nullptr);
void BuildKompas(const LoadedFiles& files, Model* model, Diagnostics* diags);
void BuildPaginas(const LoadedFiles& files, Model* model, Diagnostics* diags);

// A required table, or nullptr after "missing required file" and the columns
// check. Shared by the builders.
const CsvTable* RequireTable(const LoadedFiles& files, const std::string& path,
                             const std::vector<std::string>& columns, Diagnostics* diags);

}  // namespace openwijk
