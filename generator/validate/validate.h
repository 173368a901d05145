// Rules across the records of a Model: references that must resolve, ids that
// must be unique, a tree that must be a tree. Each rule adds diagnostics with
// the position of the offending record; none stops the others, so one run
// reports every problem. Nothing is changed in the Model.
#pragma once

#include "model/model.h"
#include "util/diagnostic.h"

namespace openwijk {

// Runs every rule.
void Validate(const Model& model, Diagnostics* diags);

// The rule groups, one file each.
void ValidateGebieden(const Model& model, Diagnostics* diags);
void ValidateBegroting(const Model& model, Diagnostics* diags);
void ValidateKompas(const Model& model, Diagnostics* diags);
void ValidateGeo(const Model& model, Diagnostics* diags);
void ValidateBestuur(const Model& model, Diagnostics* diags);  // decisions, projects, meetings

}  // namespace openwijk
