#include "support/bestuur_fixture.h"

#include <memory>

#include "load/csv.h"
#include "load/data_files.h"
#include "load/front_matter.h"
#include "load/json_text.h"
#include "model/build.h"
#include "util/text.h"
#include "validate/validate.h"

namespace openwijk::testing {

std::map<std::string, std::string> BestuurFiles() {
  return {
      {"data/gebieden.csv",
       "code,naam,niveau,ouder\n"
       "GM9999,Testdorp,gemeente,\n"
       "WK999901,Noord,wijk,GM9999\n"
       "WK999902,Zuid,wijk,GM9999\n"},
      {"data/iv3/taakvelden.csv",
       "code,naam,jaren\n6.1,Samenkracht en burgerparticipatie,2024 2025\n"},
      {"data/begroting/2025.csv",
       "id,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,financier,"
       "bron,"
       "besluit\n"
       "w1,WK999901,Participatie,6.1,Wijkbudget Noord,lasten,10000,,,gemeente,test,b1\n"},
      {"data/kompas/indicatoren.csv", "id,naam,eenheid,bron\ninwoners,Inwoners,personen,CBS\n"},
      {"data/kompas/waarden.csv", "gebied,indicator,jaar,waarde\nWK999901,inwoners,2024,2000\n"},
      {"data/organen.csv", "id,naam,soort\nraad,Gemeenteraad,gemeenteraad\n"},
      {"data/besluiten.csv",
       "id,datum,orgaan,titel,uitkomst,vergadering,agendapunt,gebieden\n"
       "b1,2025-01-10,raad,Wijkbudget Noord,aangenomen,2025-03-12-raad,B.1,WK999901\n"},
      {"data/projecten.csv",
       "id,gebied,titel,omschrijving,begrotingsregel,toegekend,besteed,status,voortgang,resultaat,"
       "besluit,start,eind,toelichting\n"
       "p1,WK999901,Tuin,Een tuin,w1,1000,500,in uitvoering,50,,b1,2025-02-01,,\n"},
      {"data/zeggenschap.csv",
       "gebied,thema,archetype,sinds,afspraken,organen\n"
       "WK999901,Groen,3,2024-01-01,De wijk verdeelt het groenbudget,raad\n"},
      {"data/vergaderingen/2025-03-12-raad.json",
       "{\"orgaan\": \"raad\", \"start\": \"2025-03-12T19:30:00+01:00\", \"status\": \"geweest\",\n"
       " \"secties\": [{\"code\": \"B\", \"titel\": \"Inhoud\", \"punten\": [\n"
       "  {\"nummer\": \"B.1\", \"titel\": \"Een\", \"gebieden\": [\"WK999901\"]},\n"
       "  {\"nummer\": 2, \"titel\": \"Twee\", \"gebieden\": [\"WK999902\"]}\n"
       " ]}]}\n"},
      {"data/wijkagenda/WK999901.md",
       "---\ntitel: Wijkagenda Noord\nitems:\n  - thema: Groen\n    opgave: Meer groen\n"
       "    proces: Bewonersavond\n    programma:\n      begrotingsregels: [w1]\n"
       "      projecten: [p1]\n      inzet: tienduizend euro\n    jaar: 2025\n"
       "    status: vastgesteld\n---\nTekst.\n"},
  };
}

LoadedFiles ParseFiles(const std::map<std::string, std::string>& files, Diagnostics* diags) {
  LoadedFiles loaded;
  loaded.config.gemeente = "GM9999";
  loaded.config.basis_url = "https://example.org/";
  for (const auto& [path, text] : files) {
    if (EndsWith(path, ".csv")) {
      auto t = std::make_shared<CsvTable>();
      ParseCsv(path, text, t.get(), diags);
      loaded.tables[path] = t;
    } else if (EndsWith(path, ".md")) {
      auto d = std::make_shared<MarkdownDocument>();
      ParseMarkdownDocument(path, text, d.get(), diags);
      loaded.documents[path] = d;
    } else if (EndsWith(path, ".json")) {
      auto j = std::make_shared<nlohmann::json>();
      ParseJsonText(path, text, j.get(), diags);
      loaded.json_files[path] = j;
      loaded.json_texts[path] = std::make_shared<std::string>(text);
    }
  }
  return loaded;
}

Model BuildOnTestdorp(std::map<std::string, std::string> files, const ModelBuilder& build,
                      Diagnostics* diags) {
  files["data/gebieden.csv"] =
      "code,naam,niveau,ouder\nGM9999,Testdorp,gemeente,\nWK999901,Noord,wijk,GM9999\n";
  LoadedFiles loaded = ParseFiles(files, diags);
  Model m;
  m.config = loaded.config;
  BuildGebieden(loaded, &m, diags);
  build(loaded, &m, diags);
  diags->Sort();
  return m;
}

void BuildBestuurModel(const std::map<std::string, std::string>& files, Model* model,
                       Diagnostics* diags) {
  LoadedFiles loaded = ParseFiles(files, diags);
  BuildModel(loaded, model, diags);
  Validate(*model, diags);
  diags->Sort();
}

int Column(const std::string& row, int index, char sep) {
  int col = 1;
  size_t p = 0;
  for (int i = 0; i < index; ++i) {
    size_t next = row.find(sep, p);
    col += static_cast<int>(next - p) + 1;
    p = next + 1;
  }
  return col;
}

}  // namespace openwijk::testing
