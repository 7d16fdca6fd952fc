/*
** test_select.c -- the select statement (runtime/select.c: rt_selectgo).
**
** Without a scheduler (nothing may park): no case ready or only nil
** channels gives the default (-1); a ready receive or send completes and
** reports its case; among several ready cases each is chosen with equal
** probability (40,000 trials, 4 ready cases, each within 10% of 1/4;
** nil and blocked cases never); a closed channel's receive case gives the
** zero value with ok=false (after its buffered values), a send case on it
** panics; one channel in two cases is locked once.
**
** On the real scheduler (schedtest.h): a select that parks is woken by a
** sender, by a receiver (send case) and by close, each time leaving no
** sudog behind on the losing channels; a send case woken by close panics;
** select {} and an all-nil select park for ever with Go's wait reasons;
** and a contention run: plain and select senders against select receivers
** on two channels, every value received exactly once.
*/
#include "rttest.h"
#include "schedtest.h"

static G dummy;

static int64_t recvbuf[8];

static Scase rcase(HChan *c, int i) { return (Scase){c, &recvbuf[i], false}; }
static Scase scase(HChan *c, int64_t *v) { return (Scase){c, v, true}; }

static int trysel(Scase *cases, int n, bool *ok) { return rt_selectgo(&dummy, cases, n, false, ok); }

static void fill(HChan *c, int64_t v) {
  if (rt_chansend(&dummy, c, &v, false) != CHAN_DONE)
    fprintf(stderr, "fill: channel full\n"), exit(1);
}

static void test_default(void) {
  bool ok = true;
  CHECK(trysel(NULL, 0, &ok) == -1, "no cases, default");
  HChan *u = mkchan(0), *b = mkchan(1);
  int64_t v = 1;
  Scase cs[] = {rcase(u, 0), rcase(NULL, 1), scase(u, &v), scase(NULL, &v)};
  CHECK(trysel(cs, 4, &ok) == -1, "nothing ready: default");
  Scase nils[] = {rcase(NULL, 0), scase(NULL, &v)};
  CHECK(trysel(nils, 2, &ok) == -1, "only nil channels: default");
  fill(b, 9);
  Scase one[] = {rcase(u, 0), rcase(b, 1), scase(u, &v)};
  recvbuf[1] = 0;
  CHECK(trysel(one, 3, &ok) == 1 && ok && recvbuf[1] == 9, "the ready receive");
  Scase snd[] = {rcase(u, 0), scase(b, &v)};
  CHECK(trysel(snd, 2, &ok) == 1 && rt_chanlen(b) == 1, "the ready send");
  /* the same channel twice: locked once (a second lock would hang) */
  HChan *e = mkchan(1);
  Scase same[] = {rcase(e, 0), scase(e, &v), rcase(e, 2)};
  CHECK(trysel(same, 3, &ok) == 1 && rt_chanlen(e) == 1, "send on the channel of 3 cases");
  CHECK(trysel(same, 3, &ok) != 1 && ok && rt_chanlen(e) == 0, "then one of its receives");
}

static void test_uniform(void) {
  enum { TRIALS = 40000, NREADY = 4 };
  HChan *c[NREADY];
  for (int i = 0; i < NREADY; i++) {
    c[i] = mkchan(1);
    fill(c[i], i);
  }
  HChan *blocked = mkchan(0), *full = mkchan(1);
  fill(full, 0);
  int64_t v = 0;
  /* ready cases interleaved with never-ready ones, so position is no help */
  Scase cs[] = {rcase(blocked, 7), rcase(c[0], 0), scase(full, &v), rcase(c[1], 1),
                rcase(NULL, 6),    rcase(c[2], 2), rcase(c[3], 3),  scase(blocked, &v)};
  int idx[] = {-1, 0, -1, 1, -1, 2, 3, -1};
  int count[NREADY] = {0}, wrong = 0;
  for (int t = 0; t < TRIALS; t++) {
    bool ok;
    int k = trysel(cs, 8, &ok);
    if (k < 0 || idx[k] < 0 || !ok || recvbuf[idx[k]] != idx[k]) {
      wrong++;
      continue;
    }
    count[idx[k]]++;
    fill(c[idx[k]], idx[k]);
  }
  CHECK(wrong == 0, "%d selects chose a blocked case", wrong);
  for (int i = 0; i < NREADY; i++)
    CHECK(count[i] > TRIALS / NREADY * 9 / 10 && count[i] < TRIALS / NREADY * 11 / 10,
          "case %d chosen %d of %d times", i, count[i], TRIALS);
}

