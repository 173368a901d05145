// data/kompas/indicatoren.csv and waarden.csv -> the wijkkompas.
#include <algorithm>
#include <tuple>

#include "model/build.h"

namespace openwijk {

void BuildKompas(const LoadedFiles& files, Model* model, Diagnostics* diags) {
  const CsvTable* ind =
      RequireTable(files, "data/kompas/indicatoren.csv", {"id", "naam", "eenheid", "bron"}, diags);
  if (ind) {
    int c_id = ind->Column("id"), c_naam = ind->Column("naam"), c_eenheid = ind->Column("eenheid"),
        c_bron = ind->Column("bron");
    for (const CsvRow& row : ind->rows) {
      Indicator i{std::string(ind->Field(row, c_id)), std::string(ind->Field(row, c_naam)),
                  std::string(ind->Field(row, c_eenheid)), std::string(ind->Field(row, c_bron)),
                  ind->At(row, c_id)};
      if (model->indicator_index.count(i.id)) {
        diags->Error(i.pos, "duplicate indicator id '" + i.id + "'");
        continue;
      }
      model->indicator_index[i.id] = static_cast<int>(model->indicatoren.size());
      model->indicatoren.push_back(std::move(i));
    }
  }
  const CsvTable* w = RequireTable(files, "data/kompas/waarden.csv",
                                   {"gebied", "indicator", "jaar", "waarde"}, diags);
  if (!w) return;
  int c_gebied = w->Column("gebied"), c_ind = w->Column("indicator"), c_jaar = w->Column("jaar"),
      c_waarde = w->Column("waarde");
  for (const CsvRow& row : w->rows) {
    KompasWaarde k;
    k.pos = w->At(row, -1);
    std::string code(w->Field(row, c_gebied));
    k.gebied = model->FindGebied(code);
    if (k.gebied < 0) diags->Error(w->At(row, c_gebied), "unknown gebied '" + code + "'");
    std::string id(w->Field(row, c_ind));
    auto it = model->indicator_index.find(id);
    if (it == model->indicator_index.end()) {
      diags->Error(w->At(row, c_ind), "unknown indicator '" + id + "'");
    } else {
      k.indicator = it->second;
    }
    int64_t jaar = 0;
    if (!ParseInt(w->Field(row, c_jaar), &jaar) || jaar < 1900 || jaar > 2200) {
      diags->Error(w->At(row, c_jaar),
                   "'" + std::string(w->Field(row, c_jaar)) + "' is not a year");
    }
    k.jaar = static_cast<int>(jaar);
    std::string_view text = w->Field(row, c_waarde);
    if (!text.empty()) {
      double v = 0;
      std::string error;
      if (!ParseDecimal(text, w->notation, &v, &k.decimalen, &error)) {
        diags->Error(w->At(row, c_waarde), error);
      } else if (v <= -99999990 && v >= -100000000) {
        // CBS writes -99999997 and its neighbours for "secret" or "not
        // known"; taken as a number it would wreck every sum and map.
        diags->Error(w->At(row, c_waarde),
                     "'" + std::string(text) +
                         "' looks like a code for a missing value, as CBS uses; leave the "
                         "field empty instead");
      } else {
        k.waarde = v;
      }
    }
    if (k.gebied >= 0 && k.indicator >= 0) model->kompas.push_back(k);
  }
  std::stable_sort(
      model->kompas.begin(), model->kompas.end(), [](const KompasWaarde& a, const KompasWaarde& b) {
        return std::tie(a.gebied, a.indicator, a.jaar) < std::tie(b.gebied, b.indicator, b.jaar);
      });
}

}  // namespace openwijk
