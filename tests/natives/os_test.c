/*
** os_test.c -- package os's natives through the slot ABI, in a fresh
** temporary directory. The errno each case expects is the one Go 1.19's
** os reports for the same call on Linux (os.Remove of a missing file:
** ENOENT; of a non-empty directory: ENOTEMPTY; of "file/x": ENOTDIR;
** os.Setenv("A=B", ...) and paths holding NUL: EINVAL; os.Stat(""):
** ENOENT; os.Getwd under a symlinked $PWD returns $PWD).
*/
#include "harness.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static int64_t path_call(const char *name, const char *path) {
  uint64_t s[4] = {0};
  put_string(s, 0, gostr(path));
  call(name, s);
  return (int64_t)s[0];
}

static void test_args(void) {
  char *argv[] = {"prog", "a", "b c"};
  rt_set_args(3, argv);
  argv[1] = "changed"; /* the runtime keeps its own copy */
  uint64_t s[3];
  call("os.runtime_args", s);
  GoSlice a = slots_slice(s, 0);
  CHECK_INT(a.len, 3);
  GoString *v = a.ptr;
  CHECK_STR(v[0], "prog");
  CHECK_STR(v[1], "a");
  CHECK_STR(v[2], "b c");
}

static bool lookup_env(const char *key, GoString *value) {
  uint64_t s[3];
  put_string(s, 0, gostr(key));
  call("os.sysGetenv", s);
  *value = slots_string(s, 0);
  return s[2] != 0;
}

static int64_t set_env(GoString key, GoString value) {
  uint64_t s[4];
  put_string(s, 0, key);
  put_string(s, 2, value);
  call("os.sysSetenv", s);
  return (int64_t)s[0];
}

static bool environ_has(const char *kv) {
  uint64_t s[3];
  call("os.sysEnviron", s);
  GoSlice e = slots_slice(s, 0);
  for (intptr_t i = 0; i < e.len; i++)
    if (gostr_eq(((GoString *)e.ptr)[i], kv))
      return true;
  return false;
}

static void test_env(void) {
  GoString v;
  CHECK_INT(set_env(gostr("SUBGO_NATIVES_X"), gostr("v1")), 0);
  CHECK(lookup_env("SUBGO_NATIVES_X", &v));
  CHECK_STR(v, "v1");
  CHECK(environ_has("SUBGO_NATIVES_X=v1"));
  CHECK_INT(set_env(gostr("SUBGO_NATIVES_X"), gostr("")), 0); /* set, empty */
  CHECK(lookup_env("SUBGO_NATIVES_X", &v) && v.len == 0);
  CHECK_INT(set_env(gostr("A=B"), gostr("x")), EINVAL);
  CHECK_INT(set_env(gostr("SUBGO_NATIVES_Y"), (GoString){(const uint8_t *)"a\0b", 3}), EINVAL);
  CHECK_INT(path_call("os.sysUnsetenv", "SUBGO_NATIVES_X"), 0);
  CHECK(!lookup_env("SUBGO_NATIVES_X", &v) && v.len == 0);
  CHECK_INT(path_call("os.sysUnsetenv", "A=B"), 0); /* Go's Unsetenv never fails */
  CHECK(!lookup_env("", &v));

  uint64_t s[5];
  call("os.sysGetpid", s);
  CHECK_INT(s[0], getpid());
  call("os.sysIDs", s);
  CHECK_INT(s[0], getppid());
  CHECK_INT(s[1], getuid());
  CHECK_INT(s[2], geteuid());
  CHECK_INT(s[3], getgid());
  CHECK_INT(s[4], getegid());
}

static int64_t open_file(const char *path, int flag, uint32_t perm, int64_t *err) {
  uint64_t s[4] = {0};
  put_string(s, 0, gostr(path));
  s[2] = (uint64_t)flag;
  s[3] = perm;
  call("os.sysOpen", s);
  *err = (int64_t)s[1];
  return (int64_t)s[0];
}

/* sysRead/sysWrite(fd, b): n and errno */
static int64_t io_call(const char *name, int64_t fd, void *buf, intptr_t len, int64_t *err) {
  uint64_t s[4];
  s[0] = (uint64_t)fd;
  put_slice(s, 1, (GoSlice){buf, len, len});
  call(name, s);
  *err = (int64_t)s[1];
  return (int64_t)s[0];
}

typedef struct Stat { int64_t size; uint32_t mode; int64_t sec, nsec, err; } Stat;

static Stat stat_call(const char *path, int64_t fd, bool link) {
  uint64_t s[5];
  put_string(s, 0, gostr(path));
  s[2] = (uint64_t)fd;
  s[3] = link;
  call("os.sysStat", s);
  Stat st = {(int64_t)s[0], (uint32_t)s[1], (int64_t)s[2], (int64_t)s[3], (int64_t)s[4]};
  return st;
}