static void test_closed(void) {
  bool ok;
  HChan *c = mkchan(2), *u = mkchan(0);
  fill(c, 5);
  rt_closechan(c);
  Scase cs[] = {rcase(u, 0), rcase(c, 1)};
  CHECK(trysel(cs, 2, &ok) == 1 && ok && recvbuf[1] == 5, "closed: buffered value first");
  recvbuf[1] = 99;
  CHECK(trysel(cs, 2, &ok) == 1 && !ok && recvbuf[1] == 0, "then zero value, ok=false");
  int64_t v = 1;
  Scase snd[] = {rcase(u, 0), scase(c, &v)};
  CHECK(CATCH_PANIC(trysel(snd, 2, &ok)) && !strcmp(panic_text(), "send on closed channel"),
        "send case on a closed channel: %s", panic_text());
  /* a closed channel and a ready one are equally likely */
  HChan *r = mkchan(1);
  Scase two[] = {rcase(c, 0), rcase(r, 1)};
  int closed = 0;
  for (int t = 0; t < 4000; t++) {
    if (rt_chanlen(r) == 0)
      fill(r, 1);
    closed += trysel(two, 2, &ok) == 0;
  }
  CHECK(closed > 1800 && closed < 2200, "closed case chosen %d of 4000", closed);
}

/* ---- on the scheduler ---- */

/* one select; reports the case (or -100: panicked with send on closed) */
typedef struct {
  Cog co;
  Scase cases[3];
  int n;
  int chosen;
  bool ok;
  int64_t in[3];
  HChan *done;
  int64_t report;
} Selector;

static bool select_or_panic(G *g, Selector *s) {
  volatile bool done = false;
  if (CATCH_PANIC(done = co_select(g, s->cases, s->n, &s->chosen, &s->ok))) {
    s->chosen = !strcmp(panic_text(), "send on closed channel") ? -100 : -200;
    return true;
  }
  return done;
}

static void selector(G *g, Cog *co) {
  Selector *s = (Selector *)co;
  CO_BEGIN(co);
  /* only selects that report use rttest.h's panic globals: done orders
  ** that use before the main goroutine's next one */
  if (s->done)
    CO_OP(co, select_or_panic(g, s));
  else
    CO_OP(co, co_select(g, s->cases, s->n, &s->chosen, &s->ok));
  s->report = s->chosen;
  if (s->done)
    CO_OP(co, co_send(g, s->done, &s->report));
  CO_END(co);
}

/* a selector over cases (receive into in[i] unless send), reporting on done */
static Selector *mkselector(HChan *done, int n, HChan **chans, bool *send, int64_t *vals) {
  Selector *s = calloc(1, sizeof *s);
  s->co.fn = selector;
  s->n = n;
  s->done = done;
  for (int i = 0; i < n; i++) {
    s->in[i] = send[i] ? vals[i] : -1;
    s->cases[i] = (Scase){chans[i], &s->in[i], send[i]};
  }
  return s;
}

/* contention: senders (plain or select) and select receivers */
enum { NSEND = 4, PERSEND = 4000, NRECV = 3 };

typedef struct {
  Cog co;
  HChan *c[2], *quit, *done;
  int64_t id, k, v, sum, n, dummy;
  Scase cases[3];
  int chosen;
  bool ok, viaselect;
} Racer;

static void sender(G *g, Cog *co) {
  Racer *r = (Racer *)co;
  CO_BEGIN(co);
  for (r->k = 1; r->k <= PERSEND; r->k++) {
    r->v = r->k;
    if (r->viaselect) {
      r->cases[0] = (Scase){r->c[0], &r->v, true};
      r->cases[1] = (Scase){r->c[1], &r->v, true};
      CO_OP(co, co_select(g, r->cases, 2, &r->chosen, &r->ok));
    } else {
      CO_OP(co, co_send(g, r->c[r->k & 1], &r->v));
    }
  }
  CO_OP(co, co_send(g, r->done, &r->dummy));
  CO_END(co);
}

static void receiver(G *g, Cog *co) {
  Racer *r = (Racer *)co;
  CO_BEGIN(co);
  for (;;) {
    r->cases[0] = (Scase){r->c[0], &r->v, false};
    r->cases[1] = (Scase){r->quit, NULL, false};
    r->cases[2] = (Scase){r->c[1], &r->v, false};
    CO_OP(co, co_select(g, r->cases, 3, &r->chosen, &r->ok));
    if (r->chosen == 1)
      break;
    r->sum += r->v;
    r->n++;
  }
  /* quit is closed once every send completed: some may sit in c[1]'s buffer */
  while (rt_chanrecv(g, r->c[1], &r->v, false, &r->ok) == CHAN_DONE) {
    r->sum += r->v;
    r->n++;
  }
  CO_OP(co, co_send(g, r->done, &r->n));
  CO_END(co);
}

typedef struct {
  Cog co;
  HChan *done, *c1, *c2;
  Selector *s;
  int64_t i, v, sum, n;
  bool ok;
  Racer *r[NSEND + NRECV];
} Main;

/* c1 and c2 carry no sudog: the select cleaned up after itself */
static bool noqueues(HChan *c) {
  return c->recvq.first == NULL && c->sendq.first == NULL && c->recvq.last == NULL &&
         c->sendq.last == NULL;
}

