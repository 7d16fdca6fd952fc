/*
** runtime.c -- the natives of package runtime for the sequential VM.
**
** Gosched, NumGoroutine, GOMAXPROCS (which stops the world to resize the
** Ps) and NumCPU are the scheduler's (runtime/proc.c).
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
** Goexit is the back end's (rt_goexit_hook: it runs the deferred calls).
** SetFinalizer, LockOSThread/UnlockOSThread and Breakpoint are not
** registered yet.
*/
#include "natives.h"

/* set by the back end (runtime.h) */
bool (*rt_caller_hook)(G *g, intptr_t skip, uintptr_t *pc, GoString *file,
                       intptr_t *line);
intptr_t (*rt_stack_hook)(G *g, bool all, uint8_t *buf, intptr_t len);

/* ---- the scheduler (runtime/proc.c) ---- */

/* func NumCPU() int */
static void runtime_NumCPU(G *g, uint64_t *slots) { set_int(slots, 0, rt_ncpu()); }

/* func GOMAXPROCS(n int) int */
static void runtime_GOMAXPROCS(G *g, uint64_t *slots) {
  int64_t n = slot_int(slots, 0);
  if (n > INT32_MAX)
    n = INT32_MAX;
  set_int(slots, 0, rt_gomaxprocs(n < 0 ? 0 : (int32_t)n));
}

/* func NumGoroutine() int */
static void runtime_NumGoroutine(G *g, uint64_t *slots) {
  set_int(slots, 0, rt_numgoroutine());
}

/* func Gosched(): to the global queue; run again when scheduled, done */
static void runtime_Gosched(G *g, uint64_t *slots) {
  if (g->resumed)
    g->resumed = false;
  else
    rt_gosched(g);
}

/* func Goexit(): the back end runs the deferred calls and ends g */
static void runtime_Goexit(G *g, uint64_t *slots) {
  if (rt_goexit_hook == NULL)
    rt_throw("runtime.Goexit: no back end");
  rt_goexit_hook(g);
}

/* func GC() */
static void runtime_GC(G *g, uint64_t *slots) {}

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
    {"GC", runtime_GC},
    {"GOMAXPROCS", runtime_GOMAXPROCS},
    {"Goexit", runtime_Goexit},
    {"Gosched", runtime_Gosched},
    {"NumCPU", runtime_NumCPU},
    {"NumGoroutine", runtime_NumGoroutine},
    {"Stack", runtime_Stack},
    {"readMemStats", runtime_readMemStats},
};
NATIVE_TABLE(rt_natives_runtime, "runtime", entries);
