/*
** test_runq.c -- the run queues of runtime/runq.c, driven directly on
** hand-made Ps and g's (no scheduler running):
**  - the local ring is FIFO; runqget reports inheritTime only for runnext;
**  - runqput(next) puts the g in runnext and kicks the old one to the tail;
**  - the 257th put overflows: half the ring (128, oldest first) plus the
**    new g move to the global queue in one batch, in order;
**  - runqsteal takes half of the victim's ring (rounded up), returns the
**    newest of the stolen batch and puts the rest in the thief's ring; it
**    takes runnext only when asked to and the ring is empty;
**  - globrunqget takes runqsize/gomaxprocs + 1 g's (capped by max and by
**    half a ring), runs the first and queues the rest locally;
**  - contention: one owner thread puts (into the ring and runnext) and gets
**    while three thieves steal from it; every g must come out exactly once,
**    whether through the owner, a thief's ring or the global queue.
*/
#include "rttest.h"

#include "../../runtime/runtime2.h"

#include <pthread.h>
#include <sched.h>

static P *mkp(int32_t id) {
  P *pp = calloc(1, sizeof *pp);
  pp->id = id;
  atomic_store(&pp->status, _Pidle);
  return pp;
}

/* n g's with goids 0..n-1 */
static G *mkgs(int n) {
  G *gs = calloc((size_t)n, sizeof *gs);
  for (int i = 0; i < n; i++)
    gs[i].goid = i;
  return gs;
}

static int localsize(P *pp) { return (int)(atomic_load(&pp->runqtail) - atomic_load(&pp->runqhead)); }

/* the next g of pp's queues as a goid, -1 when empty */
static int64_t get(P *pp, bool *inherit) {
  G *gp = runqget(pp, inherit);
  return gp ? gp->goid : -1;
}

/* empty the global queue, dropping its g's */
static void drainglobal(void) {
  lock(&sched.lock);
  while (sched.runqhead) {
    G *gp = sched.runqhead;
    sched.runqhead = gp->schedlink;
    sched.runqsize--;
  }
  sched.runqtail = NULL;
  unlock(&sched.lock);
}

static void test_fifo(void) {
  P *pp = mkp(0);
  G *gs = mkgs(10);
  bool inherit = true;
  CHECK(runqempty(pp) && get(pp, &inherit) == -1, "new P is empty");
  for (int i = 0; i < 10; i++)
    runqput(pp, &gs[i], false);
  CHECK(!runqempty(pp) && localsize(pp) == 10, "10 queued, size %d", localsize(pp));
  for (int i = 0; i < 10; i++) {
    int64_t id = get(pp, &inherit);
    CHECK(id == i && !inherit, "get %d: got %lld inherit=%d", i, (long long)id, inherit);
  }
  CHECK(runqempty(pp), "empty after draining");
  /* wrap around the ring: keep 200 queued while 600 more pass through */
  G *many = mkgs(800);
  int64_t next = 0;
  for (int i = 0; i < 800; i++) {
    runqput(pp, &many[i], false);
    if (i >= 200) {
      int64_t id = get(pp, &inherit);
      CHECK(id == next, "wrap: got %lld want %lld", (long long)id, (long long)next);
      next++;
    }
  }
  CHECK(localsize(pp) == 200 && sched.runqsize == 0, "200 left, no overflow: %d", localsize(pp));
  for (int64_t id; (id = get(pp, &inherit)) >= 0; next++)
    CHECK(id == next, "wrap tail: got %lld want %lld", (long long)id, (long long)next);
  CHECK(next == 800, "all 800 back, got %lld", (long long)next);
}

static void test_runnext(void) {
  P *pp = mkp(0);
  G *gs = mkgs(4);
  bool inherit;
  runqput(pp, &gs[0], false);
  runqput(pp, &gs[1], true); /* runnext = 1 */
  runqput(pp, &gs[2], true); /* runnext = 2, 1 kicked to the tail */
  runqput(pp, &gs[3], false);
  CHECK(atomic_load(&pp->runnext) == &gs[2], "runnext is the newest");
  CHECK(localsize(pp) == 3, "ring has 0, 1, 3: size %d", localsize(pp));
  int64_t want[] = {2, 0, 1, 3};
  for (int i = 0; i < 4; i++) {
    int64_t id = get(pp, &inherit);
    CHECK(id == want[i], "order %d: got %lld want %lld", i, (long long)id, (long long)want[i]);
    CHECK(inherit == (i == 0), "inheritTime only for runnext (get %d)", i);
  }
  runqput(pp, &gs[0], true);
  CHECK(!runqempty(pp) && localsize(pp) == 0, "runnext alone makes the P non-empty");
}

