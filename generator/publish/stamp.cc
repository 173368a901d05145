#include "publish/stamp.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "util/text.h"

namespace openwijk {

namespace {

bool Walk(int dirfd, const std::string& prefix, std::vector<FileStamp>* out) {
  DIR* d = fdopendir(dirfd);
  if (!d) {
    close(dirfd);
    return false;
  }
  bool ok = true;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    struct stat st;
    if (fstatat(dirfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
      ok = false;
      break;
    }
    std::string path = prefix.empty() ? name : prefix + "/" + name;
    if (S_ISDIR(st.st_mode)) {
      int sub = openat(dirfd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (sub < 0 || !Walk(sub, path, out)) {
        ok = false;
        break;
      }
    } else if (S_ISREG(st.st_mode)) {
      out->push_back({path, static_cast<int64_t>(st.st_size),
                      static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec});
    } else {
      ok = false;
      break;
    }
  }
  closedir(d);  // closes dirfd too
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
  int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0 || !Walk(fd, "", out)) return false;
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
