/*
** runtime.c -- the natives of package runtime for the sequential VM.
**
** Until the scheduler (issue 5) there is one goroutine on one thread:
**  - NumGoroutine is 1 and Gosched has nothing to yield to (a no-op);
**  - GOMAXPROCS keeps Go's setting and answers (default: $GOMAXPROCS when
**    it is a positive integer, else NumCPU; n < 1 only reads), but no P
**    exists yet for it to resize: issue 5 makes it real;
**  - NumCPU counts the CPUs in the affinity mask, as Go's getproccount,
**    read once (Go reads it at start-up).
** Until the collector (issue 6) memory is never reclaimed:
**  - GC does nothing (there is no collector to run);
**  - readMemStats writes Go's MemStats layout with what is known without
**    one: the allocator's totals (rt_readmemstats: with nothing freed,
**    Alloc = HeapAlloc = TotalAlloc, HeapObjects = Mallocs, Frees = 0;
**    Sys = HeapSys, the heap being all the runtime maps), EnableGC (always
**    true in Go) and BySize's size classes (the allocator's
**    rt_roundupsize); per-class counts, GC and off-heap figures are 0.
** Caller and Stack need the back end's frames: they call hooks the back end
** sets at start-up (runtime.h); without a hook Caller reports ok = false and
** Stack writes nothing.
** Goexit, SetFinalizer, LockOSThread/UnlockOSThread and Breakpoint are not
** registered yet (they belong to the scheduler and the collector).
*/
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include "natives.h"

#include <sched.h>
#include <unistd.h>

/* set by the back end (runtime.h) */
bool (*rt_caller_hook)(G *g, intptr_t skip, uintptr_t *pc, GoString *file,
                       intptr_t *line);
intptr_t (*rt_stack_hook)(G *g, bool all, uint8_t *buf, intptr_t len);

/* ---- CPUs and Ps ---- */

static int64_t ncpu(void) {
  static int64_t n;
  if (n == 0) {
    cpu_set_t set;
    n = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : 1;
    if (n < 1)
      n = 1;
  }
  return n;
}

/* $GOMAXPROCS as Go's atoi32 reads it, keeping only what Go uses (n > 0):
** decimal digits only, within int32; false for anything else. */
static bool parse_procs(const char *s, int64_t *out) {
  if (*s == 0)
    return false;
  int64_t v = 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9')
      return false;
    v = v * 10 + (*s - '0');
    if (v > INT32_MAX)
      return false;
  }
  *out = v;
  return v > 0;
}

/* the GOMAXPROCS setting; 0 until first asked */
static int64_t procs;

static int64_t gomaxprocs(void) {
  if (procs == 0) {
    const char *env = getenv("GOMAXPROCS");
    int64_t n;
    procs = env && parse_procs(env, &n) ? n : ncpu();
  }
  return procs;
}

/* func NumCPU() int */
static void runtime_NumCPU(G *g, uint64_t *slots) { set_int(slots, 0, ncpu()); }

/* func GOMAXPROCS(n int) int */
static void runtime_GOMAXPROCS(G *g, uint64_t *slots) {
  int64_t n = slot_int(slots, 0);
  int64_t prev = gomaxprocs();
  if (n > 0)
    procs = n;
  set_int(slots, 0, prev);
}

/* func NumGoroutine() int */
static void runtime_NumGoroutine(G *g, uint64_t *slots) { set_int(slots, 0, 1); }

/* func Gosched(), func GC() */
static void runtime_nothing_to_do(G *g, uint64_t *slots) {}

/* ---- memory statistics ---- */

/* Go 1.19's runtime.MemStats, field for field (stdlib/runtime/mstats.go). */
typedef struct MemStats {
  uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
  uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
  uint64_t StackInuse, StackSys;
  uint64_t MSpanInuse, MSpanSys, MCacheInuse, MCacheSys, BuckHashSys, GCSys,
      OtherSys;
  uint64_t NextGC, LastGC, PauseTotalNs;
  uint64_t PauseNs[256], PauseEnd[256];
  uint32_t NumGC, NumForcedGC;
  double GCCPUFraction;
  bool EnableGC, DebugGC;
  struct {
    uint32_t Size;
    uint64_t Mallocs, Frees;
  } BySize[61];
} MemStats;
/* offsets printed by unsafe.Offsetof under Go 1.19 on amd64 */
_Static_assert(offsetof(MemStats, NumGC) == 4288, "MemStats layout");
_Static_assert(offsetof(MemStats, EnableGC) == 4304, "MemStats layout");
_Static_assert(offsetof(MemStats, BySize) == 4312, "MemStats layout");
_Static_assert(sizeof(MemStats) == 5776, "MemStats layout");

/* func readMemStats(m *MemStats) */
static void runtime_readMemStats(G *g, uint64_t *slots) {
  MemStats *m = slot_ptr(slots, 0);
  if (m == NULL)
    rt_panic_nilderef();
  RtMemStats a;
  rt_readmemstats(&a);
  memset(m, 0, sizeof *m);
  /* nothing is freed before the collector: everything allocated is live */
  m->Alloc = m->TotalAlloc = m->HeapAlloc = a.totalalloc;
  m->Mallocs = m->HeapObjects = a.mallocs;
  m->Sys = m->HeapSys = a.sys;
  m->EnableGC = true;
  /* BySize[0] is class 0 (size 0); class i's size is the next size the
  ** allocator rounds up to */
  uintptr_t size = 0;
  for (int i = 1; i < 61; i++) {
    size = rt_roundupsize(size + 1);
    m->BySize[i].Size = (uint32_t)size;
  }
}

/* ---- the back end's frames ---- */

/* func Caller(skip int) (pc uintptr, file string, line int, ok bool) */
static void runtime_Caller(G *g, uint64_t *slots) {
  intptr_t skip = slot_int(slots, 0);
  uintptr_t pc = 0;
  GoString file = {NULL, 0};
  intptr_t line = 0;
  bool ok = skip >= 0 && rt_caller_hook && rt_caller_hook(g, skip, &pc, &file, &line);
  if (!ok) {
    pc = 0;
    file = (GoString){NULL, 0};
    line = 0;
  }
  set_uint(slots, 0, pc);
  set_string(slots, 1, file);
  set_int(slots, 3, line);
  set_bool(slots, 4, ok);
}

/* func Stack(buf []byte, all bool) int */
static void runtime_Stack(G *g, uint64_t *slots) {
  GoSlice buf = slot_slice(slots, 0);
  bool all = slot_bool(slots, 3);
  intptr_t n = rt_stack_hook ? rt_stack_hook(g, all, buf.ptr, buf.len) : 0;
  set_int(slots, 0, n);
}

static const NativeEntry entries[] = {
    {"Caller", runtime_Caller},
    {"GC", runtime_nothing_to_do},
    {"GOMAXPROCS", runtime_GOMAXPROCS},
    {"Gosched", runtime_nothing_to_do},
    {"NumCPU", runtime_NumCPU},
    {"NumGoroutine", runtime_NumGoroutine},
    {"Stack", runtime_Stack},
    {"readMemStats", runtime_readMemStats},
};
NATIVE_TABLE(rt_natives_runtime, "runtime", entries);
