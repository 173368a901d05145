// The diff as JSON, CSV and text: exact output.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "render/diff_export.h"

using namespace openwijk;

namespace {

BegrotingRegel Regel(const std::string& id, const std::string& gebied,
                     std::optional<int64_t> begroot,
                     std::optional<int64_t> realisatie = std::nullopt) {
  BegrotingRegel r;
  r.id = id;
  r.jaar = 2025;
  r.gebied_code = gebied;
  r.programma = "Wijken";
  r.taakveld = "6.1";
  r.omschrijving = "Regel " + id;
  r.begroot = begroot;
  r.realisatie = realisatie;
  r.financier = "gemeente";
  r.bron = "illustratief, 2025";
  return r;
}

ModelDiff Sample(Model* a, Model* b) {
  a->begroting[2025] = {Regel("r1", "WK1", 10000), Regel("r2", "WK1", 20000),
                        Regel("r3", "WK2", 30000)};
  b->begroting[2025] = {Regel("r4", "WK2", 5050), Regel("r2", "WK2", 20000),
                        Regel("r1", "WK1", 12000, 1200000)};
  return DiffModels(*a, *b);
}

KompasWijziging Kompas(Actie actie, int jaar, std::optional<double> oud,
                       std::optional<double> nieuw) {
  KompasWijziging k;
  k.actie = actie;
  k.gebied = "WK1";
  k.indicator = "inwoners";
  k.jaar = jaar;
  k.oud = oud;
  k.nieuw = nieuw;
  return k;
}

}  // namespace

TEST_CASE("the diff as CSV marks each row and writes changed cells old->new", "[render][diff]") {
  Model a, b;
  ModelDiff d = Sample(&a, &b);
  CHECK(DiffCsv(d) ==
        "@@,id,jaar,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,"
        "financier,bron,besluit\n"
        "->,r1,2025,WK1,Wijken,6.1,Regel r1,lasten,100->120,,->12000,gemeente,\"illustratief, "
        "2025\",\n"
        "->,r2,2025,WK1->WK2,Wijken,6.1,Regel r2,lasten,200,,,gemeente,\"illustratief, 2025\",\n"
        "---,r3,2025,WK2,Wijken,6.1,Regel r3,lasten,300,,,gemeente,\"illustratief, 2025\",\n"
        "+++,r4,2025,WK2,Wijken,6.1,Regel r4,lasten,50.50,,,gemeente,\"illustratief, 2025\",\n");
}

TEST_CASE("the diff as CSV lengthens its arrow past any arrow in the values", "[render][diff]") {
  Model a, b;
  BegrotingRegel oud = Regel("r1", "WK1", 100), nieuw = Regel("r1", "WK1", 100);
  oud.omschrijving = "Route A->B";
  nieuw.omschrijving = "Route B";
  BegrotingRegel pad = Regel("r2", "WK1", 100);
  pad.bron = "raad --> college";  // unchanged, but an arrow all the same
  a.begroting[2025] = {oud, pad};
  pad.begroot = 200;
  b.begroting[2025] = {nieuw, pad};
  // "-->" is in a value too: the arrow becomes "--->", and each cell splits at its first one.
  CHECK(DiffCsv(DiffModels(a, b)) ==
        "@@,id,jaar,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,"
        "financier,bron,besluit\n"
        "--->,r1,2025,WK1,Wijken,6.1,Route A->B--->Route B,lasten,1,,,gemeente,"
        "\"illustratief, 2025\",\n"
        "--->,r2,2025,WK1,Wijken,6.1,Regel r2,lasten,1--->2,,,gemeente,raad --> college,\n");
  // Without an arrow in the values, the arrow is the usual one.
  Model c, e;
  oud.omschrijving = "Route D";
  c.begroting[2025] = {oud};
  e.begroting[2025] = {nieuw};
  CHECK_THAT(DiffCsv(DiffModels(c, e)),
             Catch::EndsWith("\n->,r1,2025,WK1,Wijken,6.1,Route D->Route B,lasten,1,,,gemeente,"
                             "\"illustratief, 2025\",\n"));
}

