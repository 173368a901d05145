// Reading working files without ever leaving the working directory. A path is
// looked at one segment at a time with lstat, so neither the file nor any
// folder on the way to it may be a symbolic link; the file itself is opened
// with O_NOFOLLOW, so a link swapped in after the check is refused too.
#pragma once

#include <string>

namespace openwijk {

enum class DiskEntry {
  kMissing,
  kRegular,
  kDirectory,
  kSymlink,  // the entry itself, or `*link_at` (a folder on the way), is a link
  kOther,    // fifo, socket, device
};

// `workdir` ends in '/'; `path` is a safe repository path. When the result is
// kSymlink, *link_at is the repository path of the link.
DiskEntry InspectWorkFile(const std::string& workdir, const std::string& path,
                          std::string* link_at);

// Reads a regular file under workdir; false with a short *error otherwise.
bool ReadWorkFile(const std::string& workdir, const std::string& path, std::string* contents,
                  std::string* error);

}  // namespace openwijk
