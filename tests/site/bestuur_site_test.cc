// Whole-site tests of who decides and what happened with the money: the
// sample repository plus decisions, projects, zeggenschap, meetings and a
// wijkagenda, built through the real binary from a real git repository.
#include <catch2/catch.hpp>

#include "site/sample_site.h"
#include "site/site_harness.h"

using namespace openwijk::testing;

namespace {

std::map<std::string, std::string> BestuurSite() {
  auto files = SampleFiles();
  files["data/begroting/2024.csv"] =
      "id,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,financier,bron,"
      "besluit\n"
      "b1,GM9999,Bestuur,0.1,Raad en college,lasten,1000000,,990000.50,gemeente,Iv3,\n"
      "g1,WK999901,Leefomgeving,5.7,Groen "
      "Noord,lasten,250000,,300000,gemeente,illustratief,raad-2023\n";
  files["data/organen.csv"] =
      "id,naam,soort\nraad,Gemeenteraad Testdorp,gemeenteraad\nbo-noord,Bewonersorganisatie Noord,"
      "bewonersorganisatie\nwr-noord,Wijkraad Noord,cooperatieve-wijkraad\n";
  files["data/besluiten.csv"] =
      "id,datum,orgaan,titel,uitkomst,voor,tegen,onthouding,vergadering,agendapunt,document,"
      "gebieden\n"
      "raad-2023,2023-11-09,raad,Begroting 2024,aangenomen,20,9,0,2023-11-09-raad,B.1,"
      "https://example.org/besluit,WK999901\n"
      "bo-2024,2024-02-01,bo-noord,Groenplan Noord,aangenomen,30,2,1,,,,WK999901\n";
  files["data/projecten.csv"] =
      "id,gebied,titel,omschrijving,begrotingsregel,toegekend,besteed,status,voortgang,resultaat,"
      "besluit,start,eind,toelichting\n"
      "tuin,BU99990101,Buurttuin Oude Haven,Een tuin,g1,200000,210000,afgerond,100,20 "
      "bakken,bo-2024,"
      "2024-03-01,2024-10-01,Extra grond nodig\n"
      "bank,WK999901,Bankjes,Zes bankjes,g1,40000,10000,in uitvoering,25,,raad-2023,2024-04-01,,\n";
  files["data/zeggenschap.csv"] =
      "gebied,thema,archetype,sinds,afspraken,organen\n"
      "WK999901,Groen,3,2023-06-01,De bewonersorganisatie verdeelt het groenbudget,bo-noord\n";
  files["data/vergaderingen/2023-11-09-raad.json"] =
      R"({"orgaan": "raad", "start": "2023-11-09T19:30:00+01:00", "eind": "2023-11-09T22:00:00+01:00",
 "locatie": "Raadhuis, zaal 1", "status": "geweest",
 "secties": [{"code": "B", "titel": "Inhoud", "punten": [
  {"nummer": "B.1", "titel": "Begroting 2024; groen, wijken", "gebieden": ["WK999901"],
   "documenten": [{"titel": "Raadsvoorstel", "url": "https://example.org/voorstel"}], "spreekrecht": true}]}]}
)";
  files["data/vergaderingen/2099-01-14-raad.json"] =
      R"({"orgaan": "raad", "start": "2099-01-14T19:30:00+01:00", "status": "gepland",
 "secties": [{"code": "B", "titel": "Inhoud", "punten": [
  {"nummer": 1, "titel": "Groen in Oude Haven", "gebieden": ["BU99990101"], "spreekrecht": true}]}]}
)";
  files["data/vergaderingen/2024-05-01-raad.json"] =
      R"({"orgaan": "raad", "start": "2024-05-01T19:30:00+02:00", "status": "afgelast", "secties": []})";
  files["data/wijkagenda/WK999901.md"] =
      "---\ntitel: Wijkagenda Noord\nitems:\n  - thema: Groen\n    opgave: Meer groen\n"
      "    proces: Bewonersavond\n    programma:\n      begrotingsregels: [g1]\n"
      "      projecten: [tuin]\n      inzet: Groenbudget\n    jaar: 2024\n    status: vastgesteld\n"
      "---\nVrije tekst.\n";
  return files;
}

