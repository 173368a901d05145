#include "model/diff.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "util/number.h"

namespace openwijk {

namespace {

// The positions in BegrotingKolommen().
enum Kolom : size_t {
  kId,
  kJaar,
  kGebied,
  kProgramma,
  kTaakveld,
  kOmschrijving,
  kSoort,
  kBegroot,
  kGewijzigd,
  kRealisatie,
  kFinancier,
  kBron,
  kBesluit,
  kAantalKolommen
};

// The names, in the order of Kolom.
constexpr const char* kKolomNamen[] = {
    "id",      "jaar",      "gebied",     "programma", "taakveld", "omschrijving", "soort",
    "begroot", "gewijzigd", "realisatie", "financier", "bron",     "besluit"};
static_assert(std::size(kKolomNamen) == kAantalKolommen, "a name for every column");

std::string OptAmount(const std::optional<int64_t>& v) {
  return v ? CentsToDecimalString(*v) : std::string();
}

void Count(ModelDiff* d) {
  d->toegevoegd = d->verwijderd = d->gewijzigd = 0;
  for (const RegelWijziging& w : d->regels) {
    if (w.actie == Actie::kToegevoegd) ++d->toegevoegd;
    if (w.actie == Actie::kVerwijderd) ++d->verwijderd;
    if (w.actie == Actie::kGewijzigd) ++d->gewijzigd;
  }
}

// Every field CompareRegels compares (all of BegrotingKolommen but id and
// jaar, which are the key), as one tuple: most lines are unchanged between
// two publications, and this tells so without building a field's text.
auto VergelekenVelden(const BegrotingRegel& r) {
  return std::tie(r.gebied_code, r.programma, r.taakveld, r.omschrijving, r.soort, r.begroot,
                  r.gewijzigd, r.realisatie, r.financier, r.bron, r.besluit);
}

std::vector<VeldWijziging> CompareRegels(const BegrotingRegel& a, const BegrotingRegel& b) {
  std::vector<VeldWijziging> out;
  if (VergelekenVelden(a) == VergelekenVelden(b)) return out;
  const std::vector<std::string>& kolommen = BegrotingKolommen();
  for (size_t k = 0; k < kolommen.size(); ++k) {
    if (k == kId || k == kJaar) continue;
    const std::optional<int64_t>* aa = AmountAt(a, k);
    if (aa) {
      const std::optional<int64_t>* bb = AmountAt(b, k);
      if (*aa == *bb) continue;
      out.push_back({kolommen[k], OptAmount(*aa), OptAmount(*bb), true, *aa, *bb});
      continue;
    }
    std::string va = RegelVeldAt(a, k), vb = RegelVeldAt(b, k);
    if (va != vb) out.push_back({kolommen[k], va, vb, false, std::nullopt, std::nullopt});
  }
  return out;
}

void DiffYear(int jaar, const Regels* oud, const Regels* nieuw, std::vector<RegelWijziging>* out) {
  // A line that both revisions share (model/regels.h) sits at the same row in
  // both and has not changed: only the other lines are matched on their id.
  // Between publications that is most of a year's lines. This relies on ids
  // being unique in a year (diff.h); a duplicate among the rest is still
  // compared only once, with the first line of that id.
  std::vector<bool> shared(oud && nieuw ? std::min(oud->size(), nieuw->size()) : 0);
  for (size_t k = 0; k < shared.size(); ++k) shared[k] = &(*oud)[k] == &(*nieuw)[k];
  auto is_shared = [&](size_t k) { return k < shared.size() && shared[k]; };
  std::unordered_map<std::string_view, const BegrotingRegel*> by_id;
  if (oud) {
    for (size_t k = 0; k < oud->size(); ++k) {
      if (!is_shared(k)) by_id.emplace((*oud)[k].id, &(*oud)[k]);
    }
  }
  size_t start = out->size();
  if (nieuw) {
    for (size_t k = 0; k < nieuw->size(); ++k) {
      if (is_shared(k)) continue;
      const BegrotingRegel& r = (*nieuw)[k];
      auto it = by_id.find(r.id);
      if (it == by_id.end()) {
        out->push_back({Actie::kToegevoegd, jaar, r.id, nullptr, &r, {}});
        continue;
      }
      const BegrotingRegel* a = it->second;
      if (!a) continue;  // a duplicate id: already compared
      it->second = nullptr;
      if (a == &r) continue;  // the same object (RegelPool shares only at one row)
      std::vector<VeldWijziging> velden = CompareRegels(*a, r);
      if (!velden.empty())
        out->push_back({Actie::kGewijzigd, jaar, r.id, a, &r, std::move(velden)});
    }
  }
  if (oud) {
    for (size_t k = 0; k < oud->size(); ++k) {
      if (is_shared(k)) continue;
      const BegrotingRegel& r = (*oud)[k];
      auto it = by_id.find(r.id);
      if (it != by_id.end() && it->second == &r) {
        out->push_back({Actie::kVerwijderd, jaar, r.id, &r, nullptr, {}});
      }
    }
  }
  std::sort(out->begin() + start, out->end(),
            [](const RegelWijziging& a, const RegelWijziging& b) { return a.id < b.id; });
}

using KompasKey = std::tuple<std::string, std::string, int>;

std::map<KompasKey, const KompasWaarde*> KompasMap(const Model& m) {
  std::map<KompasKey, const KompasWaarde*> out;
  for (const KompasWaarde& w : m.kompas) {
    if (w.gebied < 0 || w.indicator < 0) continue;
    out.emplace(KompasKey{m.gebieden[w.gebied].code, m.indicatoren[w.indicator].id, w.jaar}, &w);
  }
  return out;
}

void DiffKompas(const Model& oud, const Model& nieuw, std::vector<KompasWijziging>* out) {
  auto a = KompasMap(oud), b = KompasMap(nieuw);
  auto ia = a.begin();
  auto ib = b.begin();
  auto add = [&](Actie actie, const KompasKey& k, const KompasWaarde* x, const KompasWaarde* y) {
    KompasWijziging w;
    w.actie = actie;
    std::tie(w.gebied, w.indicator, w.jaar) = k;
    if (x) w.oud = x->waarde;
    if (y) w.nieuw = y->waarde;
    w.decimalen = std::max(x ? x->decimalen : 0, y ? y->decimalen : 0);
    out->push_back(std::move(w));
  };
  while (ia != a.end() || ib != b.end()) {
    if (ib == b.end() || (ia != a.end() && ia->first < ib->first)) {
      add(Actie::kVerwijderd, ia->first, ia->second, nullptr);
      ++ia;
    } else if (ia == a.end() || ib->first < ia->first) {
      add(Actie::kToegevoegd, ib->first, nullptr, ib->second);
      ++ib;
    } else {
      if (ia->second->waarde != ib->second->waarde) {
        add(Actie::kGewijzigd, ia->first, ia->second, ib->second);
      }
      ++ia;
      ++ib;
    }
  }
}

}  // namespace

const std::vector<std::string>& BegrotingKolommen() {
  static const std::vector<std::string> kKolommen(std::begin(kKolomNamen), std::end(kKolomNamen));
  return kKolommen;
}

namespace {

size_t KolomIndex(const std::string& kolom) {
  const std::vector<std::string>& kolommen = BegrotingKolommen();
  return std::find(kolommen.begin(), kolommen.end(), kolom) - kolommen.begin();
}

}  // namespace

const std::optional<int64_t>* AmountAt(const BegrotingRegel& r, size_t index) {
  switch (index) {
    case kBegroot:
      return &r.begroot;
    case kGewijzigd:
      return &r.gewijzigd;
    case kRealisatie:
      return &r.realisatie;
    default:
      return nullptr;
  }
}

const std::optional<int64_t>* AmountOf(const BegrotingRegel& r, const std::string& kolom) {
  return AmountAt(r, KolomIndex(kolom));
}

std::string RegelVeldAt(const BegrotingRegel& r, size_t index) {
  switch (index) {
    case kId:
      return r.id;
    case kJaar:
      return std::to_string(r.jaar);
    case kGebied:
      return r.gebied_code;
    case kProgramma:
      return r.programma;
    case kTaakveld:
      return r.taakveld;
    case kOmschrijving:
      return r.omschrijving;
    case kSoort:
      return r.soort == Soort::kLasten ? "lasten" : "baten";
    case kFinancier:
      return r.financier;
    case kBron:
      return r.bron;
    case kBesluit:
      return r.besluit;
    default:
      const std::optional<int64_t>* a = AmountAt(r, index);
      return a ? OptAmount(*a) : "";
  }
}

std::string RegelVeld(const BegrotingRegel& r, const std::string& kolom) {
  return RegelVeldAt(r, KolomIndex(kolom));
}

ModelDiff DiffModels(const Model& oud, const Model& nieuw, const DiffSkip* skip) {
  ModelDiff d;
  std::set<int> jaren;
  for (const auto& [jaar, regels] : oud.begroting) jaren.insert(jaar);
  for (const auto& [jaar, regels] : nieuw.begroting) jaren.insert(jaar);
  for (int jaar : jaren) {
    if (skip && skip->jaren.count(jaar)) continue;
    auto a = oud.begroting.find(jaar);
    auto b = nieuw.begroting.find(jaar);
    DiffYear(jaar, a == oud.begroting.end() ? nullptr : &a->second,
             b == nieuw.begroting.end() ? nullptr : &b->second, &d.regels);
  }
  if (!skip || !skip->kompas) DiffKompas(oud, nieuw, &d.kompas);
  Count(&d);
  std::set<int> touched;
  for (const RegelWijziging& w : d.regels) touched.insert(w.jaar);
  d.sommen = std::make_shared<const Sommen>(oud.begroting, nieuw.begroting, touched);
  return d;
}

ModelDiff FilterDiff(const ModelDiff& diff, const std::set<std::string>& codes) {
  return DiffPerGebied(diff).Filter(codes);
}

DiffPerGebied::DiffPerGebied(const ModelDiff& diff) : diff_(diff) {
  for (size_t i = 0; i < diff.regels.size(); ++i) {
    const RegelWijziging& w = diff.regels[i];
    if (w.oud) regels_[w.oud->gebied_code].push_back(i);
    if (w.nieuw && !(w.oud && w.oud->gebied_code == w.nieuw->gebied_code)) {
      regels_[w.nieuw->gebied_code].push_back(i);  // moved: about both areas
    }
  }
  for (size_t i = 0; i < diff.kompas.size(); ++i) kompas_[diff.kompas[i].gebied].push_back(i);
}

ModelDiff DiffPerGebied::Filter(const std::set<std::string>& codes) const {
  // The changes of every code, in the diff's order, a moved line once.
  auto take = [&codes](const std::unordered_map<std::string_view, std::vector<size_t>>& index) {
    std::vector<size_t> out;
    for (const std::string& code : codes) {
      auto it = index.find(code);
      if (it != index.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  ModelDiff d;
  d.sommen = diff_.sommen;
  for (size_t i : take(regels_)) d.regels.push_back(diff_.regels[i]);
  for (size_t i : take(kompas_)) d.kompas.push_back(diff_.kompas[i]);
  Count(&d);
  return d;
}

std::set<std::string> SubtreeCodes(const Model& model, const std::string& code) {
  std::set<std::string> out;
  int g = model.FindGebied(code);
  if (g < 0) return out;
  std::vector<int> todo = {g};
  while (!todo.empty() && out.size() <= model.gebieden.size()) {
    int x = todo.back();
    todo.pop_back();
    if (!out.insert(model.gebieden[x].code).second) continue;
    for (int k : model.gebieden[x].kinderen) todo.push_back(k);
  }
  return out;
}

}  // namespace openwijk
