#include "cli/command.h"

#include <algorithm>
#include <cstdio>

#include "util/text.h"

namespace openwijk {

bool Flags::Has(const std::string& name) const {
  return values.count(name) || std::find(switches.begin(), switches.end(), name) != switches.end();
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
    } else if (known(switch_flags, name)) {
      UsageError(command, "--" + name + " takes no value");
      return false;
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
       "usage: openwijk build [--repo DIR] [--rev REV] [--out DIR] [--worktree] [--threads N]\n"
       "                      [--force] [--timings]\n"
       "\n"
       "Reads site.json, data/, content/ and templates/ from the git tree at REV (without\n"
       "a checkout), checks them and writes the site to DIR. The new site replaces the old\n"
       "one in one step, and only when everything succeeded. When nothing changed since the\n"
       "last build into DIR (the same commit, tags and tool, and DIR exactly as that build\n"
       "left it), nothing is done.\n"
       "\n"
       "  --repo DIR   the data repository (default: the one containing the current directory)\n"
       "  --rev REV    a commit, tag or branch (default: HEAD)\n"
       "  --out DIR    where the site goes (default: site)\n"
       "  --worktree   read the working files instead, to preview uncommitted edits;\n"
       "               every page then says it is a preview\n"
       "  --threads N  load, compare and render on N threads (default: one per core);\n"
       "               the site is the same\n"
       "  --force      build even when DIR is up to date\n"
       "  --timings    print how long each stage took\n",
       RunBuild},
      {"check", "check the data without writing anything",
       "usage: openwijk check [--repo DIR] [--rev REV] [--worktree]\n"
       "\n"
       "Loads and checks everything 'build' would, and prints every problem as\n"
       "file:line:column: error: message. Exit code 0 when the data is fine, 1 when not.\n",
       RunCheck},
      {"diff", "show what changed in the data between two revisions",
       "usage: openwijk diff REV_A REV_B [--format text|csv|json] [--gebied CODE] [--exit-code]\n"
       "                     [--repo DIR]\n"
       "\n"
       "Compares the data at two revisions (commits, tags such as publicatie/2025-begroting,\n"
       "branches) the way the publication pages do: budget lines are matched on jaar and id,\n"
       "so moving rows around is not a change. Prints the lines added, removed and changed,\n"
       "and the wijkkompas values that changed.\n"
       "\n"
       "  --format F   text (default), csv (first column +++ added, --- removed, -> changed;\n"
       "               a changed cell reads old->new) or json ({added, removed, changed})\n"
       "  --gebied C   only the area with code C and the areas in it\n"
       "  --exit-code  exit with 1 when there are changes, 0 when there are none, 2 on an\n"
       "               error\n"
       "  --repo DIR   the data repository (default: the one containing the current directory)\n",
       RunDiff},
      {"history", "show one budget line in every publication",
       "usage: openwijk history ID [--format text|csv|json] [--repo DIR] [--rev REV]\n"
       "\n"
       "Prints the values of the budget line with id ID in every publication (tags matching\n"
       "site.json's \"publicaties\", default publicatie/*) reachable from REV, oldest first.\n"
       "\n"
       "  --format F   text (default), csv or json\n"
       "  --repo DIR   the data repository (default: the one containing the current directory)\n"
       "  --rev REV    a commit, tag or branch (default: HEAD)\n",
       RunHistory},
      {"publications", "list the publications reachable from a revision",
       "usage: openwijk publications [--repo DIR] [--rev REV]\n"
       "\n"
       "Lists the publications (tags matching site.json's \"publicaties\", default\n"
       "publicatie/*) reachable from REV, newest first: date, soort, commit, tag, title\n"
       "and a summary of what changed since the one before.\n"
       "\n"
       "  --repo DIR   the data repository (default: the one containing the current directory)\n"
       "  --rev REV    a commit, tag or branch (default: HEAD)\n",
       RunPublications},
  };
  return kCommands;
}

const Command* FindCommand(const std::string& name) {
  for (const Command& c : Commands()) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

}  // namespace openwijk
