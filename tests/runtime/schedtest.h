/*
** schedtest.h -- C goroutines on the real scheduler, for the runtime's unit
** tests of blocking operations (test_chan.c, test_select.c, test_sema.c,
** test_timers.c). Include it after rttest.h.
**
** The scheduler (runtime/proc.c) runs whatever the back end's execute()
** hook runs; here that is a "cog": a C step function written as a
** protothread. The runtime's gopark contract (runtime.h, "Blocking") is
** that a blocking operation that parks returns "parked" with g->mcallfn
** set; the back end stops the g, and when the g is readied it runs the
** same operation again with g->resumed set so that it finishes. A cog
** does exactly that:
**  - its body is a switch on cog->pc (CO_BEGIN ... CO_END); CO_OP(co, op)
**    records its own line as the resume point, evaluates op (true: done)
**    and, when op parked, returns to the scheduler with co->finish set;
**  - cog_execute (the hook) sets g->resumed from co->finish and jumps back
**    into the body at the recorded line, where op runs again and finishes;
**  - locals that live across a CO_OP must be fields of the cog (a test
**    embeds Cog at the start of its own struct), as in any protothread;
**  - returning from the body with no mcallfn set ends the goroutine.
** The co_* operations wrap the runtime's entry points the way vm/helpers.c
** wraps them for the VM (consume g->resumed, then the finish step).
**
** cog_run() starts the scheduler with one main cog and never returns: the
** main cog ends the process (cog_exit) once its checks are done. A hang
** is cut by alarm(); a deadlock is the runtime's own fatal error (exit 2).
** CHECK is not thread-safe: worker cogs record what they saw in their own
** fields and the main cog checks after a channel or semaphore has ordered
** it after them. CATCH_PANIC's state is global too: a cog that uses it
** reports on a channel afterwards, which orders it before the next user
** (ThreadSanitizer checks all of this in `make test-tsan`).
*/
#ifndef SUBGO_SCHEDTEST_H
#define SUBGO_SCHEDTEST_H

#include "../../runtime/runtime2.h"

typedef struct Cog Cog;
struct Cog {
  void (*fn)(G *g, Cog *co); /* the body */
  int pc;                    /* resume point: a line of fn, 0 at start */
  bool finish;               /* parked in a CO_OP: run it with g->resumed */
  G *g;                      /* the goroutine running it */
};

#define CO_BEGIN(co) switch ((co)->pc) { case 0:
#define CO_END(co) } (co)->pc = -1
/* run op until it is done; `op` is evaluated again, with g->resumed, when
** the parked goroutine runs again */
#define CO_OP(co, op)                                                          \
  do {                                                                         \
    (co)->pc = __LINE__;                                                       \
    /* fallthrough */                                                          \
  case __LINE__:                                                               \
    if (!(op)) {                                                               \
      (co)->finish = true;                                                     \
      return;                                                                  \
    }                                                                          \
  } while (0)

static void cog_execute(G *gp) {
  Cog *co = gp->vm;
  gp->resumed = co->finish;
  co->finish = false;
  co->fn(gp, co);
}

/* a timer function is a C function in Closure.fn: f(arg, seq) */
typedef void (*CogTimerFn)(Eface arg, uintptr_t seq);
static void cog_timerfn(Closure *f, Eface arg, uintptr_t seq) { ((CogTimerFn)f->fn)(arg, seq); }

/* go co: a new goroutine running co (from a running cog, or before cog_run) */
static G *cog_go(Cog *co) {
  G *gp = rt_malg();
  co->pc = 0;
  co->finish = false;
  co->g = gp;
  gp->vm = co;
  rt_newproc(gp, false);
  return gp;
}

static _Noreturn void cog_exit(const char *name) {
  int code = test_report(name);
  rt_flush();
  _exit(code);
}

/* the scheduler with GOMAXPROCS Ps (unless the environment says), main
** as goroutine 1; watchdog seconds before SIGALRM ends a hung test */
static _Noreturn void cog_run(Cog *main, const char *gomaxprocs, unsigned watchdog) {
  static const RtBackend be = {cog_execute, cog_timerfn, NULL};
  setenv("GOMAXPROCS", gomaxprocs, 0);
  alarm(watchdog);
  rt_schedinit(&be);
  cog_go(main);
  rt_mstart();
}

/* ---- blocking operations, each true when done, false when parked ---- */

static bool co_send(G *g, HChan *c, const void *ep) {
  if (g->resumed) {
    g->resumed = false;
    rt_chansend_finish(g);
    return true;
  }
  return rt_chansend(g, c, ep, true) != CHAN_PARKED;
}

static bool co_recv(G *g, HChan *c, void *ep, bool *ok) {
  if (g->resumed) {
    g->resumed = false;
    rt_chanrecv_finish(g, ep, ok);
    return true;
  }
  return rt_chanrecv(g, c, ep, true, ok) != CHAN_PARKED;
}

static bool co_select(G *g, Scase *cases, int n, int *chosen, bool *ok) {
  if (g->resumed) {
    g->resumed = false;
    *chosen = rt_selectgo_finish(g, cases, n, ok);
    return true;
  }
  *chosen = rt_selectgo(g, cases, n, true, ok);
  return *chosen != SELECT_PARKED;
}

/* runtime.Gosched */
static bool co_gosched(G *g) {
  if (g->resumed) {
    g->resumed = false;
    return true;
  }
  rt_gosched(g);
  return false;
}

/* rt_semrelease may yield the P to the waiter it handed the count to */
static bool co_semrelease(G *g, uint32_t *addr, bool handoff) {
  rt_semrelease(g, addr, handoff);
  return g->mcallfn == NULL;
}

/* yield (Gosched) until gp is parked; its wait reason is then set */
static bool co_waitparked(G *g, G *gp) {
  g->resumed = false;
  if (readgstatus(gp) == _Gwaiting)
    return true;
  rt_gosched(g);
  return false;
}

/* ---- small helpers ---- */

static RType t_chanint = {.size = 8, .ptrdata = 8, .hash = 0x7001, .tflag = REG, .align = 8,
                          .kind = KIND_CHAN | KIND_DIRECT_IFACE, .str = "chan int",
                          .elem = &t_int, .chandir = 3};

static HChan *mkchan(intptr_t size) { return rt_makechan(&t_chanint, size); }

static int64_t elapsed_ms(int64_t since) { return (rt_nanotime() - since) / 1000000; }

#endif
