// A minimal data repository in memory for the tests of decisions, projects,
// meetings and wijkagenda's: files are parsed as LoadFiles would, then the
// model is built and validated. Tests change one file and read the
// diagnostics back, gcc-style, exactly as the command line prints them.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "load/data_files.h"
#include "model/model.h"
#include "util/diagnostic.h"

namespace openwijk::testing {

// Path -> contents: site.json is not needed; everything else as in a repository.
std::map<std::string, std::string> BestuurFiles();

// Parses `files` as LoadFiles would (by extension: .csv, .md, .json), with
// site.json's gemeente GM9999. Parse problems go to *diags.
LoadedFiles ParseFiles(const std::map<std::string, std::string>& files, Diagnostics* diags);

// One model builder on its own: parses `files` plus the area tree GM9999
// Testdorp > WK999901 Noord (replacing any data/gebieden.csv), runs
// BuildGebieden and then `build`. *diags gets every diagnostic, sorted.
using ModelBuilder = std::function<void(const LoadedFiles&, Model*, Diagnostics*)>;
Model BuildOnTestdorp(std::map<std::string, std::string> files, const ModelBuilder& build,
                      Diagnostics* diags);

// Parses `files`, builds and validates. *diags gets every diagnostic, sorted.
void BuildBestuurModel(const std::map<std::string, std::string>& files, Model* model,
                       Diagnostics* diags);

// The column (from 1) where field `index` starts in an unquoted CSV `row`.
int Column(const std::string& row, int index, char sep = ',');

}  // namespace openwijk::testing
