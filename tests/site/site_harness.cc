#include "site/site_harness.h"

#include <dirent.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

#include "publish/publish.h"

namespace openwijk::testing {

namespace {

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

void Walk(const std::string& root, const std::string& rel, std::vector<std::string>* out) {
  DIR* d = opendir((root + "/" + rel).c_str());
  if (!d) return;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    std::string child = rel.empty() ? name : rel + "/" + name;
    struct stat st;
    lstat((root + "/" + child).c_str(), &st);
    if (S_ISDIR(st.st_mode)) {
      Walk(root, child, out);
    } else {
      out->push_back(child);
    }
  }
  closedir(d);
  std::sort(out->begin(), out->end());
}

}  // namespace

SiteHarness::SiteHarness() {
  char tmpl[] = "/tmp/openwijk-out-XXXXXX";
  out_root_ = mkdtemp(tmpl);
}

SiteHarness::~SiteHarness() { RemoveTree(out_root_); }

std::string SiteHarness::Commit(const std::map<std::string, std::string>& files,
                                const std::string& message) {
  for (const auto& [path, text] : current_) {
    if (!files.count(path)) git_.Remove(path);
  }
  for (const auto& [path, text] : files) git_.Write(path, text);
  current_ = files;
  head_ = git_.Commit(message, 1750000000 + 86400 * commits_++);
  return head_;
}

std::string SiteHarness::Run(const std::vector<std::string>& args) {
  std::string cmd = Quote(OPENWIJK_TEST_BINARY);
  for (const std::string& a : args) cmd += " " + Quote(a);
  cmd += " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string output;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) output.append(buf, n);
  int status = pclose(p);
  exit_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  return output;
}

std::string SiteHarness::Build(const std::vector<std::string>& args, const std::string& out) {
  std::vector<std::string> all = {"build", "--repo", git_.dir(), "--out", out_root_ + "/" + out};
  all.insert(all.end(), args.begin(), args.end());
  std::string output = Run(all);
  stats_ = BuildStats{};
  size_t p = output.find(" changed)");
  if (p != std::string::npos) {
    size_t s = output.rfind("; ", p);
    stats_.written = std::atoi(output.c_str() + s + 2);
  }
  stats_.up_to_date = output.find(" is up to date with ") != std::string::npos;
  return exit_ == 0 ? "" : output;
}

bool SiteHarness::Exists(const std::string& path, const std::string& out) const {
  struct stat st;
  return stat((out_root_ + "/" + out + "/" + path).c_str(), &st) == 0;
}

std::string SiteHarness::Read(const std::string& path, const std::string& out) const {
  std::ifstream in(out_root_ + "/" + out + "/" + path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> SiteHarness::HtmlPages(const std::string& out) const {
  std::vector<std::string> all, html;
  Walk(out_root_ + "/" + out, "", &all);
  for (const std::string& f : all) {
    if (f.size() > 5 && f.compare(f.size() - 5, 5, ".html") == 0) html.push_back(f);
  }
  return html;
}

std::string SiteHarness::TreeDigest(const std::string& out) const {
  std::vector<std::string> all;
  Walk(out_root_ + "/" + out, "", &all);
  // Not cryptographic: a test only needs "same bytes or not", so keep every
  // path and a hash plus length of its content.
  std::string digest;
  for (const std::string& f : all) {
    std::string content = Read(f, out);
    digest += f + " " + std::to_string(std::hash<std::string>{}(content)) + " " +
              std::to_string(content.size()) + "\n";
  }
  return digest;
}

std::vector<std::string> SiteHarness::SiblingsOfOut() const {
  std::vector<std::string> names;
  DIR* d = opendir(out_root_.c_str());
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace openwijk::testing
