// How fast this machine writes new files, and nothing else: the write cost
// of a site, measured without a second copy of it (`cp -r` needs room for
// two).
//
//   cc -O2 -pthread tests/bench/write_rate.c -o /tmp/write_rate
//   /tmp/write_rate DIR GIB THREADS     # each thread writes GIB files of 1 GiB,
//                                       # with the rate of each
//   /tmp/write_rate DIR LISTING THREADS # the files of LISTING, lines "<size> <path>"
//                                       # (find SITE -type f -printf '%s %P\n'),
//                                       # their folders made as needed
//
// Files are written 1 MiB per call from one buffer, each thread taking the
// next file not yet taken. The files are removed at the end, also after an
// error; their folders are left (give an empty scratch folder). Rates are in
// decimal GB/s. On the benchmark's virtual machine most runs write the first
// 2 GB of new data at about 2 GB/s a thread and the rest at 0.3-0.5 GB/s
// (tests/bench/README.md, session 33).
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { kMB = 1 << 20, kGB = 1 << 30 };

struct File {
  long long size;
  char* path;  // under dir
};

static const char* dir;
static struct File* files;
static long nfiles;
static long next_file;  // the next file to take, shared by the threads
static int report_each;  // print each file's rate (the GIB form)
static int threads;
static char* buf;  // 'x' * buf_size, only read
static size_t buf_size;

static double Now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static void RemoveFiles(void) {
  for (long i = 0; i < nfiles; ++i) unlink(files[i].path);
}

static void Die(const char* what) {
  perror(what);
  RemoveFiles();
  exit(1);
}

// mkdir -p of the folder of `path`.
static void MakeFolders(char* path) {
  for (char* p = strchr(path + 1, '/'); p; p = strchr(p + 1, '/')) {
    *p = '\0';
    if (mkdir(path, 0755) != 0 && errno != EEXIST) Die(path);
    *p = '/';
  }
}

static void WriteOne(const struct File* f, int report) {
  double start = Now();
  int fd = open(f->path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0 && errno == ENOENT) {
    MakeFolders(f->path);
    fd = open(f->path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  }
  if (fd < 0) Die(f->path);
  for (long long at = 0; at < f->size; at += kMB) {
    size_t n = f->size - at < kMB ? (size_t)(f->size - at) : kMB;
    ssize_t done = write(fd, buf + at % buf_size, n);
    if (done != (ssize_t)n) {
      if (done >= 0) errno = EIO;  // short write
      Die(f->path);
    }
  }
  if (close(fd) != 0) Die(f->path);
  if (report) printf("%s: %.2f GB/s\n", f->path, f->size / (Now() - start) / 1e9);
}

static void* Worker(void* arg) {
  (void)arg;
  for (long i; (i = __atomic_fetch_add(&next_file, 1, __ATOMIC_RELAXED)) < nfiles;)
    WriteOne(&files[i], report_each);
  return NULL;
}

static void Add(long long size, const char* rel) {
  static long cap;
  if (nfiles == cap) {
    cap = cap ? 2 * cap : 1024;
    files = realloc(files, cap * sizeof *files);
    if (!files) Die("realloc");
  }
  size_t len = strlen(dir) + strlen(rel) + 2;
  files[nfiles].path = malloc(len);
  if (!files[nfiles].path) Die("malloc");
  snprintf(files[nfiles].path, len, "%s/%s", dir, rel);
  files[nfiles++].size = size;
}

int main(int argc, char** argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: write_rate DIR GIB|LISTING THREADS\n");
    return 2;
  }
  dir = argv[1];
  threads = atoi(argv[3]);
  if (threads < 1 || threads > 64) {
    fprintf(stderr, "write_rate: THREADS is a number from 1 to 64\n");
    return 2;
  }
  char* end;
  long gb = strtol(argv[2], &end, 10);
  if (*end == '\0' && gb > 0) {
    report_each = 1;
    for (long i = 0; i < gb * threads; ++i) {
      char name[64];
      snprintf(name, sizeof name, "write_rate-%ld", i);
      Add(kGB, name);
    }
  } else {
    FILE* in = fopen(argv[2], "r");
    if (!in) Die(argv[2]);
    char line[8192];
    while (fgets(line, sizeof line, in)) {
      line[strcspn(line, "\n")] = '\0';
      if (line[0] == '\0') continue;
      char* space = strchr(line, ' ');
      if (space) *space = '\0';
      long long size = strtoll(line, &end, 10);
      if (!space || *end != '\0' || size < 0 || space[1] == '\0') {
        fprintf(stderr, "%s: not \"<size> <path>\": %s\n", argv[2], line);
        return 2;
      }
      Add(size, space + 1);
    }
    fclose(in);
  }
  long long bytes = 0;
  buf_size = kMB;
  for (long i = 0; i < nfiles; ++i) {
    bytes += files[i].size;
    while (buf_size < kGB && (long long)buf_size < files[i].size) buf_size *= 2;
  }
  buf = malloc(buf_size);
  if (!buf) Die("malloc");
  memset(buf, 'x', buf_size);
  pthread_t t[64];
  double start = Now();
  for (long i = 0; i < threads; ++i) {
    if ((errno = pthread_create(&t[i], NULL, Worker, NULL)) != 0) Die("pthread_create");
  }
  for (int i = 0; i < threads; ++i) pthread_join(t[i], NULL);
  double s = Now() - start;
  printf("%ld files, %.1f MB, %d thread%s: %.2f s, %.2f GB/s\n", nfiles, bytes / 1e6, threads,
         threads == 1 ? "" : "s", s, bytes / s / 1e9);
  RemoveFiles();
  return 0;
}
