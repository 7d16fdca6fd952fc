/*
** test_chan.c -- channels (runtime/chan.c).
**
** Without a scheduler (a dummy g, nothing may park): makechan's checks,
** the buffered ring (FIFO across many wrap-arounds, full and empty
** reported as would-block), unbuffered and nil channels without a partner,
** close (buffered values drain first, then the zero value with ok=false,
** even for a blocking receive) and Go's three panics.
**
** On the real scheduler (schedtest.h, C goroutines on 4 Ps), the paths
** that park: an unbuffered ping-pong; producers and consumers through a
** small buffer (sum and per-producer FIFO order); a receive from a full
** buffer with a parked sender (the sender's value goes to the tail);
** close waking parked receivers (zero value, ok=false) and a parked sender
** (it panics); non-blocking operations completing against a parked
** partner; nil channels parking for ever with Go's wait reasons.
*/
#include "rttest.h"
#include "schedtest.h"

static G dummy; /* the g of operations that cannot park */

/* struct { p, k, pad int }: a 24-byte element */
typedef struct { int64_t p, k, pad; } Item;
static RType t_item = {.size = 24, .hash = 0x7101, .tflag = REG, .align = 8,
                       .kind = KIND_ARRAY, .str = "[3]int", .elem = &t_int, .len = 3};
static RType t_chanitem = {.size = 8, .ptrdata = 8, .hash = 0x7102, .tflag = REG, .align = 8,
                           .kind = KIND_CHAN | KIND_DIRECT_IFACE, .str = "chan [3]int",
                           .elem = &t_item, .chandir = 3};
static RType t_empty = {.size = 0, .hash = 0x7103, .tflag = REG, .align = 1,
                        .kind = KIND_STRUCT, .str = "struct {}"};
static RType t_chanempty = {.size = 8, .ptrdata = 8, .hash = 0x7104, .tflag = REG, .align = 8,
                            .kind = KIND_CHAN | KIND_DIRECT_IFACE, .str = "chan struct {}",
                            .elem = &t_empty, .chandir = 3};
static RType t_chanstring = {.size = 8, .ptrdata = 8, .hash = 0x7105, .tflag = REG, .align = 8,
                             .kind = KIND_CHAN | KIND_DIRECT_IFACE, .str = "chan string",
                             .elem = &t_string, .chandir = 3};

static int trysend(HChan *c, int64_t v) { return rt_chansend(&dummy, c, &v, false); }

/* non-blocking receive: the value, or -1 would-block, or -2 closed */
static int64_t tryrecv(HChan *c) {
  int64_t v = 77;
  bool ok = true;
  int r = rt_chanrecv(&dummy, c, &v, false, &ok);
  if (r == CHAN_WOULDBLOCK)
    return -1;
  return ok ? v : v == 0 ? -2 : -3;
}

/* ---- without a scheduler ---- */

static void test_makechan(void) {
  HChan *c = mkchan(5);
  CHECK(rt_chancap(c) == 5 && rt_chanlen(c) == 0, "cap 5 len 0");
  CHECK(rt_chancap(NULL) == 0 && rt_chanlen(NULL) == 0, "nil: cap 0 len 0");
  CHECK(CATCH_PANIC(mkchan(-1)) && !strcmp(panic_text(), "makechan: size out of range"), "-1: %s",
        panic_text());
  CHECK(CATCH_PANIC(mkchan((intptr_t)1 << 60)) &&
            !strcmp(panic_text(), "makechan: size out of range"),
        "huge: %s", panic_text());
  HChan *e = rt_makechan(&t_chanempty, 3);
  for (int i = 0; i < 3; i++)
    CHECK(rt_chansend(&dummy, e, NULL, false) == CHAN_DONE, "struct{} send %d", i);
  CHECK(rt_chansend(&dummy, e, NULL, false) == CHAN_WOULDBLOCK && rt_chanlen(e) == 3,
        "struct{}: full at 3");
  bool ok;
  CHECK(rt_chanrecv(&dummy, e, NULL, false, &ok) == CHAN_DONE && ok && rt_chanlen(e) == 2,
        "struct{} receive");
}

