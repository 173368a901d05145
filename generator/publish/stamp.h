// The build stamp: what the site in an output directory was built from, and
// the exact files and folders it holds. It lives beside the site, in
// ".<name>.openwijk" (for "site": ".site.openwijk"), so the site itself stays
// pure output. Its lines:
//   openwijk-stamp 2 <key>
//   dir <mtime ns> <path>            every folder, "." the site's own
//   file <size> <mtime ns> <path>    every file
//   end <folders> <files>            so that a stamp cut short is no stamp
//
// A rebuild whose inputs have the same key (see cli/build.cc) and whose
// output directory still holds the stamped files, with the same sizes and
// modification times, in folders with the same modification times, has
// nothing to do: like ninja's no-op build. A file added, removed or renamed
// changes the time of its folder, so one stat per file and per folder tells.
// Any other difference (a file edited, added or removed by hand, another
// revision, another binary) means a full build. What it cannot see: a change
// whose folder's time is then put back by hand (touch -r).
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace openwijk {

// An open file descriptor, closed with its owner, also when an exception
// passes or a constructor throws.
struct Descriptor {
  int fd = -1;
  Descriptor() = default;
  explicit Descriptor(int f) noexcept : fd(f) {}
  ~Descriptor();
  Descriptor(const Descriptor&) = delete;  // one owner: a copy would close it twice
  Descriptor& operator=(const Descriptor&) = delete;
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

// The order of a stamp's lists, and of ListTree's: by path.
inline bool ByPath(const FileStamp& a, const FileStamp& b) { return a.path < b.path; }

// Where the stamp of `out_dir` is kept.
std::string StampPath(const std::string& out_dir);

// Writes all of `text` to `fd`; false (errno set) on an error.
bool WriteAll(int fd, std::string_view text);
// Reads exactly `size` bytes of `fd` into *out; false on an error or when
// the file ends before.
bool ReadExactly(int fd, size_t size, std::string* out);

// Every regular file below `dir`, sorted by path, and with `folders` every
// folder with its time (size 0; "." is `dir` itself), sorted by path. False
// when the tree cannot be read or holds anything but folders and regular
// files.
bool ListTree(const std::string& dir, std::vector<FileStamp>* files,
              std::vector<FileStamp>* folders = nullptr);

// Waits, a few milliseconds at most, until the clock of the file system that
// holds `scratch` (a file made there for the purpose, and removed) is past
// `newest`: any change after it gets a later time. False when that does not
// come soon (a file system that keeps times in whole seconds).
bool WaitForClockPast(const std::string& scratch, int64_t newest);

// The times of folders `paths` below `dir` ("." is `dir` itself), in that
// order, looked up side by side. False when one of them is not a folder.
bool StatFolders(const std::string& dir, const std::vector<std::string>& paths,
                 std::vector<FileStamp>* out);

// True when the stamp of `out_dir` has `key` and the directory holds the
// stamped files and folders, each with its stamped time (and size).
bool StampMatches(const std::string& out_dir, const std::string& key);

// Writes the stamp of `out_dir`: its `files` and `folders`, each with the
// time it has in the site (SiteWriter::Stamps() and FolderStamps(), or
// ListTree). `folders` must be every folder of the site, "." included: a file
// added to a folder that is not stamped goes unseen. The stamp is written to
// a temporary file and renamed into place, once that file's time, from the
// file system's own clock, is past every stamped time: a later change then
// gets another time. False when it could not (or that clock keeps whole
// seconds); the next build is then simply a full one.
bool WriteStamp(const std::string& out_dir, const std::string& key,
                const std::vector<FileStamp>& files, const std::vector<FileStamp>& folders);

// Removes the stamp, before the site changes.
void RemoveStamp(const std::string& out_dir);

}  // namespace openwijk
