/*
** time.c -- the natives of package time: the two clocks, the local zone,
** Sleep and the runtime timers under Timer, Ticker, After and AfterFunc
** (runtime/time.c keeps them in its heap and runs their functions).
**
** Clocks: Go's walltime is CLOCK_REALTIME and its nanotime CLOCK_MONOTONIC;
** time.now returns both (the monotonic reading makes Since/Sub immune to
** wall clock steps), and runtimeNano is the same monotonic clock, so the
** readings can be compared.
**
** Local zone: Go reads the zone file itself, subgo asks the C library
** (localtime_r), which reads the same file. They differ only on where the
** zone comes from, so go_local_zone decides that by Go's initLocal rules:
** TZ unset: /etc/localtime; TZ "" or "UTC": UTC; TZ ":x" is "x"; an
** absolute path is that file; any other name is looked up under Go's zone
** directories. A file that is missing or not TZif means UTC, where glibc
** would invent a zone from a POSIX rule ("XYZ-3") or the name itself.
** Both read the zone once, at first use (Go's Local is loaded once).
*/
#include "natives.h"

#include <stdio.h>
#include <time.h>

/* func now() (sec int64, nsec int32, mono int64) */
static void time_now(G *g, uint64_t *slots) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  set_int(slots, 0, ts.tv_sec);
  set_int(slots, 1, ts.tv_nsec);
  set_int(slots, 2, rt_nanotime());
}

/* func runtimeNano() int64 */
static void time_runtimeNano(G *g, uint64_t *slots) {
  set_int(slots, 0, rt_nanotime());
}

/* the file starts with the TZif magic, as Go's zone reader requires */
static bool is_tzif(const char *path) {
  char magic[4];
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return false;
  bool ok = fread(magic, 1, 4, f) == 4 && memcmp(magic, "TZif", 4) == 0;
  fclose(f);
  return ok;
}

/* whether Go's Local is a zone file (false: Go falls back to UTC) */
static bool go_local_zone(void) {
  static const char *const sources[] = {"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/",
                                        "/usr/lib/locale/TZ/"};
  const char *tz = getenv("TZ");
  if (tz == NULL)
    return is_tzif("/etc/localtime");
  if (*tz == ':')
    tz++;
  if (*tz == 0 || strcmp(tz, "UTC") == 0)
    return false;
  if (*tz == '/')
    return is_tzif(tz);
  for (size_t i = 0; i < sizeof sources / sizeof sources[0]; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s%s", sources[i], tz);
    if (is_tzif(path))
      return true;
  }
  return false;
}

/* func tzLocal(unix int64) (name string, offset int, isDST bool) */
static void time_tzLocal(G *g, uint64_t *slots) {
  static int has_zone = -1; /* decided once, as Go loads Local once */
  if (has_zone < 0)
    has_zone = go_local_zone();
  time_t t = (time_t)slot_int(slots, 0);
  struct tm tm;
  /* localtime_r fails only when the year overflows a C int */
  if (!has_zone || localtime_r(&t, &tm) == NULL || tm.tm_zone == NULL) {
    set_string(slots, 0, rt_gostring("UTC"));
    set_int(slots, 2, 0);
    set_bool(slots, 3, false);
    return;
  }
  set_string(slots, 0, rt_gostring(tm.tm_zone));
  set_int(slots, 2, tm.tm_gmtoff);
  set_bool(slots, 3, tm.tm_isdst > 0);
}

/* ---- sleeping and timers ---- */

/* func Sleep(d Duration): parks; run again when woken, done */
static void time_Sleep(G *g, uint64_t *slots) { rt_timesleep(g, slot_int(slots, 0)); }

static RtTimer *slot_timer(const uint64_t *slots) {
  RtTimer *t = slot_ptr(slots, 0);
  if (t == NULL)
    rt_panic_nilderef();
  return t;
}

/* func startTimer(t *runtimeTimer) */
static void time_startTimer(G *g, uint64_t *slots) { rt_addtimer(slot_timer(slots)); }

/* func stopTimer(t *runtimeTimer) bool */
static void time_stopTimer(G *g, uint64_t *slots) {
  set_bool(slots, 0, rt_deltimer(slot_timer(slots)));
}

/* func resetTimer(t *runtimeTimer, when int64) bool */
static void time_resetTimer(G *g, uint64_t *slots) {
  RtTimer *t = slot_timer(slots);
  set_bool(slots, 0, rt_modtimer(t, slot_int(slots, 1), t->period, t->f, t->arg, t->seq));
}

/* func modTimer(t *runtimeTimer, when, period int64, f func(any, uintptr),
**               arg any, seq uintptr) */
static void time_modTimer(G *g, uint64_t *slots) {
  rt_modtimer(slot_timer(slots), slot_int(slots, 1), slot_int(slots, 2), slot_ptr(slots, 3),
              slot_eface(slots, 4), (uintptr_t)slots[6]);
}

static const NativeEntry entries[] = {
    {"Sleep", time_Sleep},
    {"modTimer", time_modTimer},
    {"now", time_now},
    {"resetTimer", time_resetTimer},
    {"runtimeNano", time_runtimeNano},
    {"startTimer", time_startTimer},
    {"stopTimer", time_stopTimer},
    {"tzLocal", time_tzLocal},
};
NATIVE_TABLE(rt_natives_time, "time", entries);
