/*
** malloc.c -- memory allocation: mallocgc, the one entry point through
** which every Go object is allocated (new, &T{}, make, append, boxing,
** string building, map buckets).
**
** This is stage 1 of 2. The real allocator of DESIGN.md -- mspans of one
** size class, a per-P mcache, mcentral, mheap with page->span lookup, the
** tiny allocator -- and the garbage collector come with issue 6. Until then
** memory is NEVER reclaimed, and the allocator is a bump allocator shaped
** so that the rest of the runtime already behaves as under Go:
**
**  - sizes are rounded exactly as Go rounds them (roundupsize, Go 1.19's
**    size-class table from sizeclasses.go: 67 classes from 8 B to 32 KB;
**    larger objects round up to whole 8 KB pages). Observable: cap() after
**    append (growslice), []byte(s) and map bucket arrays depend on it;
**  - mallocgc(0) returns &zerobase, as Go does;
**  - "mheap": memory comes from the OS in 64 MB arenas (Go's
**    heapArenaBytes) mmap'd on demand; a lock protects the arena's bump
**    pointer. Large objects (> 32 KB) are carved from it page-aligned;
**    objects larger than an arena get their own mapping;
**  - "mcache": each thread bumps through its own 256 KB chunk of the arena
**    for small objects, so small allocations take no lock (as Go's
**    per-P mcache serves them without one).
**
** Invariants:
**  - every object is 8-byte aligned (all class sizes are multiples of 8
**    and chunks start page-aligned), which covers every Go type on amd64;
**  - memory handed out is zero: it comes fresh from mmap and is never
**    reused, so `needzero` is always satisfied without a memclr (issue 6,
**    which reuses freed slots, will have to honour it);
**  - `typ` (and its pointer bitmap) is accepted now so that every call
**    site already passes what the precise collector will need.
**
** Statistics (rt_readmemstats, for runtime.ReadMemStats): objects and
** bytes (size-class rounded, as Go counts them) allocated so far, and bytes
** obtained from the OS. As Go's mcache does, each thread counts its small
** allocations locally and adds them to the global counters when it takes a
** new chunk, so the hot path does no atomic operation; a reader adds its
** own thread's pending counts (issue 5's ReadMemStats, which stops the
** world, will flush every thread's).
*/
#include "malloc.h"

#include <pthread.h>
#include <sys/mman.h>

uint8_t zerobase[8];

/* ---- size classes (Go 1.19 sizeclasses.go) ---- */

enum {
  smallSizeDiv = 8,
  smallSizeMax = 1024,
  largeSizeDiv = 128
};

static const uint16_t class_to_size[_NumSizeClasses] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,
    128,   144,   160,   176,   192,   208,   224,   240,   256,   288,
    320,   352,   384,   416,   448,   480,   512,   576,   640,   704,
    768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,
    2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,
    6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

/* size -> class lookup in two tables, as Go does: 8-byte steps up to
** 1024 bytes, 128-byte steps above. Filled by mallocinit from
** class_to_size (class = smallest class whose size is >= the size). */
static uint8_t size_to_class8[smallSizeMax / smallSizeDiv + 1];
static uint8_t size_to_class128[(_MaxSmallSize - smallSizeMax) / largeSizeDiv + 1];

__attribute__((constructor)) static void mallocinit(void) {
  int c = 0;
  for (unsigned i = 0; i < sizeof size_to_class8; i++) {
    while (class_to_size[c] < i * smallSizeDiv)
      c++;
    size_to_class8[i] = (uint8_t)c;
  }
  for (unsigned i = 0; i < sizeof size_to_class128; i++) {
    while (class_to_size[c] < smallSizeMax + i * largeSizeDiv)
      c++;
    size_to_class128[i] = (uint8_t)c;
  }
}

static uintptr_t divRoundUp(uintptr_t n, uintptr_t a) { return (n + a - 1) / a; }

static uintptr_t alignUp(uintptr_t n, uintptr_t a) { return (n + a - 1) & ~(a - 1); }

