// The pages about publications (model/publicatie.h):
//   publicaties/index.html              every publication, newest first
//   publicaties/<slug>/index.html       "Wat is er veranderd" since the one before
//   publicaties/<slug>/*.csv, *.json    its data, its changes, datapackage.json
//   begroting/regel/<id>.html           one line's value in every publication
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model/publicatie.h"
#include "render/context.h"

namespace openwijk {

// All of the above; only the index when there are no publications.
void RenderPublicaties(RenderContext& ctx);

// One download as datapackage.json describes it.
struct DownloadBestand {
  std::string path;  // relative to publicaties/<slug>/
  size_t bytes = 0;
  std::string sha256;  // hex
};

// The downloads of publication `i`, made one at a time and handed to `emit`
// (path relative to publicaties/<slug>/, and the maker of its text),
// datapackage.json last, with the checksums of the others, hashed as they
// are made (the parts and the rest). The begroting and the first publication's changes hold the
// whole data set, so they are made in parts of about a megabyte
// (util/text_parts.h), which the site writer never holds whole.
// Returns the files in the order they were emitted. The lines' rows are
// copied from `rijen` where it holds them (render/regel_rijen.h).
std::vector<DownloadBestand> PublicatieDownloads(
    const Publicaties& pubs, size_t i,
    const std::function<void(const std::string& path, const PartMaker& make)>& emit,
    const RegelRijen& rijen = RegelRijen::Geen());

// datapackage.json (Frictionless Data) for `resources`, already made.
std::string DataPackageJson(const Model& m, const Publicatie& p,
                            const std::vector<DownloadBestand>& resources);

void RenderRegelGeschiedenis(RenderContext& ctx);

// Projects and decisions that changed (render/wijzigingen_bestuur.cc).
void AddBestuurWijzigingen(const Model& oud, const Model& nieuw, Data* page);

}  // namespace openwijk