TEST_CASE("the diff as JSON has added, removed and changed with keys", "[render][diff]") {
  Model a, b;
  ModelDiff d = Sample(&a, &b);
  std::string json = DiffJson(d, "A", "B");
  CHECK(json ==
        "{\n"
        " \"van\": \"A\",\n"
        " \"naar\": \"B\",\n"
        " \"added\": [\n"
        "  {\n"
        "   \"id\": \"r4\",\n"
        "   \"jaar\": 2025,\n"
        "   \"gebied\": \"WK2\",\n"
        "   \"programma\": \"Wijken\",\n"
        "   \"taakveld\": \"6.1\",\n"
        "   \"omschrijving\": \"Regel r4\",\n"
        "   \"soort\": \"lasten\",\n"
        "   \"begroot\": 50.5,\n"
        "   \"gewijzigd\": null,\n"
        "   \"realisatie\": null,\n"
        "   \"financier\": \"gemeente\",\n"
        "   \"bron\": \"illustratief, 2025\",\n"
        "   \"besluit\": \"\"\n"
        "  }\n"
        " ],\n"
        " \"removed\": [\n"
        "  {\n"
        "   \"id\": \"r3\",\n"
        "   \"jaar\": 2025,\n"
        "   \"gebied\": \"WK2\",\n"
        "   \"programma\": \"Wijken\",\n"
        "   \"taakveld\": \"6.1\",\n"
        "   \"omschrijving\": \"Regel r3\",\n"
        "   \"soort\": \"lasten\",\n"
        "   \"begroot\": 300,\n"
        "   \"gewijzigd\": null,\n"
        "   \"realisatie\": null,\n"
        "   \"financier\": \"gemeente\",\n"
        "   \"bron\": \"illustratief, 2025\",\n"
        "   \"besluit\": \"\"\n"
        "  }\n"
        " ],\n"
        " \"changed\": [\n"
        "  {\n"
        "   \"key\": {\n"
        "    \"jaar\": 2025,\n"
        "    \"id\": \"r1\"\n"
        "   },\n"
        "   \"changes\": {\n"
        "    \"begroot\": [\n"
        "     100,\n"
        "     120\n"
        "    ],\n"
        "    \"realisatie\": [\n"
        "     null,\n"
        "     12000\n"
        "    ]\n"
        "   }\n"
        "  },\n"
        "  {\n"
        "   \"key\": {\n"
        "    \"jaar\": 2025,\n"
        "    \"id\": \"r2\"\n"
        "   },\n"
        "   \"changes\": {\n"
        "    \"gebied\": [\n"
        "     \"WK1\",\n"
        "     \"WK2\"\n"
        "    ]\n"
        "   }\n"
        "  }\n"
        " ],\n"
        " \"kompas\": {\n"
        "  \"added\": [],\n"
        "  \"removed\": [],\n"
        "  \"changed\": []\n"
        " }\n"
        "}\n");
}

TEST_CASE("the diff as text says niet bekend for an empty amount, not 0", "[render][diff]") {
  Model a, b;
  ModelDiff d = Sample(&a, &b);
  // The first realisatie is set against the budget of the same publication (120), not the
  // 100 before it.
  CHECK(DiffText(d) ==
        "~ 2025 r1  Regel r1 (WK1)\n"
        "    begroot: € 100 -> € 120 (€ 20 meer (+20,0%))\n"
        "    realisatie: niet bekend -> € 12.000 (€ 11.880 meer dan begroot (+9.900,0%))\n"
        "~ 2025 r2  Regel r2 (WK2)\n"
        "    gebied: 'WK1' -> 'WK2'\n"
        "- 2025 r3  Regel r3 (WK2): begroot € 300\n"
        "+ 2025 r4  Regel r4 (WK2): begroot € 50,50\n"
        "1 added, 1 removed, 2 changed; 0 kompas values changed\n");
}

TEST_CASE("differences are told in words and signs", "[render][diff]") {
  CHECK(VerschilTekst(11250000, 10875000) == "€ 3.750 minder (-3,3%)");
  CHECK(VerschilTekst(100000, 110000) == "€ 100 meer (+10,0%)");
  // A change below a tenth of a percent is not rounded to a signed zero.
  CHECK(VerschilTekst(137236700000, 137225450000) == "€ 112.500 minder (minder dan 0,1%)");
  CHECK(VerschilTekst(std::nullopt, 500) == "was niet bekend");
  CHECK(VerschilTekst(500, std::nullopt) == "niet meer bekend");
  CHECK(VerschilTekst(0, 500) == "€ 5 meer");
  CHECK(BedragTekst(std::nullopt) == "niet bekend");
}