static void test_ring(void) {
  HChan *c = mkchan(3);
  CHECK(tryrecv(c) == -1, "empty: would block");
  for (int64_t v = 1; v <= 3; v++)
    CHECK(trysend(c, v) == CHAN_DONE, "send %lld", (long long)v);
  CHECK(trysend(c, 4) == CHAN_WOULDBLOCK && rt_chanlen(c) == 3, "full: would block");
  /* 1000 values through the 3-slot ring, 1 to 3 in flight */
  int64_t next = 1, sent = 3;
  bool fifo = true;
  for (int i = 0; i < 1000; i++) {
    int take = 1 + i % 3;
    for (int k = 0; k < take && rt_chanlen(c) > 0; k++)
      fifo &= tryrecv(c) == next++;
    while (trysend(c, sent + 1) == CHAN_DONE)
      sent++;
    fifo &= rt_chanlen(c) == 3;
  }
  while (rt_chanlen(c) > 0)
    fifo &= tryrecv(c) == next++;
  CHECK(fifo && next == sent + 1, "ring FIFO over %lld values", (long long)sent);
  /* a receive into NULL drops the value */
  trysend(c, 5);
  bool ok;
  CHECK(rt_chanrecv(&dummy, c, NULL, false, &ok) == CHAN_DONE && ok && rt_chanlen(c) == 0,
        "receive into nil");
  /* elements wider than a word, and with pointers (separate buffer) */
  HChan *ci = rt_makechan(&t_chanitem, 2);
  Item a = {1, 2, 3}, b = {0, 0, 0};
  rt_chansend(&dummy, ci, &a, false);
  rt_chanrecv(&dummy, ci, &b, false, &ok);
  CHECK(ok && b.p == 1 && b.k == 2 && b.pad == 3, "24-byte element");
  HChan *cs = rt_makechan(&t_chanstring, 1);
  GoString s = rt_gostring("hello"), r = {0};
  rt_chansend(&dummy, cs, &s, false);
  rt_chanrecv(&dummy, cs, &r, false, &ok);
  CHECK(ok && rt_eqstring(r, s), "string element");
}

static void test_unbuffered_nil(void) {
  HChan *c = mkchan(0);
  CHECK(trysend(c, 1) == CHAN_WOULDBLOCK && tryrecv(c) == -1, "no partner: would block");
  CHECK(rt_chancap(c) == 0 && rt_chanlen(c) == 0, "unbuffered cap/len");
  CHECK(trysend(NULL, 1) == CHAN_WOULDBLOCK && tryrecv(NULL) == -1, "nil: would block");
  CHECK(CATCH_PANIC(rt_closechan(NULL)) && !strcmp(panic_text(), "close of nil channel"), "%s",
        panic_text());
}

static void test_close(void) {
  HChan *c = mkchan(4);
  trysend(c, 10);
  trysend(c, 20);
  rt_closechan(c);
  CHECK(rt_chanlen(c) == 2, "close keeps the buffer");
  CHECK(tryrecv(c) == 10 && tryrecv(c) == 20, "buffered values drain first");
  CHECK(tryrecv(c) == -2 && tryrecv(c) == -2, "then zero, ok=false, for ever");
  int64_t v = 99;
  bool ok = true;
  CHECK(rt_chanrecv(&dummy, c, &v, true, &ok) == CHAN_DONE && !ok && v == 0,
        "a blocking receive on a closed channel does not park");
  CHECK(CATCH_PANIC(trysend(c, 1)) && !strcmp(panic_text(), "send on closed channel"),
        "non-blocking send: %s", panic_text());
  CHECK(CATCH_PANIC(rt_chansend(&dummy, c, &v, true)) &&
            !strcmp(panic_text(), "send on closed channel"),
        "blocking send: %s", panic_text());
  CHECK(CATCH_PANIC(rt_closechan(c)) && !strcmp(panic_text(), "close of closed channel"), "%s",
        panic_text());
  HChan *u = mkchan(0);
  rt_closechan(u);
  CHECK(tryrecv(u) == -2, "unbuffered closed: zero, ok=false");
}

/* ---- on the scheduler ---- */

enum { PINGPONG = 20000, NPROD = 3, NCONS = 2, PERPROD = 5000, NWAKE = 5 };

/* ping-pong: A sends i on ping, B answers 2i on pong */
typedef struct {
  Cog co;
  HChan *ping, *pong, *done;
  int64_t i, v, bad;
  bool ok, isA;
} Pinger;

static void pinger(G *g, Cog *co) {
  Pinger *p = (Pinger *)co;
  CO_BEGIN(co);
  for (p->i = 0; p->i < PINGPONG; p->i++) {
    if (p->isA) {
      CO_OP(co, co_send(g, p->ping, &p->i));
      CO_OP(co, co_recv(g, p->pong, &p->v, &p->ok));
      p->bad += !p->ok || p->v != 2 * p->i;
    } else {
      CO_OP(co, co_recv(g, p->ping, &p->v, &p->ok));
      p->bad += !p->ok || p->v != p->i;
      p->v *= 2;
      CO_OP(co, co_send(g, p->pong, &p->v));
    }
  }
  CO_OP(co, co_send(g, p->done, &p->bad));
  CO_END(co);
}

