#include "publish/publish.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <optional>

#include "util/parallel.h"
#include "util/text.h"

namespace openwijk {

namespace {

std::string ErrnoText(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

// True when the next text.size() bytes of `fd` are `text`; *buf is scratch.
bool ReadEqual(int fd, std::string_view text, std::string* buf) {
  return ReadExactly(fd, text.size(), buf) && std::string_view(*buf) == text;
}

// Copies the first `size` bytes of `from` to `to` (at its current offset).
bool CopyPrefix(int from, int to, int64_t size) {
  std::string buf(std::min<int64_t>(size, int64_t{1} << 20), '\0');
  for (off_t at = 0; at < size;) {
    ssize_t n = pread(from, &buf[0], std::min<int64_t>(size - at, buf.size()), at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;  // the previous file was cut short meanwhile
      return false;
    }
    if (!WriteAll(to, std::string_view(buf.data(), static_cast<size_t>(n)))) return false;
    at += n;
  }
  return true;
}

// True when `path` holds exactly `content`; *st is then its status.
bool SameContent(const std::string& path, const std::string& content, struct stat* st) {
  if (stat(path.c_str(), st) != 0 || !S_ISREG(st->st_mode) ||
      static_cast<size_t>(st->st_size) != content.size()) {
    return false;
  }
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string buf;
  bool same = ReadEqual(fd, content, &buf);
  close(fd);
  return same;
}

// Creates `path`; fails with EEXIST when it is there already. *st is the
// status of the written file.
bool WriteFile(const std::string& path, const std::string& content, struct stat* st) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  if (!WriteAll(fd, content)) {
    int saved = errno;
    close(fd);
    errno = saved;
    return false;
  }
  bool stat_ok = fstat(fd, st) == 0;
  return close(fd) == 0 && stat_ok;
}

bool Exists(const std::string& path) {
  struct stat st;
  return lstat(path.c_str(), &st) == 0;
}

// The last part of `out`: "site" for "www/site". Empty, "." or ".." when
// `out` does not name a folder of its own.
std::string FolderName(const std::string& out) {
  size_t slash = out.rfind('/');
  return slash == std::string::npos ? out : out.substr(slash + 1);
}

bool IsTemporarySuffix(const std::string& s) {  // mkdtemp's XXXXXX
  return s.size() == 6 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
         });
}

// Removes the folders of this user named `prefix_path` ("<parent>/
// .<name>.openwijk-tmp-") plus mkdtemp's six characters: the unfinished
// sites of builds that were killed. Only called with the lock held, so no
// build that is still running owns one.
void RemoveStaleTemporaries(const std::string& prefix_path) {
  size_t slash = prefix_path.rfind('/');
  std::string parent =
      slash == std::string::npos ? "." : (slash == 0 ? "/" : prefix_path.substr(0, slash));
  std::string prefix = slash == std::string::npos ? prefix_path : prefix_path.substr(slash + 1);
  std::vector<std::string> stale;
  if (DIR* d = opendir(parent.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name.compare(0, prefix.size(), prefix) != 0 ||
          !IsTemporarySuffix(name.substr(prefix.size())))
        continue;
      std::string path = parent + "/" + name;
      struct stat st;
      if (lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid())
        stale.push_back(path);
    }
    closedir(d);
  }
  for (const std::string& path : stale) RemoveTree(path);
}

