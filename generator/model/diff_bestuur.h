// What changed between two revisions in projects and decisions
// (model/bestuur.h): projects whose status, voortgang or besteed changed (or
// that are new), and decisions that were added. Kept apart from the budget
// diff (model/diff.h) because these files are optional. Pure; the result
// points into both Models.
#pragma once

#include <vector>

#include "model/diff.h"
#include "model/model.h"

namespace openwijk {

struct ProjectWijziging {
  const Project* oud = nullptr;  // null for a new project
  const Project* nieuw = nullptr;
  std::vector<VeldWijziging> velden;  // status, voortgang, besteed
};

struct BestuurDiff {
  std::vector<ProjectWijziging> projecten;  // by id
  std::vector<const Besluit*> besluiten;    // added, by datum then id
  bool empty() const { return projecten.empty() && besluiten.empty(); }
};

BestuurDiff DiffBestuur(const Model& oud, const Model& nieuw);

}  // namespace openwijk
