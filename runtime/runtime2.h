/*
** runtime2.h -- the scheduler's private structures (Go's runtime2.go):
** m, p, schedt, sudog, waitq, the runtime's own locks and notes, and the
** internal entry points the runtime's files share (proc.c, runq.c,
** sysmon.c, chan.c, select.c, sema.c, time.c, lock.c).
**
** Back ends see only runtime.h (G, and the gopark/goready contract).
**
** Who owns what (docs/runtime-sched.md has the full table):
**   - p.runq / runqhead / runqtail / runnext: lock-free; the owner puts and
**     gets, any M steals with a CAS on runqhead;
**   - sched.runq (global queue), midle, pidle, nmspinning's partners
**     (npidle, nmidle), gFree, stopwait: sched.lock;
**   - a g's status: atomic; only the M that owns the g (running it, or
**     the waker that holds the lock the g parked under) changes it;
**   - a channel's fields and its queues' sudogs: hchan.lock;
**   - timers: timers.lock (one heap, time.c).
*/
#ifndef SUBGO_RUNTIME_RUNTIME2_H
#define SUBGO_RUNTIME_RUNTIME2_H

#include "rand.h"
#include "runtime.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

/* ---- locks and notes (lock.c) ---- */
/* Mutex: the runtime's lock (Go's runtime.mutex). A pthread mutex, so the
** ThreadSanitizer build understands every lock the runtime takes. */
typedef struct Mutex { pthread_mutex_t mu; } Mutex;
#define MUTEX_INIT {PTHREAD_MUTEX_INITIALIZER}
void lock(Mutex *l);
void unlock(Mutex *l);

/* Note: a one-shot sleep/wakeup (Go's note). notesleep blocks until
** notewakeup; noteclear re-arms it. notetsleep gives up after ns (< 0:
** never) and reports whether it was woken. An idle M sleeps on its
** m.park note: it never busy-waits. */
typedef struct Note {
  pthread_mutex_t mu;
  pthread_cond_t cond;
  bool key;
} Note;
void noteinit(Note *n);
void noteclear(Note *n);
void notewakeup(Note *n);
void notesleep(Note *n);
bool notetsleep(Note *n, int64_t ns);

int64_t nanotime(void);  /* CLOCK_MONOTONIC, ns */
void usleep_ns(int64_t ns);

/* ---- p and m ---- */
enum { _Pidle, _Prunning, _Psyscall, _Pgcstop, _Pdead };

enum {
  LOCAL_RUNQ = 256,     /* p.runq entries */
  GFREE_LOCAL_MAX = 64, /* gfput moves half of p.gFree to sched above this */
  GOID_BATCH = 16       /* goids a P takes from sched.goidgen at once */
};

struct P {
  int32_t id;
  _Atomic uint32_t status;
  P *link;                      /* pidle list */
  uint32_t schedtick;           /* incremented on every scheduler call */
  uint32_t syscalltick;
  struct {                      /* sysmon's last observation (preemption) */
    uint32_t schedtick;
    int64_t schedwhen;
  } sysmontick;
  M *m;                         /* the M running with this P, NULL when idle */
  /* local run queue: lock-free ring, see runq.c */
  _Atomic uint32_t runqhead, runqtail;
  _Atomic(G *) runq[LOCAL_RUNQ];
  _Atomic(G *) runnext;         /* run next, ahead of runq: the g a newproc or
                                ** a channel op just readied */
  G *gFree;                     /* dead g's ready for reuse */
  int32_t gFreeN;
  int64_t goidcache, goidcacheend;
  Sudog *sudogcache;            /* free sudogs (Go's p.sudogcache) */
};

struct M {
  int64_t id;
  pthread_t thread;
  G *curg;                      /* the g running on this M */
  P *p;                         /* attached P, NULL while idle */
  P *nextp;                     /* P handed over by startm */
  bool spinning;                /* out of work, looking for it */
  bool blocked;                 /* parked on park */
  Note park;
  M *schedlink;                 /* midle list */
  M *alllink;
  bool (*waitunlockf)(G *, void *); /* gopark's unlock step, run by park_m */
  void *waitlock;
  bool dying;                   /* printing a fatal error */
};

/* Go's schedt */
typedef struct Schedt {
  Mutex lock;
  _Atomic int64_t goidgen;
  M *midle;                     /* idle Ms waiting for work */
  int32_t nmidle;
  int32_t mnext;                /* Ms created so far (ids) */
  int32_t nmsys;                /* system Ms not counted by checkdead (sysmon) */
  int32_t maxmcount;
  P *pidle;                     /* idle Ps */
  _Atomic int32_t npidle;
  _Atomic int32_t nmspinning;
  G *runqhead, *runqtail;       /* global run queue */
  _Atomic int32_t runqsize;     /* read without the lock as a hint */
  G *gFree;                     /* global cache of dead g's */
  int32_t gFreeN;
  /* stop the world */
  _Atomic uint32_t gcwaiting;
  int32_t stopwait;
  Note stopnote;
  /* the M blocked until the next timer (findrunnable), if any */
  M *timerm;
  _Atomic int64_t timerwhen;    /* when it wakes */
  int32_t ngsys;                /* live system goroutines */
  _Atomic int32_t ngoroutines;  /* live user goroutines */
  int64_t starttime;            /* nanotime at start (schedtrace) */
  _Atomic uint32_t dying;       /* rt_startpanic: schedule nothing more */
} Schedt;

