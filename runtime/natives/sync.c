/*
** sync.c -- the natives of package sync: the runtime semaphores under
** Mutex, RWMutex, WaitGroup and Cond (runtime/sema.c), spinning, the
** monotonic clock, and the fatal errors.
**
** A semaphore that must wait parks the goroutine (wait reason
** "semacquire", which Go 1.19 uses for Mutex and WaitGroup; Cond.Wait
** waits as "sync.Cond.Wait");
** when every goroutine waits, the scheduler reports Go's deadlock. The
** natives are run again after a park (runtime.h's contract), which
** rt_semacquire / rt_semrelease handle.
**
** Spinning (Go's sync_runtime_canSpin): only while i < 4, on a machine
** with more than one CPU and GOMAXPROCS > 1, with another P running and
** nothing in our P's local queue -- spinning otherwise only delays the
** goroutine that would unlock. doSpin is Go's 30 PAUSE instructions.
**
** throw and fatal print "fatal error: " + s and exit 2 without running
** deferred calls (not recoverable), which is rt_throw.
*/
#include "natives.h"

/* func throw(s string), func fatal(s string) */
static void sync_throw(G *g, uint64_t *slots) {
  rt_throw(native_cstring(slot_string(slots, 0)));
}

/* func runtime_Semacquire(s *uint32) */
static void sync_runtime_Semacquire(G *g, uint64_t *slots) {
  rt_semacquire(g, slot_ptr(slots, 0), false, "semacquire");
}

/* func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int) */
static void sync_runtime_SemacquireMutex(G *g, uint64_t *slots) {
  rt_semacquire(g, slot_ptr(slots, 0), slot_bool(slots, 1), "semacquire");
}

/* func runtime_condWait(s *uint32) */
static void sync_runtime_condWait(G *g, uint64_t *slots) {
  rt_semacquire(g, slot_ptr(slots, 0), false, "sync.Cond.Wait");
}

/* func runtime_Semrelease(s *uint32, handoff bool, skipframes int) */
static void sync_runtime_Semrelease(G *g, uint64_t *slots) {
  rt_semrelease(g, slot_ptr(slots, 0), slot_bool(slots, 1));
}

/* func runtime_canSpin(i int) bool */
static void sync_runtime_canSpin(G *g, uint64_t *slots) {
  set_bool(slots, 0, rt_canspin(slot_int(slots, 0)));
}

/* func runtime_doSpin() */
static void sync_runtime_doSpin(G *g, uint64_t *slots) {
  for (int i = 0; i < 30; i++)
    __builtin_ia32_pause();
}

/* func runtime_gcCycle() uint32 */
static void sync_runtime_gcCycle(G *g, uint64_t *slots) { set_int(slots, 0, 0); }

/* func runtime_nanotime() int64 */
static void sync_runtime_nanotime(G *g, uint64_t *slots) {
  set_int(slots, 0, rt_nanotime());
}

static const NativeEntry entries[] = {
    {"fatal", sync_throw},
    {"runtime_Semacquire", sync_runtime_Semacquire},
    {"runtime_SemacquireMutex", sync_runtime_SemacquireMutex},
    {"runtime_Semrelease", sync_runtime_Semrelease},
    {"runtime_canSpin", sync_runtime_canSpin},
    {"runtime_condWait", sync_runtime_condWait},
    {"runtime_doSpin", sync_runtime_doSpin},
    {"runtime_gcCycle", sync_runtime_gcCycle},
    {"runtime_nanotime", sync_runtime_nanotime},
    {"throw", sync_throw},
};
NATIVE_TABLE(rt_natives_sync, "sync", entries);
