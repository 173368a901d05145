// The stages build and check share (cli/pipeline.cc): the revision flags,
// LoadRevision on a real git repository (a commit, the working files, and
// each way it can fail), the printed diagnostics and the stage timings.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "cli/pipeline.h"
#include "render/templates.h"
#include "site/sample_site.h"
#include "support/capture.h"
#include "support/git_fixture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

struct Loaded {
  bool ok = false;
  Model model;
  Diagnostics diags;
  std::unique_ptr<Repository> repo;
  std::unique_ptr<Source> source;
};

void Load(const RevisionOptions& opts, Loaded* out) {
  Timings t;
  t.Start();
  out->ok = LoadRevision(opts, &out->repo, &out->source, &out->model, &out->diags, &t);
  out->diags.Sort();
  // Once a revision is open, its load is timed.
  if (out->source) CHECK_THAT(t.ToString(), Catch::StartsWith("  load "));
}

RevisionOptions In(const GitFixture& git, const std::string& rev = "HEAD") {
  RevisionOptions o;
  o.repo_dir = git.dir();
  o.rev = rev;
  return o;
}

void WriteAll(GitFixture& git, const std::map<std::string, std::string>& files) {
  for (const auto& [path, text] : files) git.Write(path, text);
}

}  // namespace

TEST_CASE("the revision flags default to HEAD of the current directory", "[cli][pipeline]") {
  RevisionOptions o = RevisionFlags(Flags{});
  CHECK(o.repo_dir == ".");
  CHECK(o.rev == "HEAD");
  CHECK_FALSE(o.worktree);
  Flags f;
  f.values = {{"repo", "/data"}, {"rev", "publicatie/2025-begroting"}};
  f.switches = {"worktree"};
  o = RevisionFlags(f);
  CHECK(o.repo_dir == "/data");
  CHECK(o.rev == "publicatie/2025-begroting");
  CHECK(o.worktree);
}

TEST_CASE("LoadRevision reads, builds and validates the tree at a revision", "[cli][pipeline]") {
  GitFixture git;
  auto files = SampleFiles();
  WriteAll(git, files);
  std::string first = git.Commit("een", 1750000000);
  git.Write("data/gebieden.csv", files["data/gebieden.csv"] + "BU99990201,Dijk,buurt,WK999902,\n");
  std::string second = git.Commit("twee", 1750086400);

  Loaded head;
  Load(In(git), &head);
  // The new buurt has no boundary: a warning, which does not fail the load.
  CHECK(head.diags.ToString() ==
        "data/gebieden.csv:6:1: warning: area 'BU99990201' (Dijk) has no shape in data/geo/; its "
        "map shows it as missing\n");
  REQUIRE(head.ok);
  CHECK(head.model.gebieden.size() == 5);
  CHECK(head.model.commit.id == second);
  CHECK(head.model.commit.revision == "HEAD");
  CHECK(head.model.config.gemeente == "GM9999");
  CHECK(head.source->Exists("content/colofon.md"));  // kept open for the templates

  Loaded old;
  Load(In(git, first), &old);
  REQUIRE(old.ok);
  CHECK(old.model.gebieden.size() == 4);
  CHECK(old.model.commit.id == first);
}

TEST_CASE("LoadRevision with --worktree reads uncommitted edits", "[cli][pipeline]") {
  GitFixture git;
  auto files = SampleFiles();
  WriteAll(git, files);
  git.Commit("een");
  RevisionOptions o = In(git);
  o.worktree = true;
  Loaded clean;
  Load(o, &clean);
  REQUIRE(clean.ok);
  CHECK(clean.model.commit.worktree);
  CHECK_FALSE(clean.model.commit.dirty);
  git.Write("data/gebieden.csv", files["data/gebieden.csv"] + "BU99990201,Dijk,buurt,WK999902,\n");
  Loaded dirty;
  Load(o, &dirty);
  REQUIRE(dirty.ok);
  CHECK(dirty.model.commit.dirty);
  CHECK(dirty.model.gebieden.size() == 5);
}

TEST_CASE("LoadRevision reports every problem of the data and fails", "[cli][pipeline]") {
  GitFixture git;
  auto files = SampleFiles();
  files["data/gebieden.csv"] += "WK999903,Oost,wijk,WK009999,\n";
  files["data/begroting/2024.csv"] += "g1,WK999901,Leefomgeving,5.7,Dubbel,lasten,1,,,gemeente,t\n";
  WriteAll(git, files);
  git.Commit("fout");
  Loaded l;
  Load(In(git), &l);
  CHECK_FALSE(l.ok);
  CHECK(l.diags.ToString() ==
        "data/begroting/2024.csv:4:1: error: duplicate id 'g1' (first on line 3)\n"
        "data/gebieden.csv:6:1: warning: area 'WK999903' (Oost) has no shape in data/geo/; its "
        "map shows it as missing\n"
        "data/gebieden.csv:6:20: error: unknown parent 'WK009999' of area 'WK999903'\n");
  CHECK(l.model.gebieden.size() == 5);  // built, so that validate/ could report
}

