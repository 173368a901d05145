// CSV and JSON of the tables about decisions, projects and meetings, beside
// the page that shows them: ids and plain numbers (euros with a decimal
// point), not formatted text, so that they can be recomputed and compared.
#include <nlohmann/json.hpp>

#include "render/begroting_view.h"
#include "render/bestuur_view.h"
#include "util/number.h"

namespace openwijk {

namespace {

using Json = nlohmann::ordered_json;

std::string Opt(const std::optional<int64_t>& v) { return v ? CentsToDecimalString(*v) : ""; }
std::string Opt(const std::optional<int>& v) { return v ? std::to_string(*v) : ""; }
std::string Opt(const std::optional<double>& v) {
  if (!v) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", *v);
  return buf;
}
Json JAmount(const std::optional<int64_t>& v) {
  if (!v) return nullptr;
  if (*v % 100 == 0) return *v / 100;
  return static_cast<double>(*v) / 100.0;
}
template <typename T>
Json JOpt(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

std::string Join(const std::vector<std::string>& v, char sep = ' ') {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? std::string(1, sep) : "") + v[i];
  return out;
}

std::string Row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + CsvField(fields[i]);
  return out + "\n";
}

void Emit(RenderContext& ctx, const std::string& base, const std::string& csv, const Json& json) {
  EmitFile(ctx, base + ".csv", csv);
  EmitFile(ctx, base + ".json", json.dump(1) + "\n");
}

}  // namespace

std::string ProjectenCsv(const std::vector<const Project*>& projecten) {
  std::string out =
      "id,gebied,titel,omschrijving,jaar,begrotingsregel,toegekend,besteed,status,"
      "voortgang,resultaat,besluit,start,eind,lat,lon,toelichting,bron\n";
  for (const Project* p : projecten) {
    out += Row({p->id, p->gebied_code, p->titel, p->omschrijving,
                p->jaar ? std::to_string(p->jaar) : "", p->begrotingsregel, Opt(p->toegekend),
                Opt(p->besteed), p->status, Opt(p->voortgang), p->resultaat, p->besluit, p->start,
                p->eind, Opt(p->lat), Opt(p->lon), p->toelichting, p->bron});
  }
  return out;
}

std::string ProjectenJson(const std::vector<const Project*>& projecten) {
  Json arr = Json::array();
  for (const Project* p : projecten) {
    Json o;
    o["id"] = p->id;
    o["gebied"] = p->gebied_code;
    o["titel"] = p->titel;
    o["omschrijving"] = p->omschrijving;
    o["jaar"] = p->jaar ? Json(p->jaar) : Json(nullptr);
    o["begrotingsregel"] = p->begrotingsregel;
    o["toegekend"] = JAmount(p->toegekend);
    o["besteed"] = JAmount(p->besteed);
    o["status"] = p->status;
    o["voortgang"] = JOpt(p->voortgang);
    o["resultaat"] = p->resultaat;
    o["besluit"] = p->besluit;
    o["start"] = p->start;
    o["eind"] = p->eind;
    o["lat"] = JOpt(p->lat);
    o["lon"] = JOpt(p->lon);
    o["toelichting"] = p->toelichting;
    o["bron"] = p->bron;
    arr.push_back(std::move(o));
  }
  return arr.dump(1) + "\n";
}

std::string WijkagendaCsv(const Wijkagenda& w) {
  std::string out = "gebied,thema,opgave,proces,begrotingsregels,projecten,inzet,jaar,status\n";
  for (const WijkagendaItem& i : w.items) {
    out += Row({w.gebied_code, i.thema, i.opgave, i.proces, Join(i.begrotingsregels),
                Join(i.projecten), i.inzet, std::to_string(i.jaar), i.status});
  }
  return out;
}

std::string WijkagendaJson(const Wijkagenda& w) {
  Json arr = Json::array();
  for (const WijkagendaItem& i : w.items) {
    Json o;
    o["gebied"] = w.gebied_code;
    o["thema"] = i.thema;
    o["opgave"] = i.opgave;
    o["proces"] = i.proces;
    o["programma"] = {
        {"begrotingsregels", i.begrotingsregels}, {"projecten", i.projecten}, {"inzet", i.inzet}};
    o["jaar"] = i.jaar;
    o["status"] = i.status;
    arr.push_back(std::move(o));
  }
  return arr.dump(1) + "\n";
}

std::string OrganenCsv(const Bestuur& b) {
  std::string csv = "id,naam,soort\n";
  for (const Orgaan& o : b.organen) csv += Row({o.id, o.naam, o.soort});
  return csv;
}

std::string OrganenJson(const Bestuur& b) {
  Json arr = Json::array();
  for (const Orgaan& o : b.organen) {
    arr.push_back({{"id", o.id}, {"naam", o.naam}, {"soort", o.soort}});
  }
  return arr.dump(1) + "\n";
}

