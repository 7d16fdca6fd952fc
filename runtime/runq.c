/*
** runq.c -- run queues (Go's proc.go: runqput, runqget, runqgrab,
** runqsteal, globrunqput, globrunqget).
**
**  - Each P has a ring of LOCAL_RUNQ (256) g's, runq[head % 256 ..
**    tail % 256), plus runnext, a one-g slot ahead of the ring.
**  - Only the owner P puts (at the tail) and takes (at the head, with a
**    CAS, because thieves take at the head too). A thief copies up to half
**    of the victim's ring, then claims it by a CAS on runqhead; if the CAS
**    fails the copy is discarded and it retries. Entries are atomics (read
**    relaxed), so a copy racing with the owner's reuse of a slot is merely
**    discarded by the failing CAS, never a torn read.
**  - runnext: runqput(next=true) puts the g there and kicks the old one to
**    the ring's tail (so a goroutine just created or just readied by a
**    channel runs next, keeping a producer/consumer pair on one P). A
**    thief takes runnext only on its last pass, and only after the owner
**    had a moment to run it (Go's 3us usleep).
**  - When the ring is full, runqputslow moves half of it (128) plus the
**    new g to the global queue, under sched.lock, in one batch.
**  - The global queue is a list under sched.lock; globrunqget takes
**    runqsize/gomaxprocs + 1 g's (at most half the ring), the first to run
**    and the rest into the local ring.
*/
#include "runtime2.h"

#define LOAD_ACQ(p) atomic_load_explicit((p), memory_order_acquire)
#define LOAD_RLX(p) atomic_load_explicit((p), memory_order_relaxed)
#define STORE_REL(p, v) atomic_store_explicit((p), (v), memory_order_release)
#define STORE_RLX(p, v) atomic_store_explicit((p), (v), memory_order_relaxed)

static bool cas_head(P *pp, uint32_t h, uint32_t nh) {
  return atomic_compare_exchange_strong_explicit(&pp->runqhead, &h, nh,
                                                 memory_order_acq_rel,
                                                 memory_order_relaxed);
}

/* the batch, linked, onto the global queue in one lock */
static void runqputslow_batch(G **batch, int n) {
  for (int i = 0; i < n - 1; i++)
    batch[i]->schedlink = batch[i + 1];
  batch[n - 1]->schedlink = NULL;
  lock(&sched.lock);
  if (sched.runqtail)
    sched.runqtail->schedlink = batch[0];
  else
    sched.runqhead = batch[0];
  sched.runqtail = batch[n - 1];
  atomic_fetch_add(&sched.runqsize, n);
  unlock(&sched.lock);
}

/* Put g and a batch of n g's from pp's ring (taken at head h) on the global
** queue; false if a thief moved head first. */
static bool runqputslow(P *pp, G *gp, uint32_t h, uint32_t t) {
  enum { N = LOCAL_RUNQ / 2 };
  G *batch[N + 1];
  uint32_t n = (t - h) / 2;
  if (n != N)
    rt_throw("runqputslow: queue is not full");
  for (uint32_t i = 0; i < n; i++)
    batch[i] = LOAD_RLX(&pp->runq[(h + i) % LOCAL_RUNQ]);
  if (!cas_head(pp, h, h + n))
    return false;
  batch[n] = gp;
  runqputslow_batch(batch, (int)n + 1);
  return true;
}


void runqput(P *pp, G *gp, bool next) {
  if (next) {
    G *old = atomic_exchange_explicit(&pp->runnext, gp, memory_order_acq_rel);
    if (old == NULL)
      return;
    gp = old; /* kick the old runnext to the tail */
  }
  for (;;) {
    uint32_t h = LOAD_ACQ(&pp->runqhead);
    uint32_t t = LOAD_RLX(&pp->runqtail);
    if (t - h < LOCAL_RUNQ) {
      STORE_RLX(&pp->runq[t % LOCAL_RUNQ], gp);
      STORE_REL(&pp->runqtail, t + 1);
      return;
    }
    if (runqputslow(pp, gp, h, t))
      return;
  }
}

