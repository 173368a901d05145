// The downloads of one publication and their datapackage.json.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "render/begroting_view.h"
#include "render/bestuur_view.h"
#include "render/diff_export.h"
#include "render/publicaties.h"
#include "util/number.h"
#include "util/sha256.h"
#include "util/text.h"

namespace openwijk {

namespace {

using Json = nlohmann::ordered_json;

std::string WaardeTekst(const KompasWaarde& w) {
  if (!w.waarde) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", w.decimalen, *w.waarde);
  return buf;
}

std::vector<const BegrotingRegel*> AlleRegels(const Model& m) {
  std::vector<const BegrotingRegel*> out;
  for (const auto& [jaar, regels] : m.begroting) {
    size_t start = out.size();
    for (const BegrotingRegel& r : regels) out.push_back(&r);
    std::sort(out.begin() + start, out.end(),
              [](const BegrotingRegel* a, const BegrotingRegel* b) { return a->id < b->id; });
  }
  return out;
}

std::string GebiedenCsv(const Model& m) {
  std::string out = "code,naam,niveau,ouder,soort\n";
  for (const Gebied& g : m.gebieden) {
    out += CsvField(g.code) + "," + CsvField(g.naam) + "," + CsvField(g.niveau) + "," +
           CsvField(g.ouder_code) + "," + CsvField(g.soort) + "\n";
  }
  return out;
}

std::string IndicatorenCsv(const Model& m) {
  std::string out = "id,naam,eenheid,bron\n";
  for (const Indicator& i : m.indicatoren) {
    out += CsvField(i.id) + "," + CsvField(i.naam) + "," + CsvField(i.eenheid) + "," +
           CsvField(i.bron) + "\n";
  }
  return out;
}

// In parts to `write` (util/text_parts.h), and the rest returned: at a
// national scale it holds a million lines.
std::string RegelsCsv(const std::vector<const BegrotingRegel*>& regels, const PartWriter* write,
                      const RegelRijen& rijen) {
  TextParts parts(write);
  std::string& out = *parts.out();
  for (const std::string& k : BegrotingKolommen()) out += (out.empty() ? "" : ",") + k;
  out += "\n";
  for (const BegrotingRegel* r : regels) {
    rijen.AppendCsv(&out, *r);
    parts.Mark();
  }
  return parts.Finish();
}

std::string KompasCsv(const Model& m) {
  std::string out = "gebied,indicator,jaar,waarde\n";
  for (const KompasWaarde& w : m.kompas) {
    if (w.gebied < 0 || w.indicator < 0) continue;
    out += CsvField(m.gebieden[w.gebied].code) + "," + CsvField(m.indicatoren[w.indicator].id) +
           "," + std::to_string(w.jaar) + "," + WaardeTekst(w) + "\n";
  }
  return out;
}

std::string KompasJson(const Model& m) {
  Json arr = Json::array();
  for (const KompasWaarde& w : m.kompas) {
    if (w.gebied < 0 || w.indicator < 0) continue;
    Json o;
    o["gebied"] = m.gebieden[w.gebied].code;
    o["indicator"] = m.indicatoren[w.indicator].id;
    o["jaar"] = w.jaar;
    o["waarde"] = w.waarde ? Json(*w.waarde) : Json(nullptr);
    arr.push_back(o);
  }
  return arr.dump(1) + "\n";
}

// One field of a table schema: name, Frictionless type, and what it means.
struct Veld {
  const char* naam;
  const char* type = "string";
  const char* uitleg = "";
};

Json Field(const std::string& name, const std::string& type, const std::string& description) {
  Json f;
  f["name"] = name;
  f["type"] = type;
  if (!description.empty()) f["description"] = description;
  return f;
}

Json Fields(std::initializer_list<Veld> velden) {
  Json fields = Json::array();
  for (const Veld& v : velden) fields.push_back(Field(v.naam, v.type, v.uitleg));
  return fields;
}

// Adds constraints to the field `name` of `fields`.
void Constrain(Json* fields, const std::string& name, Json constraints) {
  for (Json& f : *fields) {
    if (f["name"] == name) f["constraints"] = constraints;
  }
}

Json ForeignKey(const std::string& field, const std::string& resource, const std::string& ref) {
  Json k;
  k["fields"] = field;
  k["reference"]["resource"] = resource;
  k["reference"]["fields"] = ref;
  return k;
}

Json Table(Json fields, std::vector<std::string> key, Json foreign = Json::array()) {
  Json s;
  s["fields"] = std::move(fields);
  if (!key.empty()) s["primaryKey"] = key;
  if (!foreign.empty()) s["foreignKeys"] = std::move(foreign);
  return s;
}

Json BegrotingSchema(bool wijzigingen) {
  Json fields = Json::array();
  if (wijzigingen) {
    fields.push_back(
        Field("@@", "string",
              "+++ nieuw, --- vervallen, -> gewijzigd (cel: oud->nieuw); staat -> in een "
              "waarde, dan is de pijl langer (-->, --->, ...)"));
  }
  for (const std::string& k : BegrotingKolommen()) {
    bool bedrag = k == "begroot" || k == "gewijzigd" || k == "realisatie";
    std::string type = wijzigingen   ? "string"
                       : k == "jaar" ? "integer"
                       : bedrag      ? "number"
                                     : "string";
    fields.push_back(Field(k, type, bedrag ? "euro" : ""));
  }
  if (wijzigingen) return Table(fields, {});
  return Table(fields, {"jaar", "id"},
               Json::array({ForeignKey("gebied", "gebieden", "code"),
                            ForeignKey("besluit", "besluiten", "id")}));
}

Json BesluitenSchema() {
  return Table(Fields({{"id"},
                       {"datum", "date"},
                       {"orgaan"},
                       {"titel"},
                       {"uitkomst"},
                       {"voor", "integer", "stemmen voor"},
                       {"tegen", "integer", "stemmen tegen"},
                       {"onthouding", "integer", "onthoudingen"},
                       {"vergadering", "string", "id van de vergadering"},
                       {"agendapunt", "string", "nummer op de agenda van die vergadering"},
                       {"document"},
                       {"gebieden", "string", "gebiedscodes, gescheiden door spaties"},
                       {"bron"}}),
               {"id"}, Json::array({ForeignKey("orgaan", "organen", "id")}));
}

Json ProjectenSchema() {
  Json fields = Fields({{"id"},
                        {"gebied"},
                        {"titel"},
                        {"omschrijving"},
                        {"jaar", "integer"},
                        {"begrotingsregel", "string", "id van de begrotingsregel in dat jaar"},
                        {"toegekend", "number", "euro"},
                        {"besteed", "number", "euro"},
                        {"status"},
                        {"voortgang", "integer", "procent"},
                        {"resultaat"},
                        {"besluit", "string", "id van het besluit over het geld"},
                        {"start", "date"},
                        {"eind", "date"},
                        {"lat", "number"},
                        {"lon", "number"},
                        {"toelichting"},
                        {"bron"}});
  Constrain(&fields, "status", {{"enum", kProjectStatussen}});
  Constrain(&fields, "voortgang", {{"minimum", 0}, {"maximum", 100}});
  return Table(fields, {"id"},
               Json::array({ForeignKey("gebied", "gebieden", "code"),
                            ForeignKey("besluit", "besluiten", "id")}));
}

Json ZeggenschapSchema() {
  Json fields = Fields({{"gebied"},
                        {"thema"},
                        {"archetype", "integer",
                         "1 adviseren en inspreken, 2 aanjagen en initiëren, 3 verdelen en "
                         "besluiten"},
                        {"sinds", "date"},
                        {"afspraken"},
                        {"organen", "string", "ids van organen, gescheiden door spaties"},
                        {"bron"}});
  Constrain(&fields, "archetype", {{"minimum", 1}, {"maximum", 3}});
  return Table(fields, {"gebied", "thema"},
               Json::array({ForeignKey("gebied", "gebieden", "code")}));
}

// The table schema of a CSV download, or null for files that are not tables.
Json Schema(const std::string& path) {
  Json s;
  if (path == "gebieden.csv") {
    s = Table(Fields({{"code"}, {"naam"}, {"niveau"}, {"ouder"}, {"soort"}}), {"code"},
              Json::array({ForeignKey("ouder", "", "code")}));
  } else if (path == "indicatoren.csv") {
    s = Table(Fields({{"id"}, {"naam"}, {"eenheid"}, {"bron"}}), {"id"});
  } else if (path == "begroting.csv" || path == "wijzigingen.csv") {
    s = BegrotingSchema(path == "wijzigingen.csv");
  } else if (path == "kompas.csv") {
    s = Table(Fields({{"gebied"}, {"indicator"}, {"jaar", "integer"}, {"waarde", "number"}}),
              {"gebied", "indicator", "jaar"},
              Json::array({ForeignKey("gebied", "gebieden", "code"),
                           ForeignKey("indicator", "indicatoren", "id")}));
  } else if (path == "wijzigingen-kompas.csv") {
    s = Table(Fields({{"@@", "string", "+++ nieuw, --- vervallen, -> gewijzigd"},
                      {"gebied"},
                      {"indicator"},
                      {"jaar", "integer"},
                      {"oud", "number", "waarde in de publicatie ervoor"},
                      {"nieuw", "number", "waarde in deze publicatie"}}),
              {"gebied", "indicator", "jaar"});
  } else if (path == "organen.csv") {
    Json fields = Fields({{"id"}, {"naam"}, {"soort"}});
    Constrain(&fields, "soort", {{"enum", kOrgaanSoorten}});
    s = Table(fields, {"id"});
  } else if (path == "besluiten.csv") {
    s = BesluitenSchema();
  } else if (path == "projecten.csv") {
    s = ProjectenSchema();
  } else if (path == "zeggenschap.csv") {
    s = ZeggenschapSchema();
  } else {
    return nullptr;
  }
  s["missingValues"] = Json::array({""});
  return s;
}

std::string ResourceName(const std::string& path) {
  std::string stem = path.substr(0, path.rfind('.'));
  return EndsWith(path, ".json") ? stem + "-json" : stem;
}

}  // namespace

std::string DataPackageJson(const Model& m, const Publicatie& p,
                            const std::vector<DownloadBestand>& resources) {
  Json dp;
  std::string naam = Slugify(m.config.titel);
  // Not "tabular-data-package": the JSON downloads are resources too, and not tables.
  dp["profile"] = "data-package";
  dp["name"] = (naam.empty() ? std::string("openwijk") : naam) + "-" + p.slug;
  dp["title"] = p.titel;
  dp["version"] = p.tag;
  if (!p.omschrijving.empty()) dp["description"] = p.omschrijving;
  dp["created"] = p.datum + "T00:00:00Z";
  if (!m.config.basis_url.empty())
    dp["homepage"] = m.config.basis_url + "publicaties/" + p.slug + "/";
  Json licentie;
  std::string id = m.config.licentie_naam;
  for (char& c : id) c = c == ' ' ? '-' : c;
  licentie["name"] = id;
  licentie["path"] = m.config.licentie_url;
  licentie["title"] = m.config.licentie_naam;
  dp["licenses"] = Json::array({licentie});
  Json sources = Json::array();
  for (const Bron& b : m.config.bronnen) {
    Json s;
    s["title"] = b.naam;
    s["path"] = b.url;
    if (!b.licentie.empty()) s["licentie"] = b.licentie;
    sources.push_back(s);
  }
  dp["sources"] = sources;
  Json list = Json::array();
  for (const DownloadBestand& f : resources) {
    Json r;
    r["name"] = ResourceName(f.path);
    r["path"] = f.path;
    bool csv = EndsWith(f.path, ".csv");
    Json schema = Schema(f.path);
    r["profile"] = schema.is_null() ? "data-resource" : "tabular-data-resource";
    r["format"] = csv ? "csv" : "json";
    r["mediatype"] = csv ? "text/csv" : "application/json";
    r["encoding"] = "utf-8";
    r["bytes"] = f.bytes;
    r["hash"] = "sha256:" + f.sha256;
    if (!schema.is_null()) r["schema"] = schema;
    list.push_back(r);
  }
  dp["resources"] = list;
  return dp.dump(1) + "\n";
}

std::vector<DownloadBestand> PublicatieDownloads(
    const Publicaties& pubs, size_t i,
    const std::function<void(const std::string& path, const PartMaker& make)>& emit,
    const RegelRijen& rijen) {
  const Publicatie& p = pubs.lijst[i];
  const Model& m = *p.model;
  const Publicatie* vorige = pubs.Vorige(i);
  // Each maker hands its text to the writer it is given, in parts or not,
  // and returns what it did not hand over.
  using Maker = std::function<std::string(const PartWriter* write)>;
  std::vector<DownloadBestand> files;  // made so far, for datapackage.json
  const std::vector<const BegrotingRegel*> regels = AlleRegels(m);  // for the CSV and the JSON
  const std::vector<std::pair<const char*, Maker>> makers = {
      {"gebieden.csv", [&](auto) { return GebiedenCsv(m); }},
      {"indicatoren.csv", [&](auto) { return IndicatorenCsv(m); }},
      {"begroting.csv", [&](const PartWriter* w) { return RegelsCsv(regels, w, rijen); }},
      {"begroting.json", [&](const PartWriter* w) { return RegelsJson(regels, w, rijen); }},
      {"kompas.csv", [&](auto) { return KompasCsv(m); }},
      {"kompas.json", [&](auto) { return KompasJson(m); }},
      {"organen.csv", [&](auto) { return OrganenCsv(m.bestuur); }},
      {"organen.json", [&](auto) { return OrganenJson(m.bestuur); }},
      {"besluiten.csv", [&](auto) { return BesluitenCsv(m.bestuur); }},
      {"besluiten.json", [&](auto) { return BesluitenJson(m.bestuur); }},
      {"projecten.csv", [&](auto) { return ProjectenCsv(AlleProjecten(m.bestuur)); }},
      {"projecten.json", [&](auto) { return ProjectenJson(AlleProjecten(m.bestuur)); }},
      {"zeggenschap.csv", [&](auto) { return ZeggenschapCsv(m.bestuur); }},
      {"zeggenschap.json", [&](auto) { return ZeggenschapJson(m.bestuur); }},
      {"wijzigingen.csv", [&](const PartWriter* w) { return DiffCsv(pubs.wijzigingen[i], w); }},
      {"wijzigingen-kompas.csv", [&](auto) { return KompasDiffCsv(pubs.wijzigingen[i]); }},
      {"wijzigingen.json",
       [&](const PartWriter* w) {
         return DiffJson(pubs.wijzigingen[i], vorige ? vorige->tag : "", p.tag, w);
       }},
      {"datapackage.json", [&](auto) { return DataPackageJson(m, p, files); }},
  };
  for (const auto& [path, make] : makers) {
    Sha256 sha;
    size_t bytes = 0;
    emit(path, [&, &make = make](const PartWriter& write) {
      const PartWriter counted = [&](std::string_view part) {
        sha.Update(part);
        bytes += part.size();
        write(part);
      };
      std::string rest = make(&counted);
      sha.Update(rest);
      bytes += rest.size();
      return rest;
    });
    files.push_back({path, bytes, sha.Hex()});
  }
  return files;
}

}  // namespace openwijk
