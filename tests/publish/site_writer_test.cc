// The writer that puts the site on disk, and the stamp beside it.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "publish/publish.h"
#include "publish/stamp.h"
#include "support/threads_for.h"
#include "util/parallel.h"

namespace openwijk {
namespace {

struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/openwijk-publish-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { RemoveTree(path); }
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> Names(const std::string& dir) {
  std::vector<FileStamp> files;
  ListTree(dir, &files);
  std::vector<std::string> out;
  for (const FileStamp& f : files) out.push_back(f.path);
  return out;
}

// A site of two files, index.html ("a") and x/y.csv ("b"), written to `out`.
void WriteTwoFiles(const std::string& out) {
  SiteWriter w(out);
  w.Add("index.html", "a");
  w.Add("x/y.csv", "b");
  REQUIRE(w.Commit());
}

TEST_CASE("site writer: files appear only on commit, all at once", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  {
    SiteWriter w(out);
    REQUIRE(w.ok());
    w.Add("index.html", "<p>hoi</p>");
    w.Add("wijk/noord/index.html", "noord");
    struct stat st;
    CHECK(stat(out.c_str(), &st) != 0);  // nothing visible yet
    REQUIRE(w.Commit());
    CHECK(w.stats().files == 2);
    CHECK(w.stats().pages == 2);
    CHECK(w.stats().written == 2);
  }
  CHECK(ReadAll(out + "/wijk/noord/index.html") == "noord");
  // Beside the site only its (empty) lock file: no temporary folder.
  CHECK(Names(t.path) == std::vector<std::string>{".site.openwijk.lock", "site/index.html",
                                                  "site/wijk/noord/index.html"});
}

TEST_CASE("site writer: a failure leaves the previous site and no temporary", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  {
    SiteWriter w(out);
    w.Add("index.html", "oud");
    REQUIRE(w.Commit());
  }
  SECTION("two files with one path") {
    SiteWriter w(out);
    w.Add("a.csv", "1");
    w.Add("a.csv", "2");
    CHECK_FALSE(w.ok());
    CHECK(w.error() == "two pages want the same file 'a.csv'");
    CHECK_FALSE(w.Commit());
  }
  SECTION("a path that leaves the site") {
    SiteWriter w(out);
    w.Add("../buiten.html", "x");
    CHECK(w.error() == "refusing to write unsafe path '../buiten.html'");
    CHECK_FALSE(w.Commit());
  }
  SECTION("a writer that is dropped without commit") {
    SiteWriter w(out);
    w.Add("index.html", "nieuw");
  }
  CHECK(ReadAll(out + "/index.html") == "oud");
  CHECK(Names(t.path) == std::vector<std::string>{".site.openwijk.lock", "site/index.html"});
}

TEST_CASE("site writer: unchanged files are linked, not written", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  for (int round = 0; round < 2; ++round) {
    SiteWriter w(out);
    w.Add("same.txt", "gelijk");
    w.Add("other.txt", round == 0 ? "een" : "twee");
    REQUIRE(w.Commit());
    CHECK(w.stats().written == (round == 0 ? 2 : 1));
    CHECK(w.stats().unchanged == (round == 0 ? 0 : 1));
  }
  CHECK(ReadAll(out + "/other.txt") == "twee");
}

TEST_CASE("site writer: many threads at once", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  SiteWriter w(out);
  std::vector<std::thread> pool;
  for (int th = 0; th < 4; ++th) {
    pool.emplace_back([&w, th] {
      for (int i = 0; i < 200; ++i) {
        std::string dir = "d" + std::to_string(i % 7) + "/" + std::to_string(i);
        w.Add(dir + "/t" + std::to_string(th) + ".html", std::to_string(th * 1000 + i));
      }
    });
  }
  for (auto& p : pool) p.join();
  REQUIRE(w.Commit());
  CHECK(w.stats().files == 800);
  CHECK(ReadAll(out + "/d3/10/t2.html") == "2010");
}

TEST_CASE("site writer: its stamps are the committed tree, kept files included", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  WriteTwoFiles(out);
  sleep(1);  // a rewritten file would get another modification time
  SiteWriter w(out);
  w.Add("x/y.csv", "b");        // unchanged: linked from the previous site
  w.Add("index.html", "anew");  // changed: written
  w.Add("z.html", "c");
  REQUIRE(w.Commit());
  CHECK(w.stats().unchanged == 1);
  std::vector<FileStamp> on_disk, folders;
  REQUIRE(ListTree(out, &on_disk, &folders));
  CHECK(w.Stamps() == on_disk);
  // The folders' times, read before the swap, are still theirs after it.
  CHECK(w.FolderStamps() == folders);
  CHECK(folders.size() == 2);  // "." and "x"
  REQUIRE(WriteStamp(out, "k1", w.Stamps(), w.FolderStamps()));
  CHECK(StampMatches(out, "k1"));
}

TEST_CASE("site writer: a first build's folders keep their times too", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  SiteWriter w(out);  // no previous site: moved in by rename, not swapped
  w.Add("index.html", "a");
  w.Add("a/b/c.html", "c");
  REQUIRE(w.Commit());
  std::vector<FileStamp> files, folders;
  REQUIRE(ListTree(out, &files, &folders));
  CHECK(w.FolderStamps() == folders);
  CHECK(folders.size() == 3);  // ".", "a" and "a/b"
}

// A stamp written after Commit takes the folders' times from before it (the
// times WriteStamp would read now include the change).
TEST_CASE("site writer: a change to the site right after Commit is not stamped", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  WriteTwoFiles(out);
  SiteWriter w(out);
  w.Add("index.html", "a");
  w.Add("x/y.csv", "b");
  REQUIRE(w.Commit());
  std::ofstream(out + "/x/extra.txt") << "between the swap and the stamp";
  REQUIRE(WriteStamp(out, "k1", w.Stamps(), w.FolderStamps()));
  CHECK_FALSE(StampMatches(out, "k1"));
}

// Hands `parts` to the writer one by one, as a download made in parts does,
// and returns `rest`.
PartMaker InParts(std::vector<std::string> parts, std::string rest = "") {
  return [parts, rest](const PartWriter& write) {
    for (const std::string& p : parts) write(p);
    return rest;
  };
}

ino_t Inode(const std::string& path) {
  struct stat st;
  REQUIRE(stat(path.c_str(), &st) == 0);
  return st.st_ino;
}

TEST_CASE("site writer: a file in parts is written whole, or linked when unchanged", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  {
    SiteWriter w(out);
    w.AddInParts("p/groot.json", InParts({"[1,", "2,"}, "3]\n"));
    w.AddInParts("p/leeg.csv", InParts({}));
    w.AddInParts("p/klein.csv", InParts({}, "a,b\n"));  // whole: written as by Add
    REQUIRE(w.Commit());
    CHECK(w.stats().written == 3);
    CHECK(w.stats().bytes == 12);
  }
  CHECK(ReadAll(out + "/p/groot.json") == "[1,2,3]\n");
  CHECK(ReadAll(out + "/p/leeg.csv").empty());
  CHECK(ReadAll(out + "/p/klein.csv") == "a,b\n");
  ino_t first = Inode(out + "/p/groot.json");
  struct Case {
    std::vector<std::string> parts;
    bool same;
    std::string rest = "";
  };
  // The same bytes in other parts, with a rest, and whole; then a longer, a
  // shorter and other texts.
  for (const Case& c :
       {Case{{"[1,2", ",3]\n"}, true}, Case{{"[1,2"}, true, ",3]\n"}, Case{{}, true, "[1,2,3]\n"},
        Case{{"[1,2,3]\n", "x"}, false}, Case{{"[1,2,3]"}, false}, Case{{"[1,2,4]\n"}, false},
        Case{{"[0,", "2,3]\n"}, false}, Case{{"[1,", "2,4]\n"}, false},
        Case{{}, false, "[1,2,4]\n"}}) {
    const std::string text = [&] {
      std::string s;
      for (const std::string& p : c.parts) s += p;
      return s + c.rest;
    }();
    INFO(text);
    {
      SiteWriter w(out);
      w.AddInParts("p/groot.json", InParts(c.parts, c.rest));
      REQUIRE(w.Commit());
      CHECK(w.stats().unchanged == (c.same ? 1 : 0));
      CHECK(w.stats().bytes == static_cast<int64_t>(text.size()));
      std::vector<FileStamp> on_disk;
      REQUIRE(ListTree(out, &on_disk));
      CHECK(w.Stamps() == on_disk);
    }
    CHECK(ReadAll(out + "/p/groot.json") == text);
    CHECK((Inode(out + "/p/groot.json") == first) == c.same);
    // No link left over beside it.
    CHECK(Names(out) == std::vector<std::string>{"p/groot.json"});
    // Back to the first text for the next case.
    SiteWriter w(out);
    w.Add("p/groot.json", "[1,2,3]\n");
    REQUIRE(w.Commit());
    first = Inode(out + "/p/groot.json");
  }
}

TEST_CASE("site writer: a file in parts checks its path like any other", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  SECTION("two files with one path, in either order") {
    // Whole (the rest alone) it is written as Add writes it; in parts, streamed.
    for (const PartMaker& make : {InParts({}, "2"), InParts({"2"}), InParts({"2"}, "3")}) {
      for (bool parts_first : {false, true}) {
        CAPTURE(parts_first);
        SiteWriter w(out);
        if (!parts_first) w.Add("a.csv", "1");
        w.AddInParts("a.csv", make);
        if (parts_first) w.Add("a.csv", "1");
        CHECK(w.error() == "two pages want the same file 'a.csv'");
        CHECK_FALSE(w.Commit());
      }
    }
  }
  SECTION("a path that leaves the site") {
    SiteWriter w(out);
    bool made = false;
    w.AddInParts("../buiten.csv", [&](const PartWriter&) {
      made = true;
      return std::string();
    });
    CHECK(w.error() == "refusing to write unsafe path '../buiten.csv'");
    CHECK_FALSE(made);
    CHECK_FALSE(w.Commit());
  }
  CHECK(Names(t.path) == std::vector<std::string>{".site.openwijk.lock"});
}

TEST_CASE("site writer: files in parts from many threads at once", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  for (int round = 0; round < 2; ++round) {  // written, then all unchanged
    SiteWriter w(out);
    std::vector<std::thread> pool;
    for (int th = 0; th < 4; ++th) {
      pool.emplace_back([&w, th] {
        for (int i = 0; i < 50; ++i) {
          std::string n = std::to_string(th * 100 + i);
          w.AddInParts("d" + std::to_string(i % 5) + "/" + n + ".csv",
                       InParts({"id\n", n, std::string(3000, 'x'), "\n"}));
        }
      });
    }
    for (auto& p : pool) p.join();
    REQUIRE(w.Commit());
    CHECK(w.stats().files == 200);
    CHECK(w.stats().unchanged == (round == 0 ? 0 : 200));
  }
  CHECK(ReadAll(out + "/d2/307.csv") == "id\n307" + std::string(3000, 'x') + "\n");
}

TEST_CASE("collect sink: a file in parts is joined", "[publish]") {
  CollectSink sink;
  sink.AddInParts("a.txt", InParts({"een ", "twee"}));
  sink.AddInParts("b.txt", InParts({"een "}, "twee"));
  sink.AddInParts("c.txt", InParts({}, "drie"));
  REQUIRE(sink.Sorted().size() == 3);
  CHECK(sink.files[0].path == "a.txt");
  CHECK(sink.files[0].content == "een twee");
  CHECK(sink.files[1].content == "een twee");
  CHECK(sink.files[2].content == "drie");
}

// The previous site is removed this way after each swap, its top folders
// side by side; a symlink inside is removed, never followed.
TEST_CASE("RemoveTree: removes every folder and file, and nothing a symlink points to",
          "[publish]") {
  TempDir t;
  const std::string keep = t.path + "/keep";
  REQUIRE(mkdir(keep.c_str(), 0755) == 0);
  std::ofstream(keep + "/kept.txt") << "stays";
  const std::string tree = t.path + "/tree";
  for (const char* dir : {"", "/a", "/a/b", "/a/b/c", "/d", "/e", "/e/f"}) {
    REQUIRE(mkdir((tree + dir).c_str(), 0755) == 0);
    for (int i = 0; i < 3; ++i) std::ofstream(tree + dir + "/" + std::to_string(i) + ".html") << i;
  }
  REQUIRE(symlink(keep.c_str(), (tree + "/a/b/to-keep").c_str()) == 0);
  REQUIRE(symlink(keep.c_str(), (tree + "/to-keep").c_str()) == 0);
  {
    ThreadsFor four(4);  // more than the 2 cores CI may have
    RemoveTree(tree);
  }
  struct stat st;
  CHECK(lstat(tree.c_str(), &st) != 0);
  CHECK(ReadAll(keep + "/kept.txt") == "stays");
  // A symlink given as the tree itself is removed, not followed, also when
  // the path ends in a slash (which open would follow).
  REQUIRE(symlink(keep.c_str(), tree.c_str()) == 0);
  RemoveTree(tree + "/");
  CHECK(lstat(tree.c_str(), &st) != 0);
  CHECK(ReadAll(keep + "/kept.txt") == "stays");
  RemoveTree(tree);  // not there: nothing happens
  // A file given as the tree is removed.
  std::ofstream(tree) << "a file";
  RemoveTree(tree);
  CHECK(lstat(tree.c_str(), &st) != 0);
}

TEST_CASE("site writer: one build at a time; a killed build's folder is removed", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  auto exists = [](const std::string& path) {
    struct stat st;
    return stat(path.c_str(), &st) == 0;
  };
  // What a build killed mid-way leaves beside the site...
  REQUIRE(mkdir((t.path + "/.site.openwijk-tmp-Ab12Cd").c_str(), 0755) == 0);
  std::ofstream(t.path + "/.site.openwijk-tmp-Ab12Cd/index.html") << "half";
  // ...and folders that only look like it: they stay.
  const std::vector<std::string> keep = {
      "site.tmp-backup",              // the user's own
      ".site.openwijk-tmp-notmine",   // not mkdtemp's 6 characters
      ".site.openwijk-tmp-ab_12c",    // not mkdtemp's letters and digits
      ".other.openwijk-tmp-Ab12Cd"};  // another site's
  for (const std::string& k : keep) REQUIRE(mkdir((t.path + "/" + k).c_str(), 0755) == 0);
  {
    SiteWriter w(out);
    REQUIRE(w.ok());
    CHECK_FALSE(exists(t.path + "/.site.openwijk-tmp-Ab12Cd"));
    for (const std::string& k : keep) CHECK(exists(t.path + "/" + k));

    SiteWriter second(out);  // while the first is writing
    CHECK_FALSE(second.ok());
    CHECK(second.error() ==
          "another build is writing " + out + " now (" + StampPath(out) + ".lock is locked)");
    w.Add("index.html", "a");
    REQUIRE(w.Commit());
  }
  SiteWriter after(out);  // the lock went with the first writer
  CHECK(after.ok());
}

TEST_CASE("site writer: the output must name a folder of its own", "[publish]") {
  for (const std::string& bad : {std::string(""), std::string("/"), std::string("."),
                                 std::string(".."), std::string("www/.."), std::string("./")}) {
    SiteWriter w(bad);
    CHECK_FALSE(w.ok());
    CHECK(w.error() == "cannot write the site to '" + bad + "': it must name a folder of its own");
  }
}

TEST_CASE("stamp: matches only the exact tree it was written for", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  WriteTwoFiles(out);
  CHECK(StampPath(out) == t.path + "/.site.openwijk");
  CHECK(StampPath("site/") == ".site.openwijk");
  std::vector<FileStamp> files, folders;
  REQUIRE(ListTree(out, &files, &folders));
  REQUIRE(WriteStamp(out, "k1", files, folders));
  CHECK(StampMatches(out, "k1"));
  CHECK_FALSE(StampMatches(out, "k2"));
  CHECK_FALSE(StampMatches(out, ""));
  SECTION("a changed file") {
    std::ofstream(out + "/x/y.csv", std::ios::app) << "!";
    CHECK_FALSE(StampMatches(out, "k1"));
  }
  SECTION("an added file") {
    std::ofstream(out + "/new.txt") << "";
    CHECK_FALSE(StampMatches(out, "k1"));
  }
  SECTION("a removed file") {
    unlink((out + "/index.html").c_str());
    CHECK_FALSE(StampMatches(out, "k1"));
  }
  SECTION("no stamp") {
    RemoveStamp(out);
    CHECK_FALSE(StampMatches(out, "k1"));
  }
  SECTION("a file in a new folder two levels down") {
    REQUIRE(mkdir((out + "/x/z").c_str(), 0755) == 0);
    std::ofstream(out + "/x/z/w.txt") << "w";
    CHECK_FALSE(StampMatches(out, "k1"));
    CHECK(Names(out) == std::vector<std::string>{"index.html", "x/y.csv", "x/z/w.txt"});
  }
  SECTION("a link, which a site never holds") {
    REQUIRE(symlink("y.csv", (out + "/x/link.csv").c_str()) == 0);
    std::vector<FileStamp> now;
    CHECK_FALSE(ListTree(out, &now));
    CHECK_FALSE(StampMatches(out, "k1"));
  }
  // Right after the stamp, in what could be the same tick of the clock:
  // WriteStamp waits until a change gets a later time.
  SECTION("a file rewritten at once, with the same size") {
    std::ofstream(out + "/x/y.csv", std::ios::trunc) << "c";
    CHECK_FALSE(StampMatches(out, "k1"));
  }
  SECTION("an empty folder made at once") {
    REQUIRE(mkdir((out + "/x/e").c_str(), 0755) == 0);
    CHECK_FALSE(StampMatches(out, "k1"));
  }
  SECTION("a file renamed") {
    REQUIRE(rename((out + "/x/y.csv").c_str(), (out + "/x/z.csv").c_str()) == 0);
    CHECK_FALSE(StampMatches(out, "k1"));
  }
  SECTION("a folder swapped for a link to a copy") {
    REQUIRE(rename((out + "/x").c_str(), (t.path + "/x").c_str()) == 0);
    REQUIRE(symlink((t.path + "/x").c_str(), (out + "/x").c_str()) == 0);
    CHECK_FALSE(StampMatches(out, "k1"));
  }
  SECTION("a folder's time put back after a file was added: the file's type still tells") {
    REQUIRE(unlink((out + "/x/y.csv").c_str()) == 0);
    REQUIRE(mkdir((out + "/x/y.csv").c_str(), 0755) == 0);
    timespec times[2] = {{0, UTIME_OMIT},
                         {folders[1].mtime_ns / 1000000000, folders[1].mtime_ns % 1000000000}};
    REQUIRE(utimensat(AT_FDCWD, (out + "/x").c_str(), times, 0) == 0);
    CHECK_FALSE(StampMatches(out, "k1"));
  }
  SECTION("a stamp of the first format, cut short, or damaged") {
    const std::string stamp = ReadAll(StampPath(out));
    auto with = [&](const std::string& text) {
      std::ofstream(StampPath(out), std::ios::trunc) << text;
      return StampMatches(out, "k1");
    };
    CHECK_FALSE(with("openwijk-stamp 1 k1\n1 " + std::to_string(files[0].mtime_ns) +
                     " index.html\n1 " + std::to_string(files[1].mtime_ns) + " x/y.csv\n"));
    CHECK_FALSE(with(stamp.substr(0, stamp.size() - 1)));  // no last newline
    CHECK_FALSE(with("openwijk-stamp 2 k1\n"));            // the header alone
    CHECK_FALSE(with("openwijk-stamp 2 k1\nend 0 0\n"));   // not even the site's folder
    size_t files_start = stamp.find("file ");
    CHECK_FALSE(with(stamp.substr(0, files_start)));  // cut at a line's end
    std::string outside = stamp;
    outside.replace(outside.find(" x/y.csv"), 8, " x/../x/y.csv");
    CHECK_FALSE(with(outside));
    CHECK(with(stamp));
  }
}

TEST_CASE("stamp: names each file and the folders that hold it", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  WriteTwoFiles(out);
  std::vector<FileStamp> files, folders;
  REQUIRE(ListTree(out, &files, &folders));
  REQUIRE(WriteStamp(out, "k1", files, folders));
  struct stat root, x;
  REQUIRE(stat(out.c_str(), &root) == 0);
  REQUIRE(stat((out + "/x").c_str(), &x) == 0);
  std::string expected = "openwijk-stamp 2 k1\n";
  expected += "dir " + std::to_string(MtimeNs(root)) + " .\n";
  expected += "dir " + std::to_string(MtimeNs(x)) + " x\n";
  expected += "file 1 " + std::to_string(files[0].mtime_ns) + " index.html\n";
  expected += "file 1 " + std::to_string(files[1].mtime_ns) + " x/y.csv\n";
  expected += "end 2 2\n";
  CHECK(ReadAll(StampPath(out)) == expected);
  SECTION("a folder left out, or a path outside the site, is no stamp") {
    CHECK_FALSE(WriteStamp(out, "k1", files, {folders[1]}));  // no "."
    std::vector<FileStamp> outside = files;
    outside[1].path = "../y.csv";
    CHECK_FALSE(WriteStamp(out, "k1", outside, folders));
  }
}

// A file system takes its times from a clock that moves in ticks of a few
// milliseconds (newer kernels give a finer time to a file just looked at):
// a change in the tick of the last write would keep that write's time.
TEST_CASE("stamp: its own time is past every time it stamps", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  WriteTwoFiles(out);
  std::ofstream(out + "/x/y.csv", std::ios::app) << "!";  // the last change, just before
  std::vector<FileStamp> files, folders;
  REQUIRE(ListTree(out, &files, &folders));
  REQUIRE(WriteStamp(out, "k1", files, folders));
  struct stat stamp;
  REQUIRE(stat(StampPath(out).c_str(), &stamp) == 0);
  for (const FileStamp& f : files) CHECK(f.mtime_ns < MtimeNs(stamp));
  for (const FileStamp& f : folders) CHECK(f.mtime_ns < MtimeNs(stamp));
}

TEST_CASE("stamp: many files and folders, checked in chunks on 4 threads", "[publish]") {
  TempDir t;
  std::string out = t.path + "/site";
  ThreadsFor four(4);  // more than the 2 cores CI may have
  {
    SiteWriter w(out);
    for (int d = 0; d < 40; ++d) {
      for (int f = 0; f < 40; ++f) {
        w.Add("d" + std::to_string(d) + "/f" + std::to_string(f) + ".html", "x");
      }
    }
    REQUIRE(w.Commit());
    REQUIRE(WriteStamp(out, "k1", w.Stamps(), w.FolderStamps()));
  }
  CHECK(StampMatches(out, "k1"));  // 41 folders and 1,600 files: 4 chunks of 512 lines
  std::ofstream(out + "/d9/f9.html", std::ios::app) << "!";  // the last line of the last chunk
  CHECK_FALSE(StampMatches(out, "k1"));
}

TEST_CASE("stamp: ListTree lists sibling folders side by side", "[publish]") {
  TempDir t;
  std::string out = t.path + "/many";
  std::vector<std::string> expected = {"top.txt"};
  REQUIRE(mkdir(out.c_str(), 0755) == 0);
  std::ofstream(out + "/top.txt") << "t";
  for (int d = 0; d < 8; ++d) {
    std::string dir = out + "/d" + std::to_string(d);
    REQUIRE(mkdir(dir.c_str(), 0755) == 0);
    for (int s = 0; s < 3; ++s) {
      REQUIRE(mkdir((dir + "/s" + std::to_string(s)).c_str(), 0755) == 0);
      std::string rel = "d" + std::to_string(d) + "/s" + std::to_string(s) + "/f.txt";
      std::ofstream(out + "/" + rel) << rel;
      expected.push_back(rel);
    }
  }
  std::sort(expected.begin(), expected.end());
  ThreadsFor four(4);  // more than the 2 cores CI may have: the folders of a level share out
  CHECK(Names(out) == expected);
  std::vector<FileStamp> files, folders;
  REQUIRE(ListTree(out, &files, &folders));
  CHECK(files[0].size == static_cast<int64_t>(std::string("d0/s0/f.txt").size()));
  CHECK(folders.size() == 1 + 8 + 8 * 3);  // ".", d0..d7, and three below each
  SECTION("a link deep in one of them") {
    REQUIRE(symlink("f.txt", (out + "/d5/s2/link.txt").c_str()) == 0);
    CHECK_FALSE(ListTree(out, &files));
  }
  SECTION("a folder that is a link") {
    REQUIRE(symlink("d1", (out + "/d8").c_str()) == 0);
    CHECK_FALSE(ListTree(out, &files));
  }
}

}  // namespace
}  // namespace openwijk
