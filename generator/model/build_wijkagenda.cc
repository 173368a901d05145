// data/wijkagenda/<code>.md: the wijkagenda of one area. Front matter holds
// the items (thema, opgave, proces, programma, jaar, status); the Markdown
// body is free text.
#include "model/build.h"
#include "model/build_bestuur.h"
#include "util/number.h"
#include "util/path.h"
#include "util/text.h"

namespace openwijk {

namespace {

std::vector<std::string> IdList(const MarkdownDocument& doc, const YAML::Node& map, const char* key,
                                std::vector<Position>* positions, Diagnostics* diags) {
  std::vector<std::string> out;
  YAML::Node list = map[key];
  if (!list) return out;
  if (!list.IsSequence()) {
    diags->Error(PositionOf(doc, list), std::string("'") + key + "' must be a list of ids");
    return out;
  }
  for (const YAML::Node& n : list) {
    if (!n.IsScalar()) {
      diags->Error(PositionOf(doc, n), std::string("'") + key + "' must be a list of ids");
      continue;
    }
    out.push_back(n.Scalar());
    positions->push_back(PositionOf(doc, n));
  }
  return out;
}

WijkagendaItem ReadItem(const MarkdownDocument& doc, const YAML::Node& n, Diagnostics* diags) {
  WijkagendaItem item;
  item.pos = PositionOf(doc, n);
  item.thema = ScalarField(doc, n, "thema", diags);
  item.opgave = ScalarField(doc, n, "opgave", diags);
  item.proces = ScalarField(doc, n, "proces", diags);
  item.status = ScalarField(doc, n, "status", diags);
  if (item.thema.empty()) diags->Error(item.pos, "wijkagenda item without a thema");
  std::string jaar = ScalarField(doc, n, "jaar", diags);
  int64_t y = 0;
  if (ParseInt(jaar, &y) && y >= 1900 && y <= 2200) {
    item.jaar = static_cast<int>(y);
  } else {
    diags->Error(n["jaar"] ? PositionOf(doc, n["jaar"]) : item.pos,
                 "'jaar' of a wijkagenda item must be a year");
  }
  if (!IsOneOf(item.status, kWijkagendaStatussen)) {
    diags->Error(n["status"] ? PositionOf(doc, n["status"]) : item.pos,
                 "unknown status '" + item.status +
                     "'; expected one of: " + OneOfText(kWijkagendaStatussen));
  }
  YAML::Node programma = n["programma"];
  if (programma && programma.IsMap()) {
    item.begrotingsregels = IdList(doc, programma, "begrotingsregels", &item.regel_pos, diags);
    item.projecten = IdList(doc, programma, "projecten", &item.project_pos, diags);
    item.inzet = ScalarField(doc, programma, "inzet", diags);
  } else if (programma) {
    diags->Error(PositionOf(doc, programma),
                 "'programma' must hold begrotingsregels, projecten and inzet");
  }
  return item;
}

}  // namespace

void BuildWijkagendas(const LoadedFiles& files, Model* model, Diagnostics* diags) {
  for (const auto& [path, doc] : files.documents) {
    if (!StartsWith(path, "data/wijkagenda/")) continue;
    Wijkagenda w;
    w.pos = {path, 1, 1};
    w.gebied_code = StemOf(path);
    w.gebied = model->FindGebied(w.gebied_code);
    if (w.gebied < 0) {
      diags->Error({path, 0, 0}, "wijkagenda for unknown gebied '" + w.gebied_code + "'");
      continue;
    }
    w.titel = ScalarField(*doc, doc->front, "titel", diags);
    w.bron = ScalarField(*doc, doc->front, "bron", diags);
    w.markdown = doc->body;
    YAML::Node items = doc->front ? doc->front["items"] : YAML::Node();
    if (!items || !items.IsSequence()) {
      diags->Error(w.pos, "a wijkagenda needs 'items' in its front matter");
    } else {
      for (const YAML::Node& n : items) {
        if (!n.IsMap()) {
          diags->Error(PositionOf(*doc, n), "a wijkagenda item must be a map (thema, opgave, ...)");
          continue;
        }
        w.items.push_back(ReadItem(*doc, n, diags));
      }
    }
    model->bestuur.wijkagendas.push_back(std::move(w));
  }
}

}  // namespace openwijk