TEST_CASE("LoadRevision stops after files that cannot be read", "[cli][pipeline]") {
  GitFixture git;
  auto files = SampleFiles();
  files["data/gebieden.csv"] += "WK999903,\"Oost,wijk,GM9999,\n";
  WriteAll(git, files);
  git.Commit("kapot");
  Loaded l;
  Load(In(git), &l);
  CHECK_FALSE(l.ok);
  CHECK(l.diags.error_count() == 1);
  CHECK_THAT(l.diags.ToString(), Catch::StartsWith("data/gebieden.csv:6:10: error: "));
  // No model, so no echoes from rules over records that were not read.
  CHECK(l.model.gebieden.empty());
}

TEST_CASE("LoadRevision without a repository or revision", "[cli][pipeline]") {
  char tmpl[] = "/tmp/openwijk-norepo-XXXXXX";
  REQUIRE(mkdtemp(tmpl));
  RevisionOptions o;
  o.repo_dir = tmpl;
  Loaded none;
  Load(o, &none);
  CHECK_FALSE(none.ok);
  CHECK(none.diags.ToString() ==
        "openwijk: error: no git repository at or above '" + std::string(tmpl) + "'\n");
  rmdir(tmpl);

  GitFixture git;
  WriteAll(git, SampleFiles());
  git.Commit("een");
  Loaded bad;
  Load(In(git, "publicatie/bestaat-niet"), &bad);
  CHECK_FALSE(bad.ok);
  CHECK(bad.diags.ToString() == "openwijk: error: unknown revision 'publicatie/bestaat-niet'\n");
  CHECK(bad.repo != nullptr);
  CHECK(bad.source == nullptr);
}

TEST_CASE("PrintDiagnostics prints sorted, then counts errors and warnings", "[cli][pipeline]") {
  Diagnostics d;
  d.Warning({"data/b.csv", 2, 1}, "second");
  d.Error({"data/a.csv", 9, 3}, "first");
  d.Error({}, "general");
  Captured c = CaptureOutput([&] {
    PrintDiagnostics(&d);
    return 0;
  });
  CHECK(c.out == "");
  CHECK(c.err ==
        "openwijk: error: general\n"
        "data/a.csv:9:3: error: first\n"
        "data/b.csv:2:1: warning: second\n"
        "openwijk: 2 errors, 1 warning\n");
  // Warnings alone: no summary line, so a fine build says nothing extra.
  Diagnostics w;
  w.Warning({"data/b.csv", 2, 0}, "let op");
  c = CaptureOutput([&] {
    PrintDiagnostics(&w);
    return 0;
  });
  CHECK(c.err == "data/b.csv:2: warning: let op\n");
}

TEST_CASE("Timings lists the stages in order and splits shared time by weight", "[cli][pipeline]") {
  Timings t;
  t.Start();
  t.Stop("load");
  std::this_thread::sleep_for(std::chrono::milliseconds(40));
  t.StopShared({{"render", 3}, {"write", 1}});
  t.StopShared({{"a", 0}, {"b", 0}});  // no weights: an even split
  std::string s = t.ToString();
  std::vector<std::pair<std::string, double>> rows;
  for (size_t p = 0; p < s.size();) {
    size_t e = s.find('\n', p);
    char name[32];
    double ms = 0;
    REQUIRE(std::sscanf(s.substr(p, e - p).c_str(), " %31s %lf ms", name, &ms) == 2);
    rows.emplace_back(name, ms);
    p = e + 1;
  }
  REQUIRE(rows.size() == 6);
  CHECK(rows[0].first == "load");
  CHECK(rows[1].first == "render");
  CHECK(rows[2].first == "write");
  CHECK(rows[5].first == "total");
  CHECK(rows[1].second + rows[2].second >= 39.9);
  CHECK(rows[1].second == Approx(3 * rows[2].second).margin(0.2));
  CHECK(rows[3].second == Approx(rows[4].second).margin(0.1));
  CHECK(rows[5].second ==
        Approx(rows[0].second + rows[1].second + rows[2].second + rows[3].second + rows[4].second)
            .margin(0.3));
  CHECK_THAT(s, Catch::Matches("(  [a-z]+ +[0-9]+\\.[0-9] ms\n)+"));
}

TEST_CASE("the fallback templates are a folder with the site's templates", "[cli][pipeline]") {
  std::string dir = FallbackTemplateDir();
  CHECK(access((dir + "/gebied.mustache").c_str(), R_OK) == 0);
  // Its layout is rendered as two halves around each page's body
  // (TemplateSet::RenderLayout): a change that stops that is seen here.
  std::ifstream in(dir + "/layout.mustache");
  std::stringstream layout;
  layout << in.rdbuf();
  TemplateSet templates;
  Diagnostics diags;
  REQUIRE(templates.Parse(dir, {{"layout.mustache", layout.str()}}, &diags));
  CHECK(templates.layout_split());
}
