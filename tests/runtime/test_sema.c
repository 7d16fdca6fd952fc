/*
** test_sema.c -- runtime semaphores (runtime/sema.c: rt_semacquire,
** rt_semrelease), under sync.Mutex, WaitGroup and Cond.
**
** Without a scheduler: the fast paths (acquire takes a positive count,
** release with nobody waiting just counts).
**
** On the real scheduler (schedtest.h): waiters queued one by one are
** woken in arrival order (FIFO) or, queued lifo, newest first, with the
** wait reason given; two semaphores sharing a semtable root wake only their
** own waiters; a release with handoff gives its count to the waiter (the
** semaphore stays 0) and yields; a semaphore used as a mutex by 8
** goroutines (which yield inside the critical section, so others park)
** admits one at a time and loses no increment; 100 releasers against one
** acquirer (a WaitGroup's shape) balance.
*/
#include "rttest.h"
#include "schedtest.h"

static G dummy;

static void test_fastpaths(void) {
  uint32_t s = 3;
  for (int i = 0; i < 3; i++)
    CHECK(rt_semacquire(&dummy, &s, false, "semacquire"), "acquire %d of 3", i);
  CHECK(s == 0 && dummy.mcallfn == NULL, "count used up, nothing parked");
  for (int i = 0; i < 5; i++)
    rt_semrelease(NULL, &s, false);
  CHECK(s == 5, "5 releases with nobody waiting: %u", s);
  rt_semrelease(&dummy, &s, true);
  CHECK(s == 6 && dummy.mcallfn == NULL, "handoff with nobody waiting does not yield");
}

/* ---- on the scheduler ---- */

enum { NQUEUE = 8, NMUTEX = 8, PERMUTEX = 2000, NRELEASERS = 100 };

/* acquire once (lifo or not), then report id on done */
typedef struct {
  Cog co;
  uint32_t *sema;
  bool lifo;
  HChan *done;
  int64_t id;
} Waiter;

static void waiter(G *g, Cog *co) {
  Waiter *w = (Waiter *)co;
  CO_BEGIN(co);
  CO_OP(co, rt_semacquire(g, w->sema, w->lifo, "semacquire"));
  CO_OP(co, co_send(g, w->done, &w->id));
  CO_END(co);
}

static Waiter *mkwaiter(uint32_t *sema, bool lifo, HChan *done, int64_t id) {
  Waiter *w = calloc(1, sizeof *w);
  *w = (Waiter){{waiter, 0, false, NULL}, sema, lifo, done, id};
  return w;
}

/* the mutex: acquire, bump the counter with a yield in between, release */
typedef struct {
  Cog co;
  uint32_t *sema;
  int64_t *counter, i, tmp, overlaps;
  _Atomic int *inside;
  HChan *done;
} Locker;

static void locker(G *g, Cog *co) {
  Locker *l = (Locker *)co;
  CO_BEGIN(co);
  for (l->i = 0; l->i < PERMUTEX; l->i++) {
    CO_OP(co, rt_semacquire(g, l->sema, false, "semacquire"));
    l->overlaps += atomic_fetch_add(l->inside, 1) != 0;
    l->tmp = *l->counter;
    if (l->i % 16 == 0)
      CO_OP(co, co_gosched(g)); /* hold the lock across a reschedule */
    *l->counter = l->tmp + 1;
    atomic_fetch_sub(l->inside, 1);
    CO_OP(co, co_semrelease(g, l->sema, false));
  }
  CO_OP(co, co_send(g, l->done, &l->overlaps));
  CO_END(co);
}

typedef struct {
  Cog co;
  uint32_t *sema;
} Releaser;

static void releaser(G *g, Cog *co) {
  Releaser *r = (Releaser *)co;
  CO_BEGIN(co);
  CO_OP(co, co_semrelease(g, r->sema, false));
  CO_END(co);
}

typedef struct {
  Cog co;
  HChan *done;
  int64_t i, v, sum, counter;
  bool ok, yielded;
  uint32_t sema, shared[2 * 251 + 1];
  _Atomic int inside;
  Waiter *w[NQUEUE];
} Main;

/* a release with handoff, noting whether it yielded the P */
static bool release_handoff(G *g, Main *m) {
  bool first = !g->resumed;
  bool done = co_semrelease(g, &m->sema, true);
  if (first)
    m->yielded = !done;
  return done;
}

