/*
** test_malloc.c -- the allocator (runtime/malloc.c): Go 1.19's size
** classes (roundupsize), zero-size allocations at zerobase, zeroed and
** aligned memory, page-aligned large objects, and the statistics
** runtime.ReadMemStats reports.
*/
#include "rttest.h"

#include <stdint.h>

static void test_roundupsize(void) {
  static const uintptr_t in[] = {0, 1, 8, 9, 17, 33, 1023, 1024, 1025, 9000, 32767, 32768, 32769, 100000};
  static const uintptr_t out[] = {0, 8, 8, 16, 24, 48, 1024, 1024, 1152, 9472, 32768, 32768, 40960, 106496};
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++)
    CHECK(rt_roundupsize(in[i]) == out[i], "roundupsize(%lu) = %lu, want %lu",
          (unsigned long)in[i], (unsigned long)rt_roundupsize(in[i]), (unsigned long)out[i]);
}

static void test_objects(void) {
  void *z1 = mallocgc(0, NULL, true), *z2 = rt_new(&(RType){.size = 0, .kind = KIND_STRUCT});
  CHECK(z1 == z2 && z1 != NULL, "zero-size objects share zerobase");
  bool zeroed = true, aligned = true;
  uint8_t *prev = NULL;
  for (uintptr_t size = 1; size < 3000; size += 7) {
    uint8_t *p = mallocgc(size, NULL, true);
    for (uintptr_t i = 0; i < size; i++)
      zeroed &= p[i] == 0;
    memset(p, 0xff, size); /* must not reach the next object */
    aligned &= ((uintptr_t)p & 7) == 0;
    if (prev)
      zeroed &= prev[0] == 0xff;
    prev = p;
  }
  CHECK(zeroed && aligned, "small objects are zeroed, 8-byte aligned and disjoint");
  uint8_t *big = mallocgc(100000, NULL, true);
  CHECK(((uintptr_t)big & 8191) == 0 && big[99999] == 0, "large objects are page-aligned");
  uint8_t *huge = mallocgc(100 << 20, NULL, true); /* bigger than an arena */
  huge[(100 << 20) - 1] = 1;
  CHECK(huge[0] == 0, "objects larger than an arena");
}

static void test_memstats(void) {
  RtMemStats a, b;
  rt_readmemstats(&a);
  for (int i = 0; i < 100000; i++)
    mallocgc(24, NULL, true); /* class 24 */
  mallocgc(40000, NULL, true); /* 5 pages */
  rt_readmemstats(&b);
  CHECK(b.mallocs - a.mallocs == 100001, "mallocs +%lu", (unsigned long)(b.mallocs - a.mallocs));
  CHECK(b.totalalloc - a.totalalloc == 100000 * 24 + 40960, "totalalloc +%lu",
        (unsigned long)(b.totalalloc - a.totalalloc));
  CHECK(b.sys >= b.totalalloc, "sys %lu >= totalalloc %lu", (unsigned long)b.sys,
        (unsigned long)b.totalalloc);
}

int main(int argc, char **argv) {
  test_init();
  test_roundupsize();
  test_objects();
  test_memstats();
  return test_report("malloc");
}
