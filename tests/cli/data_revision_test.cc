// Reading the data of other revisions (cli/publicaties_load.h): errors carry
// the revision's label, only data files are read, a diff parses only the
// lines that differ yet reports them at their real line, and publications
// are the tags reachable from the built commit. (The parse cache has its own
// tests in publicaties_load_test.cc.)
#include <catch2/catch.hpp>

#include <algorithm>

#include "cli/publicaties_load.h"
#include "site/sample_site.h"
#include "support/bestuur_fixture.h"
#include "support/git_fixture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

struct Repo {
  GitFixture git;
  std::map<std::string, std::string> files = SampleFiles();
  std::unique_ptr<Repository> repo;

  std::string Commit(const std::string& message, int64_t time) {
    for (const auto& [path, text] : files) git.Write(path, text);
    return git.Commit(message, time);
  }
  Repository& Open() {
    std::string error;
    repo = OpenRepository(git.dir(), &error);
    REQUIRE(repo);
    return *repo;
  }
  // Replaces line `n` (from 1) of a file.
  void SetLine(const std::string& path, int n, const std::string& line) {
    std::string& text = files[path];
    size_t start = 0;
    for (int i = 1; i < n; ++i) start = text.find('\n', start) + 1;
    text.replace(start, text.find('\n', start) - start, line);
  }
};

const char* const k2025 = "data/begroting/2025.csv";

// Both sides of `openwijk diff` between two commits, which must load without
// a message.
struct Sides {
  ParseCache cache;
  DataRevision a, b;
};
void LoadCleanPair(Repository& repo, const std::string& c1, const std::string& c2, Sides* s) {
  Diagnostics d;
  REQUIRE(LoadDiffPair(repo, c1, c2, &s->cache, &s->a, &s->b, &d));
  CHECK(d.ToString() == "");
}

}  // namespace

TEST_CASE("a revision's data is read without pages or boundaries", "[cli][publicaties]") {
  Repo r;
  std::string c1 = r.Commit("een", 1750000000);
  ParseCache cache;
  DataRevision rev;
  Diagnostics d;
  REQUIRE(LoadDataRevision(r.Open(), c1, "publicatie/een", &cache, &rev, &d));
  CHECK(d.ToString() == "");
  std::vector<std::string> paths;
  for (const auto& [path, id] : rev.file_ids) {
    paths.push_back(path);
    CHECK(id == r.git.RevParse(c1 + ":" + path));
  }
  CHECK(paths == std::vector<std::string>{"data/begroting/2024.csv", k2025, "data/gebieden.csv",
                                          "data/iv3/taakvelden.csv", "data/kompas/indicatoren.csv",
                                          "data/kompas/waarden.csv", "site.json"});
  CHECK(rev.commit.id == c1);
  CHECK(rev.commit.revision == c1);
  REQUIRE(rev.model);
  CHECK(rev.model->begroting.size() == 2);
  CHECK(rev.model->gebieden.size() == 4);
  CHECK(rev.model->dna.empty());
  CHECK(rev.model->geo.empty());
}

TEST_CASE("errors in another revision's data carry its label", "[cli][publicaties]") {
  Repo r;
  r.files[k2025] += "g1;WK999902;Leefomgeving;5.7;Dubbel;lasten;1;;;gemeente;t\n";
  // A geo file that would be wrong is not read at all.
  r.files["data/geo/gebieden.geojson"] = "{";
  std::string c1 = r.Commit("fout", 1750000000);
  ParseCache cache;
  DataRevision rev;
  Diagnostics d;
  CHECK_FALSE(LoadDataRevision(r.Open(), c1, "publicatie/2025-begroting", &cache, &rev, &d));
  CHECK(d.ToString() ==
        "publicatie/2025-begroting:data/begroting/2025.csv:6:1: error: duplicate id 'g1' (first on "
        "line 3)\n");
  Diagnostics none;
  CHECK_FALSE(LoadDataRevision(r.Open(), "v9", "v9", &cache, &rev, &none));
  CHECK(none.ToString() == "openwijk: error: unknown revision 'v9'\n");
}

TEST_CASE("a diff parses only the lines that differ, at their real line numbers",
          "[cli][publicaties]") {
  Repo r;
  std::string c1 = r.Commit("een", 1750000000);
  r.SetLine(k2025, 3,
            "g1;WK999901;Leefomgeving;5.7;Groen Noord;lasten;300.000;270.000;;gemeente;"
            "illustratief");
  std::string c2 = r.Commit("twee", 1750086400);
  Repository& repo = r.Open();
  Sides s;
  LoadCleanPair(repo, c1, c2, &s);
  const DataRevision &a = s.a, &b = s.b;
  // 2024 is the same blob on both sides: not read. 2025 holds the one changed line.
  for (const DataRevision* side : {&a, &b}) {
    REQUIRE(side->model);
    CHECK(side->model->begroting.count(2024) == 0);
    REQUIRE(side->model->begroting.at(2025).size() == 1);
    CHECK(side->model->begroting.at(2025)[0].id == "g1");
    CHECK(side->model->begroting.at(2025)[0].pos.line == 3);
    CHECK(side->model->gebieden.size() == 4);  // always: the tree names the areas
    CHECK(side->model->kompas.empty());        // the same files on both sides
  }
  CHECK(*a.model->begroting.at(2025)[0].gewijzigd == 28000000);
  CHECK(*b.model->begroting.at(2025)[0].gewijzigd == 27000000);
  CHECK(a.commit.revision == c1);
  CHECK(b.commit.id == c2);
}

