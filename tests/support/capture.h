// Runs a function with stdout and stderr (file descriptors 1 and 2, so that
// printf and fputs are caught too) redirected into strings, for tests that
// call a subcommand of the command line in-process.
#pragma once

#include <functional>
#include <string>

namespace openwijk::testing {

struct Captured {
  int result = 0;   // what the function returned
  std::string out;  // written to stdout
  std::string err;  // written to stderr
};

Captured CaptureOutput(const std::function<int()>& run);

}  // namespace openwijk::testing
