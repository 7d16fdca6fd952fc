/*
** proc.c -- the GMP scheduler (Go's proc.go): goroutines (g) run on OS
** threads (m) that hold a processor (p); GOMAXPROCS Ps exist.
**
** The algorithm, as in Go 1.19:
**  - schedule() loops for ever on every M: findrunnable() returns a g
**    (with the M holding a P), execute() runs it through the back end until
**    the g stops, and the stop's mcall function (park_m, gosched_m,
**    goyield_m, gopreempt_m, goexit0) runs on the M's own C stack -- Go's
**    g0 -- before the next round. The back end never switches stacks: a VM
**    goroutine's state is its VM stack and saved pc.
**  - findrunnable: due timers; every 61st schedtick one g from the global
**    queue (fairness: two goroutines handing each other runnext cannot
**    starve the global queue); the local queue (runnext first); the global
**    queue; then, if spinning Ms are fewer than half the busy Ps, spin:
**    steal half of a random victim's queue (4 passes, the last may take
**    runnext); else give the P back and sleep on m.park.
**  - Spinning: an M looking for work is "spinning". wakep starts at most
**    one spinning M when work appears and a P is idle; the last spinning
**    M to give up re-checks every queue after dropping its P, so no wakeup
**    is lost between "found nothing" and "went to sleep".
**  - newproc puts the new g in the creator's runnext; goready does the
**    same for the g it readies.
**  - Blocking: gopark records the unlock step and sets g.mcallfn = park_m;
**    park_m marks the g _Gwaiting, detaches it from the M, and only then
**    runs the unlock step, so a waker (which needs that lock to find the g)
**    always sees a parked g with its state saved.
**  - checkdead: when the last running M goes idle with no runnable g and
**    no pending timer, every goroutine is blocked for ever: Go's fatal
**    "all goroutines are asleep - deadlock!".
**  - Stop the world (GOMAXPROCS now, the collector later): gcwaiting is
**    set, running g's are asked to preempt, idle Ps are taken; each M that
**    reaches the scheduler hands its P over (gcstopm) until stopwait is 0.
**
** Locks: sched.lock guards the global queue, the idle P and M lists, the
** gFree cache and the stop-the-world counters; allglock guards allgs. An M
** holds at most sched.lock and then nothing else, except that pidleput /
** mput run under it.
*/
#define _GNU_SOURCE /* sched_getaffinity */
#include "runtime2.h"

#include <sched.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Schedt sched = {.lock = MUTEX_INIT};
P **allp;
static int32_t nallp;
_Atomic int32_t gomaxprocs;
int32_t ncpu;
M *allm;
RtBackend rt_backend;
_Thread_local M *tls_m;

static M m0;
static Mutex allglock = MUTEX_INIT;
static G *allgs, *allgstail;
static bool mainStarted;

static _Noreturn void schedule(void);

/* ---- g status ---- */

void casgstatus(G *gp, uint32_t oldval, uint32_t newval) {
  uint32_t old = oldval;
  if (!atomic_compare_exchange_strong((_Atomic uint32_t *)&gp->atomicstatus, &old, newval)) {
    char msg[96];
    snprintf(msg, sizeof msg, "casgstatus: bad g status %u, want %u -> %u", old, oldval, newval);
    rt_throw(msg);
  }
}

G *rt_getg(void) {
  M *mp = getm();
  return mp ? mp->curg : NULL;
}

static void dropg(M *mp) {
  if (mp->curg)
    mp->curg->m = NULL;
  __atomic_store_n(&mp->curg, NULL, __ATOMIC_RELEASE);
}

/* ---- Ps ---- */

static void acquirep(P *pp) {
  M *mp = getm();
  if (mp->p != NULL || pp->m != NULL || atomic_load(&pp->status) != _Pidle)
    rt_throw("acquirep: invalid p state");
  mp->p = pp;
  __atomic_store_n(&pp->m, mp, __ATOMIC_RELEASE);
  atomic_store(&pp->status, _Prunning);
}

static P *releasep(void) {
  M *mp = getm();
  P *pp = mp->p;
  if (pp == NULL || pp->m != mp || atomic_load(&pp->status) != _Prunning)
    rt_throw("releasep: invalid p state");
  mp->p = NULL;
  __atomic_store_n(&pp->m, NULL, __ATOMIC_RELEASE);
  atomic_store(&pp->status, _Pidle);
  return pp;
}

