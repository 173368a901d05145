// Builders of the Bestuur records (model/bestuur.h), one file each, and the
// field helpers they share. Every file is optional: when it is absent the
// records stay empty. Field-level problems are reported here; references
// between records are validate/bestuur.cc's job.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/data_files.h"
#include "model/model.h"

namespace openwijk {

// Runs the builders below in order.
void BuildBestuur(const LoadedFiles& files, Model* model, Diagnostics* diags);

void BuildOrganen(const LoadedFiles& files, Model* model, Diagnostics* diags);  // data/organen.csv
void BuildBesluiten(const LoadedFiles& files, Model* model,
                    Diagnostics* diags);  // data/besluiten.csv
void BuildProjecten(const LoadedFiles& files, Model* model,
                    Diagnostics* diags);  // data/projecten.csv
void BuildZeggenschap(const LoadedFiles& files, Model* model,
                      Diagnostics* diags);  // data/zeggenschap.csv
void BuildVergaderingen(const LoadedFiles& files, Model* model,
                        Diagnostics* diags);  // data/vergaderingen/*.json
void BuildWijkagendas(const LoadedFiles& files, Model* model,
                      Diagnostics* diags);  // data/wijkagenda/*.md

// An optional table: nullptr when absent, or after "missing required column".
const CsvTable* OptionalTable(const LoadedFiles& files, const std::string& path,
                              const std::vector<std::string>& columns, Diagnostics* diags);

// "a, b or c" for messages.
std::string OneOfText(const std::vector<std::string>& allowed);
bool IsOneOf(const std::string& value, const std::vector<std::string>& allowed);

// Checks a date field (empty allowed) and returns it; an invalid date is
// reported ("'2025-02-30' is not a valid date (JJJJ-MM-DD)") and returned as "".
std::string DatumField(std::string_view text, const Position& pos, Diagnostics* diags);
std::string BadDatumMessage(const std::string& text);

// A whole number >= 0 (votes); empty gives nullopt; anything else is reported.
std::optional<int> CountField(std::string_view text, const Position& pos, const char* name,
                              Diagnostics* diags);

}  // namespace openwijk