extern Schedt sched;
extern P **allp;
extern _Atomic int32_t gomaxprocs;
extern int32_t ncpu;
extern M *allm;
extern RtBackend rt_backend;

/* the M (and the g it runs) on this thread */
extern _Thread_local M *tls_m;
static inline M *getm(void) { return tls_m; }

/* ---- g status ---- */
static inline uint32_t readgstatus(G *gp) {
  return atomic_load_explicit((_Atomic uint32_t *)&gp->atomicstatus, memory_order_acquire);
}
void casgstatus(G *gp, uint32_t oldval, uint32_t newval);

/* gopark's unlock step for a Mutex (Go's parkunlock_c) */
bool parkunlock_c(G *gp, void *lk);

/* ---- runq.c ---- */
void runqput(P *pp, G *gp, bool next);
G *runqget(P *pp, bool *inheritTime);
bool runqempty(P *pp);
G *runqsteal(P *pp, P *victim, bool stealRunNextG);
void globrunqput(G *gp);
void globrunqputhead(G *gp);
G *globrunqget(P *pp, int32_t max);   /* sched.lock held */

/* ---- proc.c ---- */
void wakep(void);
void startm(P *pp, bool spinning);
P *pidleget(void);                    /* sched.lock held */
void pidleput(P *pp);                 /* sched.lock held */
void ready(G *gp, bool next);
void stopTheWorld(const char *reason);
void startTheWorld(void);
void procresize(int32_t nprocs);     /* world stopped */
void forEachG(void (*fn)(G *gp, void *arg), void *arg);
int32_t mcount(void);

/* ---- sysmon.c ---- */
void sysmon_start(void);
void schedtrace(bool detailed);

/* ---- sudogs (chan.c) ---- */
/* A sudog is a g waiting on a channel (or a semaphore, or one case of a
** select). The element a sender offers or a receiver gets is copied into
** the sudog's own buffer (elembuf) while the g is parked, so a back end
** whose goroutines own no native stack (the VM) has somewhere stable for
** it; `elem` points at that buffer (or, for semaphores, at the address). */
struct Sudog {
  G *g;
  Sudog *next, *prev;           /* waitq links */
  void *elem;
  uint8_t *elembuf;             /* owned buffer, elembufcap bytes */
  uintptr_t elembufcap;
  uint32_t ticket;              /* semaphores: handed the count directly */
  bool isSelect;
  bool success;                 /* the channel op completed (false: closed) */
  int32_t caseidx;              /* select: which case this sudog is */
  Sudog *waitlink;              /* g.waiting list (select) */
  HChan *c;
};

typedef struct WaitQ { Sudog *first, *last; } WaitQ;

Sudog *acquireSudog(G *g);
void releaseSudog(Sudog *s);
void *sudog_elembuf(Sudog *s, uintptr_t size);

/* hchan (Go's chan.go); a chan value is an *HChan */
struct HChan {
  uintptr_t qcount;             /* elements in buf (len(ch)) */
  uintptr_t dataqsiz;           /* ring size (cap(ch)) */
  uint8_t *buf;
  uint16_t elemsize;
  uint32_t closed;
  const RType *elemtype;
  uintptr_t sendx, recvx;
  WaitQ recvq, sendq;
  Mutex lock;
};

/* element copies (Go's typedmemmove / typedmemclr): a zero-size element
** copies nothing, and its pointers may be NULL */
static inline void typedmemmove(void *dst, const void *src, uintptr_t n) {
  if (n)
    memcpy(dst, src, n);
}
static inline void typedmemclr(void *dst, uintptr_t n) {
  if (n)
    memset(dst, 0, n);
}

void waitq_enqueue(WaitQ *q, Sudog *s);
Sudog *waitq_dequeue(WaitQ *q);
void waitq_remove(WaitQ *q, Sudog *s);
/* under c.lock: the transfers of chan.c, used by select.c too; the first
** two return the g to ready once the lock is released */
G *chan_sendto(HChan *c, Sudog *sg, const void *ep);
G *chan_recvfrom(HChan *c, Sudog *sg, void *ep);
void chan_bufsend(HChan *c, const void *ep);
void chan_bufrecv(HChan *c, void *ep);
void *chanbuf(HChan *c, uintptr_t i);

/* ---- time.c ---- */
int64_t timers_next(void);            /* when of the earliest timer, -1 none */
bool timers_run(int64_t now);         /* run the due ones; true if any ran */
bool timers_pending(void);

#endif
