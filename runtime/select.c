/*
** select.c -- the select statement (Go's select.go: selectgo).
**
** The algorithm, as in Go 1.19:
**  - pollorder: a random permutation of the cases (Fisher-Yates with
**    fastrand), leaving out nil channels, which are never ready; so among
**    several ready cases each is chosen with equal probability, whatever
**    the source order. (Case order gives no priority.)
**  - lockorder: the cases sorted by hchan address, so two selects locking
**    the same channels always lock them in the same order and cannot
**    deadlock; a channel in several cases is locked once.
**  - pass 1, every channel locked: the first case in pollorder that can
**    proceed wins (a waiting partner, buffer data or room, or a closed
**    channel: a receive gets the zero value, a send panics).
**  - nothing ready and a default case: return -1 (the default).
**  - pass 2: a sudog per case (isSelect) goes on every channel's queue;
**    the g parks ("select") and selparkcommit unlocks the channels.
**  - The first waker to claim g.selectDone by a CAS completes its case and
**    leaves that sudog in g.param; later wakers skip the other sudogs.
**  - pass 3 (rt_selectgo_finish, when the g runs again): lock every
**    channel, take the other sudogs off their queues, report the winner.
*/
#include "runtime2.h"

#include <string.h>

/* ---- orders ---- */

static int pollorder(const Scase *cases, int n, uint16_t *order) {
  int norder = 0;
  for (int i = 0; i < n; i++) {
    if (cases[i].c == NULL)
      continue;
    int j = (int)(fastrand() % (uint32_t)(norder + 1));
    order[norder] = order[j];
    order[j] = (uint16_t)i;
    norder++;
  }
  return norder;
}

/* insertion sort by hchan address: selects are small */
static int lockorder(const Scase *cases, int n, uint16_t *order) {
  int norder = 0;
  for (int i = 0; i < n; i++) {
    if (cases[i].c == NULL)
      continue;
    int j = norder++;
    while (j > 0 && (uintptr_t)cases[order[j - 1]].c > (uintptr_t)cases[i].c) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = (uint16_t)i;
  }
  return norder;
}

static void sellock(const Scase *cases, const uint16_t *order, int n) {
  HChan *last = NULL;
  for (int i = 0; i < n; i++) {
    HChan *c = cases[order[i]].c;
    if (c != last)
      lock(&c->lock);
    last = c;
  }
}

static void selunlock(const Scase *cases, const uint16_t *order, int n) {
  for (int i = n - 1; i >= 0; i--) {
    HChan *c = cases[order[i]].c;
    if (i > 0 && c == cases[order[i - 1]].c)
      continue; /* unlock the last of a run of equal channels */
    unlock(&c->lock);
  }
}

/* park_m's unlock step: the channels, from the g's sudog list (in lock
** order), each once */
static bool selparkcommit(G *gp, void *arg) {
  (void)arg;
  HChan *last = NULL;
  for (Sudog *s = gp->waiting; s; s = s->waitlink) {
    if (s->c != last && last != NULL)
      unlock(&last->lock);
    last = s->c;
  }
  if (last)
    unlock(&last->lock);
  return true;
}

/* ---- selectgo ---- */

/* pass 1 on case i: true if it completed (channels unlocked then) */
static bool trycase(Scase *cases, const uint16_t *lo, int nlo, int i, bool *recvOK) {
  Scase *cas = &cases[i];
  HChan *c = cas->c;
  G *gp = NULL;
  if (!cas->send) {
    Sudog *sg = c->closed ? NULL : waitq_dequeue(&c->sendq);
    if (sg) {
      gp = chan_recvfrom(c, sg, cas->elem);
    } else if (c->qcount > 0) {
      chan_bufrecv(c, cas->elem);
    } else if (c->closed) {
      if (cas->elem)
        typedmemclr(cas->elem, c->elemsize);
      selunlock(cases, lo, nlo);
      *recvOK = false;
      return true;
    } else {
      return false;
    }
    *recvOK = true;
  } else {
    if (c->closed) {
      selunlock(cases, lo, nlo);
      rt_panic_plain("send on closed channel");
    }
    Sudog *sg = waitq_dequeue(&c->recvq);
    if (sg)
      gp = chan_sendto(c, sg, cas->elem);
    else if (c->qcount < c->dataqsiz)
      chan_bufsend(c, cas->elem);
    else
      return false;
  }
  selunlock(cases, lo, nlo);
  if (gp)
    rt_goready(gp);
  return true;
}

int rt_selectgo(G *g, Scase *cases, int ncases, bool block, bool *recvOK) {
  uint16_t po[ncases > 0 ? ncases : 1], lo[ncases > 0 ? ncases : 1];
  int npoll = pollorder(cases, ncases, po);
  int nlock = lockorder(cases, ncases, lo);
  *recvOK = false;
  if (npoll == 0) {
    if (!block)
      return -1;
    rt_gopark(g, NULL, NULL, ncases == 0 ? "select (no cases)" : "select");
    return SELECT_PARKED;
  }
  sellock(cases, lo, nlock);
  for (int k = 0; k < npoll; k++)
    if (trycase(cases, lo, nlock, po[k], recvOK))
      return po[k];
  if (!block) {
    selunlock(cases, lo, nlock);
    return -1;
  }
  /* pass 2: a sudog on every channel, in lock order */
  Sudog **nextp = &g->waiting;
  for (int k = 0; k < nlock; k++) {
    Scase *cas = &cases[lo[k]];
    Sudog *sg = acquireSudog(g);
    sg->isSelect = true;
    sg->caseidx = lo[k];
    sg->c = cas->c;
    sg->elem = sudog_elembuf(sg, cas->c->elemsize);
    if (cas->send)
      typedmemmove(sg->elem, cas->elem, cas->c->elemsize);
    else
      typedmemclr(sg->elem, cas->c->elemsize);
    *nextp = sg;
    nextp = &sg->waitlink;
    waitq_enqueue(cas->send ? &cas->c->sendq : &cas->c->recvq, sg);
  }
  *nextp = NULL;
  g->param = NULL;
  __atomic_store_n(&g->selectDone, 0, __ATOMIC_RELEASE);
  rt_gopark(g, selparkcommit, NULL, "select");
  return SELECT_PARKED;
}

int rt_selectgo_finish(G *g, Scase *cases, int ncases, bool *recvOK) {
  uint16_t lo[ncases > 0 ? ncases : 1];
  int nlock = lockorder(cases, ncases, lo);
  sellock(cases, lo, nlock);
  __atomic_store_n(&g->selectDone, 0, __ATOMIC_RELEASE);
  Sudog *won = g->param;
  g->param = NULL;
  /* pass 3: off the losing channels' queues */
  Sudog *sglist = g->waiting;
  g->waiting = NULL;
  int casi = -1;
  bool success = false;
  while (sglist) {
    Sudog *next = sglist->waitlink;
    Scase *cas = &cases[sglist->caseidx];
    if (sglist == won) {
      casi = sglist->caseidx;
      success = sglist->success;
      if (!cas->send && cas->elem)
        typedmemmove(cas->elem, sglist->elem, cas->c->elemsize);
    } else {
      waitq_remove(cas->send ? &cas->c->sendq : &cas->c->recvq, sglist);
    }
    sglist->waitlink = NULL;
    releaseSudog(sglist);
    sglist = next;
  }
  if (casi < 0)
    rt_throw("selectgo: bad wakeup");
  if (cases[casi].send && !success) {
    selunlock(cases, lo, nlock);
    rt_panic_plain("send on closed channel");
  }
  *recvOK = success;
  selunlock(cases, lo, nlock);
  return casi;
}
