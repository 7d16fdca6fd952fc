/*
** time.c -- timers (Go's time.go): time.Sleep, and the runtime timers
** under time.Timer, time.Ticker, time.After and time.AfterFunc.
**
** The algorithm:
**  - One binary min-heap of timers ordered by `when` (monotonic ns),
**    under timerslock. Go 1.14+ keeps a heap per P; one heap is the same
**    algorithm without the per-P balancing (docs/runtime-sched.md lists
**    the difference). timer0when caches the earliest `when` so that the
**    scheduler's check costs one atomic load when nothing is due.
**  - A timer's `pp` field holds its heap index + 1 (0: not in the heap),
**    so stop and reset find it in O(log n).
**  - Who runs timers: every findrunnable (on an M holding a P) runs the
**    due ones; an M that finds no work waits on its note until the
**    earliest `when` (Go blocks in netpoll until then), and adding an
**    earlier timer wakes it; sysmon starts an M if a timer is overdue and
**    no M is waiting for it.
**  - Firing: a one-shot timer leaves the heap; a periodic one (Ticker) is
**    re-armed at the next multiple of its period after now. Its function
**    runs without the lock held, on the M (the back end's timerfn); it
**    must not block (the stdlib's sendTime sends without blocking,
**    goFunc starts a goroutine). time.Sleep's timer has no function: it
**    readies the sleeping g.
**  - Sleep parks the g ("sleep") with timerslock held, released by
**    park_m, so the timer cannot fire before the g is parked.
*/
#include "runtime2.h"

#include <stdlib.h>

static Mutex timerslock = MUTEX_INIT;
static RtTimer **heap;
static int nheap, capheap;
static _Atomic int64_t timer0when; /* earliest when; 0: none */

static void heapset(int i, RtTimer *t) {
  heap[i] = t;
  t->pp = (uintptr_t)i + 1;
}

static void siftup(int i) {
  RtTimer *t = heap[i];
  while (i > 0) {
    int p = (i - 1) / 2;
    if (heap[p]->when <= t->when)
      break;
    heapset(i, heap[p]);
    i = p;
  }
  heapset(i, t);
}

static void siftdown(int i) {
  RtTimer *t = heap[i];
  for (;;) {
    int c = 2 * i + 1;
    if (c >= nheap)
      break;
    if (c + 1 < nheap && heap[c + 1]->when < heap[c]->when)
      c++;
    if (t->when <= heap[c]->when)
      break;
    heapset(i, heap[c]);
    i = c;
  }
  heapset(i, t);
}

static void update0(void) { atomic_store(&timer0when, nheap ? heap[0]->when : 0); }

/* timerslock held */
static void heapadd(RtTimer *t) {
  if (t->pp != 0)
    rt_throw("addtimer: timer already in heap");
  if (nheap == capheap) {
    capheap = capheap ? 2 * capheap : 64;
    heap = realloc(heap, (size_t)capheap * sizeof *heap);
    if (heap == NULL)
      rt_throw("addtimer: out of memory");
  }
  heapset(nheap++, t);
  siftup(nheap - 1);
  update0();
}

static void heapdel(RtTimer *t) {
  int i = (int)t->pp - 1;
  t->pp = 0;
  RtTimer *last = heap[--nheap];
  if (i < nheap) {
    heapset(i, last);
    siftdown(i);
    siftup((int)last->pp - 1);
  }
  update0();
}

/* a new earliest timer: wake the M waiting for the old one */
static void wakeTimerM(int64_t when) {
  int64_t w = atomic_load(&sched.timerwhen);
  if (w == 0 || when >= w)
    return;
  lock(&sched.lock);
  if (sched.timerm)
    notewakeup(&sched.timerm->park);
  unlock(&sched.lock);
}

void rt_addtimer(RtTimer *t) {
  if (t->when < 0)
    t->when = INT64_MAX;
  lock(&timerslock);
  heapadd(t);
  unlock(&timerslock);
  wakeTimerM(t->when);
}

bool rt_deltimer(RtTimer *t) {
  lock(&timerslock);
  bool pending = t->pp != 0;
  if (pending)
    heapdel(t);
  unlock(&timerslock);
  return pending;
}

bool rt_modtimer(RtTimer *t, int64_t when, int64_t period, Closure *f, Eface arg,
                 uintptr_t seq) {
  lock(&timerslock);
  bool pending = t->pp != 0;
  if (pending)
    heapdel(t);
  t->when = when < 0 ? INT64_MAX : when;
  t->period = period;
  t->f = f;
  t->arg = arg;
  t->seq = seq;
  heapadd(t);
  unlock(&timerslock);
  wakeTimerM(t->when);
  return pending;
}

int64_t timers_next(void) {
  int64_t w = atomic_load(&timer0when);
  return w == 0 ? -1 : w;
}

bool timers_pending(void) { return atomic_load(&timer0when) != 0; }

bool timers_run(int64_t now) {
  int64_t w = atomic_load(&timer0when);
  if (w == 0 || w > now)
    return false;
  bool ran = false;
  lock(&timerslock);
  while (nheap > 0 && heap[0]->when <= now) {
    RtTimer *t = heap[0];
    if (t->period > 0) {
      t->when += t->period * (1 + (now - t->when) / t->period);
      if (t->when < 0)
        t->when = INT64_MAX;
      siftdown(0);
      update0();
    } else {
      heapdel(t);
    }
    Closure *f = t->f;
    Eface arg = t->arg;
    uintptr_t seq = t->seq;
    unlock(&timerslock);
    if (f == NULL)
      rt_goready((G *)arg.data); /* time.Sleep */
    else
      rt_backend.timerfn(f, arg, seq);
    ran = true;
    lock(&timerslock);
  }
  unlock(&timerslock);
  return ran;
}

bool rt_timesleep(G *g, int64_t ns) {
  if (g->resumed) {
    g->resumed = false;
    return true;
  }
  if (ns <= 0)
    return true;
  RtTimer *t = g->sleeptimer;
  if (t == NULL) {
    t = calloc(1, sizeof *t);
    if (t == NULL)
      rt_throw("timeSleep: out of memory");
    g->sleeptimer = t;
  }
  int64_t when = nanotime() + ns;
  t->when = when < 0 ? INT64_MAX : when;
  t->period = 0;
  t->f = NULL;
  t->arg.type = NULL;
  t->arg.data = g;
  lock(&timerslock);
  heapadd(t);
  rt_gopark(g, parkunlock_c, &timerslock, "sleep");
  /* park_m releases timerslock; a new earliest timer wakes the timer M */
  if (atomic_load(&sched.timerwhen) > t->when)
    wakeTimerM(t->when);
  return false;
}
