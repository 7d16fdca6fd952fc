/*
** test_timers.c -- the timer heap (runtime/time.c): rt_addtimer,
** rt_deltimer, rt_modtimer, timers_run, rt_timesleep.
**
** Without a scheduler, on a virtual clock (timers_run is given `now`, the
** timers are an hour ahead of the real one so nothing else fires them):
** the earliest `when` is always at the top (200 random timers, deletions,
** moves both ways), pp tracks heap membership, a negative when means never;
** timers_run fires exactly the due timers, earliest first, and a periodic
** timer is re-armed at the next multiple of its period after now.
**
** On the real scheduler (schedtest.h): goroutines sleeping 100..20 ms wake
** shortest first (unless both were due) and never early ("sleep" wait reason); a one-shot timer
** whose function sends on a channel (time.After's sendTime) wakes a
** goroutine when every P is idle; a ticker delivers ticks until stopped;
** a reset timer fires at its new time and a stopped one never fires.
*/
#include "rttest.h"
#include "schedtest.h"

/* ---- the virtual clock ---- */

enum { NFIRE = 400 };
static uintptr_t fired[NFIRE];
static int64_t firedwhen[NFIRE];
static int nfired;

/* timer function: record (seq, the timer's when at firing time) */
static void record(Eface arg, uintptr_t seq) {
  if (nfired < NFIRE) {
    firedwhen[nfired] = arg.data ? ((RtTimer *)arg.data)->when : 0;
    fired[nfired++] = seq;
  }
}
static Closure recordfn = {(void *)record};

static void settimer(RtTimer *t, int64_t when, int64_t period, uintptr_t seq) {
  memset(t, 0, sizeof *t);
  t->when = when;
  t->period = period;
  t->f = &recordfn;
  t->arg = (Eface){NULL, t};
  t->seq = seq;
}

static int64_t base;

static void test_heap_order(void) {
  enum { N = 200 };
  static RtTimer ts[N];
  int64_t min = INT64_MAX;
  for (int i = 0; i < N; i++) {
    settimer(&ts[i], base + (int64_t)(fastrand() % 1000000), 0, (uintptr_t)i);
    rt_addtimer(&ts[i]);
    if (ts[i].when < min)
      min = ts[i].when;
    CHECK(timers_next() == min, "add %d: next %lld want %lld", i, (long long)timers_next(),
          (long long)min);
  }
  bool inheap = true;
  for (int i = 0; i < N; i++)
    inheap &= ts[i].pp >= 1 && ts[i].pp <= N;
  CHECK(inheap, "pp holds a heap position");
  /* delete every other one, and move some of the rest both ways */
  for (int i = 0; i < N; i += 2)
    CHECK(rt_deltimer(&ts[i]) && ts[i].pp == 0, "delete %d", i);
  CHECK(!rt_deltimer(&ts[0]), "deleting twice says not pending");
  for (int i = 1; i < N; i += 4)
    CHECK(rt_modtimer(&ts[i], i % 8 == 1 ? base + 10 + (ts[i].when - base) / 2 : ts[i].when + 500000,
                      0, &recordfn, ts[i].arg, ts[i].seq),
          "modtimer %d was pending", i);
  CHECK(!rt_modtimer(&ts[0], base + 5, 0, &recordfn, ts[0].arg, 0) && ts[0].pp != 0,
        "modtimer of a stopped timer adds it");
  min = INT64_MAX;
  for (int i = 0; i < N; i++)
    if (ts[i].pp != 0 && ts[i].when < min)
      min = ts[i].when;
  CHECK(timers_next() == min && min == base + 5, "next after moves");
  /* pop them all through timers_run: earliest first */
  nfired = 0;
  CHECK(timers_run(base + 2000000), "timers_run reports firing");
  bool sorted = true;
  for (int i = 1; i < nfired; i++)
    sorted &= firedwhen[i - 1] <= firedwhen[i];
  CHECK(sorted && nfired == N / 2 + 1, "fired %d in when order: %d", nfired, sorted);
  CHECK(!timers_pending() && timers_next() == -1, "heap empty");
}