/* producers send {p, k}; consumers sum and check per-producer order */
typedef struct {
  Cog co;
  HChan *c, *done;
  int64_t id, k, sum, bad, last[NPROD];
  Item item;
  bool ok;
} Worker;

static void producer(G *g, Cog *co) {
  Worker *w = (Worker *)co;
  CO_BEGIN(co);
  for (w->k = 0; w->k < PERPROD; w->k++) {
    w->item = (Item){w->id, w->k, -w->k};
    CO_OP(co, co_send(g, w->c, &w->item));
  }
  CO_OP(co, co_send(g, w->done, &w->bad));
  CO_END(co);
}

static void consumer(G *g, Cog *co) {
  Worker *w = (Worker *)co;
  CO_BEGIN(co);
  for (int i = 0; i < NPROD; i++)
    w->last[i] = -1;
  for (;;) {
    CO_OP(co, co_recv(g, w->c, &w->item, &w->ok));
    if (!w->ok)
      break;
    w->bad += w->item.k <= w->last[w->item.p] || w->item.pad != -w->item.k;
    w->last[w->item.p] = w->item.k;
    w->sum += w->item.k;
  }
  CO_OP(co, co_send(g, w->done, &w->sum));
  CO_END(co);
}

/* one blocking operation, then report on done: its value, or -100 if
** it panicked with "send on closed channel" (a sender expected to panic
** has a done channel, which orders its use of rttest.h's panic globals
** before the main goroutine's next use) */
typedef struct {
  Cog co;
  HChan *c, *done;
  bool send, ok;
  int64_t v;
} Blocker;

static bool send_or_panic(G *g, Blocker *b) {
  volatile bool done = false;
  if (CATCH_PANIC(done = co_send(g, b->c, &b->v))) {
    b->v = !strcmp(panic_text(), "send on closed channel") ? -100 : -200;
    return true;
  }
  return done;
}

static void blocker(G *g, Cog *co) {
  Blocker *b = (Blocker *)co;
  CO_BEGIN(co);
  if (b->send && b->done)
    CO_OP(co, send_or_panic(g, b));
  else if (b->send)
    CO_OP(co, co_send(g, b->c, &b->v));
  else
    CO_OP(co, co_recv(g, b->c, &b->v, &b->ok));
  if (!b->send && !b->ok)
    b->v = b->v == 0 ? -1 : -2; /* closed: must be the zero value */
  if (b->done)
    CO_OP(co, co_send(g, b->done, &b->v));
  CO_END(co);
}

static Blocker *mkblocker(HChan *c, HChan *done, bool send, int64_t v) {
  Blocker *b = calloc(1, sizeof *b);
  *b = (Blocker){{blocker, 0, false, NULL}, c, done, send, false, v};
  return b;
}

typedef struct {
  Cog co;
  HChan *done;
  int64_t i, v, sum;
  bool ok;
  Worker *prod[NPROD], *cons[NCONS];
  Blocker *b[NWAKE];
  HChan *c;
  int64_t t0;
} Main;

