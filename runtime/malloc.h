/*
** malloc.h -- private to the runtime: allocator constants and helpers that
** other runtime files need (Go's malloc.go / sizeclasses.go names).
*/
#ifndef SUBGO_RUNTIME_MALLOC_H
#define SUBGO_RUNTIME_MALLOC_H

#include "runtime.h"

enum {
  _PageShift = 13,
  _PageSize = 1 << _PageShift, /* 8 KB, Go's page */
  _MaxSmallSize = 32768,       /* largest size served by a size class */
  _NumSizeClasses = 68         /* class 0 (large objects) + 67 classes */
};

/* maxAlloc: the largest allocation Go's heap can satisfy on amd64 (1<<48,
** heapAddrBits); makeslice and growslice compare sizes with it. */
#define maxAlloc ((uintptr_t)1 << 48)

/* zerobase: the address of every zero-size allocation, as in Go (so
** new(struct{}) values may compare equal). */
extern uint8_t zerobase[8];

#endif
