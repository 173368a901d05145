// How much CPU libgit2 spends reading blobs, one after the other on one
// repository handle, with its hash check on and off: the floor under
// `openwijk diff`, which reads every changed blob whole (see README, "land
// diff under 1 s"). openwijk turns libgit2's check off and checks each blob
// itself with OpenSSL's SHA-1 (generator/repo/object_check.h), so "off" plus
// that hash is its floor. Not built by make:
//
//   cc -O2 tests/bench/read_blobs.c -o /tmp/read_blobs -lgit2
//   /tmp/read_blobs REPO 1 publicatie/9:data/begroting/2025.csv ...   # check on
//   /tmp/read_blobs REPO 0 publicatie/9:data/begroting/2025.csv ...   # check off
//
// Prints the bytes read and the wall and CPU seconds of reading them.
#include <git2.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double Seconds(clockid_t clock) {
  struct timespec t;
  clock_gettime(clock, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char** argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: %s REPO 0|1 REV:PATH...\n", argv[0]);
    return 2;
  }
  git_libgit2_init();
  git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, atoi(argv[2]));
  git_repository* repo = NULL;
  if (git_repository_open(&repo, argv[1]) != 0) {
    fprintf(stderr, "cannot open %s\n", argv[1]);
    return 1;
  }
  double wall = Seconds(CLOCK_MONOTONIC), cpu = Seconds(CLOCK_PROCESS_CPUTIME_ID);
  long long bytes = 0;
  for (int i = 3; i < argc; ++i) {
    git_object* blob = NULL;
    if (git_revparse_single(&blob, repo, argv[i]) != 0 ||
        git_object_type(blob) != GIT_OBJECT_BLOB) {
      fprintf(stderr, "not a blob: %s\n", argv[i]);
      return 1;
    }
    bytes += (long long)git_blob_rawsize((git_blob*)blob);
    git_object_free(blob);
  }
  printf("hash check %s: %lld bytes in %.3f s wall, %.3f s CPU\n", atoi(argv[2]) ? "on" : "off",
         bytes, Seconds(CLOCK_MONOTONIC) - wall, Seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu);
  git_repository_free(repo);
  git_libgit2_shutdown();
  return 0;
}
