// The build stamp: what the site in an output directory was built from, and
// the exact files and folders it holds. It lives beside the site, in
// ".<name>.openwijk" (for "site": ".site.openwijk"), so the site itself stays
// pure output.
//
// A rebuild whose inputs have the same key (see cli/build.cc) and whose
// output directory still holds the stamped files, with the same sizes and
// modification times, in folders with the same modification times, has
// nothing to do: like ninja's no-op build. A file added, removed or renamed
// changes the time of its folder, so one stat per file and per folder tells.
// Any difference (a file edited, added or removed by hand, another revision,
// another binary) means a full build.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <string>
#include <vector>

namespace openwijk {

// An open file descriptor, closed with its owner, also when an exception
// passes or a constructor throws.
struct Descriptor {
  int fd = -1;
  ~Descriptor();
};

// A file's modification time in nanoseconds.
int64_t MtimeNs(const struct stat& st);

struct FileStamp {
  std::string path;  // relative to the site root
  int64_t size = 0;
  int64_t mtime_ns = 0;
  bool operator==(const FileStamp& o) const {
    return path == o.path && size == o.size && mtime_ns == o.mtime_ns;
  }
};

// Where the stamp of `out_dir` is kept.
std::string StampPath(const std::string& out_dir);

// Every regular file below `dir`, sorted by path. False when the tree cannot
// be read or holds anything but folders and regular files.
bool ListTree(const std::string& dir, std::vector<FileStamp>* out);

// True when the stamp of `out_dir` has `key` and the directory holds the
// stamped files and folders, each with its stamped time (and size).
bool StampMatches(const std::string& out_dir, const std::string& key);

// Writes the stamp of `out_dir`, whose files are `files` (SiteWriter::Stamps()
// or ListTree), sorted by path, with the times of the folders that hold them;
// atomically, through a temporary file. A folder without files is not
// stamped: SiteWriter makes a folder only for a file.
// Returns false when it could not; the next build is then simply a full one.
// A wrong list only costs a full rebuild.
bool WriteStamp(const std::string& out_dir, const std::string& key,
                const std::vector<FileStamp>& files);

// Removes the stamp, before the site changes.
void RemoveStamp(const std::string& out_dir);

}  // namespace openwijk
