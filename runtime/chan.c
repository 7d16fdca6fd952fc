/*
** chan.c -- channels (Go's chan.go): hchan, its wait queues of sudogs,
** send, receive, close, len and cap.
**
** The algorithm, as in Go 1.19:
**  - hchan holds a ring buffer of dataqsiz elements (qcount used, sendx and
**    recvx the next slots to write and read), recvq and sendq (waiting g's,
**    as sudogs), and a lock that protects all of it.
**  - send: closed -> panic "send on closed channel"; a waiting receiver ->
**    copy the value straight to it and ready it (the buffer is bypassed);
**    room in the buffer -> enqueue the value; else park on sendq with the
**    value in the sudog ("chan send"). Woken by close -> panic.
**  - receive: a waiting sender -> unbuffered: take its value directly;
**    buffered (so full): take the head of the ring and put the sender's
**    value at its tail (FIFO kept); else a buffered value; closed and
**    empty -> the zero value, ok=false; else park on recvq ("chan
**    receive"). Woken by close -> the zero value, ok=false.
**  - close: nil -> panic "close of nil channel"; closed -> panic "close of
**    closed channel"; else mark closed and ready every waiter, receivers
**    with the zero value, senders to panic.
**  - nil channel: a blocking op parks for ever ("chan send (nil chan)",
**    "chan receive (nil chan)"); a non-blocking one fails at once.
**  - Non-blocking ops (select with default) that would block return
**    without taking the lock when the channel is visibly not ready.
**  - A sudog dequeued for a select that another case already won is
**    skipped (g.selectDone is claimed by a CAS).
**
** Blocking follows runtime.h's contract: the op enqueues its sudog, calls
** gopark with the channel lock still held (park_m releases it once the g
** is off its M) and returns CHAN_PARKED; when the g runs again its
** rt_chan*_finish step completes the operation from the sudog.
*/
#include "runtime2.h"

#include <stdlib.h>
#include <string.h>

/* ---- sudogs (Go's acquireSudog / releaseSudog, cached per P) ---- */

Sudog *acquireSudog(G *g) {
  M *mp = getm();
  P *pp = mp ? mp->p : NULL;
  Sudog *s = pp ? pp->sudogcache : NULL;
  if (s) {
    pp->sudogcache = s->next;
  } else {
    s = calloc(1, sizeof *s);
    if (s == NULL)
      rt_throw("acquireSudog: out of memory");
  }
  s->next = s->prev = s->waitlink = NULL;
  s->g = g;
  s->elem = NULL;
  s->ticket = 0;
  s->isSelect = false;
  s->success = false;
  s->caseidx = 0;
  s->c = NULL;
  return s;
}

void releaseSudog(Sudog *s) {
  M *mp = getm();
  P *pp = mp ? mp->p : NULL;
  s->g = NULL;
  s->c = NULL;
  s->elem = NULL;
  if (pp == NULL) {
    free(s->elembuf);
    free(s);
    return;
  }
  s->next = pp->sudogcache;
  pp->sudogcache = s;
}

void *sudog_elembuf(Sudog *s, uintptr_t size) {
  if (size == 0) /* a zero-size element still needs a valid address */
    return &s->elembufcap;
  if (size > s->elembufcap) {
    free(s->elembuf);
    s->elembuf = malloc(size);
    if (s->elembuf == NULL)
      rt_throw("sudog_elembuf: out of memory");
    s->elembufcap = size;
  }
  return s->elembuf;
}

/* ---- wait queues ---- */

void waitq_enqueue(WaitQ *q, Sudog *s) {
  s->next = NULL;
  s->prev = q->last;
  if (q->last)
    q->last->next = s;
  else
    __atomic_store_n(&q->first, s, __ATOMIC_RELAXED);
  q->last = s;
}

void waitq_remove(WaitQ *q, Sudog *s) {
  if (s->prev)
    s->prev->next = s->next;
  else if (q->first == s)
    __atomic_store_n(&q->first, s->next, __ATOMIC_RELAXED);
  else
    return; /* not in this queue (already dequeued) */
  if (s->next)
    s->next->prev = s->prev;
  else
    q->last = s->prev;
  s->next = s->prev = NULL;
}