G *runqget(P *pp, bool *inheritTime) {
  G *next = LOAD_RLX(&pp->runnext);
  if (next != NULL &&
      atomic_compare_exchange_strong(&pp->runnext, &next, NULL)) {
    *inheritTime = true;
    return next;
  }
  *inheritTime = false;
  for (;;) {
    uint32_t h = LOAD_ACQ(&pp->runqhead);
    uint32_t t = LOAD_RLX(&pp->runqtail);
    if (t == h)
      return NULL;
    G *gp = LOAD_RLX(&pp->runq[h % LOCAL_RUNQ]);
    if (cas_head(pp, h, h + 1))
      return gp;
  }
}

bool runqempty(P *pp) {
  for (;;) {
    uint32_t h = LOAD_ACQ(&pp->runqhead);
    uint32_t t = LOAD_ACQ(&pp->runqtail);
    G *next = LOAD_ACQ(&pp->runnext);
    if (t == LOAD_ACQ(&pp->runqtail))
      return h == t && next == NULL;
  }
}

/* Copy half of victim's ring into batch[] (from batchHead); returns how
** many were claimed. */
static uint32_t runqgrab(P *victim, G **batch, uint32_t batchHead, bool stealRunNextG) {
  for (;;) {
    uint32_t h = LOAD_ACQ(&victim->runqhead);
    uint32_t t = LOAD_ACQ(&victim->runqtail);
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (!stealRunNextG)
        return 0;
      G *next = LOAD_ACQ(&victim->runnext);
      if (next == NULL)
        return 0;
      /* let the owner, which is about to schedule, run it */
      if (LOAD_ACQ(&victim->status) == _Prunning)
        usleep_ns(3000);
      if (!atomic_compare_exchange_strong(&victim->runnext, &next, NULL))
        continue;
      batch[batchHead % LOCAL_RUNQ] = next;
      return 1;
    }
    if (n > LOCAL_RUNQ / 2) /* read inconsistent h and t */
      continue;
    for (uint32_t i = 0; i < n; i++)
      batch[(batchHead + i) % LOCAL_RUNQ] = LOAD_RLX(&victim->runq[(h + i) % LOCAL_RUNQ]);
    if (cas_head(victim, h, h + n))
      return n;
  }
}

G *runqsteal(P *pp, P *victim, bool stealRunNextG) {
  G *batch[LOCAL_RUNQ];
  uint32_t t = LOAD_RLX(&pp->runqtail);
  uint32_t n = runqgrab(victim, batch, 0, stealRunNextG);
  if (n == 0)
    return NULL;
  G *gp = batch[n - 1];
  n--;
  if (n == 0)
    return gp;
  uint32_t h = LOAD_ACQ(&pp->runqhead);
  if (t - h + n >= LOCAL_RUNQ)
    rt_throw("runqsteal: runq overflow");
  for (uint32_t i = 0; i < n; i++)
    STORE_RLX(&pp->runq[(t + i) % LOCAL_RUNQ], batch[i]);
  STORE_REL(&pp->runqtail, t + n);
  return gp;
}

void globrunqput(G *gp) {
  gp->schedlink = NULL;
  if (sched.runqtail)
    sched.runqtail->schedlink = gp;
  else
    sched.runqhead = gp;
  sched.runqtail = gp;
  atomic_fetch_add(&sched.runqsize, 1);
}

void globrunqputhead(G *gp) {
  gp->schedlink = sched.runqhead;
  sched.runqhead = gp;
  if (sched.runqtail == NULL)
    sched.runqtail = gp;
  atomic_fetch_add(&sched.runqsize, 1);
}

static G *globrunqpop(void) {
  G *gp = sched.runqhead;
  sched.runqhead = gp->schedlink;
  if (sched.runqhead == NULL)
    sched.runqtail = NULL;
  atomic_fetch_sub(&sched.runqsize, 1);
  return gp;
}

G *globrunqget(P *pp, int32_t max) {
  int32_t size = atomic_load(&sched.runqsize);
  if (size == 0)
    return NULL;
  int32_t n = size / atomic_load(&gomaxprocs) + 1;
  if (n > size)
    n = size;
  if (max > 0 && n > max)
    n = max;
  if (n > LOCAL_RUNQ / 2)
    n = LOCAL_RUNQ / 2;
  G *gp = globrunqpop();
  for (n--; n > 0; n--)
    runqput(pp, globrunqpop(), false);
  return gp;
}
