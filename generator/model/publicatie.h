// Publications: the git tags (matching site.json's "publicaties" pattern,
// default "publicatie/*") that the gemeente makes after each step of the
// budget cycle. Each holds the data as it was published; the site compares
// each publication with the one before it.
//
// The annotated tag message says what the publication is (data/README.md):
//
//   Begroting 2025                 <- first line: the title
//
//   soort: begroting               <- begroting | wijziging |
//   datum: 2024-11-07                 tussentijdse-rapportage | jaarrekening
//   Vastgesteld door de raad.      <- any other lines: a short description
//
// Without a datum line the tagger's date counts (or the commit's, for a
// lightweight tag). Publicaties owns the Models of every publication
// (shared, immutable) and the diffs between them, which point into them.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "model/diff.h"
#include "model/geschiedenis.h"
#include "model/model.h"
#include "util/diagnostic.h"

namespace openwijk {

// The kinds of publication, in the order of the budget cycle.
extern const std::vector<std::string> kPublicatieSoorten;
// "Begroting", "Begrotingswijziging", ...; "Publicatie" for "".
std::string PublicatieSoortLabel(const std::string& soort);

struct TagBericht {
  std::string titel;
  std::string soort;         // one of kPublicatieSoorten, or "" when not given
  std::string datum;         // JJJJ-MM-DD, or "" when not given
  std::string omschrijving;  // the other lines, joined by '\n'
};

// Parses an annotated tag message. On a bad soort or datum returns false and
// sets *error (without the tag's name).
bool ParseTagBericht(const std::string& message, TagBericht* out, std::string* error);

// True for a real calendar date written JJJJ-MM-DD.
bool IsIsoDatum(const std::string& s);

// The URL segment of a tag: the part after the pattern's fixed prefix
// ("publicatie/2025-begroting" -> "2025-begroting"), as a slug.
std::string PublicatieSlug(const std::string& tag, const std::string& pattern);

struct Publicatie {
  std::string tag;   // "publicatie/2025-begroting"
  std::string slug;  // "2025-begroting": publicaties/<slug>/
  std::string titel;
  std::string soort;
  std::string datum;  // JJJJ-MM-DD
  std::string omschrijving;
  std::string commit_id;  // 40 hex
  int64_t commit_time = 0;
  std::map<std::string, std::string> file_ids;  // data file path -> blob id
  std::shared_ptr<const Model> model;
};

struct Publicaties {
  std::vector<Publicatie> lijst;  // oldest first (datum, commit time, tag)
  // wijzigingen[i]: from lijst[i-1] to lijst[i]; [0] from nothing (all added).
  std::vector<ModelDiff> wijzigingen;
  std::shared_ptr<const Model> leeg;  // the empty model [0] compares with
  // Every line id in any publication, with its value in each publication
  // where it exists: each has a history page.
  RegelGeschiedenissen geschiedenissen;

  const Publicatie* Vorige(size_t i) const { return i > 0 ? &lijst[i - 1] : nullptr; }
  // What the newest publication changed since the one before it, which
  // every area page shows its part of; null with fewer than two.
  const ModelDiff* Laatste() const {
    return lijst.size() > 1 && wijzigingen.size() == lijst.size() ? &wijzigingen.back() : nullptr;
  }
};

// Sorts `lijst`, reports two publications with the same datum and soort, and
// computes the diffs. Returns false after adding errors.
bool OrderAndCompare(Publicaties* p, Diagnostics* diags);

// 2025 for "data/begroting/2025.csv"; 0 for a path that is not a year's file.
int BegrotingJaar(const std::string& path);

// What DiffModels may skip between two publications: files with the same blob.
DiffSkip SkipSameFiles(const std::map<std::string, std::string>& a,
                       const std::map<std::string, std::string>& b);

// The value of line `id` in every publication where it exists (empty when
// none has it), in publication order, then by jaar, from p.geschiedenissen,
// which OrderAndCompare fills.
std::vector<RegelStand> RegelGeschiedenis(const Publicaties& p, const std::string& id);

// Key rules a diff relies on, for a revision that is not validated in full:
// unique (jaar, id) per begroting line. Errors get the line's position.
void CheckRegelSleutels(const Model& model, Diagnostics* diags);

// The other key rule a diff relies on, between two revisions (model/
// sleutel_soort.cc): a begroting year in both may not have swapped its ids
// for ids of another kind (whole numbers for codes, or codes for whole
// numbers) with not one id kept, because then a diff on jaar + id compares
// nothing. Errors name `nieuw_label` and point at a line of the year in
// `nieuw`. Years in `gedeeld` are known to keep an id and are skipped.
void CheckSleutelSoort(const Model& oud, const std::string& oud_label, const Model& nieuw,
                       const std::string& nieuw_label, Diagnostics* diags,
                       const std::set<int>& gedeeld = {});

}  // namespace openwijk
