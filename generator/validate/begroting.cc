// Budget lines: known areas, unique ids per year, taakvelden valid in the Iv3
// scheme of their year.
#include <algorithm>
#include <map>

#include "util/text.h"
#include "validate/validate.h"

namespace openwijk {

void ValidateBegroting(const Model& model, Diagnostics* diags) {
  std::vector<std::string> codes;
  for (const Gebied& g : model.gebieden) codes.push_back(g.code);
  for (const auto& [jaar, regels] : model.begroting) {
    std::map<std::string, const BegrotingRegel*> ids;
    for (const BegrotingRegel& r : regels) {
      if (!r.id.empty()) {
        auto [it, inserted] = ids.emplace(r.id, &r);
        if (!inserted) {
          diags->Error(r.At(r.id_column), "duplicate id '" + r.id + "' (first on line " +
                                              std::to_string(it->second->pos.line) + ")");
        }
      }
      if (r.gebied < 0) {
        std::string hint = ClosestMatch(r.gebied_code, codes);
        diags->Error(r.At(r.gebied_column),
                     "unknown gebied '" + r.gebied_code + "'" +
                         (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
      }
      bool known = false;
      if (!model.FindTaakveld(r.taakveld, jaar, &known)) {
        diags->Error(r.At(r.taakveld_column), known ? "taakveld '" + r.taakveld +
                                                          "' is not in the Iv3 scheme of " +
                                                          std::to_string(jaar)
                                                    : "unknown taakveld '" + r.taakveld + "'");
      }
    }
  }
}

void ValidateKompas(const Model& model, Diagnostics* diags) {
  for (size_t i = 1; i < model.kompas.size(); ++i) {
    const KompasWaarde& a = model.kompas[i - 1];
    const KompasWaarde& b = model.kompas[i];
    if (a.gebied == b.gebied && a.indicator == b.indicator && a.jaar == b.jaar) {
      diags->Error(b.pos, "second value for gebied '" + model.gebieden[b.gebied].code +
                              "', indicator '" + model.indicatoren[b.indicator].id + "', " +
                              std::to_string(b.jaar) + " (first on line " +
                              std::to_string(a.pos.line) + ")");
    }
  }
}

}  // namespace openwijk