static void main_cog(G *g, Cog *co) {
  Main *m = (Main *)co;
  CO_BEGIN(co);
  m->done = mkchan(16);

  /* woken by a sender on the second channel */
  m->c1 = mkchan(0), m->c2 = mkchan(0);
  m->s = mkselector(m->done, 2, (HChan *[]){m->c1, m->c2}, (bool[]){false, false}, NULL);
  cog_go(&m->s->co);
  CO_OP(co, co_waitparked(g, m->s->co.g));
  CHECK(!strcmp(m->s->co.g->waitreason, "select"), "wait reason %s", m->s->co.g->waitreason);
  m->v = 31;
  CO_OP(co, co_send(g, m->c2, &m->v));
  CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
  CHECK(m->v == 1 && m->s->ok && m->s->in[1] == 31 && m->s->in[0] == -1,
        "woken by a send: case %lld value %lld", (long long)m->v, (long long)m->s->in[1]);
  CHECK(noqueues(m->c1) && noqueues(m->c2), "no sudog left behind (send)");

  /* a send case woken by a receiver */
  m->s = mkselector(m->done, 2, (HChan *[]){m->c1, m->c2}, (bool[]){true, false},
                    (int64_t[]){32, 0});
  cog_go(&m->s->co);
  CO_OP(co, co_waitparked(g, m->s->co.g));
  CO_OP(co, co_recv(g, m->c1, &m->v, &m->ok));
  CHECK(m->ok && m->v == 32, "received %lld from a select's send case", (long long)m->v);
  CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
  CHECK(m->v == 0, "the send case won: %lld", (long long)m->v);
  CHECK(noqueues(m->c1) && noqueues(m->c2), "no sudog left behind (receive)");

  /* woken by close: zero value, ok=false */
  m->s = mkselector(m->done, 2, (HChan *[]){m->c1, m->c2}, (bool[]){false, false}, NULL);
  cog_go(&m->s->co);
  CO_OP(co, co_waitparked(g, m->s->co.g));
  rt_closechan(m->c1);
  CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
  CHECK(m->v == 0 && !m->s->ok && m->s->in[0] == 0, "woken by close: case %lld ok=%d",
        (long long)m->v, m->s->ok);
  CHECK(noqueues(m->c2), "no sudog left behind (close)");

  /* a send case woken by close panics */
  m->c1 = mkchan(0);
  m->s = mkselector(m->done, 2, (HChan *[]){m->c1, m->c2}, (bool[]){true, false},
                    (int64_t[]){1, 0});
  cog_go(&m->s->co);
  CO_OP(co, co_waitparked(g, m->s->co.g));
  rt_closechan(m->c1);
  CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
  CHECK(m->v == -100, "send case woken by close: %lld", (long long)m->v);
  CHECK(noqueues(m->c2), "no sudog left behind (panic)");

  /* select {} and all-nil selects park for ever */
  m->s = mkselector(NULL, 0, NULL, NULL, NULL);
  cog_go(&m->s->co);
  CO_OP(co, co_waitparked(g, m->s->co.g));
  CHECK(!strcmp(m->s->co.g->waitreason, "select (no cases)"), "select {}: %s",
        m->s->co.g->waitreason);
  m->s = mkselector(NULL, 2, (HChan *[]){NULL, NULL}, (bool[]){false, true}, (int64_t[]){0, 0});
  cog_go(&m->s->co);
  CO_OP(co, co_waitparked(g, m->s->co.g));
  CHECK(!strcmp(m->s->co.g->waitreason, "select"), "all nil: %s", m->s->co.g->waitreason);

  /* contention */
  m->c1 = mkchan(0), m->c2 = mkchan(2);
  {
    HChan *quit = mkchan(0);
    for (int i = 0; i < NSEND + NRECV; i++) {
      Racer *r = m->r[i] = calloc(1, sizeof *r);
      *r = (Racer){.co = {i < NSEND ? sender : receiver, 0, false, NULL},
                   .c = {m->c1, m->c2}, .quit = quit, .done = mkchan(1), .id = i,
                   .viaselect = i % 2};
      cog_go(&r->co);
    }
  }
  for (m->i = 0; m->i < NSEND; m->i++)
    CO_OP(co, co_recv(g, m->r[m->i]->done, &m->v, &m->ok));
  rt_closechan(m->r[0]->quit);
  m->sum = m->n = 0;
  for (m->i = NSEND; m->i < NSEND + NRECV; m->i++) {
    CO_OP(co, co_recv(g, m->r[m->i]->done, &m->v, &m->ok));
    m->sum += m->r[m->i]->sum;
    m->n += m->r[m->i]->n;
  }
  CHECK(m->n == NSEND * PERSEND && m->sum == (int64_t)NSEND * PERSEND * (PERSEND + 1) / 2,
        "contention: %lld values, sum %lld", (long long)m->n, (long long)m->sum);
  CHECK(noqueues(m->c1) && noqueues(m->c2), "no sudog left after the contention run");

  cog_exit("select");
  CO_END(co);
}

int main(void) {
  test_init();
  test_default();
  test_uniform();
  test_closed();
  static Main m = {.co = {main_cog, 0, false, NULL}};
  cog_run(&m.co, "4", 60);
}
