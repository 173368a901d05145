// SharedText: one copy per distinct text from a pool; compares as its text.
#include <catch2/catch.hpp>

#include <sstream>

#include "util/shared_text.h"

using namespace openwijk;

TEST_CASE("a pool hands out one copy per distinct text", "[util][shared_text]") {
  SharedTextPool pool;
  std::string programma = "Wonen en bouwen";
  SharedText a = pool.Get(programma);
  programma[0] = 'w';  // the pool keeps its own copy
  SharedText b = pool.Get("Wonen en bouwen");
  SharedText c = pool.Get("wonen en bouwen");
  CHECK(a == "Wonen en bouwen");
  CHECK(&a.str() == &b.str());
  CHECK(&a.str() != &c.str());
  CHECK(a != c);
  CHECK(c == programma);
}

TEST_CASE("a shared text acts as the string it holds", "[util][shared_text]") {
  SharedText leeg;
  CHECK(leeg.empty());
  CHECK(leeg == "");
  CHECK(leeg.str().empty());
  SharedText bron = "CBS";
  CHECK(bron.size() == 3);
  CHECK(std::string(bron.c_str()) == "CBS");
  CHECK(SharedText("CBS") == bron);  // by text, not by copy
  CHECK(SharedText("ABC") < bron);
  CHECK("bron: " + bron == "bron: CBS");
  std::ostringstream out;
  out << bron;
  CHECK(out.str() == "CBS");
  SharedTextPool pool;
  CHECK(pool.Get("").empty());
}