Sudog *waitq_dequeue(WaitQ *q) {
  for (;;) {
    Sudog *s = q->first;
    if (s == NULL)
      return NULL;
    waitq_remove(q, s);
    /* a select's sudog: claim the select, or skip it if another case won */
    if (s->isSelect) {
      uint32_t zero = 0;
      if (!__atomic_compare_exchange_n(&s->g->selectDone, &zero, 1, false,
                                       __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
        continue;
    }
    return s;
  }
}

/* ---- hchan ---- */

static uintptr_t qcount(HChan *c) { return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED); }
static void setqcount(HChan *c, uintptr_t n) { __atomic_store_n(&c->qcount, n, __ATOMIC_RELAXED); }
static uint32_t isclosed(HChan *c) { return __atomic_load_n(&c->closed, __ATOMIC_ACQUIRE); }

void *chanbuf(HChan *c, uintptr_t i) { return c->buf + i * c->elemsize; }

HChan *rt_makechan(const RType *chantype, intptr_t size) {
  const RType *elem = chantype->elem;
  if (elem->size >= 1 << 16)
    rt_throw("makechan: invalid channel element type");
  if (size < 0 || (elem->size > 0 && (uintptr_t)size > ((uintptr_t)1 << 40) / elem->size))
    rt_panic_plain("makechan: size out of range");
  uintptr_t mem = elem->size * (uintptr_t)size;
  HChan *c;
  if (mem == 0 || elem->ptrdata == 0) {
    /* one allocation: the hchan, then the buffer */
    c = mallocgc(sizeof(HChan) + mem, NULL, true);
    c->buf = mem ? (uint8_t *)(c + 1) : (uint8_t *)c;
  } else {
    c = mallocgc(sizeof(HChan), NULL, true);
    c->buf = mallocgc(mem, elem, true);
  }
  c->elemsize = (uint16_t)elem->size;
  c->elemtype = elem;
  c->dataqsiz = (uintptr_t)size;
  pthread_mutex_init(&c->lock.mu, NULL);
  return c;
}

intptr_t rt_chanlen(HChan *c) { return c ? (intptr_t)qcount(c) : 0; }
intptr_t rt_chancap(HChan *c) { return c ? (intptr_t)c->dataqsiz : 0; }

/* park for ever: a nil channel */
static int parkforever(G *g, const char *reason) {
  rt_gopark(g, NULL, NULL, reason);
  return CHAN_PARKED;
}

/* the g of sg gets the value; the caller unlocks, then readies it */
G *chan_sendto(HChan *c, Sudog *sg, const void *ep) {
  if (sg->elem)
    typedmemmove(sg->elem, ep, c->elemsize);
  sg->g->param = sg;
  sg->success = true;
  return sg->g;
}

/* take the value for ep from a waiting sender sg; the caller unlocks,
** then readies the sender */
G *chan_recvfrom(HChan *c, Sudog *sg, void *ep) {
  if (c->dataqsiz == 0) {
    if (ep)
      typedmemmove(ep, sg->elem, c->elemsize);
  } else {
    /* the buffer is full: take its head, the sender's value goes to the
    ** tail, which is the same slot */
    void *qp = chanbuf(c, c->recvx);
    if (ep)
      typedmemmove(ep, qp, c->elemsize);
    typedmemmove(qp, sg->elem, c->elemsize);
    if (++c->recvx == c->dataqsiz)
      c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->g->param = sg;
  sg->success = true;
  return sg->g;
}

/* a value into the ring (room checked) */
void chan_bufsend(HChan *c, const void *ep) {
  typedmemmove(chanbuf(c, c->sendx), ep, c->elemsize);
  if (++c->sendx == c->dataqsiz)
    c->sendx = 0;
  setqcount(c, c->qcount + 1);
}

/* the ring's head into ep (NULL: dropped); qcount > 0 checked */
void chan_bufrecv(HChan *c, void *ep) {
  void *qp = chanbuf(c, c->recvx);
  if (ep)
    typedmemmove(ep, qp, c->elemsize);
  typedmemclr(qp, c->elemsize);
  if (++c->recvx == c->dataqsiz)
    c->recvx = 0;
  setqcount(c, c->qcount - 1);
}

static void unlock_ready(HChan *c, G *gp) {
  unlock(&c->lock);
  rt_goready(gp);
}

/* enqueue g on q with a sudog and park it under c.lock */
static void chanpark(G *g, HChan *c, WaitQ *q, const void *ep, const char *reason) {
  Sudog *s = acquireSudog(g);
  s->elem = sudog_elembuf(s, c->elemsize);
  if (ep)
    typedmemmove(s->elem, ep, c->elemsize);
  else
    typedmemclr(s->elem, c->elemsize);
  s->c = c;
  g->waiting = s;
  g->param = NULL;
  waitq_enqueue(q, s);
  rt_gopark(g, parkunlock_c, &c->lock, reason);
}

int rt_chansend(G *g, HChan *c, const void *ep, bool block) {
  if (c == NULL)
    return block ? parkforever(g, "chan send (nil chan)") : CHAN_WOULDBLOCK;
  if (!block && isclosed(c) == 0 &&
      (c->dataqsiz == 0 ? __atomic_load_n(&c->recvq.first, __ATOMIC_RELAXED) == NULL
                        : qcount(c) == c->dataqsiz))
    return CHAN_WOULDBLOCK;
  lock(&c->lock);
  if (c->closed) {
    unlock(&c->lock);
    rt_panic_plain("send on closed channel");
  }
  Sudog *sg = waitq_dequeue(&c->recvq);
  if (sg) {
    unlock_ready(c, chan_sendto(c, sg, ep));
    return CHAN_DONE;
  }
  if (c->qcount < c->dataqsiz) {
    chan_bufsend(c, ep);
    unlock(&c->lock);
    return CHAN_DONE;
  }
  if (!block) {
    unlock(&c->lock);
    return CHAN_WOULDBLOCK;
  }
  chanpark(g, c, &c->sendq, ep, "chan send");
  return CHAN_PARKED;
}

void rt_chansend_finish(G *g) {
  Sudog *s = g->waiting;
  g->waiting = NULL;
  g->param = NULL;
  bool closed = !s->success;
  releaseSudog(s);
  if (closed)
    rt_panic_plain("send on closed channel");
}

int rt_chanrecv(G *g, HChan *c, void *ep, bool block, bool *received) {
  if (c == NULL)
    return block ? parkforever(g, "chan receive (nil chan)") : CHAN_WOULDBLOCK;
  uintptr_t esize = c->elemsize;
  if (!block && (c->dataqsiz == 0 ? __atomic_load_n(&c->sendq.first, __ATOMIC_RELAXED) == NULL
                                  : qcount(c) == 0)) {
    if (isclosed(c) == 0)
      return CHAN_WOULDBLOCK;
    /* closed: empty now means empty for ever */
    if (c->dataqsiz == 0 ? __atomic_load_n(&c->sendq.first, __ATOMIC_RELAXED) == NULL
                         : qcount(c) == 0) {
      if (ep)
        typedmemclr(ep, esize);
      *received = false;
      return CHAN_DONE;
    }
  }
  lock(&c->lock);
  if (c->closed) {
    if (c->qcount == 0) {
      unlock(&c->lock);
      if (ep)
        typedmemclr(ep, esize);
      *received = false;
      return CHAN_DONE;
    }
  } else {
    Sudog *sg = waitq_dequeue(&c->sendq);
    if (sg) {
      unlock_ready(c, chan_recvfrom(c, sg, ep));
      *received = true;
      return CHAN_DONE;
    }
  }
  if (c->qcount > 0) {
    chan_bufrecv(c, ep);
    unlock(&c->lock);
    *received = true;
    return CHAN_DONE;
  }
  if (!block) {
    unlock(&c->lock);
    return CHAN_WOULDBLOCK;
  }
  chanpark(g, c, &c->recvq, NULL, "chan receive");
  return CHAN_PARKED;
}

void rt_chanrecv_finish(G *g, void *ep, bool *received) {
  Sudog *s = g->waiting;
  g->waiting = NULL;
  g->param = NULL;
  if (ep)
    typedmemmove(ep, s->elem, s->c->elemsize);
  *received = s->success;
  releaseSudog(s);
}

void rt_closechan(HChan *c) {
  if (c == NULL)
    rt_panic_plain("close of nil channel");
  lock(&c->lock);
  if (c->closed) {
    unlock(&c->lock);
    rt_panic_plain("close of closed channel");
  }
  __atomic_store_n(&c->closed, 1, __ATOMIC_RELEASE);
  G *glist = NULL;
  Sudog *sg;
  /* receivers get the zero value (their buffer was zeroed), senders panic */
  while ((sg = waitq_dequeue(&c->recvq)) != NULL || (sg = waitq_dequeue(&c->sendq)) != NULL) {
    if (sg->elem)
      typedmemclr(sg->elem, c->elemsize);
    sg->success = false;
    sg->g->param = sg;
    sg->g->schedlink = glist;
    glist = sg->g;
  }
  unlock(&c->lock);
  while (glist) {
    G *gp = glist;
    glist = gp->schedlink;
    rt_goready(gp);
  }
}