static void test_run_due(void) {
  static RtTimer ts[10];
  for (int i = 0; i < 10; i++) {
    settimer(&ts[i], base + 1000 * (10 - i), 0, (uintptr_t)(10 - i)); /* added latest first */
    rt_addtimer(&ts[i]);
  }
  nfired = 0;
  CHECK(!timers_run(base + 999), "nothing due yet");
  CHECK(timers_run(base + 4000) && nfired == 4, "4 due: fired %d", nfired);
  for (int i = 0; i < nfired; i++)
    CHECK(fired[i] == (uintptr_t)(i + 1), "firing %d: seq %lu", i, (unsigned long)fired[i]);
  CHECK(ts[9].pp == 0 && ts[6].pp == 0 && ts[5].pp != 0, "fired one-shots leave the heap");
  CHECK(timers_next() == base + 5000, "next is 5000");
  static RtTimer never;
  settimer(&never, -1, 0, 99);
  rt_addtimer(&never);
  CHECK(never.when == INT64_MAX, "negative when: never");
  timers_run(base + 1000000);
  CHECK(nfired == 10, "the rest fired: %d", nfired);
  CHECK(rt_deltimer(&never) && !timers_pending(), "the never timer stays until deleted");
}

static void test_periodic(void) {
  static RtTimer t;
  settimer(&t, base, 1000, 7);
  rt_addtimer(&t);
  nfired = 0;
  CHECK(timers_run(base + 2500) && nfired == 1, "a late ticker fires once: %d", nfired);
  CHECK(t.when == base + 3000 && t.pp != 0, "re-armed at the next period after now: +%lld",
        (long long)(t.when - base));
  CHECK(!timers_run(base + 2999) && nfired == 1, "not before it");
  CHECK(timers_run(base + 3000) && nfired == 2 && t.when == base + 4000, "then at +3000");
  CHECK(rt_modtimer(&t, base + 10000, 500, &recordfn, t.arg, 8), "reset a ticker");
  timers_run(base + 10000);
  CHECK(nfired == 3 && fired[2] == 8 && t.when == base + 10500, "new period and seq");
  CHECK(rt_deltimer(&t) && !timers_pending(), "stopped");
}

/* ---- on the scheduler ---- */

enum { NSLEEP = 5, TICKS = 5 };

typedef struct {
  Cog co;
  int64_t ms, id;
  HChan *done;
  int64_t deadline, woke;
} Sleeper;

static void sleeper(G *g, Cog *co) {
  Sleeper *s = (Sleeper *)co;
  CO_BEGIN(co);
  s->deadline = rt_nanotime() + s->ms * 1000000;
  CO_OP(co, rt_timesleep(g, s->ms * 1000000));
  s->woke = rt_nanotime();
  CO_OP(co, co_send(g, s->done, &s->id));
  CO_END(co);
}

/* time.go's sendTime: a non-blocking send of seq, dropped when full */
static void sendtime(Eface arg, uintptr_t seq) {
  int64_t v = (int64_t)seq;
  rt_chansend(NULL, arg.data, &v, false);
}
static Closure sendtimefn = {(void *)sendtime};

static void armtimer(RtTimer *t, HChan *c, int64_t ms, int64_t periodms, uintptr_t seq) {
  memset(t, 0, sizeof *t);
  t->when = rt_nanotime() + ms * 1000000;
  t->period = periodms * 1000000;
  t->f = &sendtimefn;
  t->arg = (Eface){NULL, c};
  t->seq = seq;
  rt_addtimer(t);
}

typedef struct {
  Cog co;
  HChan *done, *c;
  int64_t i, v, t0;
  bool ok;
  Sleeper *s[NSLEEP], *prev;
  RtTimer t, stopped;
} Main;

