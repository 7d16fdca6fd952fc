/*
** time_test.c -- package time's natives (now, runtimeNano, tzLocal) and
** sync.runtime_nanotime. The zone answers are Go 1.19's
** time.Unix(u, 0).Zone() and IsDST() under the same TZ:
**   TZ=America/New_York  1700000000 EST -18000 false
**                        1690000000 EDT -14400 true
**                        0          EST -18000 false
**   TZ=Asia/Kolkata      1700000000 IST 19800 false
**   TZ="", TZ=Nowhere/Foo, TZ=XYZ-3 (no such zone file): UTC 0 false
** The zone is read once per process, as in Go, so each TZ runs in a child.
*/
#include "harness.h"

#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct Zone { int64_t when; const char *name; int64_t offset; bool dst; } Zone;

static void check_zone(const Zone *z) {
  uint64_t s[4] = {(uint64_t)z->when};
  call("time.tzLocal", s);
  CHECK_STR(slots_string(s, 0), z->name);
  CHECK_INT(s[2], z->offset);
  CHECK_INT(s[3], z->dst);
}

/* run the zone checks in a child with TZ=tz; false if the child failed */
static bool in_zone(const char *tz, const Zone *zones, int n) {
  pid_t pid = fork();
  if (pid == 0) {
    setenv("TZ", tz, 1);
    for (int i = 0; i < n; i++)
      check_zone(&zones[i]);
    _exit(failures != 0);
  }
  int status;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "zone checks failed under TZ=%s\n", tz);
    return false;
  }
  return true;
}

static void test_zones(void) {
  if (access("/usr/share/zoneinfo/America/New_York", R_OK) != 0) {
    fprintf(stderr, "no zoneinfo: zone checks skipped\n");
    return;
  }
  static const Zone ny[] = {{1700000000, "EST", -18000, false},
                            {1690000000, "EDT", -14400, true},
                            {0, "EST", -18000, false}};
  static const Zone kolkata[] = {{1700000000, "IST", 19800, false}};
  static const Zone utc[] = {{1700000000, "UTC", 0, false}};
  failures += !in_zone("America/New_York", ny, 3);
  failures += !in_zone(":America/New_York", ny, 3);
  failures += !in_zone("/usr/share/zoneinfo/Asia/Kolkata", kolkata, 1);
  failures += !in_zone("Asia/Kolkata", kolkata, 1);
  failures += !in_zone("", utc, 1);
  failures += !in_zone("Nowhere/Foo", utc, 1);
  failures += !in_zone("XYZ-3", utc, 1);
}

static void test_clocks(void) {
  uint64_t s[3];
  call("time.runtimeNano", s);
  int64_t before = (int64_t)s[0];
  call("time.now", s);
  int64_t sec = (int64_t)s[0], nsec = (int64_t)s[1], mono = (int64_t)s[2];
  call("sync.runtime_nanotime", s);
  int64_t after = (int64_t)s[0];
  CHECK(before <= mono && mono <= after); /* one monotonic clock */
  CHECK(nsec >= 0 && nsec < 1000000000);
  int64_t wall = (int64_t)time(NULL);
  CHECK(sec >= wall - 2 && sec <= wall + 2);
}

int main(void) {
  test_clocks();
  test_zones();
  return failures != 0;
}