void pidleput(P *pp) {
  if (!runqempty(pp))
    rt_throw("pidleput: P has non-empty run queue");
  atomic_store(&pp->status, _Pidle);
  pp->link = sched.pidle;
  sched.pidle = pp;
  atomic_fetch_add(&sched.npidle, 1);
}

P *pidleget(void) {
  P *pp = sched.pidle;
  if (pp) {
    sched.pidle = pp->link;
    pp->link = NULL;
    atomic_fetch_sub(&sched.npidle, 1);
  }
  return pp;
}

static P *newp(int32_t id) {
  P *pp = calloc(1, sizeof *pp);
  if (pp == NULL)
    rt_throw("procresize: out of memory");
  pp->id = id;
  atomic_store(&pp->status, _Pgcstop);
  return pp;
}

/* ---- Ms ---- */

int32_t mcount(void) { return sched.mnext - sched.nmsys; }

static void checkdead(void);

/* mput: mp joins the idle list (sched.lock held) */
static void mput(M *mp) {
  mp->schedlink = sched.midle;
  sched.midle = mp;
  sched.nmidle++;
  checkdead();
}

static M *mget(void) {
  M *mp = sched.midle;
  if (mp) {
    sched.midle = mp->schedlink;
    sched.nmidle--;
  }
  return mp;
}

static void *mstart_thread(void *arg) {
  M *mp = arg;
  tls_m = mp;
  P *pp = mp->nextp;
  mp->nextp = NULL;
  acquirep(pp);
  schedule();
}

static void mcommoninit(M *mp) {
  lock(&sched.lock);
  mp->id = sched.mnext++;
  if (mcount() > sched.maxmcount) {
    fprintf(stderr, "runtime: program exceeds %d-thread limit\n", sched.maxmcount);
    rt_throw("thread exhaustion");
  }
  mp->alllink = allm;
  allm = mp;
  unlock(&sched.lock);
  noteinit(&mp->park);
}

/* newm: a new thread that starts with pp */
static void newm(P *pp, bool spinning) {
  M *mp = calloc(1, sizeof *mp);
  if (mp == NULL)
    rt_throw("newm: out of memory");
  mcommoninit(mp);
  mp->nextp = pp;
  mp->spinning = spinning;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  /* the interpreter and the runtime's C code are all an M runs: Go's g0
  ** stacks are 8 KB-64 KB; ours leaves room for natives' buffers */
  pthread_attr_setstacksize(&attr, 1 << 20);
  if (pthread_create(&mp->thread, &attr, mstart_thread, mp) != 0)
    rt_throw("newm: pthread_create failed (thread exhaustion)");
  pthread_attr_destroy(&attr);
}

/* stopm: park the M (with no P) until startm hands it one */
static void stopm(void) {
  M *mp = getm();
  if (mp->p)
    rt_throw("stopm: holding p");
  if (mp->spinning)
    rt_throw("stopm: spinning");
  lock(&sched.lock);
  mput(mp);
  unlock(&sched.lock);
  mp->blocked = true;
  notesleep(&mp->park);
  noteclear(&mp->park);
  mp->blocked = false;
  P *pp = mp->nextp;
  mp->nextp = NULL;
  acquirep(pp);
}

void startm(P *pp, bool spinning) {
  lock(&sched.lock);
  if (pp == NULL) {
    pp = pidleget();
    if (pp == NULL) {
      unlock(&sched.lock);
      if (spinning)
        atomic_fetch_sub(&sched.nmspinning, 1);
      return;
    }
  }
  M *mp = mget();
  if (mp == NULL) {
    unlock(&sched.lock);
    newm(pp, spinning);
    return;
  }
  mp->spinning = spinning;
  mp->nextp = pp;
  unlock(&sched.lock);
  notewakeup(&mp->park);
}

void wakep(void) {
  if (atomic_load(&sched.npidle) == 0)
    return;
  int32_t zero = 0;
  if (atomic_load(&sched.nmspinning) != 0 ||
      !atomic_compare_exchange_strong(&sched.nmspinning, &zero, 1))
    return;
  startm(NULL, true);
}

/* the M found work after spinning: another M may spin in its place */
static void resetspinning(void) {
  M *mp = getm();
  mp->spinning = false;
  if (atomic_fetch_sub(&sched.nmspinning, 1) - 1 < 0)
    rt_throw("findrunnable: negative nmspinning");
  wakep();
}

