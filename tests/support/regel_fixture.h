// One budget line with every field filled in, for the tests that need a
// line and change only the fields they are about.
#pragma once

#include "model/regels.h"

namespace openwijk {

inline BegrotingRegel VoorbeeldRegel() {
  BegrotingRegel r;
  r.id = "r1";
  r.jaar = 2025;
  r.gebied_code = "WK001401";
  r.gebied = 3;
  r.programma = "Wonen";
  r.taakveld = "8.3";
  r.omschrijving = "Wonen en bouwen in Centrum";
  r.begroot = 100000;
  r.financier = "gemeente";
  r.bron = "CBS";
  r.pos = {"data/begroting/2025.csv", 2, 0};
  return r;
}

}  // namespace openwijk
