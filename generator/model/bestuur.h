// Who decides and what happened with the money: the bodies (organen), their
// decisions (besluiten), projects paid from begroting lines, the agreements
// on zeggenschap per area and theme, council meetings with their agendas,
// and the wijkagenda's of areas. Built by BuildBestuur (model/build_bestuur.h)
// from optional files; a data repository without them has an empty Bestuur.
// Records refer to each other by id as written and, once resolved, by index
// (-1 while unresolved; validate/ reports those).
//
// Dutch domain words, explained once:
//   orgaan        a body that decides or advises (gemeenteraad, wijkteam, ...)
//   besluit       a decision, with the body, the date and the votes
//   project       work paid from a begroting line: toegekend (granted),
//                 besteed (spent), voortgang (progress 0-100), resultaat
//   zeggenschap   say: which archetype of the "Gronings model" an area agreed
//                 per thema (1 adviseren en inspreken, 2 aanjagen en
//                 initiëren, 3 verdelen en besluiten)
//   vergadering   a meeting; agendapunt an item on its agenda, in secties
//   spreekrecht   residents may speak (three minutes) on an agenda item
//   wijkagenda    an area's plan: opgave (what is needed), proces (how, with
//                 whom), programma (budget lines, projects, effort)
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/diagnostic.h"

namespace openwijk {

// The allowed values, in the order the site explains them.
extern const std::vector<std::string> kOrgaanSoorten;
extern const std::vector<std::string> kProjectStatussen;
extern const std::vector<std::string> kVergaderingStatussen;
extern const std::vector<std::string> kWijkagendaStatussen;
// "adviseren en inspreken" for 1, ...; "" outside 1-3.
std::string ArchetypeNaam(int archetype);
// An organ's soort as a reader writes it: "coöperatieve wijkraad" for the
// code "cooperatieve-wijkraad"; the other codes are words already.
std::string OrgaanSoortLabel(const std::string& soort);

struct Orgaan {
  std::string id;
  std::string naam;
  std::string soort;  // one of kOrgaanSoorten
  Position pos;
};

struct Besluit {
  std::string id;
  std::string datum;  // JJJJ-MM-DD
  std::string orgaan_id;
  int orgaan = -1;
  std::string titel;
  std::string uitkomst;  // aangenomen, verworpen, ...
  std::optional<int> voor, tegen, onthouding;
  std::string vergadering_id;  // meeting where it was taken; may be empty
  std::string agendapunt;      // item number in that meeting ("B.2")
  int vergadering = -1;
  std::string document;  // URL of the decision document
  std::vector<std::string> gebied_codes;
  std::vector<int> gebieden;
  std::string bron;
  Position pos, pos_orgaan, pos_vergadering, pos_agendapunt, pos_gebieden;
};

struct Project {
  std::string id;
  std::string gebied_code;
  int gebied = -1;
  std::string titel;
  std::string omschrijving;
  std::string begrotingsregel;                // id of the funding line in the begroting of `jaar`
  int jaar = 0;                               // the `jaar` column, else the year of `start`
  int regel = -1;                             // index into model.begroting[jaar]
  std::optional<int64_t> toegekend, besteed;  // cents
  std::string status;                         // one of kProjectStatussen
  std::optional<int> voortgang;               // 0-100
  std::string resultaat;
  std::string besluit;  // id of the decision that granted the money
  int besluit_index = -1;
  std::string start, eind;  // JJJJ-MM-DD, may be empty
  std::optional<double> lat, lon;
  std::string toelichting;  // needed when besteed > toegekend
  std::string bron;
  Position pos, pos_gebied, pos_regel, pos_besluit, pos_start;
};

struct Zeggenschap {
  std::string gebied_code;
  int gebied = -1;
  std::string thema;
  int archetype = 0;  // 1, 2 or 3
  std::string sinds;  // JJJJ-MM-DD
  std::string afspraken;
  std::vector<std::string> organen;  // ids
  std::vector<int> organen_index;
  std::string bron;
  Position pos, pos_gebied, pos_organen;
};

struct AgendaDocument {
  std::string titel;
  std::string url;
};

struct Agendapunt {
  std::string nummer;  // "B.2": unique within the meeting
  std::string titel;
  std::string omschrijving;
  std::vector<std::string> gebied_codes;
  std::vector<int> gebieden;
  std::vector<Position> gebied_pos;
  std::vector<AgendaDocument> documenten;
  bool spreekrecht = false;
  Position pos;
};

struct AgendaSectie {
  std::string code;  // "A"
  std::string titel;
  std::vector<Agendapunt> punten;
};

struct Vergadering {
  std::string id;  // the file name without .json: "2025-03-12-gemeenteraad"
  std::string orgaan_id;
  int orgaan = -1;
  std::string start, eind;  // as written
  int64_t start_utc = 0, eind_utc = 0;
  int offset_minutes = 0;  // of start
  std::string datum;       // local date of start
  std::string locatie;
  std::string voorzitter;
  std::string status;  // one of kVergaderingStatussen
  std::string bron;
  std::vector<AgendaSectie> secties;
  Position pos, pos_orgaan;
};

struct WijkagendaItem {
  std::string thema;
  std::string opgave;
  std::string proces;
  std::vector<std::string> begrotingsregels;  // ids in the begroting of `jaar`
  std::vector<std::string> projecten;         // project ids
  std::vector<Position> regel_pos, project_pos;
  std::string inzet;
  int jaar = 0;
  std::string status;  // one of kWijkagendaStatussen
  Position pos;
};

struct Wijkagenda {
  std::string gebied_code;
  int gebied = -1;
  std::string titel;
  std::string bron;
  std::vector<WijkagendaItem> items;
  std::string markdown;
  Position pos;
};

struct Bestuur {
  std::vector<Orgaan> organen;  // file order
  std::map<std::string, int> orgaan_index;
  std::vector<Besluit> besluiten;  // file order
  std::map<std::string, int> besluit_index;
  std::vector<Project> projecten;  // file order
  std::map<std::string, int> project_index;
  std::vector<Zeggenschap> zeggenschap;    // file order
  std::vector<Vergadering> vergaderingen;  // by start, then id
  std::map<std::string, int> vergadering_index;
  std::vector<Wijkagenda> wijkagendas;  // by file name

  const Orgaan* FindOrgaan(const std::string& id) const;
  const Besluit* FindBesluit(const std::string& id) const;
  const Agendapunt* FindPunt(const Vergadering& v, const std::string& nummer) const;
};

}  // namespace openwijk