// A file of the new site that comes in parts, written as they come and
// compared on the way with the previous site's file of that path. While the
// parts match it nothing is written; at the first difference the equal bytes
// so far are copied from it. When every part matched, the previous file is
// linked in its place, as SiteWriter::Add does.
class PartFile {
 public:
  // `previous` is "" when there is no previous site.
  PartFile(std::string dest, std::string previous)
      : dest_(std::move(dest)), previous_(std::move(previous)) {
    file_.fd = open(dest_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (file_.fd < 0) {
      error_ = errno;
      taken_ = errno == EEXIST;
      return;
    }
    struct stat st;
    if (!previous_.empty() && stat(previous_.c_str(), &st) == 0 && S_ISREG(st.st_mode))
      old_.fd = open(previous_.c_str(), O_RDONLY | O_CLOEXEC);
    same_ = old_.fd >= 0;
  }
  PartFile(const PartFile&) = delete;  // its descriptors would be closed twice
  PartFile& operator=(const PartFile&) = delete;

  // Whether another file of the new site has the path already.
  bool taken() const { return taken_; }

  void Write(std::string_view part) {
    if (error_) return;
    if (same_ && ReadEqual(old_.fd, part, &buf_)) {
      pending_ += static_cast<int64_t>(part.size());
    } else {
      if (same_) Differ();
      if (!error_ && !WriteAll(file_.fd, part)) error_ = errno;
    }
  }

  // Finishes the file: *reused when the previous file was linked in, *st the
  // status of the file in the site. 0, or the errno of the first failure.
  int Close(bool* reused, struct stat* st) {
    *reused = false;
    if (error_) return error_;
    char extra;
    if (same_ && read(old_.fd, &extra, 1) != 0) Differ();  // the previous file goes on
    if (same_) {
      // Link to a side name, then rename over the (empty) file made above.
      const std::string link_path = dest_ + ".openwijk-same";
      *reused = link(previous_.c_str(), link_path.c_str()) == 0;
      if (*reused && rename(link_path.c_str(), dest_.c_str()) != 0) {
        unlink(link_path.c_str());
        *reused = false;
      }
      if (!*reused) Differ();  // write it after all
    }
    if (*reused) {
      if (stat(dest_.c_str(), st) != 0) error_ = errno;
    } else {
      if (!error_ && fstat(file_.fd, st) != 0) error_ = errno;
      if (close(file_.fd) != 0 && !error_) error_ = errno;
      file_.fd = -1;
    }
    return error_;
  }

 private:
  void Differ() {
    same_ = false;
    if (!error_ && !CopyPrefix(old_.fd, file_.fd, pending_)) error_ = errno;
    pending_ = 0;
  }

  std::string dest_, previous_;
  Descriptor file_, old_;
  bool same_ = false;
  bool taken_ = false;
  int64_t pending_ = 0;  // bytes equal to the previous file's, not written yet
  int error_ = 0;
  std::string buf_;
};

}  // namespace

SiteWriter::SiteWriter(const std::string& out_dir) : out_(WithoutTrailingSlashes(out_dir)) {
  const std::string name = FolderName(out_);
  if (name.empty() || name == "." || name == "..") {
    error_ = "cannot write the site to '" + out_dir + "': it must name a folder of its own";
    return;
  }
  size_t slash = out_.rfind('/');
  if (slash != std::string::npos && slash > 0 && !MakeDirs(out_.substr(0, slash))) {
    error_ = ErrnoText("cannot create the folder around", out_);
    return;
  }
  // One build at a time per output folder. The kernel frees the lock when
  // the process ends, however it ends.
  const std::string lock_path = StampPath(out_) + ".lock";
  // Read-only is enough for flock, also on a lock file another user made.
  lock_.fd = open(lock_path.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC, 0666);
  if (lock_.fd < 0) {
    error_ = ErrnoText("cannot create the lock file", lock_path);
    return;
  }
  if (flock(lock_.fd, LOCK_EX | LOCK_NB) != 0) {
    error_ = errno == EWOULDBLOCK
                 ? "another build is writing " + out_ + " now (" + lock_path + " is locked)"
                 : ErrnoText("cannot lock", lock_path);
    return;
  }
  // Hidden and named after the stamp, so that nobody's own folder is taken
  // for the leftover of a killed build.
  const std::string tmp_prefix = StampPath(out_) + "-tmp-";
  RemoveStaleTemporaries(tmp_prefix);
  std::string tmpl = tmp_prefix + "XXXXXX";
  if (!mkdtemp(&tmpl[0])) {
    error_ = ErrnoText("cannot create temporary directory beside", out_);
    return;
  }
  chmod(tmpl.c_str(), 0755);
  tmp_ = tmpl;
  made_.insert(tmp_);
  struct stat st;
  previous_ = stat(out_.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

SiteWriter::~SiteWriter() {
  if (!committed_ && !tmp_.empty()) RemoveTree(tmp_);
}  // lock_ closes its descriptor after this, which frees the lock

bool SiteWriter::ok() const {
  std::lock_guard<std::mutex> lock(mu_);
  return error_.empty() && !tmp_.empty();
}

PublishStats SiteWriter::stats() const {
  std::lock_guard<std::mutex> lock(mu_);
  return stats_;
}

const std::vector<FileStamp>& SiteWriter::Stamps() {
  std::lock_guard<std::mutex> lock(mu_);
  std::sort(stamps_.begin(), stamps_.end(), ByPath);
  return stamps_;
}

void SiteWriter::Fail(std::string message) {
  std::lock_guard<std::mutex> lock(mu_);
  if (error_.empty()) error_ = std::move(message);
}

// Directories are made once; two threads racing for one both succeed.
bool SiteWriter::MakeDirs(const std::string& path) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (made_.count(path)) return true;
  }
  size_t slash = path.rfind('/');
  if (slash != std::string::npos && slash > 0 && !MakeDirs(path.substr(0, slash))) return false;
  if (mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) return false;
  std::lock_guard<std::mutex> lock(mu_);
  made_.insert(path);
  return true;
}

