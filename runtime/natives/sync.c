/*
** sync.c -- the natives of package sync that need no scheduler: the fatal
** errors and the monotonic clock. The semaphore natives (runtime_Semacquire,
** runtime_SemacquireMutex, runtime_Semrelease), runtime_canSpin,
** runtime_doSpin and runtime_gcCycle belong to the scheduler and the
** collector (issues 5 and 6) and are not registered before: a program that
** locks a Mutex fails to compile cleanly until then.
**
** throw and fatal print "fatal error: " + s and exit 2 without running
** deferred calls (not recoverable), which is rt_throw.
*/
#include "natives.h"

/* func throw(s string), func fatal(s string) */
static void sync_throw(G *g, uint64_t *slots) {
  rt_throw(native_cstring(slot_string(slots, 0)));
}

/* func runtime_nanotime() int64 */
static void sync_runtime_nanotime(G *g, uint64_t *slots) {
  set_int(slots, 0, native_nanotime());
}

static const NativeEntry entries[] = {
    {"fatal", sync_throw},
    {"runtime_nanotime", sync_runtime_nanotime},
    {"throw", sync_throw},
};
NATIVE_TABLE(rt_natives_sync, "sync", entries);
