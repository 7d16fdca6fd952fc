/*
** sema.c -- runtime semaphores (Go's sema.go), under sync.Mutex,
** RWMutex, WaitGroup and Cond, which are Go code in stdlib/sync.
**
** The algorithm:
**  - A semaphore is a uint32 counter in the program's memory. Acquire
**    decrements it if positive (cansemacquire: a CAS loop) and otherwise
**    waits; release increments it and wakes one waiter.
**  - Waiters live in semtable, SEMTABLE_SIZE (251) roots chosen by the
**    address; each root has a lock, a count of waiters (nwait, read
**    without the lock so release can skip the lock when nobody waits) and
**    a list of sudogs (elem = the address) in arrival order. Go keeps a
**    treap of addresses per root; a list per root is the same algorithm
**    with a linear search, enough at subgo's scale.
**  - acquire: fast path; else lock the root, nwait++, try again (a release
**    may have happened meanwhile), else queue the sudog (at the head for
**    lifo: a waiter that waited before, Mutex's starvation rule) and park
**    ("semacquire", Go 1.19's wait reason for Mutex, WaitGroup and Cond).
**    When woken: done if the releaser handed the count over (ticket),
**    else try again from the top.
**  - release: increment; if waiters, dequeue the first for this address
**    and ready it. handoff (Mutex starvation mode): take the count for the
**    waiter (ticket = 1) and yield the P to it at once (goyield).
*/
#include "runtime2.h"

#include <string.h>

enum { SEMTABLE_SIZE = 251 };

typedef struct SemaRoot {
  Mutex lock;
  Sudog *head, *tail;
  _Atomic uint32_t nwait;
} SemaRoot;

static SemaRoot semtable[SEMTABLE_SIZE];
static pthread_once_t semtable_once = PTHREAD_ONCE_INIT;

static void semtable_init(void) {
  for (int i = 0; i < SEMTABLE_SIZE; i++)
    pthread_mutex_init(&semtable[i].lock.mu, NULL);
}

static SemaRoot *semroot(uint32_t *addr) {
  pthread_once(&semtable_once, semtable_init);
  return &semtable[((uintptr_t)addr >> 3) % SEMTABLE_SIZE];
}

static bool cansemacquire(uint32_t *addr) {
  uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
  while (v != 0)
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
      return true;
  return false;
}

static void root_queue(SemaRoot *r, Sudog *s, bool lifo) {
  if (lifo) {
    s->prev = NULL;
    s->next = r->head;
    if (r->head)
      r->head->prev = s;
    else
      r->tail = s;
    r->head = s;
  } else {
    s->next = NULL;
    s->prev = r->tail;
    if (r->tail)
      r->tail->next = s;
    else
      r->head = s;
    r->tail = s;
  }
}

/* the first waiter on addr, taken off the list; NULL if none */
static Sudog *root_dequeue(SemaRoot *r, uint32_t *addr) {
  for (Sudog *s = r->head; s; s = s->next) {
    if (s->elem != addr)
      continue;
    if (s->prev)
      s->prev->next = s->next;
    else
      r->head = s->next;
    if (s->next)
      s->next->prev = s->prev;
    else
      r->tail = s->prev;
    s->next = s->prev = NULL;
    return s;
  }
  return NULL;
}

bool rt_semacquire(G *g, uint32_t *addr, bool lifo, const char *reason) {
  if (g->resumed) {
    g->resumed = false;
    Sudog *s = g->waiting;
    g->waiting = NULL;
    bool handed = s->ticket != 0;
    releaseSudog(s);
    if (handed)
      return true;
  }
  if (cansemacquire(addr))
    return true;
  SemaRoot *r = semroot(addr);
  lock(&r->lock);
  atomic_fetch_add(&r->nwait, 1);
  if (cansemacquire(addr)) {
    atomic_fetch_sub(&r->nwait, 1);
    unlock(&r->lock);
    return true;
  }
  Sudog *s = acquireSudog(g);
  s->elem = addr;
  root_queue(r, s, lifo);
  g->waiting = s;
  rt_gopark(g, parkunlock_c, &r->lock, reason);
  return false;
}

void rt_semrelease(G *g, uint32_t *addr, bool handoff) {
  if (g && g->resumed) { /* back from goyield: the release was done */
    g->resumed = false;
    return;
  }
  SemaRoot *r = semroot(addr);
  __atomic_fetch_add(addr, 1, __ATOMIC_ACQ_REL);
  if (atomic_load(&r->nwait) == 0)
    return;
  lock(&r->lock);
  if (atomic_load(&r->nwait) == 0) {
    unlock(&r->lock);
    return;
  }
  Sudog *s = root_dequeue(r, addr);
  if (s)
    atomic_fetch_sub(&r->nwait, 1);
  unlock(&r->lock);
  if (s == NULL)
    return;
  bool handed = handoff && cansemacquire(addr);
  if (handed)
    s->ticket = 1;
  rt_goready(s->g); /* s belongs to the waiter from here on */
  if (handed && g != NULL)
    rt_goyield(g); /* the waiter has our count: let it run now */
}
