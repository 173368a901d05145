// Hooks the publications into build and check: model->publicaties.
#include "cli/publicaties_load.h"

namespace openwijk {

bool AttachPublicaties(const Repository& repo, Model* model, Diagnostics* diags,
                       ParseCache* cache) {
  ParseCache own;
  if (!cache) cache = &own;
  std::shared_ptr<const Publicaties> pubs;
  bool ok = model->commit.id.empty() ||
            LoadPublicaties(repo, model->commit.id, model->config.publicatie_patroon, cache, &pubs,
                            diags, model);
  cache->KeepOnly({});  // the Models are built: no parse is needed after this
  if (ok && pubs) model->publicaties = std::move(pubs);
  return ok;
}

}  // namespace openwijk