static void test_files(void) {
  int64_t err;
  int64_t fd = open_file("f.txt", O_RDWR | O_CREAT | O_TRUNC, 0600, &err);
  CHECK(fd >= 0 && err == 0);
  char hello[] = "hello";
  CHECK_INT(io_call("os.sysWrite", fd, hello, 5, &err), 5);
  CHECK_INT(err, 0);
  Stat st = stat_call("", fd, false);
  CHECK_INT(st.err, 0);
  CHECK_INT(st.size, 5);
  CHECK(S_ISREG(st.mode) && (st.mode & 0777) == 0600);
  CHECK(st.sec > 1600000000);
  uint64_t s[1] = {(uint64_t)fd};
  call("os.sysClose", s);
  CHECK_INT(s[0], 0);
  CHECK_INT(io_call("os.sysWrite", fd, hello, 5, &err), 0); /* closed fd */
  CHECK_INT(err, EBADF);

  fd = open_file("f.txt", O_RDONLY, 0, &err);
  char buf[16];
  CHECK_INT(io_call("os.sysRead", fd, buf, sizeof buf, &err), 5);
  CHECK(memcmp(buf, "hello", 5) == 0);
  CHECK_INT(io_call("os.sysRead", fd, buf, sizeof buf, &err), 0); /* EOF */
  CHECK_INT(err, 0);
  s[0] = (uint64_t)fd;
  call("os.sysClose", s);

  CHECK_INT(open_file("missing", O_RDONLY, 0, &err), -1);
  CHECK_INT(err, ENOENT);
  uint64_t nul[4] = {0};
  put_string(nul, 0, (GoString){(const uint8_t *)"f.txt\0x", 7});
  call("os.sysOpen", nul);
  CHECK_INT(nul[0], -1);
  CHECK_INT(nul[1], EINVAL);

  st = stat_call("f.txt", -1, false);
  CHECK(st.err == 0 && st.size == 5);
  CHECK_INT(stat_call("", -1, false).err, ENOENT);
  CHECK_INT(symlink("f.txt", "link"), 0);
  CHECK(S_ISLNK(stat_call("link", -1, true).mode));
  CHECK(S_ISREG(stat_call("link", -1, false).mode));
}

static void test_dirs(void) {
  uint64_t s[4];
  put_string(s, 0, gostr("d"));
  s[2] = 0755;
  call("os.sysMkdir", s);
  CHECK_INT(s[0], 0);
  put_string(s, 0, gostr("d"));
  call("os.sysMkdir", s);
  CHECK_INT(s[0], EEXIST);

  put_string(s, 0, gostr("d"));
  call("os.sysIsDir", s);
  CHECK(s[0] == 1 && s[1] == 0);
  put_string(s, 0, gostr("f.txt"));
  call("os.sysIsDir", s);
  CHECK(s[0] == 0 && s[1] == 0);
  put_string(s, 0, gostr("nope"));
  call("os.sysIsDir", s);
  CHECK(s[0] == 0 && s[1] == ENOENT);

  int64_t err;
  int64_t fd = open_file("d/inner", O_WRONLY | O_CREAT, 0600, &err);
  s[0] = (uint64_t)fd;
  call("os.sysClose", s);
  CHECK_INT(path_call("os.sysRemove", "d"), ENOTEMPTY);
  CHECK_INT(path_call("os.sysRemove", "f.txt/x"), ENOTDIR);
  CHECK_INT(path_call("os.sysRemove", "nope"), ENOENT);
  CHECK_INT(path_call("os.sysRemove", "d/inner"), 0);
  CHECK_INT(path_call("os.sysRemove", "d"), 0);
}

static GoString sys_getwd(void) {
  uint64_t s[3];
  call("os.sysGetwd", s);
  CHECK_INT(s[2], 0);
  return slots_string(s, 0);
}

/* cwd is dir (a real path); link is a symlink to it */
static void test_getwd(const char *dir, const char *link) {
  unsetenv("PWD");
  CHECK_STR(sys_getwd(), dir);
  setenv("PWD", link, 1); /* $PWD names "." through a symlink: Go returns it */
  CHECK_STR(sys_getwd(), link);
  setenv("PWD", "/", 1); /* another directory: ignored */
  CHECK_STR(sys_getwd(), dir);
  CHECK_INT(path_call("os.sysChdir", "/"), 0);
  CHECK_STR(sys_getwd(), "/");
  CHECK_INT(path_call("os.sysChdir", "/nonexistent-subgo-dir"), ENOENT);
}

int main(void) {
  register_types();
  char tmpl[] = "/tmp/subgo-natives-XXXXXX";
  char *dir = mkdtemp(tmpl);
  if (dir == NULL || chdir(dir) != 0) {
    perror("mkdtemp");
    return 1;
  }
  char real[4096], link[4200];
  if (realpath(dir, real) == NULL)
    return 1;
  snprintf(link, sizeof link, "%s.link", real);
  test_args();
  test_env();
  test_files();
  test_dirs();
  if (symlink(real, link) == 0) {
    test_getwd(real, link);
    unlink(link);
  }
  if (chdir(real) != 0)
    return 1;
  unlink("f.txt");
  unlink("link");
  rmdir(real);
  return failures != 0;
}
