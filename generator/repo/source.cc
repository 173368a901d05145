#include "repo/source.h"

namespace openwijk {

bool Source::ReadBytes(const std::string& path, FileBytes* out, std::string* error) const {
  auto copy = std::make_shared<std::string>();
  if (!ReadFile(path, copy.get(), error)) return false;
  out->text = *copy;
  out->owner = std::move(copy);
  return true;
}

}  // namespace openwijk