TEST_CASE("kompas changes in the diff as JSON: keys in order, values as doubles",
          "[render][diff]") {
  ModelDiff d;
  d.kompas = {Kompas(Actie::kToegevoegd, 2025, std::nullopt, 1300),
              Kompas(Actie::kGewijzigd, 2024, 1200, 1250.5)};
  CHECK(DiffJson(d, "A", "B") ==
        "{\n \"van\": \"A\",\n \"naar\": \"B\",\n \"added\": [],\n \"removed\": [],\n"
        " \"changed\": [],\n \"kompas\": {\n  \"added\": [\n   {\n    \"gebied\": \"WK1\",\n"
        "    \"indicator\": \"inwoners\",\n    \"jaar\": 2025,\n    \"waarde\": 1300.0\n   }\n"
        "  ],\n  \"removed\": [],\n  \"changed\": [\n   {\n    \"key\": {\n"
        "     \"gebied\": \"WK1\",\n     \"indicator\": \"inwoners\",\n     \"jaar\": 2024\n"
        "    },\n    \"changes\": {\n     \"waarde\": [\n      1200.0,\n      1250.5\n     ]\n"
        "    }\n   }\n  ]\n }\n}\n");
}

TEST_CASE("kompas changes in a CSV of their own: old and new in columns, missing empty",
          "[render][diff]") {
  ModelDiff d;
  d.kompas = {Kompas(Actie::kToegevoegd, 2025, std::nullopt, 1300),
              Kompas(Actie::kGewijzigd, 2024, 1200, 1250.5),
              Kompas(Actie::kGewijzigd, 2023, 7, std::nullopt),
              Kompas(Actie::kVerwijderd, 2022, 3, std::nullopt)};
  d.kompas[1].decimalen = 1;
  d.kompas[3].gebied = "WK,2";  // quoted as any CSV field
  CHECK(KompasDiffCsv(d) ==
        "@@,gebied,indicator,jaar,oud,nieuw\n"
        "+++,WK1,inwoners,2025,,1300\n"
        "->,WK1,inwoners,2024,1200.0,1250.5\n"
        "->,WK1,inwoners,2023,7,\n"
        "---,\"WK,2\",inwoners,2022,3,\n");
  CHECK(KompasDiffCsv(ModelDiff{}) == "@@,gebied,indicator,jaar,oud,nieuw\n");
}

TEST_CASE("the diff as JSON is the text nlohmann's dump(1) gives", "[render][diff]") {
  // DiffJson writes one line object at a time; parsing its text and dumping
  // it again as one tree must give the same bytes, empty arrays included.
  Model a, b;
  ModelDiff d = Sample(&a, &b);
  ModelDiff leeg;
  KompasWijziging k = Kompas(Actie::kGewijzigd, 2024, 1200, 1250.5);
  ModelDiff alleen_kompas;
  alleen_kompas.kompas.push_back(k);
  // Text that needs escaping, amounts in cents, below zero and near the
  // largest a file may hold, and a change that names no field.
  Model c, e;
  BegrotingRegel lastig = Regel("r\"5", "WK1", -5, 99999999999999999);
  lastig.omschrijving = "Tab\there, \"quote\" \\ and\r\nline\x01 Coöperatie";
  c.begroting[2025] = {lastig, Regel("r6", "WK1", 1), Regel("r7", "WK1", std::nullopt, 150)};
  BegrotingRegel r6 = Regel("r6", "WK1", 123456789012345);
  r6.omschrijving = "Andere\tnaam";
  e.begroting[2025] = {r6, Regel("r8", "WK2", 10, 99), Regel("r7", "WK1", 7, std::nullopt)};
  ModelDiff lastige = DiffModels(c, e);
  RegelWijziging zonder_velden;
  zonder_velden.jaar = 2025;
  zonder_velden.id = "r9";
  lastige.regels.push_back(zonder_velden);
  for (Actie actie : {Actie::kToegevoegd, Actie::kVerwijderd, Actie::kGewijzigd}) {
    KompasWijziging w = k;
    w.actie = actie;
    w.gebied = "WK\t\"2\"";
    w.oud = actie == Actie::kVerwijderd ? std::optional<double>() : 0.1;
    w.nieuw = actie == Actie::kToegevoegd ? 1200.0 : -3.25;
    lastige.kompas.push_back(w);
  }
  for (const ModelDiff* diff : {&d, &leeg, &alleen_kompas, &lastige}) {
    std::string json = DiffJson(*diff, "publicatie/1", "publicatie/\"2\"");
    CHECK(nlohmann::ordered_json::parse(json).dump(1) + "\n" == json);
  }
  CHECK(DiffJson(leeg, "A", "B") ==
        "{\n \"van\": \"A\",\n \"naar\": \"B\",\n \"added\": [],\n \"removed\": [],\n"
        " \"changed\": [],\n \"kompas\": {\n  \"added\": [],\n  \"removed\": [],\n"
        "  \"changed\": []\n }\n}\n");
}
