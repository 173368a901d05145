#include "site/sample_site.h"

namespace openwijk::testing {

std::map<std::string, std::string> SampleFiles() {
  return {
      {"site.json", R"({
  "titel": "Open begroting Testdorp",
  "gemeente": "GM9999",
  "basis_url": "https://example.org/",
  "licentie": {"naam": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/deed.nl"},
  "bronnen": [{"naam": "Test", "url": "https://example.org/bron", "licentie": "CC0"}],
  "geo": {"code_eigenschap": "code"}
}
)"},
      {"data/gebieden.csv",
       "code,naam,niveau,ouder,soort\n"
       "GM9999,Testdorp,gemeente,,\n"
       "WK999901,Noord,wijk,GM9999,wijk\n"
       "WK999902,Zuid,wijk,GM9999,dorp\n"
       "BU99990101,Oude Haven,buurt,WK999901,\n"},
      {"data/iv3/taakvelden.csv",
       "code,naam,jaren\n"
       "0.1,Bestuur,2024 2025\n"
       "5.7,Openbaar groen en (openlucht) recreatie,2024 2025\n"
       "6.1,Samenkracht en burgerparticipatie,2024 2025\n"},
      {"data/begroting/2024.csv",
       "id,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,financier,"
       "bron\n"
       "b1,GM9999,Bestuur,0.1,Raad en college,lasten,1000000,,990000.50,gemeente,Iv3\n"
       "g1,WK999901,Leefomgeving,5.7,Groen Noord,lasten,250000,,,gemeente,illustratief\n"},
      {"data/begroting/2025.csv",
       "id;gebied;programma;taakveld;omschrijving;soort;begroot;gewijzigd;realisatie;financier;"
       "bron\n"
       "b1;GM9999;Bestuur;0.1;Raad en college;lasten;1.234.567;;;gemeente;Iv3\n"
       "g1;WK999901;Leefomgeving;5.7;Groen Noord;lasten;300.000;280.000;;gemeente;illustratief\n"
       "w1;BU99990101;Participatie;6.1;Wijkbudget Oude "
       "Haven;lasten;45.000,50;;;corporaties;illustratief\n"
       "z1;WK999902;Leefomgeving;5.7;Groen Zuid;lasten;100.000;;;gemeente;illustratief\n"},
      {"data/kompas/indicatoren.csv",
       "id,naam,eenheid,bron\n"
       "inwoners,Inwoners,personen,CBS\n"
       "hh_grootte,Gemiddelde huishoudensgrootte,personen,CBS\n"},
      {"data/kompas/waarden.csv",
       "gebied,indicator,jaar,waarde\n"
       "GM9999,inwoners,2024,3000\n"
       "WK999901,inwoners,2023,1900\n"
       "WK999901,inwoners,2024,2000\n"
       "WK999902,inwoners,2024,1000\n"
       "BU99990101,inwoners,2024,\n"
       "WK999901,hh_grootte,2024,2.25\n"},
      {"data/kompas/dna/WK999901.md",
       "---\ntitel: DNA van Noord\nbron: illustratief\n---\n# Sterktes\n\n- Veel groen\n"},
      {"data/geo/gebieden.geojson",
       R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"code":"WK999901"},"geometry":{"type":"Polygon","coordinates":[[[6.5,53.2],[6.6,53.2],[6.6,53.3],[6.5,53.3],[6.5,53.2]]]}},
{"type":"Feature","properties":{"code":"WK999902"},"geometry":{"type":"Polygon","coordinates":[[[6.5,53.1],[6.6,53.1],[6.6,53.2],[6.5,53.2],[6.5,53.1]]]}},
{"type":"Feature","properties":{"code":"BU99990101"},"geometry":{"type":"Polygon","coordinates":[[[6.5,53.2],[6.55,53.2],[6.55,53.25],[6.5,53.25],[6.5,53.2]]]}}
]}
)"},
      {"content/colofon.md",
       "---\ntitel: Colofon\nvolgorde: 2\n---\nBron: CBS. Zie https://www.cbs.nl.\n"},
  };
}

}  // namespace openwijk::testing