/* ---- all g's ---- */

static void allgadd(G *gp) {
  lock(&allglock);
  if (allgstail)
    allgstail->alllink = gp;
  else
    allgs = gp;
  allgstail = gp;
  unlock(&allglock);
}

void forEachG(void (*fn)(G *gp, void *arg), void *arg) {
  lock(&allglock);
  for (G *gp = allgs; gp; gp = gp->alllink)
    fn(gp, arg);
  unlock(&allglock);
}

/* ---- dead g's for reuse (Go's gfput / gfget) ---- */

static void gfput(P *pp, G *gp) {
  gp->schedlink = pp->gFree;
  pp->gFree = gp;
  if (++pp->gFreeN < GFREE_LOCAL_MAX)
    return;
  lock(&sched.lock);
  while (pp->gFreeN >= GFREE_LOCAL_MAX / 2) {
    G *g1 = pp->gFree;
    pp->gFree = g1->schedlink;
    pp->gFreeN--;
    g1->schedlink = sched.gFree;
    __atomic_store_n(&sched.gFree, g1, __ATOMIC_RELAXED);
    sched.gFreeN++;
  }
  unlock(&sched.lock);
}

static G *gfget(P *pp) {
  if (pp->gFree == NULL && __atomic_load_n(&sched.gFree, __ATOMIC_RELAXED) != NULL) {
    lock(&sched.lock);
    while (pp->gFreeN < GFREE_LOCAL_MAX / 2 && sched.gFree) {
      G *g1 = sched.gFree;
      __atomic_store_n(&sched.gFree, g1->schedlink, __ATOMIC_RELAXED);
      sched.gFreeN--;
      g1->schedlink = pp->gFree;
      pp->gFree = g1;
      pp->gFreeN++;
    }
    unlock(&sched.lock);
  }
  G *gp = pp->gFree;
  if (gp) {
    pp->gFree = gp->schedlink;
    pp->gFreeN--;
  }
  return gp;
}

G *rt_malg(void) {
  M *mp = getm();
  G *gp = mp && mp->p ? gfget(mp->p) : NULL;
  if (gp)
    return gp;
  gp = calloc(1, sizeof *gp);
  if (gp == NULL)
    rt_throw("malg: out of memory");
  gp->atomicstatus = _Gdead;
  allgadd(gp);
  return gp;
}

static int64_t newgoid(P *pp) {
  if (pp->goidcache == pp->goidcacheend) {
    pp->goidcache = atomic_fetch_add(&sched.goidgen, GOID_BATCH) + 1;
    pp->goidcacheend = pp->goidcache + GOID_BATCH;
  }
  return pp->goidcache++;
}

void rt_newproc(G *gp, bool issystem) {
  M *mp = getm();
  P *pp = mp->p;
  gp->goid = newgoid(pp);
  if (gp->goid == 1) {
    /* Go's runtime starts forcegc, bgsweep and bgscavenge (goids 2-4)
    ** before main.init; skip their numbers so user goroutines are
    ** numbered as under Go */
    pp->goidcache += 3;
  }
  gp->issystem = issystem;
  gp->lockedm = false;
  gp->_defer = NULL;
  gp->_panic = NULL;
  gp->waitreason = NULL;
  gp->resumed = false;
  gp->mcallfn = NULL;
  gp->param = NULL;
  gp->waiting = NULL;
  if (issystem)
    sched.ngsys++;
  else
    atomic_fetch_add(&sched.ngoroutines, 1);
  casgstatus(gp, _Gdead, _Grunnable);
  runqput(pp, gp, true);
  if (mainStarted)
    wakep();
}

/* ---- readying and parking ---- */

void ready(G *gp, bool next) {
  casgstatus(gp, _Gwaiting, _Grunnable);
  gp->waitreason = NULL;
  M *mp = getm();
  if (mp && mp->p) {
    runqput(mp->p, gp, next);
  } else {
    lock(&sched.lock);
    globrunqput(gp);
    unlock(&sched.lock);
  }
  wakep();
}

void rt_goready(G *gp) { ready(gp, true); }

