// Loading the publications of a national budget reads ten versions of each
// year's file, and from one version to the next most lines stay the same
// bytes at the same line. Each publication is therefore loaded against the
// one loaded before it: those lines are carried over from its Model
// (model/regels.h, CarriedLines), and only the other lines are parsed and
// read.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "load/csv.h"
#include "load/data_files.h"
#include "model/build.h"
#include "model/publicatie.h"  // BegrotingJaar
#include "repo/source.h"

namespace openwijk {

// The publication loaded before, loaded without errors.
struct EarlierVersion {
  std::map<std::string, std::string> file_ids;  // data file path -> blob id
  std::shared_ptr<const Model> model;
  std::unique_ptr<Source> tree;  // for the texts not in hand
  // The texts of year files in hand, by path; CarryFromEarlier takes them out.
  std::map<std::string, FileBytes> texts;
};

// What loading a publication takes over from the one before.
struct CarriedFiles {
  // Per year's file: a table of only the lines that differ, by path...
  std::map<std::string, std::shared_ptr<const CsvTable>> tables;
  // ...and the lines carried over, by year.
  Carried lines;
  // The texts of this publication's year files, by path: those that were
  // in hand or read here, and (LoadPublicaties) those its parses through the
  // cache kept. The next publication is read against them.
  std::map<std::string, FileBytes> texts;
};

// Makes `cache` keep the bytes of the CSV files under data/begroting/ it
// parses (the year files, and any other CSV there, which is not used and is
// freed with its parse), for the EarlierVersion of the publication loaded
// with it (LoadPublicaties): the next one is then read against them without
// reading them again. Call before the cache is used.
void KeepYearTexts(ParseCache* cache);

// Fills *out for loading `trees` after `earlier` (nothing when it has no
// Model). `trees` is one tree, opened once per thread on a repository handle
// of its own (Repository::TreeAtOwnHandle): a handle inflates one blob at a
// time, and inflating is most of what is left of loading a publication.
// A year's file is carried over when it is another version in the two, the
// area tree (data/gebieden.csv) is the same version, and the reduction is
// safe (load/shared_lines.h) and parses without errors; any other file is
// left to be read whole. Takes the texts it uses out of `earlier`.
void CarryFromEarlier(const std::vector<const Source*>& trees,
                      const std::map<std::string, std::string>& file_ids, EarlierVersion* earlier,
                      CarriedFiles* out);

}  // namespace openwijk