static void test_overflow(void) {
  drainglobal();
  P *pp = mkp(0);
  G *gs = mkgs(LOCAL_RUNQ + 1);
  for (int i = 0; i < LOCAL_RUNQ; i++)
    runqput(pp, &gs[i], false);
  CHECK(localsize(pp) == LOCAL_RUNQ && sched.runqsize == 0, "ring full, global empty");
  runqput(pp, &gs[LOCAL_RUNQ], false);
  CHECK(localsize(pp) == LOCAL_RUNQ / 2, "half stays: %d", localsize(pp));
  CHECK(sched.runqsize == LOCAL_RUNQ / 2 + 1, "half + 1 to global: %d", sched.runqsize);
  /* global: 0..127 then the new g; local: 128..255 */
  int64_t k = 0;
  for (G *gp = sched.runqhead; gp; gp = gp->schedlink, k++) {
    int64_t want = k < LOCAL_RUNQ / 2 ? k : LOCAL_RUNQ;
    CHECK(gp->goid == want, "global %lld: got %lld", (long long)k, (long long)gp->goid);
  }
  CHECK(k == LOCAL_RUNQ / 2 + 1 && sched.runqtail == &gs[LOCAL_RUNQ], "global list length %lld",
        (long long)k);
  bool inherit;
  for (int i = LOCAL_RUNQ / 2; i < LOCAL_RUNQ; i++)
    CHECK(get(pp, &inherit) == i, "local keeps the newer half (%d)", i);
  /* runnext kicked into a full ring overflows the same way */
  for (int i = 0; i < LOCAL_RUNQ; i++)
    runqput(pp, &gs[i], false);
  runqput(pp, &gs[LOCAL_RUNQ], true);
  CHECK(localsize(pp) == LOCAL_RUNQ && atomic_load(&pp->runnext) == &gs[LOCAL_RUNQ],
        "runnext fills without overflowing");
  drainglobal();
  G extra = {.goid = 999};
  runqput(pp, &extra, true); /* kicks gs[256] into the full ring */
  CHECK(sched.runqsize == LOCAL_RUNQ / 2 + 1 && sched.runqtail == &gs[LOCAL_RUNQ],
        "kicked runnext overflows to global: size %d", sched.runqsize);
  drainglobal();
}

static void test_steal(void) {
  P *thief = mkp(0), *victim = mkp(1);
  G *gs = mkgs(10);
  bool inherit;
  CHECK(runqsteal(thief, victim, true) == NULL, "nothing to steal");
  for (int i = 0; i < 10; i++)
    runqput(victim, &gs[i], false);
  G *gp = runqsteal(thief, victim, false);
  /* half (5): 0..4; the thief runs the last, 4, and queues 0..3 */
  CHECK(gp == &gs[4], "steal returns the newest stolen: %lld", gp ? (long long)gp->goid : -1LL);
  CHECK(localsize(thief) == 4 && localsize(victim) == 5, "thief %d victim %d", localsize(thief),
        localsize(victim));
  for (int i = 0; i < 4; i++)
    CHECK(get(thief, &inherit) == i, "thief's ring in order (%d)", i);
  for (int i = 5; i < 10; i++)
    CHECK(get(victim, &inherit) == i, "victim keeps the rest (%d)", i);
  /* odd counts round up: 7 -> 4 stolen; one g -> that g */
  for (int i = 0; i < 7; i++)
    runqput(victim, &gs[i], false);
  gp = runqsteal(thief, victim, false);
  CHECK(gp == &gs[3] && localsize(thief) == 3 && localsize(victim) == 3, "7: steal 4");
  while (get(thief, &inherit) >= 0 || get(victim, &inherit) >= 0) {
  }
  runqput(victim, &gs[0], false);
  CHECK(runqsteal(thief, victim, false) == &gs[0] && runqempty(victim), "a single g");
  /* runnext: only on request, only when the ring is empty */
  runqput(victim, &gs[1], true);
  CHECK(runqsteal(thief, victim, false) == NULL, "runnext not taken unless asked");
  atomic_store(&victim->status, _Prunning); /* exercise the owner's grace period */
  CHECK(runqsteal(thief, victim, true) == &gs[1], "runnext taken on the last pass");
  CHECK(atomic_load(&victim->runnext) == NULL && runqempty(victim), "victim emptied");
  runqput(victim, &gs[2], true);
  runqput(victim, &gs[3], false);
  CHECK(runqsteal(thief, victim, true) == &gs[3] && atomic_load(&victim->runnext) == &gs[2],
        "a non-empty ring is stolen before runnext");
}

