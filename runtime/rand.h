/*
** rand.h -- private to the runtime: fastrand, Go's cheap per-thread
** pseudo-random generator (runtime/rand.c).
*/
#ifndef SUBGO_RUNTIME_RAND_H
#define SUBGO_RUNTIME_RAND_H

#include <stdint.h>

uint32_t fastrand(void);
uint64_t fastrand64(void);
/* getRandomData: n bytes of OS entropy (never fails: falls back to the clock) */
void getRandomData(void *p, unsigned n);

#endif