TEST_CASE("every changed year file is reduced to its changed lines", "[cli][publicaties]") {
  Repo r;
  std::string c1 = r.Commit("een", 1750000000);
  r.SetLine("data/begroting/2024.csv", 3,
            "g1,WK999901,Leefomgeving,5.7,Groen Noord,lasten,260000,,,gemeente,illustratief");
  r.SetLine(k2025, 5,
            "z1;WK999902;Leefomgeving;5.7;Groen Zuid;lasten;110.000;;;gemeente;illustratief");
  std::string c2 = r.Commit("twee", 1750086400);
  Sides s;
  LoadCleanPair(r.Open(), c1, c2, &s);
  const DataRevision &a = s.a, &b = s.b;
  for (const DataRevision* side : {&a, &b}) {
    REQUIRE(side->model);
    REQUIRE(side->model->begroting.at(2024).size() == 1);
    CHECK(side->model->begroting.at(2024)[0].id == "g1");
    CHECK(side->model->begroting.at(2024)[0].pos.line == 3);
    REQUIRE(side->model->begroting.at(2025).size() == 1);
    CHECK(side->model->begroting.at(2025)[0].id == "z1");
    CHECK(side->model->begroting.at(2025)[0].pos.line == 5);
  }
  CHECK(*a.model->begroting.at(2024)[0].begroot == 25000000);
  CHECK(*b.model->begroting.at(2024)[0].begroot == 26000000);
  CHECK(*a.model->begroting.at(2025)[0].begroot == 10000000);
  CHECK(*b.model->begroting.at(2025)[0].begroot == 11000000);
}

TEST_CASE("a CRLF file without a line end after its last line is still reduced",
          "[cli][publicaties]") {
  Repo r;
  std::string& text = r.files[k2025];
  std::string crlf;
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  while (crlf.size() >= 2 && crlf.compare(crlf.size() - 2, 2, "\r\n") == 0)
    crlf.resize(crlf.size() - 2);
  text = crlf;
  const int last = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
  std::string c1 = r.Commit("een", 1750000000);
  // The last line's begroot (field 7) changes.
  const size_t start = text.rfind('\n') + 1;
  size_t field = start;
  for (int i = 0; i < 6; ++i) field = text.find(';', field) + 1;
  text.replace(field, text.find(';', field) - field, "12.345");
  std::string c2 = r.Commit("twee", 1750086400);
  Sides s;
  LoadCleanPair(r.Open(), c1, c2, &s);
  const DataRevision &a = s.a, &b = s.b;
  // Only the changed line was parsed: the reduced text ends as the file does,
  // without a line end, so its CRLF line ends stay consistent.
  for (const DataRevision* side : {&a, &b}) {
    REQUIRE(side->model);
    REQUIRE(side->model->begroting.at(2025).size() == 1);
    CHECK(side->model->begroting.at(2025)[0].pos.line == last);
  }
  CHECK(*b.model->begroting.at(2025)[0].begroot == 1234500);
}

TEST_CASE("errors of both revisions come out in revision and file order", "[cli][publicaties]") {
  Repo r;
  const std::string veel =
      "g1,WK999901,Leefomgeving,5.7,Groen Noord,lasten,veel,,,gemeente,illustratief";
  const std::string geen =
      "z1;WK999902;Leefomgeving;5.7;Groen Zuid;lasten;geen;;;gemeente;illustratief";
  r.SetLine("data/begroting/2024.csv", 3, veel);
  std::string c1 = r.Commit("een", 1750000000);
  r.SetLine("data/begroting/2024.csv", 3,
            "g1,WK999901,Leefomgeving,5.7,Groen Noord,lasten,weinig,,,gemeente,illustratief");
  r.SetLine(k2025, 5, geen);
  std::string c2 = r.Commit("twee", 1750086400);
  ParseCache cache;
  DataRevision a, b;
  Diagnostics d;
  CHECK_FALSE(LoadDiffPair(r.Open(), c1, c2, &cache, &a, &b, &d));
  const std::string col24 = std::to_string(Column(veel, 6, ','));
  const std::string col25 = std::to_string(Column(geen, 6, ';'));
  const std::string standaard = "notation this file uses\n";
  CHECK(d.ToString() == c1 + ":data/begroting/2024.csv:3:" + col24 +
                            ": error: amount 'veel' is not in the standard (1234567.89) " +
                            standaard + c2 + ":data/begroting/2024.csv:3:" + col24 +
                            ": error: amount 'weinig' is not in the standard (1234567.89) " +
                            standaard + c2 + ":data/begroting/2025.csv:5:" + col25 +
                            ": error: amount 'geen' is not in the Dutch (1.234.567,89) " +
                            standaard);
}

