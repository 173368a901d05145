// data/iv3/taakvelden.csv and data/begroting/<jaar>.csv -> the begroting
// (model/build_begroting.cc): amounts in both notations as exact cents, an
// empty amount as "not known" (never 0), and every bad field an error at its
// file:line:column.
#include <catch2/catch.hpp>

#include "model/build.h"
#include "support/bestuur_fixture.h"
#include "support/threads_for.h"
#include "util/parallel.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

const std::string kHeader =
    "id,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,realisatie,financier,"
    "bron\n";
const std::string kDutchHeader =
    "id;gebied;programma;taakveld;omschrijving;soort;begroot;gewijzigd;realisatie;financier;"
    "bron\n";

// Parses `files` plus an area tree, and runs BuildGebieden and BuildBegroting.
Model Begroting(const std::map<std::string, std::string>& files, Diagnostics* d) {
  return BuildOnTestdorp(
      files, [](const LoadedFiles& f, Model* m, Diagnostics* dd) { BuildBegroting(f, m, dd); }, d);
}

std::string At(const std::string& file, int line, const std::string& row, int field,
               char sep = ',') {
  return file + ":" + std::to_string(line) + ":" + std::to_string(Column(row, field, sep)) + ": ";
}

}  // namespace

TEST_CASE("begroting lines in standard notation are read with exact cents", "[model][begroting]") {
  Diagnostics d;
  Model m =
      Begroting({{"data/begroting/2025.csv",
                  kHeader + "a,WK999901,Groen,5.7,Park,lasten,1234567.89,1234567.8,0,gemeente,"
                            "CBS\n"
                            "b,GM9999,Bestuur,0.1,Raad,baten,-12.5,,,gemeente,Iv3\n"
                            "c,WK000000,Bestuur,0.1,Raad,lasten,,,,gemeente,Iv3\n"}},
                &d);
  CHECK(d.ToString() == "");
  REQUIRE(m.begroting.size() == 1);
  const auto& r = m.begroting.at(2025);
  REQUIRE(r.size() == 3);
  CHECK(r[0].id == "a");
  CHECK(r[0].jaar == 2025);
  CHECK(r[0].gebied == m.FindGebied("WK999901"));
  CHECK(r[0].programma == "Groen");
  CHECK(r[0].taakveld == "5.7");
  CHECK(r[0].soort == Soort::kLasten);
  CHECK(r[0].begroot == 123456789);
  CHECK(r[0].gewijzigd == 123456780);
  CHECK(r[0].realisatie == 0);  // a known zero
  CHECK(r[0].financier == "gemeente");
  CHECK(r[0].bron == "CBS");
  CHECK(r[0].besluit == "");  // the besluit column is optional
  CHECK(r[0].pos.line == 2);
  CHECK(r[0].pos.column == 0);
  CHECK(r[1].soort == Soort::kBaten);
  CHECK(r[1].begroot == -1250);
  // Empty amounts are not known, not zero.
  CHECK_FALSE(r[1].gewijzigd.has_value());
  CHECK_FALSE(r[2].begroot.has_value());
  // An unknown area is kept, unresolved, for validate/ to report.
  CHECK(r[2].gebied == -1);
  CHECK(r[2].gebied_code == "WK000000");
}

TEST_CASE("amounts in the Dutch Excel notation are the same cents", "[model][begroting]") {
  Diagnostics d;
  Model m = Begroting(
      {{"data/begroting/2024.csv",
        kDutchHeader + "a;WK999901;Groen;5.7;Park;lasten;1.234.567,89;1234567,8;12;gemeente;"
                       "CBS\n"
                       "b;GM9999;Bestuur;0.1;Raad;lasten;-450.000;;;gemeente;NLA\n"}},
      &d);
  CHECK(d.ToString() == "");
  const auto& r = m.begroting.at(2024);
  REQUIRE(r.size() == 2);
  CHECK(r[0].begroot == 123456789);
  CHECK(r[0].gewijzigd == 123456780);
  CHECK(r[0].realisatie == 1200);
  CHECK(r[1].begroot == -45000000);
}