static void main_cog(G *g, Cog *co) {
  Main *m = (Main *)co;
  CO_BEGIN(co);
  m->done = mkchan(16);

  /* unbuffered ping-pong */
  m->t0 = rt_nanotime();
  {
    Pinger *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
    HChan *ping = mkchan(0), *pong = mkchan(0);
    *a = (Pinger){{pinger, 0, false, NULL}, ping, pong, m->done, 0, 0, 0, false, true};
    *b = (Pinger){{pinger, 0, false, NULL}, ping, pong, m->done, 0, 0, 0, false, false};
    cog_go(&a->co);
    cog_go(&b->co);
  }
  m->sum = 0;
  for (m->i = 0; m->i < 2; m->i++) {
    CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
    m->sum += m->v;
  }
  CHECK(m->sum == 0, "ping-pong: %lld bad round trips", (long long)m->sum);
  fprintf(stderr, "ping-pong: %d round trips in %lld ms\n", PINGPONG, (long long)elapsed_ms(m->t0));

  /* producers and consumers through a 4-slot buffer */
  m->c = rt_makechan(&t_chanitem, 4);
  for (int i = 0; i < NPROD; i++) {
    m->prod[i] = calloc(1, sizeof(Worker));
    *m->prod[i] = (Worker){.co = {producer, 0, false, NULL}, .c = m->c, .done = m->done, .id = i};
    cog_go(&m->prod[i]->co);
  }
  for (int i = 0; i < NCONS; i++) {
    m->cons[i] = calloc(1, sizeof(Worker));
    *m->cons[i] = (Worker){.co = {consumer, 0, false, NULL}, .c = m->c, .done = mkchan(1)};
    cog_go(&m->cons[i]->co);
  }
  for (m->i = 0; m->i < NPROD; m->i++)
    CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
  rt_closechan(m->c);
  m->sum = 0;
  for (m->i = 0; m->i < NCONS; m->i++) {
    CO_OP(co, co_recv(g, m->cons[m->i]->done, &m->v, &m->ok));
    m->sum += m->v;
  }
  for (int i = 0; i < NCONS; i++)
    CHECK(m->cons[i]->bad == 0, "consumer %d: %lld out of order", i, (long long)m->cons[i]->bad);
  CHECK(m->sum == (int64_t)NPROD * PERPROD * (PERPROD - 1) / 2, "buffered: sum %lld",
        (long long)m->sum);

  /* a full buffer and a parked sender: the sender's value goes to the tail */
  m->c = mkchan(2);
  trysend(m->c, 1);
  trysend(m->c, 2);
  m->b[0] = mkblocker(m->c, NULL, true, 3);
  cog_go(&m->b[0]->co);
  CO_OP(co, co_waitparked(g, m->b[0]->co.g));
  CHECK(!strcmp(m->b[0]->co.g->waitreason, "chan send"), "wait reason %s",
        m->b[0]->co.g->waitreason);
  CHECK(tryrecv(m->c) == 1 && rt_chanlen(m->c) == 2, "the sender refills the slot");
  CHECK(tryrecv(m->c) == 2 && tryrecv(m->c) == 3 && tryrecv(m->c) == -1, "FIFO: 1 2 3");

  /* close wakes every parked receiver with the zero value */
  m->c = mkchan(0);
  for (int i = 0; i < NWAKE; i++) {
    m->b[i] = mkblocker(m->c, m->done, false, 55);
    cog_go(&m->b[i]->co);
  }
  for (m->i = 0; m->i < NWAKE; m->i++)
    CO_OP(co, co_waitparked(g, m->b[m->i]->co.g));
  CHECK(!strcmp(m->b[0]->co.g->waitreason, "chan receive"), "wait reason %s",
        m->b[0]->co.g->waitreason);
  rt_closechan(m->c);
  m->sum = 0;
  for (m->i = 0; m->i < NWAKE; m->i++) {
    CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
    m->sum += m->v;
  }
  CHECK(m->sum == -NWAKE, "close: receivers woken with zero, ok=false (sum %lld)",
        (long long)m->sum);

  /* close wakes a parked sender, which panics */
  m->c = mkchan(0);
  m->b[0] = mkblocker(m->c, m->done, true, 7);
  cog_go(&m->b[0]->co);
  CO_OP(co, co_waitparked(g, m->b[0]->co.g));
  rt_closechan(m->c);
  CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
  CHECK(m->v == -100, "close: the parked sender panics (got %lld)", (long long)m->v);

  /* non-blocking operations against a parked partner complete */
  m->c = mkchan(0);
  m->b[0] = mkblocker(m->c, m->done, false, 0);
  cog_go(&m->b[0]->co);
  CO_OP(co, co_waitparked(g, m->b[0]->co.g));
  CHECK(trysend(m->c, 42) == CHAN_DONE, "non-blocking send to a parked receiver");
  CO_OP(co, co_recv(g, m->done, &m->v, &m->ok));
  CHECK(m->v == 42, "the receiver got %lld", (long long)m->v);
  m->b[0] = mkblocker(m->c, NULL, true, 43);
  cog_go(&m->b[0]->co);
  CO_OP(co, co_waitparked(g, m->b[0]->co.g));
  CHECK(tryrecv(m->c) == 43, "non-blocking receive from a parked sender");

  /* nil channels park for ever */
  m->b[0] = mkblocker(NULL, NULL, false, 0);
  m->b[1] = mkblocker(NULL, NULL, true, 0);
  cog_go(&m->b[0]->co);
  cog_go(&m->b[1]->co);
  CO_OP(co, co_waitparked(g, m->b[0]->co.g));
  CO_OP(co, co_waitparked(g, m->b[1]->co.g));
  CHECK(!strcmp(m->b[0]->co.g->waitreason, "chan receive (nil chan)") &&
            !strcmp(m->b[1]->co.g->waitreason, "chan send (nil chan)"),
        "nil channel wait reasons: %s, %s", m->b[0]->co.g->waitreason,
        m->b[1]->co.g->waitreason);

  cog_exit("chan");
  CO_END(co);
}

int main(void) {
  test_init();
  test_makechan();
  test_ring();
  test_unbuffered_nil();
  test_close();
  static Main m = {.co = {main_cog, 0, false, NULL}};
  cog_run(&m.co, "4", 60);
}
