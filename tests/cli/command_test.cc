// The subcommand table and flag parsing (cli/command.cc), and the usage
// errors every subcommand gives before it touches a repository: exit 2, one
// line on stderr with a "did you mean" hint where one is close, --help on
// stdout with exit 0.
#include <catch2/catch.hpp>

#include "cli/command.h"
#include "support/capture.h"

using namespace openwijk;
using namespace openwijk::testing;

namespace {

const std::vector<std::string> kValues = {"repo", "rev", "out", "threads"};
const std::vector<std::string> kSwitches = {"worktree", "timings", "force"};

// ParseFlags for "build" with the build flags; *err gets what it printed.
bool Parse(const std::vector<std::string>& args, Flags* flags, std::string* err) {
  Captured c = CaptureOutput([&] { return ParseFlags("build", args, kValues, kSwitches, flags); });
  *err = c.err;
  CHECK(c.out == "");
  return c.result != 0;
}

Captured Run(const char* command, const std::vector<std::string>& args) {
  const Command* c = FindCommand(command);
  REQUIRE(c);
  return CaptureOutput([&] { return c->run(args); });
}

}  // namespace

TEST_CASE("flags take values with a space or '=', switches stand alone", "[cli][flags]") {
  Flags f;
  std::string err;
  REQUIRE(Parse({"--repo", "/data", "--out=site 2", "--force", "extra", "--rev=", "-h"}, &f, &err));
  CHECK(err == "");
  CHECK(f.values ==
        std::map<std::string, std::string>{{"repo", "/data"}, {"out", "site 2"}, {"rev", ""}});
  CHECK(f.switches == std::vector<std::string>{"force", "help"});
  CHECK(f.positional == std::vector<std::string>{"extra"});
  CHECK(f.Has("repo"));
  CHECK(f.Has("force"));
  CHECK(f.Has("help"));
  CHECK_FALSE(f.Has("worktree"));
  CHECK(f.Get("out", "site") == "site 2");
  CHECK(f.Get("rev", "HEAD") == "");  // given empty is not absent
  CHECK(f.Get("threads", "4") == "4");
  // The last of a repeated value flag wins; a value may start with "--".
  Flags g;
  REQUIRE(Parse({"--out", "a", "--out", "--b"}, &g, &err));
  CHECK(g.Get("out", "") == "--b");
}

TEST_CASE("an unknown flag is a usage error with a hint", "[cli][flags]") {
  Flags f;
  std::string err;
  CHECK_FALSE(Parse({"--ouy", "x"}, &f, &err));
  CHECK(err ==
        "openwijk build: unknown option '--ouy'; did you mean '--out'? (see 'openwijk build "
        "--help')\n");
  CHECK_FALSE(Parse({"--workingtree"}, &f, &err));
  CHECK(err ==
        "openwijk build: unknown option '--workingtree'; did you mean '--worktree'? (see "
        "'openwijk build --help')\n");
  // Nothing close: no hint.
  CHECK_FALSE(Parse({"--verbose"}, &f, &err));
  CHECK(err == "openwijk build: unknown option '--verbose' (see 'openwijk build --help')\n");
  // A switch takes no value; the hint must not name the flag itself.
  CHECK_FALSE(Parse({"--force=yes"}, &f, &err));
  CHECK(err == "openwijk build: --force takes no value (see 'openwijk build --help')\n");
}

TEST_CASE("a value flag at the end without its value is a usage error", "[cli][flags]") {
  Flags f;
  std::string err;
  CHECK_FALSE(Parse({"--worktree", "--rev"}, &f, &err));
  CHECK(err == "openwijk build: --rev needs a value (see 'openwijk build --help')\n");
}

TEST_CASE("UsageError prints one line and returns 2", "[cli][flags]") {
  Captured c = CaptureOutput([] { return UsageError("diff", "needs two revisions"); });
  CHECK(c.result == kExitUsage);
  CHECK(c.result == 2);
  CHECK(c.out == "");
  CHECK(c.err == "openwijk diff: needs two revisions (see 'openwijk diff --help')\n");
}

