/*
** lock.c -- the runtime's locks and notes (Go's lock_futex.go and
** note_*.go), and its clocks.
**
**  - Mutex is a pthread mutex: short critical sections only (a channel's
**    fields, a semaphore root, the scheduler's lists). The ThreadSanitizer
**    build sees every one of them.
**  - Note is a one-shot event: notesleep blocks the calling thread (an idle
**    M, the world-stopper) on a condition variable until notewakeup; no
**    thread ever spins waiting for work. notetsleep adds a deadline (the
**    M waiting for the next timer, sysmon).
**
** Invariant: a note is woken at most once between two noteclear calls;
** the sleeper clears it after waking.
*/
#include "runtime2.h"

#include <errno.h>
#include <time.h>

void lock(Mutex *l) { pthread_mutex_lock(&l->mu); }
void unlock(Mutex *l) { pthread_mutex_unlock(&l->mu); }

void noteinit(Note *n) {
  pthread_mutex_init(&n->mu, NULL);
  pthread_condattr_t a;
  pthread_condattr_init(&a);
  pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
  pthread_cond_init(&n->cond, &a);
  pthread_condattr_destroy(&a);
  n->key = false;
}

void noteclear(Note *n) {
  pthread_mutex_lock(&n->mu);
  n->key = false;
  pthread_mutex_unlock(&n->mu);
}

void notewakeup(Note *n) {
  pthread_mutex_lock(&n->mu);
  n->key = true;
  pthread_cond_signal(&n->cond);
  pthread_mutex_unlock(&n->mu);
}

void notesleep(Note *n) { notetsleep(n, -1); }

bool notetsleep(Note *n, int64_t ns) {
  struct timespec deadline;
  if (ns >= 0) {
    int64_t t = nanotime() + ns;
    deadline.tv_sec = t / 1000000000;
    deadline.tv_nsec = t % 1000000000;
  }
  pthread_mutex_lock(&n->mu);
  while (!n->key) {
    if (ns < 0) {
      pthread_cond_wait(&n->cond, &n->mu);
    } else if (pthread_cond_timedwait(&n->cond, &n->mu, &deadline) == ETIMEDOUT) {
      break;
    }
  }
  bool woken = n->key;
  pthread_mutex_unlock(&n->mu);
  return woken;
}

int64_t nanotime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t rt_nanotime(void) { return nanotime(); }

void usleep_ns(int64_t ns) {
  struct timespec ts = {ns / 1000000000, ns % 1000000000};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}