static void main_cog(G *g, Cog *co) {
  Main *m = (Main *)co;
  CO_BEGIN(co);
  m->done = mkchan(NSLEEP);

  /* sleepers wake shortest first */
  for (int i = 0; i < NSLEEP; i++) {
    m->s[i] = calloc(1, sizeof(Sleeper));
    *m->s[i] = (Sleeper){{sleeper, 0, false, NULL}, 20 * (NSLEEP - i), i, m->done, 0, 0};
    cog_go(&m->s[i]->co);
  }
  CO_OP(co, co_waitparked(g, m->s[0]->co.g));
  CHECK(!strcmp(m->s[0]->co.g->waitreason, "sleep"), "wait reason %s", m->s[0]->co.g->waitreason);
  /* shortest first, unless a late M found two due at once (the one readied
  ** last runs first: runnext) */
  for (m->i = 0, m->prev = NULL; m->i < NSLEEP; m->i++) {
    CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
    Sleeper *s = m->s[m->v];
    CHECK(s->woke >= s->deadline, "sleeper %lld woke %lld us early", (long long)m->v,
          (long long)(s->deadline - s->woke) / 1000);
    CHECK(!m->prev || m->prev->deadline <= s->deadline || s->deadline <= m->prev->woke,
          "sleeper %lld (%lld ms) reported after %lld ms", (long long)m->v, (long long)s->ms,
          (long long)m->prev->ms);
    m->prev = s;
  }

  /* time.After: every P idles until the timer's function sends */
  m->c = mkchan(1);
  m->t0 = rt_nanotime();
  armtimer(&m->t, m->c, 20, 0, 11);
  CO_OP(co, co_recv(g, m->c, &m->v, &m->ok));
  CHECK(m->v == 11 && elapsed_ms(m->t0) >= 20, "after: seq %lld at %lld ms", (long long)m->v,
        (long long)elapsed_ms(m->t0));
  CHECK(m->t.pp == 0, "a fired one-shot leaves the heap");

  /* a ticker, then stopped */
  m->t0 = rt_nanotime();
  armtimer(&m->t, m->c, 5, 5, 12);
  for (m->i = 0; m->i < TICKS; m->i++)
    CO_OP(co, co_recv(g, m->c, &m->v, &m->ok));
  CHECK(elapsed_ms(m->t0) >= 5 * TICKS, "%d ticks of 5 ms in %lld ms", TICKS,
        (long long)elapsed_ms(m->t0));
  CHECK(rt_deltimer(&m->t), "the ticker was pending");
  while (rt_chanrecv(g, m->c, &m->v, false, &m->ok) == CHAN_DONE) {
  }
  CO_OP(co, rt_timesleep(g, 20 * 1000000));
  CHECK(rt_chanlen(m->c) == 0, "no tick after stop");

  /* reset earlier fires at the new time; stopped never fires */
  m->t0 = rt_nanotime();
  armtimer(&m->stopped, m->c, 10, 0, 13);
  armtimer(&m->t, m->c, 10000, 0, 14);
  CHECK(rt_deltimer(&m->stopped), "stop before it fires");
  CHECK(rt_modtimer(&m->t, rt_nanotime() + 15 * 1000000, 0, &sendtimefn, m->t.arg, 15),
        "reset a pending timer");
  CO_OP(co, co_recv(g, m->c, &m->v, &m->ok));
  CHECK(m->v == 15 && elapsed_ms(m->t0) >= 15 && elapsed_ms(m->t0) < 5000,
        "reset: seq %lld at %lld ms", (long long)m->v, (long long)elapsed_ms(m->t0));
  CHECK(!timers_pending(), "no timer left");

  cog_exit("timers");
  CO_END(co);
}

int main(void) {
  test_init();
  rt_backend.timerfn = cog_timerfn; /* before the scheduler: the virtual clock */
  base = rt_nanotime() + 3600 * (int64_t)1000000000;
  test_heap_order();
  test_run_due();
  test_periodic();
  static Main m = {.co = {main_cog, 0, false, NULL}};
  cog_run(&m.co, "2", 60);
}