static void test_global(void) {
  drainglobal();
  P *pp = mkp(0);
  G *gs = mkgs(300);
  bool inherit;
  int32_t saved = atomic_load(&gomaxprocs);
  lock(&sched.lock);
  CHECK(globrunqget(pp, 0) == NULL, "empty global queue");
  for (int i = 0; i < 10; i++)
    globrunqput(&gs[i]);
  globrunqputhead(&gs[10]);
  CHECK(sched.runqsize == 11 && sched.runqhead == &gs[10] && sched.runqtail == &gs[9],
        "put and puthead: size %d", sched.runqsize);
  /* gomaxprocs 4: 11/4 + 1 = 3 taken */
  atomic_store(&gomaxprocs, 4);
  G *gp = globrunqget(pp, 0);
  CHECK(gp == &gs[10] && localsize(pp) == 2 && sched.runqsize == 8, "11/4+1: size %d local %d",
        sched.runqsize, localsize(pp));
  CHECK(get(pp, &inherit) == 0 && get(pp, &inherit) == 1, "the rest queued in order");
  /* max caps it */
  gp = globrunqget(pp, 1);
  CHECK(gp == &gs[2] && localsize(pp) == 0 && sched.runqsize == 7, "max 1");
  /* gomaxprocs 1: all that is left */
  atomic_store(&gomaxprocs, 1);
  gp = globrunqget(pp, 0);
  CHECK(gp == &gs[3] && localsize(pp) == 6 && sched.runqsize == 0 && sched.runqhead == NULL &&
            sched.runqtail == NULL,
        "all of it: local %d", localsize(pp));
  while (get(pp, &inherit) >= 0) {
  }
  /* never more than half a ring */
  for (int i = 0; i < 300; i++)
    globrunqput(&gs[i]);
  gp = globrunqget(pp, 0);
  CHECK(gp == &gs[0] && localsize(pp) == LOCAL_RUNQ / 2 - 1 && sched.runqsize == 300 - LOCAL_RUNQ / 2,
        "capped at %d: local %d global %d", LOCAL_RUNQ / 2, localsize(pp), sched.runqsize);
  atomic_store(&gomaxprocs, saved);
  unlock(&sched.lock);
  drainglobal();
}

/* ---- contention ---- */

enum { NTHIEVES = 3, NCONTEND = 300000 };

static P *owner;
static G *cgs;
static _Atomic int seen[NCONTEND];
static _Atomic bool ownerdone;
static _Atomic long stolen;

static void take(G *gp) { atomic_fetch_add(&seen[gp->goid], 1); }

static void *owner_main(void *arg) {
  bool inherit;
  for (int i = 0; i < NCONTEND; i++) {
    runqput(owner, &cgs[i], i % 5 == 0); /* every 5th through runnext */
    if (i % 4 != 0) { /* 3 gets per 4 puts: the queue grows unless robbed */
      G *gp = runqget(owner, &inherit);
      if (gp)
        take(gp);
    }
    if (i % 256 == 0) /* 2 cores, 4 threads: let the thieves in */
      sched_yield();
  }
  for (G *gp; (gp = runqget(owner, &inherit)) != NULL;)
    take(gp);
  atomic_store(&ownerdone, true);
  return arg;
}

static void *thief_main(void *arg) {
  P *me = arg;
  bool inherit;
  for (uint32_t pass = 0;; pass++) {
    bool done = atomic_load(&ownerdone);
    G *gp = runqsteal(me, owner, pass % 4 == 3); /* runnext on every 4th, as stealWork */
    if (gp) {
      take(gp);
      atomic_fetch_add(&stolen, 1);
    }
    /* run (empty) our own ring, as the thief's scheduler would */
    while ((gp = runqget(me, &inherit)) != NULL) {
      take(gp);
      atomic_fetch_add(&stolen, 1);
    }
    if (done && gp == NULL && runqempty(owner))
      break;
  }
  return NULL;
}

static void test_contention(void) {
  drainglobal();
  owner = mkp(0);
  atomic_store(&owner->status, _Prunning);
  cgs = mkgs(NCONTEND);
  pthread_t th[NTHIEVES + 1];
  P *thieves[NTHIEVES];
  for (int i = 0; i < NTHIEVES; i++) {
    thieves[i] = mkp(i + 1);
    pthread_create(&th[i], NULL, thief_main, thieves[i]);
  }
  pthread_create(&th[NTHIEVES], NULL, owner_main, NULL);
  for (int i = 0; i <= NTHIEVES; i++)
    pthread_join(th[i], NULL);
  /* the owner's overflows went to the global queue */
  int global = 0;
  lock(&sched.lock);
  for (G *gp = sched.runqhead; gp; gp = gp->schedlink, global++)
    take(gp);
  unlock(&sched.lock);
  drainglobal();
  int missing = 0, twice = 0;
  for (int i = 0; i < NCONTEND; i++) {
    int n = atomic_load(&seen[i]);
    missing += n == 0;
    twice += n > 1;
  }
  CHECK(missing == 0 && twice == 0, "%d g's lost, %d taken twice (of %d)", missing, twice,
        NCONTEND);
  CHECK(atomic_load(&stolen) > 0, "the thieves stole something");
  fprintf(stderr, "contention: %d g's, %ld stolen by %d thieves, %d via the global queue\n",
          NCONTEND, atomic_load(&stolen), NTHIEVES, global);
}

int main(void) {
  test_init();
  atomic_store(&gomaxprocs, 4);
  test_fifo();
  test_runnext();
  test_overflow();
  test_steal();
  test_global();
  test_contention();
  return test_report("runq");
}
