/*
** os_proc.c -- the natives of package os about the process: arguments,
** exit, environment and ids.
**
** Arguments: the back end hands over os.Args with rt_set_args before the
** program starts (the program name, then what followed `--` on subgo's
** command line); runtime_args returns a fresh []string of them, as Go's
** os.init reads them once.
**
** Environment: the C library's environ is the one environment (getenv,
** setenv, unsetenv), so a child process or the C library itself sees what
** the program set. Go keeps its own copy with the same observable rules:
**  - a name or value with a NUL byte, or a name with '=', cannot be set
**    (EINVAL) and is never found;
**  - Unsetenv never fails: a name that cannot exist is already unset.
*/
#include "natives.h"

#include <errno.h>
#include <unistd.h>

extern char **environ;

static struct {
  int argc;
  char **argv;
} args;

void rt_set_args(int argc, char **argv) {
  args.argv = malloc(sizeof *args.argv * (size_t)(argc > 0 ? argc : 1));
  if (args.argv == NULL)
    rt_throw("out of memory");
  for (int i = 0; i < argc; i++) {
    args.argv[i] = strdup(argv[i]);
    if (args.argv[i] == NULL)
      rt_throw("out of memory");
  }
  args.argc = argc;
}

/* A []string of n C strings. */
static GoSlice string_slice(char *const *strs, intptr_t n) {
  GoSlice s = rt_makeslice(rt_types.string_, n, n);
  GoString *elems = s.ptr;
  for (intptr_t i = 0; i < n; i++)
    elems[i] = rt_gostring(strs[i]);
  return s;
}

/* func runtime_args() []string */
static void os_runtime_args(G *g, uint64_t *slots) {
  set_slice(slots, 0, string_slice(args.argv, args.argc));
}

/* func sysExit(code int) */
static void os_sysExit(G *g, uint64_t *slots) { rt_exit((int)slot_int(slots, 0)); }

/* A name that can be an environment variable's (see the header). */
static bool env_name_ok(GoString key) {
  return key.len > 0 && !native_has_nul(key) && memchr(key.ptr, '=', (size_t)key.len) == NULL;
}

/* func sysGetenv(key string) (value string, found bool) */
static void os_sysGetenv(G *g, uint64_t *slots) {
  GoString key = slot_string(slots, 0);
  const char *v = NULL;
  if (env_name_ok(key)) {
    char *k = native_cstring(key);
    v = getenv(k);
    free(k);
  }
  set_string(slots, 0, v ? rt_gostring(v) : (GoString){NULL, 0});
  set_bool(slots, 2, v != NULL);
}

/* func sysSetenv(key, value string) int */
static void os_sysSetenv(G *g, uint64_t *slots) {
  GoString key = slot_string(slots, 0), value = slot_string(slots, 2);
  int err = EINVAL;
  if (env_name_ok(key) && !native_has_nul(value)) {
    char *k = native_cstring(key), *v = native_cstring(value);
    err = setenv(k, v, 1) == 0 ? 0 : errno;
    free(k);
    free(v);
  }
  set_int(slots, 0, err);
}

/* func sysUnsetenv(key string) int */
static void os_sysUnsetenv(G *g, uint64_t *slots) {
  GoString key = slot_string(slots, 0);
  int err = 0;
  if (env_name_ok(key)) {
    char *k = native_cstring(key);
    err = unsetenv(k) == 0 ? 0 : errno;
    free(k);
  }
  set_int(slots, 0, err);
}

/* func sysEnviron() []string */
static void os_sysEnviron(G *g, uint64_t *slots) {
  intptr_t n = 0;
  while (environ[n])
    n++;
  set_slice(slots, 0, string_slice(environ, n));
}

/* func sysGetpid() int */
static void os_sysGetpid(G *g, uint64_t *slots) { set_int(slots, 0, getpid()); }

/* func sysIDs() (ppid, uid, euid, gid, egid int) */
static void os_sysIDs(G *g, uint64_t *slots) {
  set_int(slots, 0, getppid());
  set_int(slots, 1, getuid());
  set_int(slots, 2, geteuid());
  set_int(slots, 3, getgid());
  set_int(slots, 4, getegid());
}

static const NativeEntry entries[] = {
    {"runtime_args", os_runtime_args},
    {"sysEnviron", os_sysEnviron},
    {"sysExit", os_sysExit},
    {"sysGetenv", os_sysGetenv},
    {"sysGetpid", os_sysGetpid},
    {"sysIDs", os_sysIDs},
    {"sysSetenv", os_sysSetenv},
    {"sysUnsetenv", os_sysUnsetenv},
};
NATIVE_TABLE(rt_natives_os_proc, "os", entries);
