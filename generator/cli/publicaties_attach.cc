// Hooks the publications into build and check: model->publicaties.
#include "cli/publicaties_load.h"

namespace openwijk {

bool AttachPublicaties(const Repository& repo, Model* model, Diagnostics* diags) {
  if (model->commit.id.empty()) return true;
  ParseCache cache;
  std::shared_ptr<const Publicaties> pubs;
  if (!LoadPublicaties(repo, model->commit.id, model->config.publicatie_patroon, &cache, &pubs,
                       diags, model)) {
    return false;
  }
  model->publicaties = std::move(pubs);
  return true;
}

}  // namespace openwijk
