// One publication of a Model, compared with nothing before it as the site
// does, for the tests of what a publication renders.
#pragma once

#include <memory>

#include "model/publicatie.h"

namespace openwijk {

// Adds publication "publicatie/a" (slug "a", a begroting of 2025-01-01)
// holding `model` to *pubs, and compares; false when that fails.
inline bool VoegPublicatieToe(std::shared_ptr<const Model> model, Publicaties* pubs) {
  Publicatie p;
  p.tag = "publicatie/a";
  p.slug = "a";
  p.titel = "Begroting";
  p.soort = "begroting";
  p.datum = "2025-01-01";
  p.model = std::move(model);
  pubs->lijst.push_back(p);
  Diagnostics d;
  return OrderAndCompare(pubs, &d);
}

}  // namespace openwijk