static void park_m(G *gp) {
  M *mp = getm();
  casgstatus(gp, _Grunning, _Gwaiting);
  dropg(mp);
  bool (*unlockf)(G *, void *) = mp->waitunlockf;
  void *lk = mp->waitlock;
  mp->waitunlockf = NULL;
  mp->waitlock = NULL;
  if (unlockf && !unlockf(gp, lk)) {
    /* the unlock step decided not to park after all: run gp again */
    casgstatus(gp, _Gwaiting, _Grunnable);
    gp->waitreason = NULL;
    runqput(mp->p, gp, true);
  }
}

bool parkunlock_c(G *gp, void *lk) {
  (void)gp;
  unlock(lk);
  return true;
}

void rt_gopark(G *gp, bool (*unlockf)(G *, void *), void *lk, const char *reason) {
  M *mp = getm();
  mp->waitunlockf = unlockf;
  mp->waitlock = lk;
  gp->waitreason = reason;
  gp->mcallfn = park_m;
}

static void gosched_m(G *gp) {
  casgstatus(gp, _Grunning, _Grunnable);
  dropg(getm());
  lock(&sched.lock);
  globrunqput(gp);
  unlock(&sched.lock);
}

static void goyield_m(G *gp) {
  M *mp = getm();
  casgstatus(gp, _Grunning, _Grunnable);
  dropg(mp);
  runqput(mp->p, gp, false);
}

void rt_gosched(G *gp) { gp->mcallfn = gosched_m; }
void rt_goyield(G *gp) { gp->mcallfn = goyield_m; }

/* a g stopped at a safepoint because preempt was set: the global queue,
** as Go's gopreempt_m */
void rt_preemptpark(G *gp) { gp->mcallfn = gosched_m; }

static void goexit0(G *gp) {
  M *mp = getm();
  casgstatus(gp, _Grunning, _Gdead);
  if (gp->issystem)
    sched.ngsys--;
  else
    atomic_fetch_sub(&sched.ngoroutines, 1);
  gp->_defer = NULL;
  gp->_panic = NULL;
  gp->waitreason = NULL;
  gp->param = NULL;
  gp->waiting = NULL;
  dropg(mp);
  gfput(mp->p, gp);
}

void rt_goexit(G *gp) { gp->mcallfn = goexit0; }

/* ---- finding and running work ---- */

static void execute(G *gp, bool inheritTime) {
  M *mp = getm();
  gp->m = mp;
  __atomic_store_n(&mp->curg, gp, __ATOMIC_RELEASE);
  casgstatus(gp, _Grunnable, _Grunning);
  __atomic_store_n(&gp->preempt, false, __ATOMIC_RELAXED);
  if (!inheritTime)
    __atomic_store_n(&mp->p->schedtick, mp->p->schedtick + 1, __ATOMIC_RELAXED);
  rt_backend.execute(gp);
  void (*fn)(G *) = gp->mcallfn;
  gp->mcallfn = NULL;
  (fn ? fn : goexit0)(gp);
}

/* the world is stopping: hand the P over and sleep */
static void gcstopm(void) {
  M *mp = getm();
  if (mp->spinning) {
    mp->spinning = false;
    atomic_fetch_sub(&sched.nmspinning, 1);
  }
  P *pp = releasep();
  lock(&sched.lock);
  atomic_store(&pp->status, _Pgcstop);
  if (--sched.stopwait == 0)
    notewakeup(&sched.stopnote);
  unlock(&sched.lock);
  stopm();
}

static G *stealWork(P *pp) {
  enum { stealTries = 4 };
  int32_t n = nallp;
  for (int i = 0; i < stealTries; i++) {
    bool stealRunNextG = i == stealTries - 1;
    uint32_t start = fastrand();
    for (int32_t j = 0; j < n; j++) {
      if (atomic_load(&sched.gcwaiting))
        return NULL;
      P *p2 = allp[(start + (uint32_t)j) % (uint32_t)n];
      if (p2 == pp || p2->id >= atomic_load(&gomaxprocs) ||
          atomic_load(&p2->status) != _Prunning)
        continue;
      G *gp = runqsteal(pp, p2, stealRunNextG);
      if (gp)
        return gp;
    }
  }
  return NULL;
}

