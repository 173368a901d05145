// A small but complete data repository for whole-site tests: one gemeente,
// two wijken, one buurt, a begroting in each notation, kompas figures and a
// content page. Tests write it into a GitFixture, change one file, commit,
// and build.
#pragma once

#include <map>
#include <string>

namespace openwijk::testing {

// Path -> contents of every file of the sample repository.
std::map<std::string, std::string> SampleFiles();

}  // namespace openwijk::testing
