/*
** runtime_test.c -- package runtime's natives for the sequential VM.
** MemStats' layout and BySize sizes are Go 1.19's (unsafe.Sizeof 5776,
** EnableGC at offset 4304, BySize at 4312; runtime.ReadMemStats lists the
** sizes below and EnableGC true). GOMAXPROCS follows Go's start-up rule:
** $GOMAXPROCS when it is a positive integer, else the CPU count; the
** scheduler is initialized (no goroutine runs) for these natives.
*/
#define _GNU_SOURCE
#include "harness.h"

#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

static int64_t call0(const char *name, int64_t arg) {
  uint64_t s[1] = {(uint64_t)arg};
  call(name, s);
  return (int64_t)s[0];
}

static void no_execute(G *gp) { (void)gp; }
static void no_timerfn(Closure *f, Eface arg, uintptr_t seq) {}
static void no_traceback(G *gp, bool frames) {}
static const RtBackend backend = {no_execute, no_timerfn, no_traceback};

static void test_procs(void) {
  cpu_set_t set;
  CHECK_INT(sched_getaffinity(0, sizeof set, &set), 0);
  int64_t ncpu = CPU_COUNT(&set);

  /* each $GOMAXPROCS in a child: the setting is read once */
  static const struct { const char *env; int64_t want; } envs[] = {
      {"3", 3}, {"abc", 0}, {"-1", 0}, {"0", 0}, {"99999999999", 0}, {"", 0}};
  for (size_t i = 0; i < sizeof envs / sizeof envs[0]; i++) {
    pid_t pid = fork();
    if (pid == 0) {
      setenv("GOMAXPROCS", envs[i].env, 1);
      rt_schedinit(&backend);
      int64_t want = envs[i].want ? envs[i].want : ncpu;
      _exit(call0("runtime.GOMAXPROCS", 0) != want);
    }
    int status;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      fprintf(stderr, "GOMAXPROCS=%s: wrong default\n", envs[i].env);
      failures++;
    }
  }
  unsetenv("GOMAXPROCS");
  rt_schedinit(&backend);
  CHECK_INT(call0("runtime.NumCPU", 0), ncpu);
  CHECK_INT(call0("runtime.NumGoroutine", 0), 0);
  uint64_t none[1];
  call("runtime.GC", none);
  CHECK_INT(call0("runtime.GOMAXPROCS", 0), ncpu);
  CHECK_INT(call0("runtime.GOMAXPROCS", 5), ncpu); /* returns the previous */
  CHECK_INT(call0("runtime.GOMAXPROCS", -1), 5);
  CHECK_INT(call0("runtime.GOMAXPROCS", 0), 5);
}

static void test_memstats(void) {
  static const uint32_t go_sizes[61] = {
      0,    8,    16,   24,   32,    48,    64,    80,    96,    112,   128,   144,   160,
      176,  192,  208,  224,  240,   256,   288,   320,   352,   384,   416,   448,   480,
      512,  576,  640,  704,  768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,
      2304, 2688, 3072, 3200, 3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,
      9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432};
  enum { SIZE = 5776, NUMGC = 4288, ENABLEGC = 4304, BYSIZE = 4312 };
  static uint64_t m[SIZE / 8];
  memset(m, 0xff, sizeof m);
  mallocgc(64, NULL, false); /* at least one object of 64 bytes */
  uint64_t s[1] = {(uintptr_t)m};
  call("runtime.readMemStats", s);
  const uint8_t *b = (const uint8_t *)m;
  CHECK_INT(b[ENABLEGC], 1);
  CHECK_INT(b[ENABLEGC + 1], 0); /* DebugGC */
  CHECK_INT(*(const uint32_t *)(b + NUMGC), 0);
  /* nothing is freed yet: Alloc = TotalAlloc = HeapAlloc, Mallocs =
  ** HeapObjects, Frees = 0; the heap is all of Sys */
  enum { ALLOC, TOTALALLOC, SYS, LOOKUPS, MALLOCS, FREES, HEAPALLOC, HEAPSYS,
         HEAPIDLE, HEAPINUSE, HEAPRELEASED, HEAPOBJECTS };
  CHECK(m[ALLOC] >= 64 && m[TOTALALLOC] == m[ALLOC] && m[HEAPALLOC] == m[ALLOC]);
  CHECK(m[MALLOCS] >= 1 && m[HEAPOBJECTS] == m[MALLOCS] && m[FREES] == 0);
  CHECK(m[SYS] >= m[ALLOC] && m[HEAPSYS] == m[SYS]);
  for (int i = 0; i < 61; i++) {
    CHECK_INT(*(const uint32_t *)(b + BYSIZE + 24 * i), go_sizes[i]);
    CHECK_INT(*(const uint64_t *)(b + BYSIZE + 24 * i + 8), 0);
  }
}

static intptr_t hook_skip;
static bool test_caller_hook(G *g, intptr_t skip, uintptr_t *pc, GoString *file, intptr_t *line) {
  hook_skip = skip;
  if (skip > 1)
    return false;
  *pc = 0x1234;
  *file = gostr("/src/x.go");
  *line = 12;
  return true;
}

static intptr_t test_stack_hook(G *g, bool all, uint8_t *buf, intptr_t len) {
  const char *text = all ? "goroutine 1 [running]:\nall\n" : "goroutine 1 [running]:\n";
  intptr_t n = (intptr_t)strlen(text);
  if (n > len)
    n = len;
  memcpy(buf, text, (size_t)n);
  return n;
}

static void test_frames(void) {
  uint64_t s[5] = {0};
  call("runtime.Caller", s); /* no back end: ok = false */
  CHECK_INT(s[4], 0);
  CHECK_INT(s[2], 0);
  rt_caller_hook = test_caller_hook;
  s[0] = 1;
  call("runtime.Caller", s);
  CHECK_INT(hook_skip, 1);
  CHECK_HEX(s[0], 0x1234);
  CHECK_STR(slots_string(s, 1), "/src/x.go");
  CHECK_INT(s[3], 12);
  CHECK_INT(s[4], 1);
  s[0] = 2;
  call("runtime.Caller", s);
  CHECK(s[0] == 0 && s[2] == 0 && s[3] == 0 && s[4] == 0);
  s[0] = (uint64_t)-1; /* a negative skip is no frame */
  call("runtime.Caller", s);
  CHECK_INT(s[4], 0);
  rt_caller_hook = NULL;

  uint8_t buf[10];
  uint64_t t[4];
  put_slice(t, 0, (GoSlice){buf, sizeof buf, sizeof buf});
  t[3] = 0;
  call("runtime.Stack", t);
  CHECK_INT(t[0], 0); /* no back end: nothing */
  rt_stack_hook = test_stack_hook;
  put_slice(t, 0, (GoSlice){buf, sizeof buf, sizeof buf});
  t[3] = 1;
  call("runtime.Stack", t);
  CHECK_INT(t[0], 10); /* truncated to the buffer */
  CHECK(memcmp(buf, "goroutine ", 10) == 0);
  rt_stack_hook = NULL;
}

int main(void) {
  register_types();
  test_procs();
  test_memstats();
  test_frames();
  return failures != 0;
}