std::string BesluitenCsv(const Bestuur& b) {
  std::string csv =
      "id,datum,orgaan,titel,uitkomst,voor,tegen,onthouding,vergadering,agendapunt,"
      "document,gebieden,bron\n";
  for (const Besluit& s : b.besluiten) {
    csv += Row({s.id, s.datum, s.orgaan_id, s.titel, s.uitkomst, Opt(s.voor), Opt(s.tegen),
                Opt(s.onthouding), s.vergadering_id, s.agendapunt, s.document, Join(s.gebied_codes),
                s.bron});
  }
  return csv;
}

std::string BesluitenJson(const Bestuur& b) {
  Json arr = Json::array();
  for (const Besluit& s : b.besluiten) {
    Json o;
    o["id"] = s.id;
    o["datum"] = s.datum;
    o["orgaan"] = s.orgaan_id;
    o["titel"] = s.titel;
    o["uitkomst"] = s.uitkomst;
    o["voor"] = JOpt(s.voor);
    o["tegen"] = JOpt(s.tegen);
    o["onthouding"] = JOpt(s.onthouding);
    o["vergadering"] = s.vergadering_id;
    o["agendapunt"] = s.agendapunt;
    o["document"] = s.document;
    o["gebieden"] = s.gebied_codes;
    o["bron"] = s.bron;
    arr.push_back(std::move(o));
  }
  return arr.dump(1) + "\n";
}

std::string ZeggenschapCsv(const Bestuur& b) {
  std::string csv = "gebied,thema,archetype,sinds,afspraken,organen,bron\n";
  for (const Zeggenschap& z : b.zeggenschap) {
    csv += Row({z.gebied_code, z.thema, std::to_string(z.archetype), z.sinds, z.afspraken,
                Join(z.organen), z.bron});
  }
  return csv;
}

std::string ZeggenschapJson(const Bestuur& b) {
  Json arr = Json::array();
  for (const Zeggenschap& z : b.zeggenschap) {
    Json o;
    o["gebied"] = z.gebied_code;
    o["thema"] = z.thema;
    o["archetype"] = z.archetype;
    o["sinds"] = z.sinds;
    o["afspraken"] = z.afspraken;
    o["organen"] = z.organen;
    o["bron"] = z.bron;
    arr.push_back(std::move(o));
  }
  return arr.dump(1) + "\n";
}

std::vector<const Project*> AlleProjecten(const Bestuur& b) {
  std::vector<const Project*> all;
  for (const Project& p : b.projecten) all.push_back(&p);
  return all;
}

void RenderBestuurDownloads(RenderContext& ctx) {
  const Bestuur& b = ctx.model.bestuur;
  EmitFile(ctx, "besluiten/organen.csv", OrganenCsv(b));
  EmitFile(ctx, "besluiten/organen.json", OrganenJson(b));
  EmitFile(ctx, "besluiten/besluiten.csv", BesluitenCsv(b));
  EmitFile(ctx, "besluiten/besluiten.json", BesluitenJson(b));
  EmitFile(ctx, "besluiten/zeggenschap.csv", ZeggenschapCsv(b));
  EmitFile(ctx, "besluiten/zeggenschap.json", ZeggenschapJson(b));
  EmitFile(ctx, "besluiten/projecten.csv", ProjectenCsv(AlleProjecten(b)));
  EmitFile(ctx, "besluiten/projecten.json", ProjectenJson(AlleProjecten(b)));
  {
    std::string csv =
        "vergadering,orgaan,start,eind,status,locatie,sectie,nummer,titel,omschrijving,"
        "gebieden,spreekrecht,documenten\n";
    Json arr = Json::array();
    for (const Vergadering& v : b.vergaderingen) {
      for (const AgendaSectie& s : v.secties) {
        for (const Agendapunt& p : s.punten) {
          std::vector<std::string> urls;
          Json docs = Json::array();
          for (const AgendaDocument& d : p.documenten) {
            urls.push_back(d.url);
            docs.push_back({{"titel", d.titel}, {"url", d.url}});
          }
          csv += Row({v.id, v.orgaan_id, v.start, v.eind, v.status, v.locatie, s.code, p.nummer,
                      p.titel, p.omschrijving, Join(p.gebied_codes), p.spreekrecht ? "ja" : "nee",
                      Join(urls)});
          Json o;
          o["vergadering"] = v.id;
          o["orgaan"] = v.orgaan_id;
          o["start"] = v.start;
          o["eind"] = v.eind;
          o["status"] = v.status;
          o["locatie"] = v.locatie;
          o["sectie"] = s.code;
          o["nummer"] = p.nummer;
          o["titel"] = p.titel;
          o["omschrijving"] = p.omschrijving;
          o["gebieden"] = p.gebied_codes;
          o["spreekrecht"] = p.spreekrecht;
          o["documenten"] = docs;
          arr.push_back(std::move(o));
        }
      }
    }
    Emit(ctx, "vergaderingen/agendapunten", csv, arr);
  }
}

}  // namespace openwijk
