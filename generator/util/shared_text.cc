#include "util/shared_text.h"

#include <ostream>

namespace openwijk {

SharedText::SharedText(std::string text) {
  if (!text.empty()) text_ = std::make_shared<const std::string>(std::move(text));
}

const std::string& SharedText::Empty() {
  static const std::string kEmpty;
  return kEmpty;
}

std::ostream& operator<<(std::ostream& out, const SharedText& text) { return out << text.str(); }

SharedText SharedTextPool::Get(std::string_view text) {
  auto it = texts_.find(text);
  if (it != texts_.end()) return it->second;
  SharedText shared{std::string(text)};
  return texts_.emplace(shared.str(), shared).first->second;
}

}  // namespace openwijk
