// Reads the data of revisions other than the one being built: the
// publications reachable from it (build, check, history, publications) and
// the two sides of `openwijk diff`. Only the files a comparison needs are
// read (no boundaries, no pages, no templates), through libgit2 without a
// checkout, and one ParseCache parses each distinct file version (blob) once,
// however many publications contain it. Revisions whose data files are all
// the same blobs share one Model.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "load/data_files.h"
#include "model/publicatie.h"
#include "repo/source.h"

namespace openwijk {

struct DataRevision {
  CommitInfo commit;
  std::map<std::string, std::string> file_ids;  // data file path -> blob id
  std::shared_ptr<const Model> model;
};

// Loads `rev` for comparison: files, model and the key rules a diff needs.
// Errors in the data are reported as "<label>:<file>:<line>: ..." (label is
// the tag or revision), so that they are told apart from the built revision's.
bool LoadDataRevision(const Repository& repo, const std::string& rev, const std::string& label,
                      ParseCache* cache, DataRevision* out, Diagnostics* diags);

// The two sides of `openwijk diff`, reading only what can differ: the area
// tree, the begroting years whose file is another blob in the two revisions,
// and the kompas when its files differ. Each Model holds just those parts, so
// the cost follows the size of the change, not of the data.
bool LoadDiffPair(const Repository& repo, const std::string& rev_a, const std::string& rev_b,
                  ParseCache* cache, DataRevision* a, DataRevision* b, Diagnostics* diags);

// Every tag matching `pattern` whose commit is reachable from `commit_id`,
// with its message read (model/publicatie.h), loaded, ordered and compared.
// The publications' Models share the budget lines that are equal in every
// field, position included, at the same row of the same year's file, with
// each other and with `head` when given (model/regels.h).
bool LoadPublicaties(const Repository& repo, const std::string& commit_id,
                     const std::string& pattern, ParseCache* cache,
                     std::shared_ptr<const Publicaties>* out, Diagnostics* diags,
                     const Model* head = nullptr);

// For build and check: the publications reachable from the model's commit,
// attached to it as model->publicaties. `cache` may hold the parses of the
// model's own files (LoadRevision): a publication of the built commit, the
// usual case after publishing, then reads and parses nothing again.
bool AttachPublicaties(const Repository& repo, Model* model, Diagnostics* diags,
                       ParseCache* cache = nullptr);

}  // namespace openwijk
