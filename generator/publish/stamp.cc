#include "publish/stamp.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <set>
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
// part of it: a folder swapped for a link while the site is listed must not
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
// their sizes and times, and its subfolders. False when it cannot be read or
// holds anything but folders and regular files. Each entry's type comes with
// the folder's listing, so a subfolder costs no stat of its own.
bool ListFolder(int root, const std::string& dir, std::vector<FileStamp>* files,
                std::vector<std::string>* folders) {
  Descriptor fd{OpenBelow(root, dir.empty() ? "." : dir)};
  if (fd.fd < 0) return false;
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
  std::string out = out_dir;
  while (out.size() > 1 && EndsWith(out, "/")) out.pop_back();
  size_t slash = out.rfind('/');
  std::string parent = slash == std::string::npos ? "" : out.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? out : out.substr(slash + 1);
  return parent + "." + name + ".openwijk";
}

bool ListTree(const std::string& dir, std::vector<FileStamp>* out) {
  out->clear();
  Descriptor root{open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (root.fd < 0) return false;
  // A level of folders at a time, its folders side by side: each file costs
  // a system call, and on a virtual machine those are slow. (The no-op check
  // no longer lists the site: StampMatches stats what the stamp names.)
  std::atomic<bool> ok{true};
  std::vector<std::string> level = {""};
  while (!level.empty() && ok) {
    std::vector<std::vector<FileStamp>> files(level.size());
    std::vector<std::vector<std::string>> folders(level.size());
    ParallelFor(level.size(), [&](size_t i) {
      if (!ListFolder(root.fd, level[i], &files[i], &folders[i])) ok = false;
    });
    level.clear();
    for (size_t i = 0; i < files.size(); ++i) {
      for (FileStamp& f : files[i]) out->push_back(std::move(f));
      for (std::string& d : folders[i]) level.push_back(std::move(d));
    }
  }
  if (!ok) return false;
  std::sort(out->begin(), out->end(),
            [](const FileStamp& a, const FileStamp& b) { return a.path < b.path; });
  return true;
}

namespace {

constexpr std::string_view kStampHeader = "openwijk-stamp 2 ";

// Stats per job when the threads share out a stamp's files and folders.
constexpr size_t kChunk = 512;

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

// "dir <mtime> <path>" or "file <size> <mtime> <path>", `line` followed by a
// '\0' where its newline was.
bool ParseLine(std::string_view line, Stamped* out) {
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
  if (!ParseNumber(&rest, &out->mtime_ns) || rest.empty() || rest[0] == '/') return false;
  out->path = rest.data();
  return true;
}

// The folders that hold `files`, each once: the site's own folder ("."),
// and every folder on the way to a file.
std::set<std::string> FoldersOf(const std::vector<FileStamp>& files) {
  std::set<std::string> folders = {"."};
  for (const FileStamp& f : files) {
    for (size_t slash = f.path.find('/'); slash != std::string::npos;
         slash = f.path.find('/', slash + 1)) {
      folders.insert(f.path.substr(0, slash));
    }
  }
  return folders;
}

// The whole of file `path`, in one read of its size: a stamp is ~60 bytes a
// file, 700 kB for the benchmark's gemeente.
bool ReadWhole(const std::string& path, std::string* text) {
  Descriptor file{open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  struct stat st;
  if (file.fd < 0 || fstat(file.fd, &st) != 0) return false;
  text->resize(static_cast<size_t>(st.st_size));
  for (size_t got = 0; got < text->size();) {
    ssize_t n = read(file.fd, &(*text)[got], text->size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;  // an error, or a file cut while read
    got += static_cast<size_t>(n);
  }
  return true;
}

// A change made in the same tick of the file system's clock as the newest
// stamped time would keep that time, and go unseen. Waits (a tick, a few
// milliseconds, at most) until the clock has moved past it, so that any
// change after the build shows. Times further ahead are not a tick's doing:
// it gives up after 50 ms.
void WaitPast(int64_t mtime_ns) {
  for (int waited_ms = 0; waited_ms < 50; ++waited_ms) {
    timespec now;
    clock_gettime(CLOCK_REALTIME_COARSE, &now);
    if (static_cast<int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec > mtime_ns) return;
    usleep(1000);
  }
}

}  // namespace

bool StampMatches(const std::string& out_dir, const std::string& key) {
  if (key.empty()) return false;
  std::string text;
  if (!ReadWhole(StampPath(out_dir), &text)) return false;
  const std::string header = std::string(kStampHeader) + key + "\n";
  if (!StartsWith(text, header)) return false;
  std::vector<Stamped> stamped;
  for (size_t at = header.size(); at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) return false;  // a stamp cut short
    text[end] = '\0';
    Stamped s;
    if (!ParseLine(std::string_view(text).substr(at, end - at), &s)) return false;
    stamped.push_back(s);
    at = end + 1;
  }
  Descriptor root{open(out_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (root.fd < 0) return false;
  // One stat per file and folder, and nothing else: a file added, removed
  // or renamed changes the time of the folder it is in, and a folder made
  // changes its parent's. The stats are shared out over the threads: on a
  // virtual machine each system call is slow.
  std::atomic<bool> same{true};
  ParallelFor((stamped.size() + kChunk - 1) / kChunk, [&](size_t chunk) {
    size_t end = std::min(stamped.size(), (chunk + 1) * kChunk);
    for (size_t i = chunk * kChunk; i < end && same; ++i) {
      const Stamped& s = stamped[i];
      struct stat st;
      if (fstatat(root.fd, s.path, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
          (s.folder ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode) || st.st_size != s.size) ||
          MtimeNs(st) != s.mtime_ns) {
        same = false;
      }
    }
  });
  return same;
}

bool WriteStamp(const std::string& out_dir, const std::string& key,
                const std::vector<FileStamp>& now) {
  if (key.empty()) return false;
  for (const FileStamp& f : now) {
    if (f.path.find('\n') != std::string::npos) return false;
  }
  Descriptor root{open(out_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (root.fd < 0) return false;
  // The folders' times, after the last file went in; side by side, as in
  // StampMatches.
  const std::set<std::string> found = FoldersOf(now);
  const std::vector<const std::string*> folders = [&] {
    std::vector<const std::string*> all;
    for (const std::string& f : found) all.push_back(&f);
    return all;
  }();
  std::vector<int64_t> times(folders.size());
  std::atomic<bool> ok{true};
  ParallelFor((folders.size() + kChunk - 1) / kChunk, [&](size_t chunk) {
    size_t end = std::min(folders.size(), (chunk + 1) * kChunk);
    for (size_t i = chunk * kChunk; i < end; ++i) {
      struct stat st;
      if (fstatat(root.fd, folders[i]->c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
          !S_ISDIR(st.st_mode)) {
        ok = false;
        return;
      }
      times[i] = MtimeNs(st);
    }
  });
  if (!ok) return false;
  std::string path = StampPath(out_dir);
  std::string tmp = path + ".tmp";
  int64_t newest = 0;  // the newest time stamped
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    // Written a megabyte at a time: the stamp of the benchmark's national
    // site is 73 MB, and the build is at its peak of memory.
    std::string text;
    auto write_full = [&](size_t at_least) {
      if (text.size() < at_least) return;
      out.write(text.data(), static_cast<std::streamsize>(text.size()));
      text.clear();
    };
    text.append(kStampHeader).append(key) += '\n';
    for (size_t i = 0; i < folders.size(); ++i) {
      text += "dir ";
      AppendNumber(times[i], &text);
      text.append(" ").append(*folders[i]) += '\n';
      newest = std::max(newest, times[i]);
      write_full(size_t{1} << 20);
    }
    for (const FileStamp& f : now) {
      text += "file ";
      AppendNumber(f.size, &text);
      text += ' ';
      AppendNumber(f.mtime_ns, &text);
      text.append(" ").append(f.path) += '\n';
      newest = std::max(newest, f.mtime_ns);
      write_full(size_t{1} << 20);
    }
    write_full(0);
    if (!out.flush()) return false;
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return false;
  WaitPast(newest);
  return true;
}

void RemoveStamp(const std::string& out_dir) { unlink(StampPath(out_dir).c_str()); }

}  // namespace openwijk
