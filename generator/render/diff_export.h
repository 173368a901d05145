// A ModelDiff as a download or as terminal output: JSON, CSV and plain text.
// The same functions serve the publication pages (publicaties/<slug>/
// wijzigingen.json, .csv) and `openwijk diff`. Each returns a new string.
//
// JSON: {"van", "naar", "added": [line], "removed": [line],
//        "changed": [{"key": {"jaar", "id"}, "changes": {field: [old, new]}}],
//        "kompas": {"added", "removed", "changed"}}
//   amounts are numbers in euros, empty amounts null.
// CSV: the begroting columns after a first column "@@" that says what
//   happened: "+++" added, "---" removed, "->" changed; a changed cell reads
//   "old->new" (an empty side stays empty: "->108750").
#pragma once

#include <string>

#include "model/diff.h"
#include "model/publicatie.h"
#include "util/text_parts.h"

namespace openwijk {

// With a writer, the text goes to it in parts (util/text_parts.h) and the rest
// is returned: the first publication's changes hold every line.
std::string DiffJson(const ModelDiff& diff, const std::string& van, const std::string& naar,
                     const PartWriter* write = nullptr);
std::string DiffCsv(const ModelDiff& diff, const PartWriter* write = nullptr);
// The changed kompas values: "@@,gebied,indicator,jaar,oud,nieuw", the first
// column +++ (new value), --- (gone) or -> (changed); a missing value empty.
std::string KompasDiffCsv(const ModelDiff& diff);
// For people at a terminal: one block per line, amounts in Dutch notation.
std::string DiffText(const ModelDiff& diff);

// "€ 3.750 minder (-3,3%)", "€ 1.000 meer (+0,9%)", "was niet bekend",
// "niet meer bekend", "gelijk". Words and signs, never colour alone.
std::string VerschilTekst(const std::optional<int64_t>& oud, const std::optional<int64_t>& nieuw);
// The same for an amount of a changed line. A first amendment is told
// against what was budgeted until then ("€ 3.750 minder dan begroot
// (-3,3%)"), a first realisatie against the plan of the new publication
// (amended, else budgeted), not as "was niet bekend".
std::string VeldVerschilTekst(const RegelWijziging& w, const VeldWijziging& v);
// "3 regels gewijzigd, 1 nieuw, 0 vervallen; 2 kompaswaarden anders" for
// publication i; "eerste publicatie, 6 begrotingsregels" for the first.
std::string WijzigingSamenvatting(const Publicaties& pubs, size_t i);

// "€ 108.750" or "niet bekend".
std::string BedragTekst(const std::optional<int64_t>& cents);

}  // namespace openwijk
