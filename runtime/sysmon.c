/*
** sysmon.c -- the system monitor (Go's sysmon) and GODEBUG=schedtrace.
**
** sysmon runs on its own thread without a P, so it works while every P is
** busy running Go code. Each round it:
**  - retakes: a P whose schedtick has not moved for forcePreemptNS (10 ms)
**    of sysmon's observation is running one goroutine too long: set that
**    g's preempt flag; the back end stops it at its next safepoint
**    (function entry or loop back-edge), and it goes to the global queue;
**  - starts an M if a timer is overdue and no M is waiting for timers;
**  - prints the schedtrace line every schedtrace ms (scheddetail adds the
**    P, M and G lines).
** It sleeps 20 us at first, doubling after 50 idle rounds, up to 10 ms.
*/
#include "runtime2.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
  forcePreemptNS = 10 * 1000 * 1000
};

static int64_t schedtrace_ms; /* GODEBUG=schedtrace=N */
static bool scheddetail;

/* one P's check: ask its g to preempt after a 10 ms slice */
static void retakeone(P *pp, int64_t now) {
  if (atomic_load(&pp->status) != _Prunning)
    return;
  uint32_t t = __atomic_load_n(&pp->schedtick, __ATOMIC_RELAXED);
  if (pp->sysmontick.schedtick != t) {
    pp->sysmontick.schedtick = t;
    pp->sysmontick.schedwhen = now;
    return;
  }
  if (pp->sysmontick.schedwhen + forcePreemptNS > now)
    return;
  M *mp = __atomic_load_n(&pp->m, __ATOMIC_ACQUIRE);
  G *gp = mp ? __atomic_load_n(&mp->curg, __ATOMIC_ACQUIRE) : NULL;
  if (gp == NULL)
    return;
  __atomic_store_n(&gp->preempt, true, __ATOMIC_RELAXED);
  pp->sysmontick.schedwhen = now; /* ask again after another slice */
}

static void retake(int64_t now) {
  lock(&sched.lock);
  int32_t procs = atomic_load(&gomaxprocs);
  for (int32_t i = 0; i < procs; i++)
    retakeone(allp[i], now);
  unlock(&sched.lock);
}

static void *sysmon(void *arg) {
  (void)arg;
  int64_t delay = 0, lasttrace = 0;
  int idle = 0;
  for (;;) {
    if (idle == 0)
      delay = 20 * 1000;
    else if (idle > 50)
      delay *= 2;
    if (delay > 10 * 1000 * 1000)
      delay = 10 * 1000 * 1000;
    usleep_ns(delay);
    int64_t now = nanotime();
    int64_t next = timers_next();
    if (next >= 0 && next < now && atomic_load(&sched.timerwhen) == 0 &&
        atomic_load(&sched.npidle) > 0 && atomic_load(&sched.gcwaiting) == 0)
      startm(NULL, false);
    /* as Go's: preempting a long-running g is not "work" that keeps sysmon
    ** polling fast (only taking Ps back from system calls would be, and
    ** subgo has no system-call hand-off), so it backs off to 10 ms */
    retake(now);
    idle++;
    if (schedtrace_ms > 0 && now - lasttrace >= schedtrace_ms * 1000000) {
      lasttrace = now;
      schedtrace(scheddetail);
    }
  }
  return NULL;
}

/* GODEBUG's value for key (comma-separated key=value list), or -1 */
static int64_t godebug(const char *key) {
  const char *env = getenv("GODEBUG");
  size_t kl = strlen(key);
  for (const char *p = env; p && *p;) {
    if (strncmp(p, key, kl) == 0 && p[kl] == '=')
      return strtoll(p + kl + 1, NULL, 10);
    p = strchr(p, ',');
    if (p)
      p++;
  }
  return -1;
}

void sysmon_start(void) {
  schedtrace_ms = godebug("schedtrace");
  scheddetail = godebug("scheddetail") == 1;
  lock(&sched.lock);
  sched.nmsys++; /* sysmon is not counted by checkdead, as in Go */
  sched.mnext++;
  unlock(&sched.lock);
  pthread_t t;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&t, &attr, sysmon, NULL) != 0)
    rt_throw("sysmon: pthread_create failed");
  pthread_attr_destroy(&attr);
}

/* ---- schedtrace (Go's schedtrace, same lines) ---- */

static void detailG(G *gp, void *arg) {
  FILE *o = arg;
  M *mp = gp->m;
  fprintf(o, "  G%lld: status=%u(%s) m=%lld lockedm=-1\n", (long long)gp->goid,
                readgstatus(gp), gp->waitreason ? gp->waitreason : "",
                mp ? (long long)mp->id : -1LL);
}

void schedtrace(bool detailed) {
  char *buf = NULL;
  size_t len = 0;
  FILE *o = open_memstream(&buf, &len);
  if (o == NULL)
    return;
  int64_t now = nanotime();
  lock(&sched.lock);
  int32_t procs = atomic_load(&gomaxprocs);
  fprintf(o,
                "SCHED %lldms: gomaxprocs=%d idleprocs=%d threads=%d spinningthreads=%d "
                "idlethreads=%d runqueue=%d",
                (long long)((now - sched.starttime) / 1000000), procs,
                atomic_load(&sched.npidle), mcount() + sched.nmsys,
                atomic_load(&sched.nmspinning), sched.nmidle, atomic_load(&sched.runqsize));
  if (detailed)
    fprintf(o, " gcwaiting=%u nmidlelocked=0 stopwait=%d sysmonwait=0\n",
                  atomic_load(&sched.gcwaiting), sched.stopwait);
  for (int32_t i = 0; i < procs; i++) {
    P *pp = allp[i];
    M *mp = __atomic_load_n(&pp->m, __ATOMIC_ACQUIRE);
    uint32_t h = atomic_load(&pp->runqhead), t = atomic_load(&pp->runqtail);
    if (detailed) {
      fprintf(o,
                    "  P%d: status=%u schedtick=%u syscalltick=%u m=%lld runqsize=%u "
                    "gfreecnt=%d timerslen=0\n",
                    i, atomic_load(&pp->status), pp->schedtick, pp->syscalltick,
                    mp ? (long long)mp->id : -1LL, t - h, pp->gFreeN);
    } else {
      fprintf(o, "%s%u%s", i == 0 ? " [" : " ", t - h, i == procs - 1 ? "]\n" : "");
    }
  }
  if (detailed) {
    for (M *mp = allm; mp; mp = mp->alllink) {
      P *pp = mp->p;
      G *gp = __atomic_load_n(&mp->curg, __ATOMIC_ACQUIRE);
      fprintf(o,
                    "  M%lld: p=%d curg=%lld mallocing=0 throwing=0 preemptoff= locks=0 "
                    "dying=0 spinning=%s blocked=%s lockedg=-1\n",
                    (long long)mp->id, pp ? pp->id : -1, gp ? (long long)gp->goid : -1LL,
                    mp->spinning ? "true" : "false", mp->blocked ? "true" : "false");
    }
  }
  unlock(&sched.lock);
  if (detailed)
    forEachG(detailG, o);
  fclose(o);
  rt_write(2, buf, len);
  free(buf);
}
