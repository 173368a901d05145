#include "cli/command.h"

#include <algorithm>
#include <cstdio>

#include "util/text.h"

namespace openwijk {

bool Flags::Has(const std::string& name) const {
  return values.count(name) ||
         std::find(switches.begin(), switches.end(), name) != switches.end();
}

std::string Flags::Get(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() ? fallback : it->second;
}

int UsageError(const std::string& command, const std::string& message) {
  std::fprintf(stderr, "openwijk %s: %s (see 'openwijk %s --help')\n", command.c_str(),
               message.c_str(), command.c_str());
  return kExitUsage;
}

bool ParseFlags(const std::string& command, const std::vector<std::string>& args,
                const std::vector<std::string>& value_flags,
                const std::vector<std::string>& switch_flags, Flags* flags) {
  auto known = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      flags->switches.push_back("help");
      continue;
    }
    if (!StartsWith(a, "--")) {
      flags->positional.push_back(a);
      continue;
    }
    std::string name = a.substr(2), value;
    size_t eq = name.find('=');
    bool has_value = eq != std::string::npos;
    if (has_value) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (known(value_flags, name)) {
      if (!has_value) {
        if (i + 1 >= args.size()) {
          UsageError(command, "--" + name + " needs a value");
          return false;
        }
        value = args[++i];
      }
      flags->values[name] = value;
    } else if (known(switch_flags, name) && !has_value) {
      flags->switches.push_back(name);
    } else {
      std::vector<std::string> all;
      for (const std::string& f : value_flags) all.push_back(f);
      for (const std::string& f : switch_flags) all.push_back(f);
      std::string hint = ClosestMatch(name, all);
      UsageError(command, "unknown option '--" + name + "'" +
                              (hint.empty() ? "" : "; did you mean '--" + hint + "'?"));
      return false;
    }
  }
  return true;
}

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"build", "build the site from the data repository at a revision",
       "usage: openwijk build [--repo DIR] [--rev REV] [--out DIR] [--worktree] [--timings]\n"
       "\n"
       "Reads site.json, data/, content/ and templates/ from the git tree at REV (without\n"
       "a checkout), checks them and writes the site to DIR. The new site replaces the old\n"
       "one in one step, and only when everything succeeded.\n"
       "\n"
       "  --repo DIR   the data repository (default: the one containing the current directory)\n"
       "  --rev REV    a commit, tag or branch (default: HEAD)\n"
       "  --out DIR    where the site goes (default: site)\n"
       "  --worktree   read the working files instead, to preview uncommitted edits;\n"
       "               every page then says it is a preview\n"
       "  --timings    print how long each stage took\n",
       RunBuild},
      {"check", "check the data without writing anything",
       "usage: openwijk check [--repo DIR] [--rev REV] [--worktree]\n"
       "\n"
       "Loads and checks everything 'build' would, and prints every problem as\n"
       "file:line:column: error: message. Exit code 0 when the data is fine, 1 when not.\n",
       RunCheck},
  };
  return kCommands;
}

}  // namespace openwijk
