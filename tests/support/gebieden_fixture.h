// Two areas for the tests that need an area and one below it: the gemeente
// Testdorp (0) and its wijk Noord (1).
#pragma once

#include "model/model.h"

namespace openwijk {

inline void TweeGebieden(Model* m) {
  m->gebieden.resize(2);
  m->gebieden[0].naam = "Testdorp";
  m->gebieden[0].pad = "gemeente/testdorp";
  m->gebieden[0].kinderen = {1};
  m->gebieden[1].naam = "Noord";
  m->gebieden[1].pad = "wijk/noord";
  m->gebieden[1].ouder = 0;
  m->root = 0;
}

}  // namespace openwijk