std::vector<std::string> Uids(const std::string& ics) {
  std::vector<std::string> out;
  for (size_t p = ics.find("\r\nUID:"); p != std::string::npos; p = ics.find("\r\nUID:", p + 1)) {
    out.push_back(ics.substr(p + 6, ics.find("\r\n", p + 6) - p - 6));
  }
  return out;
}

}  // namespace

TEST_CASE("verantwoording, meetings, agenda, feeds and transparency are built", "[site][bestuur]") {
  SiteHarness h;
  h.Commit(BestuurSite(), "besluiten");
  REQUIRE(h.Build() == "");

  std::string v = h.Read("wijk/noord/verantwoording/2024/index.html");
  // Begroot, gewijzigd and realisatie as bars, drawn here as on the area page.
  CHECK_THAT(v,
             Catch::Contains("role=\"img\" aria-labelledby=\"staaf-2024-title staaf-2024-desc\""));
  CHECK_THAT(v, Catch::Contains("<h1>Verantwoording 2024: Noord"));
  CHECK_THAT(
      v, Catch::Contains(
             "<caption>Lasten per programma, 2024: begroot, gewijzigd en realisatie</caption>"));
  // 250.000 begroot, 300.000 realisatie: +20%, said in words.
  CHECK_THAT(v, Catch::Contains("+€ 50.000"));
  CHECK_THAT(v, Catch::Contains("+20,0%"));
  CHECK_THAT(v, Catch::Contains("Let op: meer dan 10% méér uitgegeven dan de begroting."));
  CHECK_THAT(v, Catch::Contains("<caption>Lasten per financier, 2024</caption>"));
  CHECK_THAT(v, Catch::Contains("Buurttuin Oude Haven"));
  CHECK_THAT(v, Catch::Contains("Toelichting: Extra grond nodig"));
  CHECK_THAT(v, Catch::Contains("href=\"../../../../besluiten/#besluit-bo-2024\""));
  // A project's decision links to the meeting and agenda item where it was taken.
  CHECK_THAT(v, Catch::Contains("in de vergadering <a "
                                "href=\"../../../../vergaderingen/2023-11-09-raad/#punt-B-1\">"
                                "Gemeenteraad Testdorp, 9 november 2023, punt B.1</a>"));
  CHECK_THAT(v, Catch::Contains("Klopt: de projecten passen binnen deze regel."));
  CHECK_THAT(v, Catch::Contains("Dat telt precies op, ook voor de realisatie."));
  CHECK_THAT(v, Catch::Contains("id=\"regel-g1\""));
  CHECK(h.Exists("wijk/noord/verantwoording/2024/projecten.csv"));
  CHECK_THAT(
      h.Read("wijk/noord/verantwoording/2024/projecten.csv"),
      Catch::Contains(
          "tuin,BU99990101,Buurttuin Oude Haven,Een tuin,2024,g1,200000,210000,afgerond,100"));
  CHECK(h.Exists("gemeente/testdorp/verantwoording/2025/index.html"));

  std::string noord = h.Read("wijk/noord/index.html");
  CHECK_THAT(noord, Catch::Contains("<h2 id=\"wie-beslist\">Wie beslist hier?</h2>"));
  CHECK_THAT(noord, Catch::Contains("verdelen en besluiten (vorm 3 van 3)"));
  CHECK_THAT(noord, Catch::Contains("Wie doen er mee: Bewonersorganisatie Noord."));
  CHECK_THAT(noord, Catch::Contains("Groenplan Noord"));
  // Transparency: 2025 lines of Noord (280.000 on g1, 45.000,50 on w1) name no decision.
  CHECK_THAT(noord, Catch::Contains("<strong>0,0%</strong>"));
  CHECK_THAT(noord, Catch::Contains("<strong>1 van de 1</strong>"));

  std::string index = h.Read("vergaderingen/index.html");
  size_t komend = index.find("2099-01-14-raad/");
  size_t geweest = index.find("2023-11-09-raad/");
  REQUIRE(komend != std::string::npos);
  REQUIRE(geweest != std::string::npos);
  CHECK(komend < geweest);  // coming meetings first
  CHECK_THAT(index, Catch::Contains("<strong>afgelast</strong>"));

  std::string meeting = h.Read("vergaderingen/2023-11-09-raad/index.html");
  CHECK_THAT(
      meeting,
      Catch::Contains("<li id=\"punt-B-1\"><strong>B.1 Begroting 2024; groen, wijken</strong>"));
  CHECK_THAT(meeting,
             Catch::Contains("<a rel=\"external\" href=\"https://example.org/voorstel\">"));
  // A past meeting no longer invites anyone to speak; a coming one does.
  CHECK_THAT(meeting, !Catch::Contains("vooraf aan bij de griffie"));
  CHECK_THAT(meeting, !Catch::Contains("u mag bij dit punt inspreken"));
  std::string gepland = h.Read("vergaderingen/2099-01-14-raad/index.html");
  CHECK_THAT(gepland, Catch::Contains("<strong>drie minuten</strong>"));
  CHECK_THAT(gepland, Catch::Contains("vooraf aan bij de griffie"));
  CHECK_THAT(gepland,
             Catch::Contains("<strong>Spreekrecht:</strong> u mag bij dit punt inspreken."));

  std::string agenda = h.Read("wijk/noord/agenda/index.html");
  CHECK_THAT(agenda, Catch::Contains("Groen in Oude Haven"));  // an item of a buurt of Noord
  CHECK_THAT(agenda, Catch::Contains("Meer groen"));
  CHECK_THAT(agenda, Catch::Contains("href=\"../../../wijk/noord/verantwoording/2024/#regel-g1\""));
  CHECK_THAT(agenda, Catch::Contains(
                         "href=\"../../../buurt/oude-haven/verantwoording/2024/#project-tuin\""));
  // A meeting item's areas, separated by commas.
  CHECK_THAT(h.Read("vergaderingen/2023-11-09-raad/index.html"),
             Catch::Contains("Gaat over: <a href=\"../../wijk/noord/\">Noord</a></p>"));
  // An area's budget download names each line's decision, as the publication's does.
  CHECK_THAT(
      h.Read("wijk/noord/begroting-2024.csv"),
      Catch::Contains(",Groen Noord,lasten,250000,,300000,gemeente,illustratief,raad-2023\n"));
  // Separators between the links, none after the last, and a full stop to end each list.
  CHECK_THAT(agenda, Catch::Contains("Groen Noord</a>. Projecten: <a "));
  CHECK_THAT(agenda, Catch::Contains("Buurttuin Oude Haven</a> (afgerond).</dd>"));
  CHECK_THAT(agenda, !Catch::Contains("; </dd>"));
  CHECK_THAT(h.Read("wijk/zuid/agenda/index.html"),
             Catch::Contains("<p>Over Zuid staan geen komende agendapunten.</p>"));

  std::string ics = h.Read("wijk/noord/agenda.ics");
  CHECK_THAT(ics, Catch::StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  CHECK_THAT(ics, Catch::Contains(
                      "SUMMARY:B.1 Begroting 2024\\; groen\\, wijken (Gemeenteraad Testdorp)\r\n"));
  CHECK_THAT(ics, Catch::Contains("DTSTART:20231109T183000Z\r\n"));
  CHECK(Uids(ics) == std::vector<std::string>{"2023-11-09-raad/B.1@example.org",
                                              "2099-01-14-raad/B.1@example.org"});
  CHECK_THAT(h.Read("vergaderingen/alle.ics"), Catch::Contains("STATUS:CANCELLED\r\n"));
  CHECK_FALSE(h.Exists("wijk/zuid/agenda.ics"));  // no items: no (empty, invalid) calendar

  std::string atom = h.Read("feeds/nieuw.xml");
  CHECK_THAT(atom, Catch::Contains("<id>https://example.org/feeds/nieuw.xml</id>"));
  CHECK_THAT(atom, Catch::Contains("<id>https://example.org/besluiten/#besluit-raad-2023</id>"));
  // The 2099 meeting's item is in the feed, but updated when the commit published it.
  CHECK_THAT(atom, Catch::Contains("Agendapunt B.1: Groen in Oude Haven"));
  CHECK_THAT(atom, !Catch::Contains("<updated>2099-"));
  CHECK_THAT(h.Read("wijk/noord/nieuw.xml"),
             Catch::Contains("Agendapunt B.1: Begroting 2024; groen, wijken"));

  std::string t = h.Read("transparantie/index.html");
  CHECK_THAT(t, Catch::Contains("<caption>Transparantie per gebied, 2025</caption>"));
  // Newest data: the newest date up to the commit (15 juni 2025) of a decision, meeting or
  // project about the area or below it. The Oude Haven garden ended on 1 oktober 2024, later than
  // Noord's own decision; the 2099 meeting is after the commit and does not count. Zuid has
  // nothing, so it shows the commit's date and says so.
  auto row = [&t](const std::string& naam) {
    size_t at = t.find(">" + naam + "</a>");
    REQUIRE(at != std::string::npos);
    return t.substr(at, t.find("</tr>", at) - at);
  };
  CHECK_THAT(row("Noord"),
             Catch::Contains("<time datetime=\"2024-10-01\">1 oktober 2024</time></td>"));
  CHECK_THAT(row("Zuid"), Catch::Contains("<time datetime=\"2025-06-15\">15 juni 2025</time> "
                                          "<span class=\"soort\">(datum van de gegevens)</span>"));
  CHECK_THAT(h.Read("transparantie/transparantie.csv"),
             Catch::Contains("WK999901,Noord,wijk,2025,"));
  // An organ's soort reads as words on the page; the download keeps the code.
  CHECK_THAT(
      h.Read("besluiten/index.html"),
      Catch::Contains("<th scope=\"row\">Wijkraad Noord</th><td>coöperatieve wijkraad</td>"));
  CHECK_THAT(h.Read("besluiten/organen.csv"),
             Catch::Contains("wr-noord,Wijkraad Noord,cooperatieve-wijkraad"));
  CHECK(h.Exists("besluiten/besluiten.csv"));
  CHECK(h.Exists("besluiten/zeggenschap.json"));
  CHECK(h.Exists("vergaderingen/agendapunten.csv"));
  CHECK(h.Exists("wijk/noord/agenda/wijkagenda.csv"));
  CHECK_THAT(h.Read("index.html"), Catch::Contains("href=\"vergaderingen/\""));
}

TEST_CASE("the taakvelden of verantwoording and begroting are in numeric order",
          "[site][bestuur]") {
  // "0.2" before "0.10", which a string order would put first.
  auto files = SampleFiles();
  files["data/iv3/taakvelden.csv"] +=
      "0.10,Mutaties reserves,2024 2025\n0.2,Burgerzaken,2024 2025\n";
  files["data/begroting/2024.csv"] +=
      "r1,GM9999,Bestuur,0.10,Reserves,lasten,500,,,gemeente,test\n"
      "z2,GM9999,Bestuur,0.2,Paspoorten,lasten,700,,,gemeente,test\n";
  SiteHarness h;
  h.Commit(files, "taakvelden");
  REQUIRE(h.Build() == "");
  for (const char* page : {"gemeente/testdorp/verantwoording/2024/index.html",
                           "gemeente/testdorp/begroting/2024/index.html"}) {
    INFO(page);
    std::string v = h.Read(page);
    size_t t01 = v.find(">0.1 Bestuur<"), t02 = v.find(">0.2 Burgerzaken<"),
           t010 = v.find(">0.10 Mutaties reserves<"), t57 = v.find(">5.7 Openbaar groen");
    REQUIRE(t01 != std::string::npos);
    REQUIRE(t02 != std::string::npos);
    REQUIRE(t010 != std::string::npos);
    REQUIRE(t57 != std::string::npos);
    CHECK(t01 < t02);
    CHECK(t02 < t010);
    CHECK(t010 < t57);
  }
}

TEST_CASE("feed UIDs and ids stay the same across builds; DTSTAMP follows the commit",
          "[site][bestuur]") {
  SiteHarness h;
  auto files = BestuurSite();
  h.Commit(files, "een");
  REQUIRE(h.Build() == "");
  std::string first = h.Read("vergaderingen/alle.ics");
  REQUIRE(h.Build({}, "site2") == "");
  CHECK(h.Read("vergaderingen/alle.ics", "site2") == first);  // same commit, same bytes
  files["content/colofon.md"] = "---\ntitel: Colofon\n---\nAnders.\n";
  h.Commit(files, "twee");
  REQUIRE(h.Build() == "");
  std::string second = h.Read("vergaderingen/alle.ics");
  CHECK(Uids(second) == Uids(first));
  CHECK(Uids(first).size() == 3);
}

TEST_CASE("bad decision and project data stops the build with file:line", "[site][bestuur]") {
  SiteHarness h;
  auto files = BestuurSite();
  h.Commit(files, "goed");
  REQUIRE(h.Build() == "");
  std::string before = h.TreeDigest();
  files["data/projecten.csv"] += "x,WK999901,X,X,g9,100,200,klaar,150,,b9,2024-02-30,,\n";
  h.Commit(files, "kapot");
  std::string errors = h.Build();
  CHECK(h.last_exit() == 1);
  CHECK_THAT(errors, Catch::Contains("data/projecten.csv:4:23: error: besteed (€ 200) is more than "
                                     "toegekend (€ 100); add a toelichting"));
  CHECK_THAT(errors, Catch::Contains("data/projecten.csv:4:27: error: unknown status 'klaar'"));
  CHECK_THAT(errors,
             Catch::Contains("data/projecten.csv:4:33: error: voortgang '150' is not a whole "
                             "number from 0 to 100"));
  CHECK_THAT(errors,
             Catch::Contains("data/projecten.csv:4:41: error: '2024-02-30' is not a valid date "
                             "(JJJJ-MM-DD)"));
  CHECK_THAT(errors, Catch::Contains("data/projecten.csv:4:38: error: unknown besluit 'b9'"));
  CHECK(h.TreeDigest() == before);  // no site written
}

TEST_CASE("a publication page shows projects that moved on and decisions added, with anchors",
          "[site][bestuur][publicaties]") {
  SiteHarness h;
  auto files = BestuurSite();
  h.Commit(files, "eerste");
  h.fixture().Tag("publicatie/1", "Begroting\n\nsoort: begroting\ndatum: 2024-11-07\n", 1750000000);
  // The bench is half done and has spent more; a new decision of the raad.
  std::string& p = files["data/projecten.csv"];
  const std::string was = "40000,10000,in uitvoering,25";
  p.replace(p.find(was), was.size(), "40000,22000,in uitvoering,50");
  files["data/besluiten.csv"] +=
      "raad-2025,2025-03-01,raad,Groen extra,aangenomen,25,4,0,,,,WK999901\n";
  h.Commit(files, "tweede");
  h.fixture().Tag("publicatie/2", "Wijziging\n\nsoort: wijziging\ndatum: 2025-03-20\n", 1750100000);
  REQUIRE(h.Build() == "");
  std::string page = h.Read("publicaties/2/index.html");
  CHECK_THAT(page, Catch::Contains("<caption>Projecten met een andere stand</caption>"));
  CHECK_THAT(page,
             Catch::Contains("<tr id=\"project-bank-besteed\"><th scope=\"row\">Bankjes</th>"));
  CHECK_THAT(page, Catch::Contains("<td>50%</td>"));  // voortgang 25% -> 50%
  CHECK_THAT(page, Catch::Contains("<caption>Nieuwe besluiten</caption>"));
  CHECK_THAT(page,
             Catch::Contains("<tr id=\"besluit-raad-2025\"><th scope=\"row\">Groen extra</th>"));
  // Nothing about them on the first publication's page but what was new then.
  CHECK_THAT(h.Read("publicaties/1/index.html"), !Catch::Contains("id=\"besluit-raad-2025\""));
}

TEST_CASE("the share of money with a decision is rounded, in the CSV and the JSON",
          "[site][bestuur]") {
  SiteHarness h;
  auto files = BestuurSite();
  files["data/begroting/2025.csv"] =
      "id,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,financier,bron,"
      "besluit\n"
      "b1,GM9999,Bestuur,0.1,Raad en college,lasten,1234567,,,gemeente,Iv3,\n"
      "g1,WK999901,Leefomgeving,5.7,Groen Noord,lasten,45000.50,,,gemeente,illustratief,"
      "raad-2023\n";
  h.Commit(files, "besluit op een regel");
  REQUIRE(h.Build() == "");
  // 45,000.50 of 1,279,567.50 is 3.51685...%: 3.52, where cutting off gave 3.51.
  CHECK_THAT(h.Read("transparantie/transparantie.csv"),
             Catch::Contains("GM9999,Testdorp,gemeente,2025,1279567.50,45000.50,3.52,"));
  CHECK_THAT(h.Read("transparantie/transparantie.json"),
             Catch::Contains("\"lasten_met_besluit\": 45000.5,\n  \"procent_met_besluit\": 3.52,"));
}

TEST_CASE("titles, breadcrumbs, table names and list ends read well", "[site][bestuur]") {
  SiteHarness h;
  auto files = BestuurSite();
  // A buurt with its wijk's name, and a wijkagenda whose lists end in names with a full stop.
  files["data/gebieden.csv"] += "BU99990102,Noord,buurt,WK999901,\n";
  files["data/begroting/2024.csv"] +=
      "g2,WK999901,Leefomgeving,5.7,Groen Noord e.o.,lasten,1000,,,gemeente,illustratief,\n";
  files["data/projecten.csv"] +=
      "plein,WK999901,Plein Noord e.o.,Een plein,g1,1000,,idee,,,raad-2023,2024-04-01,,\n";
  files["data/wijkagenda/WK999901.md"] =
      "---\ntitel: Wijkagenda Noord\nitems:\n  - thema: Groen\n    opgave: Meer groen\n"
      "    programma:\n      begrotingsregels: [g1, g2]\n      projecten: [tuin, plein]\n"
      "    jaar: 2024\n    status: vastgesteld\n---\nVrije tekst.\n";
  // A meeting item about two areas.
  files["data/vergaderingen/2099-01-14-raad.json"] =
      R"({"orgaan": "raad", "start": "2099-01-14T19:30:00+01:00", "status": "gepland",
 "secties": [{"code": "B", "titel": "Inhoud", "punten": [
  {"nummer": 1, "titel": "Groen", "gebieden": ["BU99990101", "WK999902"]}]}]})";
  // A coming meeting, cancelled, with an item residents could have spoken at.
  files["data/vergaderingen/2099-02-11-raad.json"] =
      R"({"orgaan": "raad", "start": "2099-02-11T19:30:00+01:00", "status": "afgelast",
 "secties": [{"code": "B", "titel": "Inhoud", "punten": [
  {"nummer": 1, "titel": "Bomen", "gebieden": ["WK999902"], "spreekrecht": true}]}]})";
  h.Commit(files, "dezelfde naam");
  REQUIRE_THAT(h.Build(), !Catch::Contains("error"));  // a warning: the new buurt has no shape

  // Two areas called Noord: each title says which one it is; a name used once stays bare.
  CHECK_THAT(h.Read("wijk/noord/index.html"),
             Catch::Contains("<title>Noord (wijk) · Open begroting Testdorp</title>"));
  CHECK_THAT(h.Read("buurt/noord/index.html"),
             Catch::Contains("<title>Noord (buurt) · Open begroting Testdorp</title>"));
  CHECK_THAT(h.Read("wijk/noord/verantwoording/2024/index.html"),
             Catch::Contains("<title>Verantwoording 2024: Noord (wijk) · "));
  CHECK_THAT(h.Read("buurt/noord/agenda/index.html"),
             Catch::Contains("<title>Agenda: Noord (buurt) · "));
  CHECK_THAT(h.Read("wijk/zuid/index.html"), Catch::Contains("<title>Zuid · "));

  // No ".." when the last name ends in a full stop; one "." otherwise.
  std::string agenda = h.Read("wijk/noord/agenda/index.html");
  CHECK_THAT(agenda, Catch::Contains("Groen Noord e.o.</a> Projecten: "));
  CHECK_THAT(agenda, Catch::Contains("Plein Noord e.o.</a> (idee).</dd>"));
  CHECK_THAT(agenda, !Catch::Contains("..</"));

  // A cancelled meeting is listed as such, and invites nobody to speak.
  std::string afgelast = h.Read("vergaderingen/2099-02-11-raad/index.html");
  CHECK_THAT(afgelast, Catch::Contains("Deze vergadering is afgelast."));
  CHECK_THAT(afgelast, !Catch::Contains("inspreken"));
  CHECK_THAT(afgelast, !Catch::Contains("griffie"));
  std::string zuid = h.Read("wijk/zuid/agenda/index.html");
  CHECK_THAT(zuid, Catch::Contains("<strong>Afgelast.</strong></li>"));
  CHECK_THAT(zuid, !Catch::Contains("Spreekrecht"));
  CHECK_THAT(h.Read("wijk/zuid/agenda.ics"), !Catch::Contains("Spreekrecht"));

  // A meeting item's areas, separated by a comma.
  CHECK_THAT(h.Read("vergaderingen/2099-01-14-raad/index.html"),
             Catch::Contains("Gaat over: <a href=\"../../buurt/oude-haven/\">Oude Haven</a>, <a "
                             "href=\"../../wijk/zuid/\">Zuid</a></p>"));

  // The number of inhabitants says of which year it is (Noord: 2.000, of 2024).
  CHECK_THAT(h.Read("wijk/noord/index.html"),
             Catch::Contains("<p>Inwoners: 2.000 (cijfer van 2024). Bedragen zijn lasten"));

  // Pages with the whole gemeente's amounts warn that some are made up (g1's bron says so).
  for (const char* page :
       {"index.html", "transparantie/index.html", "kaart/euro-per-inwoner/index.html"}) {
    INFO(page);
    CHECK_THAT(h.Read(page), Catch::Contains("een deel van deze bedragen is illustratief"));
  }

  // Every scrolling table box is named after its table, not "Tabel".
  for (const char* page :
       {"index.html", "wijk/noord/index.html", "wijk/noord/verantwoording/2024/index.html",
        "transparantie/index.html", "besluiten/index.html"}) {
    INFO(page);
    std::string html = h.Read(page);
    CHECK_THAT(html, !Catch::Contains("aria-label=\"Tabel\""));
    CHECK_THAT(html, Catch::Contains("class=\"tabel-wrap\""));
  }
  CHECK_THAT(h.Read("transparantie/index.html"),
             Catch::Contains("role=\"group\" aria-label=\"Transparantie per gebied, 2025\">\n"
                             "<table>\n<caption>Transparantie per gebied, 2025</caption>"));
}

