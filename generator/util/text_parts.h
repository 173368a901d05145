// Text made and written in parts. The downloads that hold every budget line
// are hundreds of MB at a national scale (the benchmark's `land`): held whole,
// two of them at once were most of a build's peak memory.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace openwijk {

// Receives a file's text in parts, in order.
using PartWriter = std::function<void(std::string_view part)>;

// A buffer to append text to (out()) that hands its text to a PartWriter, when
// there is one, each time it has grown to a part's size at a Mark(). Finish()
// returns the rest: the whole text without a writer, or when it stayed
// smaller than a part, as most files do; they are never copied into a part.
class TextParts {
 public:
  static constexpr size_t kPartSize = size_t{1} << 20;

  explicit TextParts(const PartWriter* write = nullptr) : write_(write) {}
  std::string* out() { return &buf_; }
  // A place where a part may end (after a line, for example).
  void Mark() {
    if (write_ && buf_.size() >= kPartSize) Flush();
  }
  // The text not handed over (all of it when none was).
  std::string Finish() { return std::move(buf_); }

 private:
  void Flush() {
    (*write_)(buf_);
    buf_.clear();
  }
  const PartWriter* write_;
  std::string buf_;
};

}  // namespace openwijk
