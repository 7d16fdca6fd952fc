/*
** time.c -- the natives of package time that need no scheduler: the two
** clocks and the local zone. Sleep and the timer natives (startTimer,
** stopTimer, resetTimer, modTimer) park goroutines and run callbacks from
** the timer heap; they arrive with the scheduler (issue 5) and are not
** registered before, so a program using them fails to compile cleanly
** instead of misbehaving.
**
** Clocks: Go's walltime is CLOCK_REALTIME and its nanotime CLOCK_MONOTONIC;
** time.now returns both (the monotonic reading makes Since/Sub immune to
** wall clock steps), and runtimeNano is the same monotonic clock, so the
** readings can be compared.
**
** Local zone: Go parses TZ or /etc/localtime itself; subgo asks the C
** library (localtime_r), which follows the same sources (TZ unset:
** /etc/localtime; TZ="" or no zone file: UTC) and reads them once, as
** Go's Local is loaded once.
*/
#include "natives.h"

#include <time.h>

int64_t native_nanotime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* func now() (sec int64, nsec int32, mono int64) */
static void time_now(G *g, uint64_t *slots) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  set_int(slots, 0, ts.tv_sec);
  set_int(slots, 1, ts.tv_nsec);
  set_int(slots, 2, native_nanotime());
}

/* func runtimeNano() int64 */
static void time_runtimeNano(G *g, uint64_t *slots) {
  set_int(slots, 0, native_nanotime());
}

/* func tzLocal(unix int64) (name string, offset int, isDST bool) */
static void time_tzLocal(G *g, uint64_t *slots) {
  time_t t = (time_t)slot_int(slots, 0);
  struct tm tm;
  if (localtime_r(&t, &tm) == NULL || tm.tm_zone == NULL) {
    /* localtime_r fails only when the year overflows a C int */
    set_string(slots, 0, rt_gostring("UTC"));
    set_int(slots, 2, 0);
    set_bool(slots, 3, false);
    return;
  }
  set_string(slots, 0, rt_gostring(tm.tm_zone));
  set_int(slots, 2, tm.tm_gmtoff);
  set_bool(slots, 3, tm.tm_isdst > 0);
}

static const NativeEntry entries[] = {
    {"now", time_now},
    {"runtimeNano", time_runtimeNano},
    {"tzLocal", time_tzLocal},
};
NATIVE_TABLE(rt_natives_time, "time", entries);
