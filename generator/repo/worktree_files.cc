#include "repo/worktree_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace openwijk {

DiskEntry InspectWorkFile(const std::string& workdir, const std::string& path,
                          std::string* link_at) {
  struct stat st;
  size_t end = 0;
  while (true) {
    end = path.find('/', end);
    std::string part = path.substr(0, end);
    if (lstat((workdir + part).c_str(), &st) != 0) return DiskEntry::kMissing;
    if (S_ISLNK(st.st_mode)) {
      *link_at = part;
      return DiskEntry::kSymlink;
    }
    if (end == std::string::npos) break;
    if (!S_ISDIR(st.st_mode)) return DiskEntry::kMissing;
    ++end;
  }
  if (S_ISREG(st.st_mode)) return DiskEntry::kRegular;
  if (S_ISDIR(st.st_mode)) return DiskEntry::kDirectory;
  return DiskEntry::kOther;
}

bool ReadWorkFile(const std::string& workdir, const std::string& path, std::string* contents,
                  std::string* error) {
  std::string link_at;
  DiskEntry kind = InspectWorkFile(workdir, path, &link_at);
  if (kind != DiskEntry::kRegular) {
    *error = kind == DiskEntry::kMissing ? "no such file" : "not a regular file";
    return false;
  }
  int fd = open((workdir + path).c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    *error = "not a regular file";
    return false;
  }
  contents->clear();
  char buf[65536];
  while (true) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = std::strerror(errno);
      close(fd);
      return false;
    }
    if (n == 0) break;
    contents->append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return true;
}

}  // namespace openwijk