TEST_CASE("an amount in the other notation is an error at its field", "[model][begroting]") {
  const std::string std1 = "a,WK999901,P,5.7,O,lasten,1.234,,,gemeente,t";
  const std::string std2 = "b,WK999901,P,5.7,O,lasten,\"1,5\",,,gemeente,t";
  const std::string std3 = "c,WK999901,P,5.7,O,lasten,€ 100,,,gemeente,t";
  const std::string nl1 = "a;WK999901;P;5.7;O;lasten;1,234.50;;;gemeente;t";
  const std::string nl2 = "b;WK999901;P;5.7;O;lasten;10;1.23;;gemeente;t";
  const std::string nl3 = "c;WK999901;P;5.7;O;lasten;10;;12,345;gemeente;t";
  Diagnostics d;
  Model m =
      Begroting({{"data/begroting/2024.csv", kHeader + std1 + "\n" + std2 + "\n" + std3 + "\n"},
                 {"data/begroting/2025.csv", kDutchHeader + nl1 + "\n" + nl2 + "\n" + nl3 + "\n"}},
                &d);
  const std::string f24 = "data/begroting/2024.csv", f25 = "data/begroting/2025.csv";
  CHECK(d.ToString() ==
        At(f24, 2, std1, 6) +
            "error: amount '1.234' has more than two decimals; in the standard (1234567.89) "
            "notation this file uses\n" +
            At(f24, 3, std2, 6) +
            "error: amount '1,5' is not in the standard (1234567.89) notation this file uses\n" +
            At(f24, 4, std3, 6) +
            "error: amount '€ 100' is not in the standard (1234567.89) notation this file uses\n" +
            At(f25, 2, nl1, 6, ';') +
            "error: amount '1,234.50' is not in the Dutch (1.234.567,89) notation this file "
            "uses\n" +
            At(f25, 3, nl2, 7, ';') +
            "error: amount '1.23' is not in the Dutch (1.234.567,89) notation this file uses\n" +
            At(f25, 4, nl3, 8, ';') +
            "error: amount '12,345' has more than two decimals; in the Dutch (1.234.567,89) "
            "notation this file uses\n");
  // A bad amount is not known; it never becomes 0.
  CHECK_FALSE(m.begroting.at(2024)[0].begroot.has_value());
  CHECK(m.begroting.at(2025)[1].begroot == 1000);
  CHECK_FALSE(m.begroting.at(2025)[1].gewijzigd.has_value());
}

TEST_CASE("soort, id and bron are checked per line", "[model][begroting]") {
  const std::string r1 = "a,WK999901,P,5.7,O,uitgaven,1,,,gemeente,t";
  const std::string r2 = ",WK999901,P,5.7,O,lasten,1,,,gemeente,";
  Diagnostics d;
  Model m = Begroting({{"data/begroting/2025.csv", kHeader + r1 + "\n" + r2 + "\n"}}, &d);
  const std::string f = "data/begroting/2025.csv";
  CHECK(d.ToString() == At(f, 2, r1, 5) +
                            "error: unknown soort 'uitgaven'; expected lasten or baten\n" +
                            At(f, 3, r2, 0) + "error: empty id\n" + At(f, 3, r2, 10) +
                            "error: empty bron: every number needs a source\n");
  CHECK(m.begroting.at(2025).size() == 2);
}

TEST_CASE("begroting files are named by their year", "[model][begroting]") {
  const std::string row = "a,WK999901,P,5.7,O,lasten,1,,,gemeente,t\n";
  Diagnostics d;
  Model m = Begroting({{"data/begroting/2025.csv", kHeader + row},
                       {"data/begroting/2025-concept.csv", kHeader + row},
                       {"data/begroting/oud/2024.csv", kHeader + row},
                       {"data/begroting/25.csv", kHeader + row}},
                      &d);
  CHECK(d.ToString() ==
        "data/begroting/2025-concept.csv: error: begroting files are named <jaar>.csv, for "
        "example 2025.csv\n"
        "data/begroting/25.csv: error: begroting files are named <jaar>.csv, for example "
        "2025.csv\n"
        "data/begroting/oud/2024.csv: error: begroting files are named <jaar>.csv, for example "
        "2025.csv\n");
  CHECK(m.begroting.size() == 1);
}

TEST_CASE("a begroting without files or columns is an error", "[model][begroting]") {
  Diagnostics d;
  Model m = Begroting({}, &d);
  CHECK(d.ToString() ==
        "data/begroting/: error: missing required file data/begroting/<jaar>.csv\n");
  Diagnostics e;
  Model n = Begroting({{"data/begroting/2025.csv",
                        "id,gebied,programma,taakveld,omschrijving,soort,"
                        "begroot,realisatie,financier\n"}},
                      &e);
  CHECK(n.begroting.empty());  // a year without its columns has no lines at all
  CHECK(e.ToString() ==
        "data/begroting/2025.csv:1: error: missing required column 'bron'\n"
        "data/begroting/2025.csv:1: error: missing required column 'gewijzigd'\n");
}

