/*
** rand.c -- fastrand: the runtime's cheap pseudo-random numbers.
**
** Go's runtime needs randomness that is fast, not cryptographic: the seed
** of each map (hmap.hash0), the start bucket and offset of each map
** iteration, the hash of a NaN key, later select's poll order and the
** scheduler's steal order. Like Go (stubs.go, fastrand) this is wyrand:
** a 64-bit state advanced by a fixed odd constant, output the folded
** 128-bit product of the state with a scrambled copy of itself.
**
** Invariants:
**  - the state is per thread (Go keeps it per M), so no locking and no
**    contention once issue 5 runs several Ms;
**  - each thread's state is seeded from OS entropy on first use, so
**    sequences (hence map iteration orders) differ from run to run.
*/
#include "rand.h"

#include <sys/random.h>
#include <time.h>

void getRandomData(void *p, unsigned n) {
  uint8_t *b = p;
  while (n > 0) {
    ssize_t got = getrandom(b, n, 0);
    if (got <= 0)
      break;
    b += got;
    n -= (unsigned)got;
  }
  if (n == 0)
    return;
  /* no entropy source: the clock is random enough to vary between runs */
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint64_t x = (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15u ^ (uint64_t)ts.tv_sec;
  for (unsigned i = 0; i < n; i++)
    b[i] = (uint8_t)(x >> (8 * (i % 8)));
}

static _Thread_local uint64_t fastrand_state;
static _Thread_local int fastrand_seeded;

uint64_t fastrand64(void) {
  if (!fastrand_seeded) {
    getRandomData(&fastrand_state, sizeof fastrand_state);
    fastrand_seeded = 1;
  }
  fastrand_state += 0xa0761d6478bd642fu;
  unsigned __int128 m =
      (unsigned __int128)fastrand_state * (fastrand_state ^ 0xe7037ed1a0b428dbu);
  return (uint64_t)(m >> 64) ^ (uint64_t)m;
}

uint32_t fastrand(void) { return (uint32_t)fastrand64(); }
