/*
** slice.c -- make([]T, len, cap), append's growth (growslice) and copy.
**
** A slice is a GoSlice {ptr, len, cap}: a window on a backing array that
** several slices may share. append writes in place while len < cap and
** otherwise calls growslice for a new, larger backing array; so the
** growth rule decides when appends stop being visible through other
** slices, and cap() prints it: both must match Go exactly.
**
** growslice (Go 1.18+ rule; the notes' "double below 1024, then 1.25x" is
** the pre-1.18 rule), for an old capacity c and a needed capacity n:
**   1. if n > 2c: newcap = n;
**   2. else if c < 256: newcap = 2c;
**   3. else: newcap = c, then newcap += (newcap + 3*256)/4 until >= n
**      (a smooth transition from 2x towards 1.25x);
**   4. the byte size newcap*elemsize is rounded up to the allocator's size
**      class (roundupsize), and newcap = that size / elemsize.
** Step 4 is why the capacity depends on the element size: appending one
** by one from empty gives caps 1,2,4,8,16,32,64,128,256,512,848 for int
** but 8,16,32,64,... for int8 (the first class is 8 bytes).
**
** Invariants: growslice keeps old.len, copies old.len elements, and the
** new elements beyond old.len are zero (fresh memory); a zero-size element
** type never allocates (all such slices point at zerobase).
*/
#include "malloc.h"

#include <string.h>

GoSlice rt_makeslice(const RType *et, intptr_t len, intptr_t cap) {
  /* Go checks cap first and, on failure, works out which bound was bad */
  unsigned __int128 mem = (unsigned __int128)et->size * (uint64_t)cap;
  if (cap < 0 || mem > maxAlloc || len < 0 || len > cap) {
    unsigned __int128 lenmem = (unsigned __int128)et->size * (uint64_t)len;
    if (len < 0 || lenmem > maxAlloc)
      rt_panic_error_string("makeslice: len out of range");
    rt_panic_error_string("makeslice: cap out of range");
  }
  GoSlice s = {mallocgc((uintptr_t)mem, et, true), len, cap};
  return s;
}

/* nextcap: steps 1-3 above; newlen > old cap. */
static intptr_t nextcap(intptr_t oldcap, intptr_t newlen) {
  enum { threshold = 256 };
  intptr_t newcap = oldcap;
  intptr_t doublecap = newcap + newcap;
  if (newlen > doublecap)
    return newlen;
  if (oldcap < threshold)
    return doublecap;
  while (0 < newcap && newcap < newlen) /* 0 < newcap: stop on overflow */
    newcap += (newcap + 3 * threshold) / 4;
  return newcap <= 0 ? newlen : newcap;
}

GoSlice rt_growslice(const RType *et, GoSlice old, intptr_t newlen) {
  if (newlen < old.cap)
    rt_panic_error_string("growslice: cap out of range");
  if (et->size == 0) {
    GoSlice s = {zerobase, old.len, newlen};
    return s;
  }
  intptr_t newcap = nextcap(old.cap, newlen);
  unsigned __int128 want = (unsigned __int128)(uint64_t)newcap * et->size;
  if (want > maxAlloc)
    rt_panic_error_string("growslice: cap out of range");
  uintptr_t capmem = rt_roundupsize((uintptr_t)want);
  GoSlice s = {mallocgc(capmem, et, true), old.len, (intptr_t)(capmem / et->size)};
  if (old.len > 0)
    memmove(s.ptr, old.ptr, (size_t)old.len * et->size);
  return s;
}

/* memmove by whole 8-byte words, each read and written at once: Go's
** memmove never tears a pointer, and other goroutines may read the words
** concurrently (Go's fixedbugs/issue13160); a byte-wise memmove (as
** sanitizer builds intercept it) could show them half a pointer */
static void wordmove(uint64_t *dst, const uint64_t *src, size_t nwords) {
  if (dst < src) {
    for (size_t i = 0; i < nwords; i++)
      __atomic_store_n(&dst[i], __atomic_load_n(&src[i], __ATOMIC_RELAXED), __ATOMIC_RELAXED);
  } else {
    for (size_t i = nwords; i-- > 0;)
      __atomic_store_n(&dst[i], __atomic_load_n(&src[i], __ATOMIC_RELAXED), __ATOMIC_RELAXED);
  }
}

intptr_t rt_slicecopy(void *dst, intptr_t dstlen, const void *src, intptr_t srclen,
                      uintptr_t width) {
  intptr_t n = srclen < dstlen ? srclen : dstlen;
  if (n <= 0 || width == 0)
    return n < 0 ? 0 : n;
  size_t bytes = (size_t)n * width;
  if (width % 8 == 0 && ((uintptr_t)dst | (uintptr_t)src) % 8 == 0 && bytes <= 512)
    wordmove(dst, src, bytes / 8);
  else
    memmove(dst, src, bytes); /* dst and src may overlap */
  return n;
}