static void main_cog(G *g, Cog *co) {
  Main *m = (Main *)co;
  CO_BEGIN(co);
  m->done = mkchan(NQUEUE);

  /* FIFO: queued one at a time, woken one release at a time */
  for (m->i = 0; m->i < NQUEUE; m->i++) {
    m->w[m->i] = mkwaiter(&m->sema, false, m->done, m->i);
    cog_go(&m->w[m->i]->co);
    CO_OP(co, co_waitparked(g, m->w[m->i]->co.g));
  }
  CHECK(!strcmp(m->w[0]->co.g->waitreason, "semacquire"), "wait reason %s",
        m->w[0]->co.g->waitreason);
  for (m->i = 0; m->i < NQUEUE; m->i++) {
    rt_semrelease(g, &m->sema, false);
    CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
    CHECK(m->v == m->i, "FIFO wake %lld: got waiter %lld", (long long)m->i, (long long)m->v);
  }
  CHECK(m->sema == 0, "every count taken: %u", m->sema);

  /* lifo: each new waiter goes first */
  for (m->i = 0; m->i < NQUEUE; m->i++) {
    m->w[m->i] = mkwaiter(&m->sema, true, m->done, m->i);
    cog_go(&m->w[m->i]->co);
    CO_OP(co, co_waitparked(g, m->w[m->i]->co.g));
  }
  for (m->i = 0; m->i < NQUEUE; m->i++) {
    rt_semrelease(g, &m->sema, false);
    CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
    CHECK(m->v == NQUEUE - 1 - m->i, "LIFO wake %lld: got waiter %lld", (long long)m->i,
          (long long)m->v);
  }

  /* two semaphores, one semtable root (251 roots, by address / 8) */
  m->w[0] = mkwaiter(&m->shared[0], false, m->done, 0);
  m->w[1] = mkwaiter(&m->shared[2 * 251], false, m->done, 1);
  cog_go(&m->w[0]->co);
  CO_OP(co, co_waitparked(g, m->w[0]->co.g));
  cog_go(&m->w[1]->co);
  CO_OP(co, co_waitparked(g, m->w[1]->co.g));
  rt_semrelease(g, &m->shared[2 * 251], false);
  CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
  CHECK(m->v == 1 && readgstatus(m->w[0]->co.g) == _Gwaiting,
        "a shared root wakes the right waiter (%lld)", (long long)m->v);
  rt_semrelease(g, &m->shared[0], false);
  CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
  CHECK(m->v == 0, "then the other (%lld)", (long long)m->v);

  /* handoff: the waiter gets the count itself, the releaser yields */
  m->w[0] = mkwaiter(&m->sema, false, m->done, 5);
  cog_go(&m->w[0]->co);
  CO_OP(co, co_waitparked(g, m->w[0]->co.g));
  CO_OP(co, release_handoff(g, m));
  CHECK(m->sema == 0 && m->yielded, "handoff: count handed over (%u), releaser yields",
        m->sema);
  CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
  CHECK(m->v == 5 && m->sema == 0, "the handed-to waiter ran (%lld), sema %u", (long long)m->v,
        m->sema);

  /* a semaphore as a mutex */
  m->sema = 1;
  for (int i = 0; i < NMUTEX; i++) {
    Locker *l = calloc(1, sizeof *l);
    *l = (Locker){{locker, 0, false, NULL}, &m->sema, &m->counter, 0, 0, 0, &m->inside, m->done};
    cog_go(&l->co);
  }
  m->sum = 0;
  for (m->i = 0; m->i < NMUTEX; m->i++) {
    CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
    m->sum += m->v;
  }
  CHECK(m->sum == 0, "mutex: %lld overlapping critical sections", (long long)m->sum);
  CHECK(m->counter == NMUTEX * PERMUTEX, "mutex: counter %lld", (long long)m->counter);
  CHECK(m->sema == 1, "mutex released: %u", m->sema);

  /* many releasers, one acquirer */
  m->sema = 0;
  for (int i = 0; i < NRELEASERS; i++) {
    Releaser *r = calloc(1, sizeof *r);
    *r = (Releaser){{releaser, 0, false, NULL}, &m->sema};
    cog_go(&r->co);
  }
  for (m->i = 0; m->i < NRELEASERS; m->i++)
    CO_OP(co, rt_semacquire(g, &m->sema, false, "semacquire"));
  CHECK(m->sema == 0, "%d releases, %d acquires: %u left", NRELEASERS, NRELEASERS, m->sema);

  cog_exit("sema");
  CO_END(co);
}

int main(void) {
  test_init();
  test_fastpaths();
  static Main m = {.co = {main_cog, 0, false, NULL}};
  cog_run(&m.co, "4", 60);
}
