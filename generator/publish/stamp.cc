#include "publish/stamp.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <functional>
#include <string_view>

#include "util/parallel.h"
#include "util/text.h"

namespace openwijk {

Descriptor::~Descriptor() {
  if (fd >= 0) close(fd);
}

int64_t MtimeNs(const struct stat& st) {
  return static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

namespace {

// Opens folder `path` below folder `root` without following a link in any
// part of it: a folder swapped for a link while a tree is listed must not
// lead the listing out of it. openat2 can say so (Linux 5.6); where it is
// missing or filtered out, O_NOFOLLOW guards the last part only.
int OpenBelow(int root, const std::string& path) {
  open_how how{};
  how.flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS;
  long fd = syscall(SYS_openat2, root, path.c_str(), &how, sizeof how);
  if (fd < 0 && (errno == ENOSYS || errno == EPERM)) {  // EPERM: a seccomp filter
    fd = openat(root, path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  }
  return static_cast<int>(fd);
}

// The files of folder `dir` (relative to `root`; "" is root itself), with
// their sizes and times, its subfolders, and its own time. False when it
// cannot be read or holds anything but folders and regular files. Each
// entry's type comes with the folder's listing, so a subfolder costs no stat
// of its own.
bool ListFolder(int root, const std::string& dir, std::vector<FileStamp>* files,
                std::vector<std::string>* folders, int64_t* mtime_ns) {
  Descriptor fd{OpenBelow(root, dir.empty() ? "." : dir)};
  struct stat own;
  if (fd.fd < 0 || fstat(fd.fd, &own) != 0) return false;
  *mtime_ns = MtimeNs(own);
  bool ok = true;
  alignas(dirent64) char buf[32768];
  while (ok) {
    ssize_t n = getdents64(fd.fd, buf, sizeof buf);
    if (n <= 0) {
      ok = n == 0;  // 0: the end of the listing
      break;
    }
    for (ssize_t at = 0; ok && at < n;) {
      const auto* e = reinterpret_cast<const dirent64*>(buf + at);
      at += e->d_reclen;
      std::string_view name = e->d_name;
      if (name == "." || name == "..") continue;
      std::string path = dir.empty() ? std::string(name) : dir + "/" + std::string(name);
      unsigned char type = e->d_type;
      struct stat st;
      if (type == DT_REG || type == DT_UNKNOWN) {  // some filesystems do not say
        if (fstatat(fd.fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
          ok = false;
          break;
        }
        type = S_ISREG(st.st_mode) ? DT_REG : S_ISDIR(st.st_mode) ? DT_DIR : DT_UNKNOWN;
      }
      if (type == DT_REG) {
        files->push_back({std::move(path), static_cast<int64_t>(st.st_size), MtimeNs(st)});
      } else if (type == DT_DIR) {
        folders->push_back(std::move(path));
      } else {
        ok = false;  // a link, a device, ...
      }
    }
  }
  return ok;
}

}  // namespace

std::string StampPath(const std::string& out_dir) {
  const std::string out = WithoutTrailingSlashes(out_dir);
  size_t slash = out.rfind('/');
  std::string parent = slash == std::string::npos ? "" : out.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? out : out.substr(slash + 1);
  return parent + "." + name + ".openwijk";
}

bool ListTree(const std::string& dir, std::vector<FileStamp>* files,
              std::vector<FileStamp>* folders) {
  files->clear();
  if (folders) folders->clear();
  Descriptor root{open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (root.fd < 0) return false;
  // A level of folders at a time, its folders side by side: each file costs
  // a system call, and on a virtual machine those are slow.
  std::atomic<bool> ok{true};
  std::vector<std::string> level = {""};
  while (!level.empty() && ok) {
    std::vector<std::vector<FileStamp>> found(level.size());
    std::vector<std::vector<std::string>> below(level.size());
    std::vector<int64_t> times(level.size());
    ParallelFor(level.size(), [&](size_t i) {
      if (!ListFolder(root.fd, level[i], &found[i], &below[i], &times[i])) ok = false;
    });
    for (size_t i = 0; i < level.size() && folders; ++i) {
      folders->push_back({level[i].empty() ? "." : level[i], 0, times[i]});
    }
    level.clear();
    for (size_t i = 0; i < found.size(); ++i) {
      for (FileStamp& f : found[i]) files->push_back(std::move(f));
      for (std::string& d : below[i]) level.push_back(std::move(d));
    }
  }
  if (!ok) return false;
  std::sort(files->begin(), files->end(), ByPath);
  if (folders) std::sort(folders->begin(), folders->end(), ByPath);
  return true;
}

namespace {

constexpr std::string_view kStampHeader = "openwijk-stamp 2 ";
// A stamp of a billion bytes is a damaged one: the benchmark's national site,
// 800,000 files, has 73 MB.
constexpr off_t kMaxStampBytes = off_t{1} << 30;

// True when `holds(i)` is true for every i below n. The i are shared out
// over the threads in chunks (on a virtual machine each system call is
// slow), and no chunk starts after one `holds` was false.
bool AllInChunks(size_t n, const std::function<bool(size_t)>& holds) {
  constexpr size_t kChunk = 512;
  std::atomic<bool> all{true};
  ParallelFor((n + kChunk - 1) / kChunk, [&](size_t chunk) {
    size_t end = std::min(n, (chunk + 1) * kChunk);
    for (size_t i = chunk * kChunk; i < end && all; ++i) {
      if (!holds(i)) all = false;
    }
  });
  return all;
}

void AppendNumber(int64_t value, std::string* out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out->append(buf, end);
}

// One line of a stamp: a folder or a file of the site, as it was.
struct Stamped {
  const char* path;  // into the stamp's text, ended by a '\0'
  bool folder;
  int64_t size;  // files only
  int64_t mtime_ns;
};

bool ParseNumber(std::string_view* rest, int64_t* value) {
  size_t space = rest->find(' ');
  if (space == std::string_view::npos) return false;
  auto [end, ec] = std::from_chars(rest->data(), rest->data() + space, *value);
  if (ec != std::errc() || end != rest->data() + space) return false;
  rest->remove_prefix(space + 1);
  return true;
}

// "." (the site's own folder), or names joined by '/', none of them empty,
// "." or "..": no path of a damaged stamp leads out of the site.
bool InsideSite(std::string_view path) {
  if (path == ".") return true;
  for (size_t start = 0;;) {
    size_t slash = path.find('/', start);
    std::string_view name = path.substr(start, slash - start);
    if (name.empty() || name == "." || name == "..") return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

// "dir <mtime> <path>" or "file <size> <mtime> <path>", `line` followed by a
// '\0' where its newline was.
bool ParseLine(std::string_view line, Stamped* out) {
  if (line.find('\0') != std::string_view::npos) return false;
  std::string_view rest = line;
  if (StartsWith(rest, "dir ")) {
    out->folder = true;
    out->size = 0;
    rest.remove_prefix(4);
  } else if (StartsWith(rest, "file ")) {
    out->folder = false;
    rest.remove_prefix(5);
    if (!ParseNumber(&rest, &out->size)) return false;
  } else {
    return false;
  }
  if (!ParseNumber(&rest, &out->mtime_ns) || !InsideSite(rest)) return false;
  out->path = rest.data();
  return true;
}

// The last line: how many folders and files the stamp names, so that a stamp
// cut short at a line's end does not pass for a smaller site.
std::string EndLine(size_t folders, size_t files) {
  return "end " + std::to_string(folders) + " " + std::to_string(files) + "\n";
}

// The stamp of `out_dir`, read in one go; false when it is not a regular
// file of a stamp's size.
bool ReadStamp(const std::string& out_dir, std::string* text) {
  Descriptor file{open(StampPath(out_dir).c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  struct stat st;
  if (file.fd < 0 || fstat(file.fd, &st) != 0 || !S_ISREG(st.st_mode) ||
      st.st_size > kMaxStampBytes) {
    return false;
  }
  return ReadExactly(file.fd, static_cast<size_t>(st.st_size), text);
}

// Waits until the time of file `fd`, beside the site, is past `newest`:
// touching it reads the file system's own clock. Then a change to the site
// cannot keep a stamped time, which it could in the same tick of that clock.
// A tick is a few milliseconds; a file system that keeps times in whole
// seconds would take up to a second: false after 50 ms.
bool WaitPast(int fd, int64_t newest) {
  for (int waited_ms = 0; waited_ms <= 50; ++waited_ms) {
    struct stat st;
    if (fstat(fd, &st) != 0) return false;
    if (MtimeNs(st) > newest) return true;
    usleep(1000);
    if (futimens(fd, nullptr) != 0) return false;  // now, by that clock
  }
  return false;
}

}  // namespace

bool WriteAll(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    text.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool ReadExactly(int fd, size_t size, std::string* out) {
  out->resize(size);
  for (size_t got = 0; got < size;) {
    ssize_t n = read(fd, &(*out)[got], size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;  // an error, or the end before `size` bytes
    got += static_cast<size_t>(n);
  }
  return true;
}

bool WaitForClockPast(const std::string& scratch, int64_t newest) {
  Descriptor file{open(scratch.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)};
  if (file.fd < 0) return false;
  bool past = WaitPast(file.fd, newest);
  unlink(scratch.c_str());
  return past;
}

bool StatFolders(const std::string& dir, const std::vector<std::string>& paths,
                 std::vector<FileStamp>* out) {
  out->assign(paths.size(), FileStamp{});
  Descriptor root{open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (root.fd < 0) return false;
  return AllInChunks(paths.size(), [&](size_t i) {
    struct stat st;
    if (fstatat(root.fd, paths[i].c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(st.st_mode)) {
      return false;
    }
    (*out)[i] = {paths[i], 0, MtimeNs(st)};
    return true;
  });
}

bool StampMatches(const std::string& out_dir, const std::string& key) {
  if (key.empty()) return false;
  std::string text;
  if (!ReadStamp(out_dir, &text)) return false;
  const std::string header = std::string(kStampHeader) + key + "\n";
  if (!StartsWith(text, header)) return false;
  std::vector<Stamped> stamped;
  size_t folders = 0;
  bool has_root = false;
  for (size_t at = header.size();;) {
    // Each line with its newline; a stamp cut short within a line fails here.
    size_t end = text.find('\n', at);
    if (end == std::string::npos) return false;
    const std::string_view line(text.data() + at, end + 1 - at);
    if (StartsWith(line, "end ")) {
      // The last line, with the counts of the lines before it.
      if (end + 1 != text.size() || line != EndLine(folders, stamped.size() - folders)) {
        return false;
      }
      break;
    }
    text[end] = '\0';
    Stamped s;
    if (!ParseLine(line.substr(0, line.size() - 1), &s)) return false;
    folders += s.folder ? 1 : 0;
    has_root = has_root || (s.folder && std::string_view(s.path) == ".");
    stamped.push_back(s);
    at = end + 1;
  }
  if (!has_root) return false;  // every stamp names the site's own folder
  Descriptor root{open(out_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (root.fd < 0) return false;
  // One stat per file and folder, and nothing else: a file added, removed
  // or renamed changes the time of the folder it is in, and a folder made
  // changes its parent's.
  return AllInChunks(stamped.size(), [&](size_t i) {
    const Stamped& s = stamped[i];
    struct stat st;
    return fstatat(root.fd, s.path, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
           (s.folder ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode) && st.st_size == s.size) &&
           MtimeNs(st) == s.mtime_ns;
  });
}

bool WriteStamp(const std::string& out_dir, const std::string& key,
                const std::vector<FileStamp>& files, const std::vector<FileStamp>& folders) {
  if (key.empty()) return false;
  bool has_root = false;
  for (const FileStamp& f : folders) has_root = has_root || f.path == ".";
  if (!has_root) return false;
  int64_t newest = 0;  // the newest time stamped
  for (const std::vector<FileStamp>* list : {&folders, &files}) {
    for (const FileStamp& f : *list) {
      if (f.path.find('\n') != std::string::npos || !InsideSite(f.path)) return false;
      newest = std::max(newest, f.mtime_ns);
    }
  }
  const std::string path = StampPath(out_dir);
  const std::string tmp = path + ".tmp";
  Descriptor out{open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)};
  bool ok = out.fd >= 0;
  // Written a megabyte at a time: the stamp of the benchmark's national
  // site is 73 MB, and the build is at its peak of memory.
  std::string text = std::string(kStampHeader) + key + "\n";
  auto line_done = [&] {
    if (text.size() < (size_t{1} << 20)) return;
    ok = ok && WriteAll(out.fd, text);
    text.clear();
  };
  for (const FileStamp& d : folders) {
    text += "dir ";
    AppendNumber(d.mtime_ns, &text);
    text.append(" ").append(d.path) += '\n';
    line_done();
  }
  for (const FileStamp& f : files) {
    text += "file ";
    AppendNumber(f.size, &text);
    text += ' ';
    AppendNumber(f.mtime_ns, &text);
    text.append(" ").append(f.path) += '\n';
    line_done();
  }
  text += EndLine(folders.size(), files.size());
  ok = ok && WriteAll(out.fd, text) && WaitPast(out.fd, newest);
  if (out.fd >= 0 && close(out.fd) != 0) ok = false;
  out.fd = -1;
  ok = ok && std::rename(tmp.c_str(), path.c_str()) == 0;
  if (!ok) unlink(tmp.c_str());
  return ok;
}

void RemoveStamp(const std::string& out_dir) { unlink(StampPath(out_dir).c_str()); }

}  // namespace openwijk