TEST_CASE("the command table names every subcommand once, with its usage", "[cli]") {
  std::vector<std::string> names;
  for (const Command& c : Commands()) {
    INFO(c.name);
    names.push_back(c.name);
    CHECK(FindCommand(c.name) == &c);
    CHECK(std::string(c.summary) != "");
    CHECK_THAT(c.usage, Catch::StartsWith(std::string("usage: openwijk ") + c.name + " "));
    CHECK_THAT(c.usage, Catch::EndsWith("\n"));
  }
  CHECK(names == std::vector<std::string>{"build", "check", "diff", "history", "publications"});
  // build.cc prints Commands()[0] and [1] for --help: they must be build and check.
  CHECK(Commands()[0].run == &RunBuild);
  CHECK(Commands()[1].run == &RunCheck);
  CHECK(FindCommand("diff")->run == &RunDiff);
  CHECK(FindCommand("history")->run == &RunHistory);
  CHECK(FindCommand("publications")->run == &RunPublications);
  CHECK(FindCommand("bouw") == nullptr);
  CHECK(FindCommand("") == nullptr);
  CHECK(FindCommand("Build") == nullptr);
}

TEST_CASE("--help prints the command's own usage and exits 0", "[cli]") {
  for (const Command& command : Commands()) {
    INFO(command.name);
    for (const char* help : {"--help", "-h"}) {
      Captured c = Run(command.name, {help});
      CHECK(c.result == kExitOk);
      CHECK(c.out == command.usage);
      CHECK(c.err == "");
    }
  }
  // --help wins over other arguments, but not over a bad flag.
  Captured c = Run("diff", {"--format", "xml", "--help"});
  CHECK(c.result == kExitOk);
  CHECK(c.out == FindCommand("diff")->usage);
  c = Run("check", {"--help", "--out", "x"});
  CHECK(c.result == kExitUsage);
  CHECK(c.out == "");
}

TEST_CASE("each subcommand's usage errors exit 2 before reading anything", "[cli]") {
  struct Case {
    const char* command;
    std::vector<std::string> args;
    const char* err;
  };
  const Case cases[] = {
      {"build", {"site"}, "openwijk build: unexpected argument 'site'"},
      {"build",
       {"--worktree", "--rev", "HEAD"},
       "openwijk build: --worktree and --rev exclude each other"},
      {"build",
       {"--threads", "0"},
       "openwijk build: --threads wants a number from 1 to 256, not '0'"},
      {"build",
       {"--threads=257"},
       "openwijk build: --threads wants a number from 1 to 256, not '257'"},
      {"build",
       {"--threads", "4x"},
       "openwijk build: --threads wants a number from 1 to 256, not '4x'"},
      {"build", {"--threads="}, "openwijk build: --threads wants a number from 1 to 256, not ''"},
      {"check", {"HEAD"}, "openwijk check: unexpected argument 'HEAD'"},
      {"check", {"--out", "x"}, "openwijk check: unknown option '--out'"},
      {"check", {"--force"}, "openwijk check: unknown option '--force'"},
      {"diff", {}, "openwijk diff: needs two revisions, REV_A and REV_B"},
      {"diff", {"a", "b", "c"}, "openwijk diff: needs two revisions, REV_A and REV_B"},
      {"diff",
       {"a", "b", "--format", "xml"},
       "openwijk diff: unknown format 'xml'; expected text, csv or json"},
      {"diff",
       {"a", "b", "--exitcode"},
       "openwijk diff: unknown option '--exitcode'; did you mean '--exit-code'?"},
      {"history", {}, "openwijk history: needs one budget line id"},
      {"history", {"a", "b"}, "openwijk history: needs one budget line id"},
      {"history",
       {"a", "--format=yaml"},
       "openwijk history: unknown format 'yaml'; expected text, csv or json"},
      {"publications", {"extra"}, "openwijk publications: unexpected argument 'extra'"},
      {"publications", {"--formaat", "json"}, "openwijk publications: unknown option '--formaat'"},
  };
  for (const Case& t : cases) {
    std::string line;
    for (const std::string& a : t.args) line += " " + a;
    INFO(t.command << line);
    Captured c = Run(t.command, t.args);
    CHECK(c.result == kExitUsage);
    CHECK(c.out == "");
    CHECK(c.err == std::string(t.err) + " (see 'openwijk " + t.command + " --help')\n");
  }
}