TEST_CASE("verantwoording: projects that spent more than their line, and amended own lines",
          "[site][bestuur]") {
  SiteHarness h;
  auto files = BestuurSite();
  // g1 has 250.000; its projects get 240.000 but spend 260.000 + 10.000.
  files["data/projecten.csv"] =
      "id,gebied,titel,omschrijving,begrotingsregel,toegekend,besteed,status,voortgang,resultaat,"
      "besluit,start,eind,toelichting\n"
      "tuin,BU99990101,Buurttuin Oude Haven,Een tuin,g1,200000,260000,afgerond,100,,bo-2024,"
      "2024-03-01,2024-10-01,Grond was duurder\n"
      "bank,WK999901,Bankjes,Zes bankjes,g1,40000,10000,in uitvoering,25,,raad-2023,2024-04-01,,\n";
  // A second line on Noord itself, amended: the table of Noord's own lines has a Gewijzigd
  // figure for g1 too (its begroot), as the programma table has.
  files["data/begroting/2024.csv"] +=
      "g2,WK999901,Leefomgeving,5.7,Bomen Noord,lasten,1000,1200,,gemeente,illustratief,\n";
  h.Commit(files, "te veel besteed");
  REQUIRE(h.Build() == "");
  std::string v = h.Read("wijk/noord/verantwoording/2024/index.html");
  CHECK_THAT(v, Catch::Contains("Let op: de projecten krijgen niet meer dan er op deze regel "
                                "staat, maar er is € 20.000 meer aan besteed."));
  CHECK_THAT(v, !Catch::Contains("Klopt: de projecten passen"));
  size_t g1 = v.find("<tr id=\"regel-g1\">");
  REQUIRE(g1 != std::string::npos);
  std::string rij = v.substr(g1, v.find("</tr>", g1) - g1);
  CHECK_THAT(rij, Catch::Contains("<td class=\"num\">€ 250.000</td><td class=\"num\">€ "
                                  "250.000</td><td class=\"num\">€ 300.000</td>"));
  CHECK_THAT(rij, !Catch::Contains("niet bekend"));
}
