#include "support/capture.h"

#include <unistd.h>

#include <cstdio>
#include <stdexcept>

namespace openwijk::testing {

namespace {

// Points `fd` at a fresh temporary file until Finish() reads it back.
class Redirect {
 public:
  Redirect(FILE* stream, int fd) : stream_(stream), fd_(fd) {
    std::fflush(stream_);
    file_ = std::tmpfile();
    saved_ = dup(fd_);
    if (!file_ || saved_ < 0 || dup2(fileno(file_), fd_) < 0)
      throw std::runtime_error("CaptureOutput: cannot redirect");
  }
  ~Redirect() { Finish(); }

  std::string Finish() {
    std::string text;
    if (saved_ < 0) return text;
    std::fflush(stream_);
    dup2(saved_, fd_);
    close(saved_);
    saved_ = -1;
    std::rewind(file_);
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, file_)) > 0) text.append(buf, n);
    std::fclose(file_);
    return text;
  }

 private:
  FILE* stream_;
  int fd_;
  FILE* file_ = nullptr;
  int saved_ = -1;
};

}  // namespace

Captured CaptureOutput(const std::function<int()>& run) {
  Captured c;
  Redirect out(stdout, 1), err(stderr, 2);
  c.result = run();
  c.err = err.Finish();
  c.out = out.Finish();
  return c;
}

}  // namespace openwijk::testing
