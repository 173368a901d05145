#include "publish/publish.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>

#include "util/text.h"

namespace openwijk {

namespace {

std::string ErrnoText(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

bool MakeDirs(const std::string& path, std::set<std::string>* made) {
  if (path.empty() || made->count(path)) return true;
  size_t slash = path.rfind('/');
  if (slash != std::string::npos && slash > 0 && !MakeDirs(path.substr(0, slash), made))
    return false;
  if (mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) return false;
  made->insert(path);
  return true;
}

// True when `path` holds exactly `content`.
bool SameContent(const std::string& path, const std::string& content) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
      static_cast<size_t>(st.st_size) != content.size()) {
    return false;
  }
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string buf(content.size(), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t n = read(fd, &buf[got], buf.size() - got);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  close(fd);
  return got == buf.size() && buf == content;
}

bool WriteFile(const std::string& path, const std::string& content) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      close(fd);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return close(fd) == 0;
}

bool WriteAll(const std::vector<OutputFile>& files, const std::string& tmp, const std::string& old,
              PublishStats* stats, std::string* error) {
  std::set<std::string> made{tmp};
  for (const OutputFile& f : files) {
    std::string why;
    if (f.path.empty() || f.path[0] == '/' || f.path.find("..") != std::string::npos) {
      *error = "refusing to write unsafe path '" + f.path + "'";
      return false;
    }
    std::string dest = tmp + "/" + f.path;
    size_t slash = dest.rfind('/');
    if (!MakeDirs(dest.substr(0, slash), &made)) {
      *error = ErrnoText("cannot create directory", dest.substr(0, slash));
      return false;
    }
    std::string previous = old + "/" + f.path;
    if (SameContent(previous, f.content) && link(previous.c_str(), dest.c_str()) == 0) {
      ++stats->unchanged;
    } else if (WriteFile(dest, f.content)) {
      ++stats->written;
    } else {
      *error = ErrnoText("cannot write", dest);
      return false;
    }
    ++stats->files;
    if (EndsWith(f.path, ".html")) ++stats->pages;
    stats->bytes += static_cast<int64_t>(f.content.size());
  }
  return true;
}

bool Exists(const std::string& path) {
  struct stat st;
  return lstat(path.c_str(), &st) == 0;
}

}  // namespace

void RemoveTree(const std::string& path) {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0) return;
  if (S_ISDIR(st.st_mode)) {
    if (DIR* d = opendir(path.c_str())) {
      while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name != "." && name != "..") RemoveTree(path + "/" + name);
      }
      closedir(d);
    }
    rmdir(path.c_str());
  } else {
    unlink(path.c_str());
  }
}

bool PublishSite(const std::vector<OutputFile>& files, const std::string& out_dir,
                 PublishStats* stats, std::string* error) {
  std::string out = out_dir;
  while (out.size() > 1 && EndsWith(out, "/")) out.pop_back();
  size_t slash = out.rfind('/');
  std::set<std::string> made;
  if (slash != std::string::npos && slash > 0 && !MakeDirs(out.substr(0, slash), &made)) {
    *error = ErrnoText("cannot create directory", out.substr(0, slash));
    return false;
  }
  std::string tmpl = out + ".tmp-XXXXXX";
  if (!mkdtemp(&tmpl[0])) {
    *error = ErrnoText("cannot create temporary directory beside", out);
    return false;
  }
  chmod(tmpl.c_str(), 0755);
  *stats = PublishStats{};
  if (!WriteAll(files, tmpl, out, stats, error)) {
    RemoveTree(tmpl);
    return false;
  }
  if (Exists(out)) {
    // Swap both names in one step: readers see the old or the new site, never neither.
    if (syscall(SYS_renameat2, AT_FDCWD, tmpl.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) !=
        0) {
      *error = ErrnoText("cannot swap in the new site at", out);
      RemoveTree(tmpl);
      return false;
    }
    RemoveTree(tmpl);  // now holds the previous site
  } else if (rename(tmpl.c_str(), out.c_str()) != 0) {
    *error = ErrnoText("cannot move the new site to", out);
    RemoveTree(tmpl);
    return false;
  }
  return true;
}

}  // namespace openwijk
