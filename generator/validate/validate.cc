#include "validate/validate.h"

namespace openwijk {

void Validate(const Model& model, Diagnostics* diags) {
  ValidateGebieden(model, diags);
  ValidateBegroting(model, diags);
  ValidateKompas(model, diags);
  ValidateGeo(model, diags);
  ValidateBestuur(model, diags);
}

}  // namespace openwijk
