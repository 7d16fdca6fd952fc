/*
** sync.c -- the natives of package sync that need no scheduler: the fatal
** errors, the monotonic clock, and the runtime semaphores of a program
** that has one goroutine.
**
** Semaphores with one goroutine (issue 5 replaces them with the sema root
** table of sudog queues): semrelease increments *s (nobody can be waiting);
** semacquire decrements *s when it is positive, and otherwise would park the
** only goroutine for ever -- which Go reports as a deadlock:
** "fatal error: all goroutines are asleep - deadlock!" and the goroutine in
** state [semacquire] (Go 1.19 uses that wait reason for Mutex, WaitGroup and
** Cond alike). Spinning never pays without another running P, so canSpin is
** false by Go's own rule; no collection has run, so gcCycle is 0.
**
** throw and fatal print "fatal error: " + s and exit 2 without running
** deferred calls (not recoverable), which is rt_throw.
*/
#include "natives.h"

/* func throw(s string), func fatal(s string) */
static void sync_throw(G *g, uint64_t *slots) {
  rt_throw(native_cstring(slot_string(slots, 0)));
}

static void semacquire(G *g, uint32_t *s) {
  if (*s == 0) {
    g->waitreason = "semacquire";
    rt_throw("all goroutines are asleep - deadlock!");
  }
  (*s)--;
}

/* func runtime_Semacquire(s *uint32) */
static void sync_runtime_Semacquire(G *g, uint64_t *slots) {
  semacquire(g, slot_ptr(slots, 0));
}

/* func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int) */
static void sync_runtime_SemacquireMutex(G *g, uint64_t *slots) {
  semacquire(g, slot_ptr(slots, 0));
}

/* func runtime_Semrelease(s *uint32, handoff bool, skipframes int) */
static void sync_runtime_Semrelease(G *g, uint64_t *slots) {
  uint32_t *s = slot_ptr(slots, 0);
  (*s)++;
}

/* func runtime_canSpin(i int) bool */
static void sync_runtime_canSpin(G *g, uint64_t *slots) { set_bool(slots, 0, false); }

/* func runtime_doSpin() -- never called while canSpin is false */
static void sync_runtime_doSpin(G *g, uint64_t *slots) {}

/* func runtime_gcCycle() uint32 */
static void sync_runtime_gcCycle(G *g, uint64_t *slots) { set_int(slots, 0, 0); }

/* func runtime_nanotime() int64 */
static void sync_runtime_nanotime(G *g, uint64_t *slots) {
  set_int(slots, 0, native_nanotime());
}

static const NativeEntry entries[] = {
    {"fatal", sync_throw},
    {"runtime_Semacquire", sync_runtime_Semacquire},
    {"runtime_SemacquireMutex", sync_runtime_SemacquireMutex},
    {"runtime_Semrelease", sync_runtime_Semrelease},
    {"runtime_canSpin", sync_runtime_canSpin},
    {"runtime_doSpin", sync_runtime_doSpin},
    {"runtime_gcCycle", sync_runtime_gcCycle},
    {"runtime_nanotime", sync_runtime_nanotime},
    {"throw", sync_throw},
};
NATIVE_TABLE(rt_natives_sync, "sync", entries);