/* an M with no P waits for the next timer, ready to run it (Go blocks in
** netpoll until then); returns true when it got a P back */
static bool waitfortimer(M *mp) {
  int64_t next = timers_next();
  if (next < 0)
    return false;
  lock(&sched.lock);
  if (sched.timerm != NULL) {
    unlock(&sched.lock);
    return false;
  }
  sched.timerm = mp;
  atomic_store(&sched.timerwhen, next);
  unlock(&sched.lock);
  int64_t delay = next - nanotime();
  if (delay > 0)
    notetsleep(&mp->park, delay);
  lock(&sched.lock);
  sched.timerm = NULL;
  atomic_store(&sched.timerwhen, 0);
  P *pp = atomic_load(&sched.gcwaiting) ? NULL : pidleget();
  unlock(&sched.lock);
  /* only now: a waker that saw timerm (under the lock) has woken the note
  ** already, so no stale wakeup can reach the next notesleep (stopm) */
  noteclear(&mp->park);
  if (pp)
    acquirep(pp);
  return pp != NULL;
}

static G *findrunnable(bool *inheritTime) {
  M *mp = getm();
top:;
  P *pp = mp->p;
  if (atomic_load(&sched.dying))
    for (;;) /* the process is exiting: run nothing more */
      pause();
  if (atomic_load(&sched.gcwaiting)) {
    gcstopm();
    goto top;
  }
  if (timers_pending()) /* reading the clock is a cost: only with timers */
    timers_run(nanotime());
  *inheritTime = false;
  if (pp->schedtick % 61 == 0 && atomic_load(&sched.runqsize) > 0) {
    lock(&sched.lock);
    G *gp = globrunqget(pp, 1);
    unlock(&sched.lock);
    if (gp)
      return gp;
  }
  G *gp = runqget(pp, inheritTime);
  if (gp)
    return gp;
  if (atomic_load(&sched.runqsize) != 0) {
    lock(&sched.lock);
    gp = globrunqget(pp, 0);
    unlock(&sched.lock);
    if (gp)
      return gp;
  }
  int32_t procs = atomic_load(&gomaxprocs);
  if (mp->spinning || 2 * atomic_load(&sched.nmspinning) < procs - atomic_load(&sched.npidle)) {
    if (!mp->spinning) {
      mp->spinning = true;
      atomic_fetch_add(&sched.nmspinning, 1);
    }
    gp = stealWork(pp);
    if (gp)
      return gp;
  }
  /* nothing to do: give the P back */
  lock(&sched.lock);
  if (atomic_load(&sched.gcwaiting)) {
    unlock(&sched.lock);
    goto top;
  }
  if (atomic_load(&sched.runqsize) != 0) {
    gp = globrunqget(pp, 0);
    unlock(&sched.lock);
    return gp;
  }
  releasep();
  pidleput(pp);
  unlock(&sched.lock);
  if (mp->spinning) {
    mp->spinning = false;
    atomic_fetch_sub(&sched.nmspinning, 1);
    /* work may have appeared after our last look and before nmspinning
    ** dropped, when wakep saw a spinning M and started nobody */
    for (int32_t i = 0; i < atomic_load(&gomaxprocs); i++) {
      if (runqempty(allp[i]))
        continue;
      lock(&sched.lock);
      P *p2 = pidleget();
      unlock(&sched.lock);
      if (p2) {
        acquirep(p2);
        mp->spinning = true;
        atomic_fetch_add(&sched.nmspinning, 1);
        goto top;
      }
      break;
    }
  }
  if (waitfortimer(mp))
    goto top;
  stopm();
  goto top;
}

static _Noreturn void schedule(void) {
  M *mp = getm();
  for (;;) {
    bool inheritTime;
    G *gp = findrunnable(&inheritTime);
    if (mp->spinning)
      resetspinning();
    execute(gp, inheritTime);
  }
}

_Noreturn void rt_mstart(void) {
  mainStarted = true;
  sysmon_start();
  wakep();
  schedule();
}

/* ---- deadlock detection ---- */

typedef struct GCounts { int runnable, waiting; } GCounts;

static void countgs(G *gp, void *arg) {
  GCounts *c = arg;
  uint32_t s = readgstatus(gp);
  if (s == _Grunnable || s == _Grunning || s == _Gsyscall)
    c->runnable++;
  else if (s == _Gwaiting && !gp->issystem)
    c->waiting++;
}

