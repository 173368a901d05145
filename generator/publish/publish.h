// Puts a rendered site on disk without ever leaving a half-written site:
// every file is written into a fresh directory beside the output directory
// as soon as it is rendered, and that directory is swapped in with one
// atomic rename (renameat2 RENAME_EXCHANGE) when everything succeeded. A
// build that fails, or is killed, leaves the previous site exactly as it was.
//
// Files whose content did not change are hard-linked from the previous site
// instead of written again, so a rebuild rewrites only what changed.
//
// One build at a time writes an output folder: the writer holds a lock on
// ".<name>.openwijk.lock" beside it (flock, freed when the process ends).
// Holding it, the writer removes the ".<name>.openwijk-tmp-XXXXXX" folders
// (its own temporary folders) that killed builds left behind.
#pragma once

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "publish/stamp.h"
#include "render/render_site.h"

namespace openwijk {

struct PublishStats {
  int files = 0;
  int pages = 0;      // .html files
  int written = 0;    // new or changed files
  int unchanged = 0;  // reused from the previous site
  int64_t bytes = 0;
};

// The OutputSink that writes the new site. Add may be called from several
// threads at once.
class SiteWriter : public OutputSink {
 public:
  // Creates the temporary directory beside `out_dir` (and out_dir's parent
  // when it is missing). Check ok() before use.
  explicit SiteWriter(const std::string& out_dir);
  // Removes the temporary directory unless Commit() swapped it in.
  ~SiteWriter() override;

  // Writes one file. A failure (an unsafe path, two files with one path, a
  // full disk) is remembered: ok() turns false and Commit() refuses.
  void Add(std::string path, std::string content) override;
  // The same for a file that comes in parts: each is written as it comes,
  // and compared with the previous site's file on the way. A file that
  // comes whole, as the maker's rest alone, is written as Add writes it.
  void AddInParts(std::string path, const PartMaker& make) override;

  // Swaps the new site in. Returns false (see error()) when anything failed;
  // the output directory is then untouched.
  bool Commit();

  bool ok() const;
  const std::string& error() const { return error_; }
  PublishStats stats() const;
  // Every file written or kept, with the size and modification time it has
  // in the site, sorted by path: the build stamp, without walking the tree.
  // For after the last Add: the list is sorted where it is, not copied (at
  // the benchmark's land scale it holds 800,000 paths).
  const std::vector<FileStamp>& Stamps();
  // Every folder of the site ("." its own), sorted by path, with the time it
  // had when Commit() swapped it in; empty before, or when they could not be
  // read or the file system's clock did not move past them soon.
  std::vector<FileStamp> FolderStamps() const;
  // Thread time spent in Add and AddInParts (writing, comparing, linking),
  // in seconds; not the time spent making the parts.
  double write_seconds() const { return write_ns_.load() / 1e9; }

 private:
  bool MakeDirs(const std::string& path);
  void StampFolders();
  void Fail(std::string message);
  // The file `path` in the temporary site, its folder made; "" after Fail.
  std::string Destination(const std::string& path);
  // Add, for a path that Destination made `dest`.
  void AddAt(std::string path, const std::string& dest, const std::string& content);
  // Counts a file done: written, or linked (`reused`) with status *st.
  void Done(std::string path, bool reused, int64_t bytes, const struct stat& st);
  void AddTime(std::chrono::steady_clock::time_point start);

  std::string out_, tmp_;
  // Whether out_ holds a previous site to compare with. A first build skips
  // looking for each file there (a failed stat per file, 2% of a build).
  bool previous_ = false;
  Descriptor lock_;
  bool committed_ = false;
  mutable std::mutex mu_;       // guards what follows
  std::set<std::string> made_;  // directories that exist in tmp_
  std::string error_;
  PublishStats stats_;
  std::vector<FileStamp> stamps_;
  std::vector<FileStamp> folder_stamps_;
  std::atomic<int64_t> write_ns_{0};
};

// Writes `files` to `out_dir` in one go. Returns false and sets *error on
// failure, in which case `out_dir` is untouched.
bool PublishSite(const std::vector<OutputFile>& files, const std::string& out_dir,
                 PublishStats* stats, std::string* error);

// Deletes a directory tree. When the last part of `path` is a symlink, the
// symlink is removed and not followed, also with trailing slashes; symlinks
// inside the tree are never followed. (Folders earlier in `path` may be
// symlinks, as an output path may run through one.) Used for the swapped out
// previous site, failed temporary folders and stale ones a killed build left.
// Its top folders are removed side by side on up to Threads() threads. Never
// throws: destructors call it.
void RemoveTree(const std::string& path) noexcept;

}  // namespace openwijk