std::string SiteWriter::Destination(const std::string& path) {
  if (tmp_.empty()) return "";
  if (path.empty() || path[0] == '/' || path.find("..") != std::string::npos ||
      EndsWith(path, "/")) {
    Fail("refusing to write unsafe path '" + path + "'");
    return "";
  }
  std::string dest = tmp_ + "/" + path;
  size_t slash = dest.rfind('/');
  if (!MakeDirs(dest.substr(0, slash))) {
    Fail(ErrnoText("cannot create directory", dest.substr(0, slash)));
    return "";
  }
  return dest;
}

void SiteWriter::Done(std::string path, bool reused, int64_t bytes, const struct stat& st) {
  std::lock_guard<std::mutex> lock(mu_);
  ++(reused ? stats_.unchanged : stats_.written);
  ++stats_.files;
  if (EndsWith(path, ".html")) ++stats_.pages;
  stats_.bytes += bytes;
  // A hard link shares the previous file's size and modification time.
  stamps_.push_back({std::move(path), static_cast<int64_t>(st.st_size), MtimeNs(st)});
}

void SiteWriter::AddTime(std::chrono::steady_clock::time_point start) {
  write_ns_ +=
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start)
          .count();
}

void SiteWriter::Add(std::string path, std::string content) {
  auto start = std::chrono::steady_clock::now();
  std::string dest = Destination(path);
  if (!dest.empty()) AddAt(std::move(path), dest, content);
  AddTime(start);
}

void SiteWriter::AddAt(std::string path, const std::string& dest, const std::string& content) {
  std::string previous = out_ + "/" + path;
  struct stat st;
  bool reused =
      previous_ && SameContent(previous, content, &st) && link(previous.c_str(), dest.c_str()) == 0;
  if (!reused && !WriteFile(dest, content, &st)) {
    Fail(errno == EEXIST ? "two pages want the same file '" + path + "'"
                         : ErrnoText("cannot write", dest));
    return;
  }
  Done(std::move(path), reused, static_cast<int64_t>(content.size()), st);
}

void SiteWriter::AddInParts(std::string path, const PartMaker& make) {
  auto start = std::chrono::steady_clock::now();
  const std::string dest = Destination(path);
  if (dest.empty()) return;
  // Streamed from the first part on; a file that comes whole, as the rest
  // with no part before it (most files), is written as Add writes it.
  int64_t bytes = 0;
  std::optional<PartFile> file;
  AddTime(start);
  std::string rest = make([&](std::string_view part) {
    auto part_start = std::chrono::steady_clock::now();
    bytes += static_cast<int64_t>(part.size());
    if (!file) file.emplace(dest, previous_ ? out_ + "/" + path : "");
    file->Write(part);
    AddTime(part_start);
  });
  start = std::chrono::steady_clock::now();
  if (!file) {
    AddAt(std::move(path), dest, rest);
  } else {
    bytes += static_cast<int64_t>(rest.size());
    file->Write(rest);
    bool reused = false;
    struct stat st;
    if (int error = file->Close(&reused, &st)) {
      errno = error;
      Fail(file->taken() ? "two pages want the same file '" + path + "'"
                         : ErrnoText("cannot write", dest));
      return;
    }
    Done(std::move(path), reused, bytes, st);
  }
  AddTime(start);
}

// The folders' times, taken before the swap, and then a wait until the file
// system's clock is past every time stamped, before the site goes live: a
// change to the live site gets another time, even in the same tick of that
// clock as the last write (before Linux 6.13 a tick is a few milliseconds).
void SiteWriter::StampFolders() {
  std::vector<std::string> folders;
  int64_t newest = 0;
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (const std::string& made : made_) {
      if (made == tmp_) {
        folders.push_back(".");
      } else if (StartsWith(made, tmp_ + "/")) {
        folders.push_back(made.substr(tmp_.size() + 1));
      }
    }
    for (const FileStamp& f : stamps_) newest = std::max(newest, f.mtime_ns);
  }
  std::vector<FileStamp> times;
  bool ok = StatFolders(tmp_, folders, &times);
  for (const FileStamp& f : times) newest = std::max(newest, f.mtime_ns);
  ok = ok && WaitForClockPast(StampPath(out_) + ".tmp", newest);
  std::sort(times.begin(), times.end(), ByPath);
  std::lock_guard<std::mutex> lock(mu_);
  if (ok) folder_stamps_ = std::move(times);
}