/* sched.lock held; called whenever an M goes idle */
static void checkdead(void) {
  int32_t run = mcount() - sched.nmidle;
  if (run > 0 || !mainStarted)
    return;
  if (run < 0) {
    fprintf(stderr, "runtime: checkdead: nmidle=%d mcount=%d\n", sched.nmidle, mcount());
    rt_throw("checkdead: inconsistent counts");
  }
  GCounts c = {0, 0};
  forEachG(countgs, &c);
  if (c.runnable > 0)
    rt_throw("checkdead: runnable g");
  if (c.waiting == 0) { /* every goroutine exited: main called Goexit */
    unlock(&sched.lock);
    rt_throw("no goroutines (main called runtime.Goexit) - deadlock!");
  }
  if (timers_pending())
    return;
  unlock(&sched.lock);
  rt_throw("all goroutines are asleep - deadlock!");
}

/* ---- main's exit (Go's runtime.main after main.main returns) ---- */

static _Atomic int32_t runningPanicDefers;

void rt_panicdefers(int32_t delta) { atomic_fetch_add(&runningPanicDefers, delta); }

bool rt_main_may_exit(int tries) {
  if (atomic_load(&sched.dying))
    for (;;) /* another goroutine is printing its panic: it exits */
      pause();
  return atomic_load(&runningPanicDefers) == 0 || tries >= 1000;
}

/* ---- dying ---- */

static void preemptall(void);

void rt_startpanic(void) {
  static Mutex paniclk = MUTEX_INIT;
  M *mp = getm();
  if (mp && mp->dying) /* a fatal error while printing one */
    return;
  lock(&paniclk); /* never released: the first to die prints */
  if (mp)
    mp->dying = true;
  if (allp && !atomic_exchange(&sched.dying, 1)) {
    preemptall();
    usleep_ns(1000 * 1000); /* let running goroutines reach a safepoint */
  }
}

/* ---- stop the world ---- */

static void preemptone(P *pp) {
  M *mp = __atomic_load_n(&pp->m, __ATOMIC_ACQUIRE);
  if (mp == NULL || mp == getm())
    return;
  G *gp = __atomic_load_n(&mp->curg, __ATOMIC_ACQUIRE);
  if (gp)
    __atomic_store_n(&gp->preempt, true, __ATOMIC_RELAXED);
}

static void preemptall(void) {
  for (int32_t i = 0; i < atomic_load(&gomaxprocs); i++)
    if (atomic_load(&allp[i]->status) == _Prunning)
      preemptone(allp[i]);
}

void stopTheWorld(const char *reason) {
  (void)reason;
  M *mp = getm();
  lock(&sched.lock);
  sched.stopwait = atomic_load(&gomaxprocs);
  atomic_store(&sched.gcwaiting, 1);
  preemptall();
  atomic_store(&mp->p->status, _Pgcstop);
  sched.stopwait--;
  P *pp;
  while ((pp = pidleget()) != NULL) {
    atomic_store(&pp->status, _Pgcstop);
    sched.stopwait--;
  }
  bool wait = sched.stopwait > 0;
  unlock(&sched.lock);
  if (wait) {
    for (;;) {
      if (notetsleep(&sched.stopnote, 100 * 1000))
        break;
      preemptall();
    }
    noteclear(&sched.stopnote);
  }
  lock(&sched.lock);
  if (sched.timerm)
    notewakeup(&sched.timerm->park);
  unlock(&sched.lock);
}

/* procresize (world stopped, sched.lock held): make nprocs Ps; Ps beyond
** it give their g's to the global queue and die */
void procresize(int32_t nprocs) {
  if (nprocs > nallp) {
    allp = realloc(allp, (size_t)nprocs * sizeof *allp);
    if (allp == NULL)
      rt_throw("procresize: out of memory");
    for (int32_t i = nallp; i < nprocs; i++)
      allp[i] = newp(i);
    nallp = nprocs;
  }
  for (int32_t i = nprocs; i < nallp; i++) {
    P *pp = allp[i];
    if (atomic_load(&pp->status) == _Pdead)
      continue;
    bool inherit;
    G *gp;
    while ((gp = runqget(pp, &inherit)) != NULL)
      globrunqputhead(gp);
    while ((gp = pp->gFree) != NULL) {
      pp->gFree = gp->schedlink;
      gp->schedlink = sched.gFree;
      __atomic_store_n(&sched.gFree, gp, __ATOMIC_RELAXED);
      sched.gFreeN++;
    }
    pp->gFreeN = 0;
    atomic_store(&pp->status, _Pdead);
  }
  atomic_store(&gomaxprocs, nprocs);
}