// openwijk diff parses only the lines that differ between the two versions.
// Every position it reports must still be a position in the whole file.
// DiffErrors commits line 4 of the 2025 begroting as `row` and returns what
// LoadDiffPair reports between the two commits (which must fail).
namespace {

std::string DiffErrors(const std::string& row) {
  Repo r;
  r.Commit("een", 1750000000);
  Repository& repo = r.Open();
  ParseCache cache;
  DataRevision a, b;
  std::string c1 = r.git.RevParse("HEAD");
  r.SetLine(k2025, 4, row);
  r.Commit("twee", 1750086400);
  Diagnostics e;
  CHECK_FALSE(LoadDiffPair(repo, c1, "HEAD", &cache, &a, &b, &e));
  return e.ToString();
}

}  // namespace

TEST_CASE("a field error on a changed line points at its line in the whole file",
          "[cli][publicaties]") {
  const std::string bad =
      "w1;BU99990101;Participatie;6.1;Wijkbudget Oude Haven;lasten;veel;;;corporaties;"
      "illustratief";
  CHECK(DiffErrors(bad) == "HEAD:data/begroting/2025.csv:4:" + std::to_string(Column(bad, 6, ';')) +
                               ": error: amount 'veel' is not in the Dutch (1.234.567,89) "
                               "notation this file uses\n");
}

TEST_CASE("a changed line that breaks the CSV is reported at its line in the whole file",
          "[cli][publicaties]") {
  CHECK_THAT(DiffErrors("w1;BU99990101;\"Participatie;6.1"),
             Catch::StartsWith("HEAD:data/begroting/2025.csv:4:15: error: "
                               "unbalanced quote: field never closed\n"));
}

TEST_CASE("publications are the tags reachable from the commit, oldest first",
          "[cli][publicaties]") {
  Repo r;
  std::string c1 = r.Commit("een", 1750000000);
  r.git.Tag("publicatie/2025-begroting", "Begroting 2025\n\nsoort: begroting\ndatum: 2024-11-07\n",
            1750000100);
  r.git.Tag("ander/label", "Geen publicatie\n", 1750000100);
  r.files[k2025] += "x1;WK999902;Leefomgeving;5.7;Speeltuin;lasten;7.000;;;gemeente;t\n";
  std::string c2 = r.Commit("twee", 1750086400);
  r.git.Tag("publicatie/2025-wijziging");  // lightweight: the commit's date
  Repository& repo = r.Open();
  ParseCache cache;
  std::shared_ptr<const Publicaties> pubs;
  Diagnostics d;
  REQUIRE(LoadPublicaties(repo, c2, "publicatie/*", &cache, &pubs, &d));
  CHECK(d.ToString() == "");
  REQUIRE(pubs->lijst.size() == 2);
  const Publicatie& p0 = pubs->lijst[0];
  CHECK(p0.tag == "publicatie/2025-begroting");
  CHECK(p0.slug == "2025-begroting");
  CHECK(p0.titel == "Begroting 2025");
  CHECK(p0.soort == "begroting");
  CHECK(p0.datum == "2024-11-07");
  CHECK(p0.commit_id == c1);
  const Publicatie& p1 = pubs->lijst[1];
  CHECK(p1.titel == "publicatie/2025-wijziging");  // no message: the tag's name
  CHECK(p1.soort == "");
  CHECK(p1.datum == "2025-06-16");  // commit time 1750086400
  REQUIRE(pubs->wijzigingen.size() == 2);
  CHECK(pubs->geschiedenissen.Has("x1"));

  // From the first commit, the later tag is not reachable.
  std::shared_ptr<const Publicaties> early;
  REQUIRE(LoadPublicaties(repo, c1, "publicatie/*", &cache, &early, &d));
  REQUIRE(early->lijst.size() == 1);
  CHECK(early->lijst[0].tag == "publicatie/2025-begroting");
}

TEST_CASE("a tag message with a bad soort stops the publications", "[cli][publicaties]") {
  Repo r;
  std::string c1 = r.Commit("een", 1750000000);
  r.git.Tag("publicatie/fout", "Fout\n\nsoort: begroot\n", 1750000100);
  ParseCache cache;
  std::shared_ptr<const Publicaties> pubs;
  Diagnostics d;
  CHECK_FALSE(LoadPublicaties(r.Open(), c1, "publicatie/*", &cache, &pubs, &d));
  CHECK_THAT(d.ToString(),
             Catch::StartsWith("openwijk: error: tag 'publicatie/fout': unknown soort 'begroot'"));
  CHECK(pubs == nullptr);
}