TEST_CASE("the optional besluit column names the decision", "[model][begroting]") {
  Diagnostics d;
  Model m = Begroting({{"data/begroting/2025.csv",
                        "id,gebied,programma,taakveld,omschrijving,soort,begroot,gewijzigd,"
                        "realisatie,financier,bron,besluit\n"
                        "a,WK999901,P,5.7,O,lasten,1,,,gemeente,t,b1\n"
                        "b,WK999901,P,5.7,O,lasten,1,,,gemeente,t,\n"}},
                      &d);
  CHECK(d.ToString() == "");
  CHECK(m.begroting.at(2025)[0].besluit == "b1");
  CHECK(m.begroting.at(2025)[1].besluit == "");
}

TEST_CASE("taakvelden: a code may return in a later scheme, once per year", "[model][begroting]") {
  Diagnostics d;
  LoadedFiles files = ParseFiles({{"data/iv3/taakvelden.csv",
                                   "code,naam,jaren\n"
                                   "6.1,Samenkracht,2017 2018\n"
                                   "6.1,Samenkracht en burgerparticipatie,2019  2020\n"
                                   "6.2,Wijkteams,2020 twintig 1800\n"
                                   "6.1,Dubbel,2020\n"}},
                                 &d);
  Model m;
  BuildTaakvelden(files, &m, &d);
  CHECK(d.ToString() ==
        "data/iv3/taakvelden.csv:4:15: error: 'twintig' is not a year\n"
        "data/iv3/taakvelden.csv:4:15: error: '1800' is not a year\n"
        "data/iv3/taakvelden.csv:5:1: error: taakveld '6.1' appears twice in the scheme of "
        "2020\n");
  REQUIRE(m.taakvelden.size() == 4);
  CHECK(m.taakvelden[1].jaren == std::vector<int>{2019, 2020});  // the double space is skipped
  CHECK(m.taakvelden[2].jaren == std::vector<int>{2020});
  bool known = false;
  REQUIRE(m.FindTaakveld("6.1", 2018, &known));
  CHECK(m.FindTaakveld("6.1", 2018)->naam == "Samenkracht");
  CHECK(m.FindTaakveld("6.1", 2019)->naam == "Samenkracht en burgerparticipatie");
  CHECK(m.FindTaakveld("6.1", 2016, &known) == nullptr);
  CHECK(known);  // the code exists, only not in 2016's scheme
  CHECK(m.FindTaakveld("9.9", 2020, &known) == nullptr);
  CHECK_FALSE(known);
}

TEST_CASE("the years are read side by side, each with its own lines and errors",
          "[model][begroting]") {
  // Eight years on four threads, each with its own lines and one bad amount.
  ThreadsFor four(4);
  std::map<std::string, std::string> files;
  for (int jaar = 2018; jaar <= 2025; ++jaar) {
    std::string text = kHeader;
    for (int i = 0; i <= jaar - 2018; ++i) {
      text += "r" + std::to_string(jaar) + "-" + std::to_string(i) + ",WK999901,P,5.7,O,lasten," +
              (i == 0 ? "x" : std::to_string(i)) + ",,,gemeente,t\n";
    }
    files["data/begroting/" + std::to_string(jaar) + ".csv"] = text;
  }
  RegelPool pool;
  auto build = [&](Diagnostics* d) {
    return BuildOnTestdorp(
        files,
        [&pool](const LoadedFiles& f, Model* m, Diagnostics* dd) {
          BuildBegroting(f, m, dd, &pool);
        },
        d);
  };
  Diagnostics d;
  const Model m = build(&d);
  std::string want;
  for (int jaar = 2018; jaar <= 2025; ++jaar) {
    INFO(jaar);
    const Regels& regels = m.begroting.at(jaar);
    REQUIRE(regels.size() == static_cast<size_t>(jaar - 2018 + 1));
    for (size_t i = 0; i < regels.size(); ++i) {
      CHECK(regels[i].id == "r" + std::to_string(jaar) + "-" + std::to_string(i));
      CHECK(regels[i].jaar == jaar);
      CHECK(regels[i].pos.line == static_cast<int>(i) + 2);
    }
    want += "data/begroting/" + std::to_string(jaar) + ".csv:2:";
  }
  // One error per year, each at its own file (the fixture sorts them).
  std::string got;
  for (const Diagnostic& x : d.list()) got += x.pos.file + ":" + std::to_string(x.pos.line) + ":";
  CHECK(got == want);
  CHECK(pool.size() == 36);  // 1 + 2 + ... + 8 lines

  // A second build shares every line with the first through the pool.
  Diagnostics e;
  const Model again = build(&e);
  CHECK(pool.size() == 36);
  for (int jaar = 2018; jaar <= 2025; ++jaar) {
    for (size_t i = 0; i < again.begroting.at(jaar).size(); ++i) {
      CHECK(&again.begroting.at(jaar)[i] == &m.begroting.at(jaar)[i]);
    }
  }
}