void startTheWorld(void) {
  M *mp = getm();
  lock(&sched.lock);
  int32_t n = atomic_load(&gomaxprocs);
  if (mp->p->id >= n) {
    /* our P died: take P 0 instead */
    mp->p->m = NULL;
    mp->p = NULL;
    atomic_store(&allp[0]->status, _Pidle);
    allp[0]->m = NULL;
    acquirep(allp[0]);
  }
  atomic_store(&mp->p->status, _Prunning);
  P *withwork[n];
  int nwork = 0;
  for (int32_t i = 0; i < n; i++) {
    P *pp = allp[i];
    if (pp == mp->p)
      continue;
    atomic_store(&pp->status, _Pidle);
    if (runqempty(pp))
      pidleput(pp);
    else
      withwork[nwork++] = pp;
  }
  atomic_store(&sched.gcwaiting, 0);
  unlock(&sched.lock);
  for (int i = 0; i < nwork; i++)
    startm(withwork[i], false);
  wakep();
}

int32_t rt_gomaxprocs(int32_t n) {
  int32_t ret = atomic_load(&gomaxprocs);
  if (n <= 0 || n == ret)
    return ret;
  stopTheWorld("GOMAXPROCS");
  lock(&sched.lock);
  procresize(n);
  unlock(&sched.lock);
  startTheWorld();
  return ret;
}

int32_t rt_ncpu(void) { return ncpu; }

bool rt_canspin(int64_t i) {
  enum { active_spin = 4 };
  int32_t procs = atomic_load(&gomaxprocs);
  M *mp = getm();
  if (i >= active_spin || ncpu <= 1 ||
      procs <= atomic_load(&sched.npidle) + atomic_load(&sched.nmspinning) + 1)
    return false;
  return mp->p && runqempty(mp->p);
}

int32_t rt_numgoroutine(void) { return atomic_load(&sched.ngoroutines); }

/* ---- tracebacks of every goroutine (fatal errors) ---- */

const char *rt_gstatusname(G *gp) {
  switch (readgstatus(gp)) {
  case _Grunnable: return "runnable";
  case _Grunning: return "running";
  case _Gsyscall: return "syscall";
  case _Gwaiting: return gp->waitreason ? gp->waitreason : "waiting";
  default: return "???";
  }
}

static void tracebackone(G *gp, void *arg) {
  G *me = arg;
  uint32_t s = readgstatus(gp);
  if (gp == me || s == _Gdead || gp->issystem)
    return;
  char hdr[160];
  int n = snprintf(hdr, sizeof hdr, "\ngoroutine %lld [%s%s]:\n", (long long)gp->goid,
                   rt_gstatusname(gp), gp->lockedm ? ", locked to thread" : "");
  rt_write(2, hdr, (size_t)n);
  if (s == _Grunning) {
    static const char msg[] = "\tgoroutine running on other thread; stack unavailable\n";
    rt_write(2, msg, sizeof msg - 1);
  }
  rt_backend.traceback(gp, s != _Grunning);
}

void rt_forallg(void (*fn)(G *gp, void *arg), void *arg) { forEachG(fn, arg); }
void rt_stoptheworld(const char *reason) { stopTheWorld(reason); }
void rt_starttheworld(void) { startTheWorld(); }

void rt_tracebackothers(G *me) {
  if (rt_backend.traceback)
    forEachG(tracebackone, me);
}

/* ---- start-up ---- */

static int32_t getncpu(void) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0)
      return n;
  }
  return 1;
}

/* Go's atoi32: decimal digits only, within int32 */
static bool atoi32(const char *s, int32_t *out) {
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
  *out = (int32_t)v;
  return true;
}

void rt_schedinit(const RtBackend *be) {
  rt_backend = *be;
  sched.maxmcount = 10000;
  sched.starttime = nanotime();
  noteinit(&sched.stopnote);
  ncpu = getncpu();
  int32_t procs = ncpu;
  const char *env = getenv("GOMAXPROCS");
  int32_t n;
  if (env && atoi32(env, &n) && n > 0)
    procs = n;
  tls_m = &m0;
  mcommoninit(&m0);
  lock(&sched.lock);
  procresize(procs);
  for (int32_t i = procs - 1; i >= 0; i--) {
    atomic_store(&allp[i]->status, _Pidle);
    if (i > 0)
      pidleput(allp[i]);
  }
  unlock(&sched.lock);
  acquirep(allp[0]);
}