std::vector<FileStamp> SiteWriter::FolderStamps() const {
  std::lock_guard<std::mutex> lock(mu_);
  return folder_stamps_;
}

bool SiteWriter::Commit() {
  if (!ok()) return false;
  StampFolders();
  if (Exists(out_)) {
    // Swap both names in one step: readers see the old or the new site, never neither.
    if (syscall(SYS_renameat2, AT_FDCWD, tmp_.c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) !=
        0) {
      Fail(ErrnoText("cannot swap in the new site at", out_));
      return false;
    }
    RemoveTree(tmp_);  // now holds the previous site
  } else if (rename(tmp_.c_str(), out_.c_str()) != 0) {
    Fail(ErrnoText("cannot move the new site to", out_));
    return false;
  }
  committed_ = true;
  return true;
}

namespace {

struct Entry {
  std::string name;
  bool folder;
};

// The entries of the open folder `dir`, with no stat when the file system
// tells each one's type (tmpfs and ext4 do).
std::vector<Entry> ReadEntries(int dir) {
  std::vector<Entry> entries;
  const int copy = fcntl(dir, F_DUPFD_CLOEXEC, 0);  // closedir closes it
  std::unique_ptr<DIR, int (*)(DIR*)> d(copy >= 0 ? fdopendir(copy) : nullptr, &closedir);
  if (!d) {
    if (copy >= 0) close(copy);
    return entries;
  }
  while (const dirent* e = readdir(d.get())) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    bool folder = e->d_type == DT_DIR;
    if (e->d_type == DT_UNKNOWN) {
      struct stat st;
      folder = fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
    }
    entries.push_back({std::move(name), folder});
  }
  return entries;
}

// Removes `entry` of the open folder `dir`, a folder with all it holds, by
// names relative to the folders: one system call per file. A folder's names
// are all read before any is removed, as readdir does not promise what it
// returns for entries removed while it reads.
void RemoveEntry(int dir, const Entry& entry) {
  if (entry.folder) {
    Descriptor sub{
        openat(dir, entry.name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)};
    if (sub.fd < 0 && (errno == ENOTDIR || errno == ELOOP)) {
      // A file or a symlink put in the folder's place since: removed, never followed.
      unlinkat(dir, entry.name.c_str(), 0);
      return;
    }
    if (sub.fd >= 0) {
      for (const Entry& e : ReadEntries(sub.fd)) RemoveEntry(sub.fd, e);
    }
  }
  unlinkat(dir, entry.name.c_str(), entry.folder ? AT_REMOVEDIR : 0);
}

}  // namespace

void RemoveTree(const std::string& given) noexcept {
  try {
    const std::string path = WithoutTrailingSlashes(given);
    Descriptor dir{open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)};
    if (dir.fd < 0) {
      // A file or a symlink; nothing when it is not there; a folder that
      // cannot be read is removed when it is empty (Linux says EISDIR).
      if (unlink(path.c_str()) != 0 && errno == EISDIR) rmdir(path.c_str());
      return;
    }
    // The top folders side by side, the threads taking the next as they finish.
    const std::vector<Entry> entries = ReadEntries(dir.fd);
    ParallelFor(entries.size(), [&](size_t i) { RemoveEntry(dir.fd, entries[i]); });
    rmdir(path.c_str());
  } catch (...) {
    // Out of memory: what is left stays, and the next build removes it as a
    // stale temporary. Destructors call this, so nothing may escape.
  }
}

bool PublishSite(const std::vector<OutputFile>& files, const std::string& out_dir,
                 PublishStats* stats, std::string* error) {
  SiteWriter writer(out_dir);
  for (const OutputFile& f : files) {
    if (!writer.ok()) break;
    writer.Add(f.path, f.content);
  }
  *stats = writer.stats();
  if (!writer.Commit()) {
    *error = writer.error();
    return false;
  }
  return true;
}

}  // namespace openwijk