uintptr_t rt_roundupsize(uintptr_t size) {
  if (size < _MaxSmallSize) {
    if (size <= smallSizeMax - 8)
      return class_to_size[size_to_class8[divRoundUp(size, smallSizeDiv)]];
    return class_to_size[size_to_class128[divRoundUp(size - smallSizeMax, largeSizeDiv)]];
  }
  if (size + _PageSize < size) /* overflow: leave it to the caller's check */
    return size;
  return alignUp(size, _PageSize);
}

/* ---- mheap: arenas from the OS ---- */

enum {
  heapArenaBytes = 64 << 20,
  cacheChunkBytes = 256 << 10
};

static struct {
  pthread_mutex_t lock;
  uint8_t *next, *end; /* bump range of the current arena */
} mheap_ = {PTHREAD_MUTEX_INITIALIZER, NULL, NULL};

/* global statistics (atomic) */
static uint64_t memstats_mallocs, memstats_totalalloc, memstats_sys;

static void addstat(uint64_t *counter, uint64_t n) {
  __atomic_fetch_add(counter, n, __ATOMIC_RELAXED);
}

static void *sysAlloc(uintptr_t n) {
  void *p = mmap(NULL, n, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED)
    rt_throw("runtime: out of memory");
  /* transparent huge pages where the system grants them on request (as Go
  ** 1.19's sysUsed asks): large heaps then cost far fewer TLB misses */
  madvise(p, n, MADV_HUGEPAGE);
  addstat(&memstats_sys, n);
  return p;
}

/* mheap_alloc: npage-aligned run of n bytes (a multiple of _PageSize). */
static void *mheap_alloc(uintptr_t n) {
  if (n > heapArenaBytes / 2) /* would waste most of an arena */
    return sysAlloc(n);
  pthread_mutex_lock(&mheap_.lock);
  if ((uintptr_t)(mheap_.end - mheap_.next) < n) {
    mheap_.next = sysAlloc(heapArenaBytes);
    mheap_.end = mheap_.next + heapArenaBytes;
  }
  void *p = mheap_.next;
  mheap_.next += n;
  pthread_mutex_unlock(&mheap_.lock);
  return p;
}

/* ---- mcache: per-thread bump chunk for small objects ---- */

static _Thread_local struct {
  uint8_t *next, *end;
  uint64_t nmalloc, nbytes; /* not yet added to memstats */
} mcache_;

static void mcache_flush(void) {
  addstat(&memstats_mallocs, mcache_.nmalloc);
  addstat(&memstats_totalalloc, mcache_.nbytes);
  mcache_.nmalloc = mcache_.nbytes = 0;
}

static void *mcache_alloc(uintptr_t size) {
  if ((uintptr_t)(mcache_.end - mcache_.next) < size) {
    mcache_flush();
    mcache_.next = mheap_alloc(cacheChunkBytes); /* the rest of the old chunk is lost */
    mcache_.end = mcache_.next + cacheChunkBytes;
  }
  void *p = mcache_.next;
  mcache_.next += size;
  mcache_.nmalloc++;
  mcache_.nbytes += size;
  return p;
}

void *mallocgc(uintptr_t size, const RType *typ, bool needzero) {
  if (size == 0)
    return zerobase;
  if (size > maxAlloc)
    rt_throw("out of memory");
  uintptr_t rounded = rt_roundupsize(size);
  if (size <= _MaxSmallSize)
    return mcache_alloc(rounded);
  addstat(&memstats_mallocs, 1);
  addstat(&memstats_totalalloc, rounded);
  return mheap_alloc(rounded);
}

void rt_readmemstats(RtMemStats *s) {
  mcache_flush();
  s->mallocs = __atomic_load_n(&memstats_mallocs, __ATOMIC_RELAXED);
  s->totalalloc = __atomic_load_n(&memstats_totalalloc, __ATOMIC_RELAXED);
  s->sys = __atomic_load_n(&memstats_sys, __ATOMIC_RELAXED);
}

void *rt_new(const RType *typ) { return mallocgc(typ->size, typ, true); }
