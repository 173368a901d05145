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
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string_view>

#include "util/parallel.h"
#include "util/text.h"

namespace openwijk {

Descriptor::~Descriptor() {
  if (fd >= 0) close(fd);
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
        files->push_back(
            {std::move(path), static_cast<int64_t>(st.st_size),
             static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec});
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
  // a system call, and on a virtual machine those are slow (a no-op build of
  // the benchmark's gemeente, 9,212 files, spends most of its time here).
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

bool StampMatches(const std::string& out_dir, const std::string& key) {
  if (key.empty()) return false;
  std::ifstream in(StampPath(out_dir));
  std::string line;
  if (!std::getline(in, line) || line != "openwijk-stamp 1 " + key) return false;
  std::vector<FileStamp> stamped;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    FileStamp f;
    if (!(fields >> f.size >> f.mtime_ns) || fields.get() != ' ') return false;
    std::getline(fields, f.path);
    stamped.push_back(std::move(f));
  }
  std::vector<FileStamp> now;
  return ListTree(out_dir, &now) && now == stamped;
}

bool WriteStamp(const std::string& out_dir, const std::string& key,
                const std::vector<FileStamp>& now) {
  if (key.empty()) return false;
  std::string text = "openwijk-stamp 1 " + key + "\n";
  for (const FileStamp& f : now) {
    if (f.path.find('\n') != std::string::npos) return false;
    text += std::to_string(f.size) + " " + std::to_string(f.mtime_ns) + " " + f.path + "\n";
  }
  std::string path = StampPath(out_dir);
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) return false;
  }
  return std::rename(tmp.c_str(), path.c_str()) == 0;
}

void RemoveStamp(const std::string& out_dir) { unlink(StampPath(out_dir).c_str()); }

}  // namespace openwijk
