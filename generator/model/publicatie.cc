#include "model/publicatie.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "util/parallel.h"
#include "util/text.h"

namespace openwijk {

const std::vector<std::string> kPublicatieSoorten = {"begroting", "wijziging",
                                                     "tussentijdse-rapportage", "jaarrekening"};

std::string PublicatieSoortLabel(const std::string& soort) {
  if (soort == "begroting") return "Begroting";
  if (soort == "wijziging") return "Begrotingswijziging";
  if (soort == "tussentijdse-rapportage") return "Tussentijdse rapportage";
  if (soort == "jaarrekening") return "Jaarrekening";
  return "Publicatie";
}

bool IsIsoDatum(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool ParseTagBericht(const std::string& message, TagBericht* out, std::string* error) {
  std::vector<std::string> rest;
  for (const std::string& raw : Split(message, '\n')) {
    std::string line = Trim(raw);
    if (out->titel.empty()) {
      out->titel = line;
      continue;
    }
    if (StartsWith(line, "soort:")) {
      out->soort = Trim(line.substr(6));
      if (std::find(kPublicatieSoorten.begin(), kPublicatieSoorten.end(), out->soort) ==
          kPublicatieSoorten.end()) {
        *error = "unknown soort '" + out->soort +
                 "'; expected begroting, wijziging, tussentijdse-rapportage or jaarrekening";
        return false;
      }
    } else if (StartsWith(line, "datum:")) {
      out->datum = Trim(line.substr(6));
      if (!IsIsoDatum(out->datum)) {
        *error = "datum '" + out->datum + "' is not a date (JJJJ-MM-DD)";
        return false;
      }
    } else if (!line.empty() || !rest.empty()) {
      rest.push_back(line);
    }
  }
  while (!rest.empty() && rest.back().empty()) rest.pop_back();
  for (size_t i = 0; i < rest.size(); ++i) out->omschrijving += (i ? "\n" : "") + rest[i];
  return true;
}

std::string PublicatieSlug(const std::string& tag, const std::string& pattern) {
  size_t fixed = pattern.find_first_of("*?[");
  std::string prefix = pattern.substr(0, fixed == std::string::npos ? pattern.size() : fixed);
  std::string rest = StartsWith(tag, prefix) ? tag.substr(prefix.size()) : tag;
  return Slugify(rest);
}

int BegrotingJaar(const std::string& path) {
  const std::string prefix = "data/begroting/";
  if (!StartsWith(path, prefix) || path.size() != prefix.size() + 8 || !EndsWith(path, ".csv")) {
    return 0;
  }
  const std::string stem = path.substr(prefix.size(), 4);
  return std::all_of(stem.begin(), stem.end(), ::isdigit) ? std::stoi(stem) : 0;
}

DiffSkip SkipSameFiles(const std::map<std::string, std::string>& a,
                       const std::map<std::string, std::string>& b) {
  auto same = [&](const std::string& path) {
    auto x = a.find(path), y = b.find(path);
    return x != a.end() && y != b.end() && x->second == y->second;
  };
  DiffSkip skip;
  for (const auto& [path, id] : b) {
    const int jaar = BegrotingJaar(path);
    if (jaar != 0 && same(path)) skip.jaren.insert(jaar);
  }
  skip.kompas = same("data/kompas/waarden.csv") && same("data/kompas/indicatoren.csv") &&
                same("data/gebieden.csv");
  return skip;
}

bool OrderAndCompare(Publicaties* p, Diagnostics* diags) {
  int before = diags->error_count();
  std::sort(p->lijst.begin(), p->lijst.end(), [](const Publicatie& a, const Publicatie& b) {
    return std::tie(a.datum, a.commit_time, a.tag) < std::tie(b.datum, b.commit_time, b.tag);
  });
  std::map<std::pair<std::string, std::string>, const Publicatie*> seen;
  std::map<std::string, const Publicatie*> slugs;
  for (const Publicatie& pub : p->lijst) {
    auto [it, fresh] = seen.emplace(std::make_pair(pub.datum, pub.soort), &pub);
    if (!fresh) {
      diags->Error({}, "publications '" + it->second->tag + "' and '" + pub.tag +
                           "' have the same datum (" + pub.datum + ") and soort (" +
                           (pub.soort.empty() ? "none" : pub.soort) + ")");
    }
    auto [st, slug_fresh] = slugs.emplace(pub.slug, &pub);
    if (!slug_fresh || pub.slug.empty()) {
      diags->Error({}, "publication '" + pub.tag + "' has no page of its own: its name gives '" +
                           pub.slug + "'" +
                           (slug_fresh ? std::string() : ", like '" + st->second->tag + "'"));
    }
  }
  if (!p->leeg) p->leeg = std::make_shared<const Model>();
  std::vector<const Model*> modellen;
  for (const Publicatie& pub : p->lijst) modellen.push_back(pub.model.get());
  p->geschiedenissen = RegelGeschiedenissen(modellen);
  std::vector<DiffSkip> skips(p->lijst.size());
  for (size_t i = 1; i < p->lijst.size(); ++i) {
    skips[i] = SkipSameFiles(p->lijst[i - 1].file_ids, p->lijst[i].file_ids);
    CheckSleutelSoort(*p->lijst[i - 1].model, p->lijst[i - 1].tag, *p->lijst[i].model,
                      p->lijst[i].tag, diags, skips[i].jaren);
  }
  // Each diff reads two Models and writes its own entry: side by side.
  p->wijzigingen.assign(p->lijst.size(), ModelDiff{});
  ParallelFor(p->lijst.size(), [&](size_t i) {
    const Model& oud = i == 0 ? *p->leeg : *p->lijst[i - 1].model;
    p->wijzigingen[i] = DiffModels(oud, *p->lijst[i].model, i == 0 ? nullptr : &skips[i]);
  });
  return diags->error_count() == before;
}

std::vector<RegelStand> RegelGeschiedenis(const Publicaties& p, const std::string& id) {
  return p.geschiedenissen.Of(id);
}

void CheckRegelSleutels(const Model& model, Diagnostics* diags) {
  for (const auto& [jaar, regels] : model.begroting) {
    // Keyed by views of the lines' own ids: no copy of each id (6% of a land `check`).
    std::unordered_map<std::string_view, const BegrotingRegel*> ids;
    ids.reserve(regels.size());
    for (const BegrotingRegel& r : regels) {
      if (r.id.empty()) continue;  // BuildModel reported it
      auto [it, fresh] = ids.emplace(r.id, &r);
      if (!fresh) {
        diags->Error(r.At(r.id_column), "duplicate id '" + r.id + "' (first on line " +
                                            std::to_string(it->second->pos.line) + ")");
      }
    }
  }
}

}  // namespace openwijk
