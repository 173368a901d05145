// The pages about publications (model/publicatie.h):
//   publicaties/index.html              every publication, newest first
//   publicaties/<slug>/index.html       "Wat is er veranderd" since the one before
//   publicaties/<slug>/*.csv, *.json    its data, its changes, datapackage.json
//   begroting/regel/<id>.html           one line's value in every publication
#pragma once

#include <string>
#include <vector>

#include "model/publicatie.h"
#include "render/context.h"

namespace openwijk {

// All of the above; only the index when there are no publications.
void RenderPublicaties(RenderContext& ctx);

// The downloads of publication `i` (path relative to publicaties/<slug>/ ->
// content), datapackage.json last, with the checksums of the others.
std::vector<OutputFile> PublicatieDownloads(const Publicaties& pubs, size_t i);

// datapackage.json (Frictionless Data) for `resources`, already made.
std::string DataPackageJson(const Model& m, const Publicatie& p,
                            const std::vector<OutputFile>& resources);

void RenderRegelGeschiedenis(RenderContext& ctx);

// Projects and decisions that changed (render/wijzigingen_bestuur.cc).
void AddBestuurWijzigingen(const Model& oud, const Model& nieuw, Data* page);

}  // namespace openwijk
