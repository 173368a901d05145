// The subcommands of `openwijk`, as a table (after ninja's): each has a
// name, a one-line summary, its usage text and a function. main.cc only looks
// commands up here. Exit codes: 0 ok, 1 bad data or failed build, 2 usage.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace openwijk {

constexpr int kExitOk = 0;
constexpr int kExitData = 1;
constexpr int kExitUsage = 2;

struct Command {
  const char* name;
  const char* summary;
  const char* usage;  // full --help text
  int (*run)(const std::vector<std::string>& args);
};

const std::vector<Command>& Commands();
// The command called `name`, or nullptr.
const Command* FindCommand(const std::string& name);

// Parsed flags of one command line. Flags are "--name VALUE" or "--name=VALUE"
// for value flags, and "--name" for switches.
struct Flags {
  std::map<std::string, std::string> values;
  std::vector<std::string> switches;
  std::vector<std::string> positional;
  bool Has(const std::string& name) const;
  std::string Get(const std::string& name, const std::string& fallback) const;
};

// Parses `args` given the allowed value flags and switches. On an unknown
// flag or a missing value prints a one-line error with a "did you mean" hint
// to stderr and returns false. "--help" sets the "help" switch.
bool ParseFlags(const std::string& command, const std::vector<std::string>& args,
                const std::vector<std::string>& value_flags,
                const std::vector<std::string>& switch_flags, Flags* flags);

// Prints a usage error ("openwijk build: ...") plus a hint to use --help.
int UsageError(const std::string& command, const std::string& message);

int RunBuild(const std::vector<std::string>& args);
int RunCheck(const std::vector<std::string>& args);
int RunDiff(const std::vector<std::string>& args);          // cli/diff.cc
int RunHistory(const std::vector<std::string>& args);       // cli/history.cc
int RunPublications(const std::vector<std::string>& args);  // cli/history.cc

}  // namespace openwijk

namespace openwijk {
const char* Version();
}  // namespace openwijk
