// openwijk: builds an open-begroting website from a gemeente's git data
// repository. This file only dispatches to the subcommand table (cli/).
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "util/allocator.h"
#include "util/text.h"

namespace {

void PrintUsage(FILE* out) {
  std::fprintf(out, "usage: openwijk <command> [options]\n\ncommands:\n");
  for (const openwijk::Command& c : openwijk::Commands()) {
    std::fprintf(out, "  %-13s %s\n", c.name, c.summary);
  }
  std::fprintf(out,
               "\n'openwijk <command> --help' tells more; 'openwijk --version' the version.\n");
}

// The command line's command, run; its exit status.
int Run(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(stderr);
    return openwijk::kExitUsage;
  }
  std::string name = argv[1];
  if (name == "--version" || name == "version") {
    std::printf("openwijk %s\n", openwijk::Version());
    return openwijk::kExitOk;
  }
  if (name == "--help" || name == "-h" || name == "help") {
    PrintUsage(stdout);
    return openwijk::kExitOk;
  }
  std::vector<std::string> names;
  for (const openwijk::Command& c : openwijk::Commands()) {
    if (name == c.name) return c.run(std::vector<std::string>(argv + 2, argv + argc));
    names.push_back(c.name);
  }
  std::string hint = openwijk::ClosestMatch(name, names);
  std::fprintf(stderr, "openwijk: unknown command '%s'%s (see 'openwijk --help')\n", name.c_str(),
               hint.empty() ? "" : ("; did you mean '" + hint + "'?").c_str());
  return openwijk::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  // Large pages serve the memory the allocator takes from the system from
  // here on (util/allocator.h). This thread's heap took its first block
  // before main, in small pages, and would fill that first: the command runs
  // on a thread whose heap starts now.
  openwijk::UseLargePages();
  int status = openwijk::kExitUsage;
  std::thread command;
  try {
    command = std::thread([&] { status = Run(argc, argv); });
  } catch (const std::exception&) {  // no thread to be had
  }
  if (!command.joinable()) return Run(argc, argv);  // then here
  command.join();
  return status;
}
