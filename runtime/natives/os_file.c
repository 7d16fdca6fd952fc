/*
** os_file.c -- the natives of package os about files and directories:
** open/read/write/close/remove, stat, and the working directory.
**
** Each returns the C library's errno (0 on success) for package os to wrap
** in its PathError/SyscallError, following Go's syscall package:
**  - a path with a NUL byte fails with EINVAL before any system call;
**  - calls interrupted by a signal (EINTR) are retried;
**  - remove is Go's os.Remove: unlink, else rmdir, and when both fail the
**    rmdir error unless it is ENOTDIR (then the path is not a directory and
**    unlink's error is the real one);
**  - getwd is Go's os.Getwd: $PWD when it is absolute and names the same
**    file as ".", else getcwd.
**
** Output order: writes to fd 1 and 2 go through rt_write, which keeps
** stdout and stderr in Go's order (runtime/write.c). Before any other
** write, before a read (a prompt must be visible before the program waits
** for input) and before closing fd 1, buffered stdout is flushed, so every
** byte reaches its file in program order.
*/
#include "natives.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- system calls on a path ----
** Each op takes the C path and an extra argument and returns 0 or the
** errno; with_path runs one on a Go path (EINVAL for a NUL byte). */
typedef int (*PathOp)(const char *path, void *arg);

static int with_path(GoString path, PathOp op, void *arg) {
  if (native_has_nul(path))
    return EINVAL;
  char *c = native_cstring(path);
  int err = op(c, arg);
  free(c);
  return err;
}

static int errno_of(int rc) { return rc == 0 ? 0 : errno; }

typedef struct OpenArgs { int flag; mode_t perm; int fd; } OpenArgs;

static int op_open(const char *path, void *arg) {
  OpenArgs *a = arg;
  do
    a->fd = open(path, a->flag, a->perm);
  while (a->fd < 0 && errno == EINTR);
  return a->fd < 0 ? errno : 0;
}

static int op_stat(const char *path, void *st) { return errno_of(stat(path, st)); }
static int op_lstat(const char *path, void *st) { return errno_of(lstat(path, st)); }
static int op_chdir(const char *path, void *arg) { return errno_of(chdir(path)); }
static int op_mkdir(const char *path, void *perm) {
  return errno_of(mkdir(path, *(mode_t *)perm));
}

static int op_remove(const char *path, void *arg) {
  if (unlink(path) == 0)
    return 0;
  int unlink_err = errno;
  if (rmdir(path) == 0)
    return 0;
  return errno == ENOTDIR ? unlink_err : errno;
}

/* ---- the natives ---- */

/* func sysOpen(path string, flag int, perm uint32) (fd int, errno int) */
static void os_sysOpen(G *g, uint64_t *slots) {
  OpenArgs a = {(int)slot_int(slots, 2), (mode_t)slots[3], -1};
  int err = with_path(slot_string(slots, 0), op_open, &a);
  set_int(slots, 0, a.fd);
  set_int(slots, 1, err);
}

/* func sysRead(fd int, b []byte) (n int, errno int) */
static void os_sysRead(G *g, uint64_t *slots) {
  int fd = (int)slot_int(slots, 0);
  GoSlice b = slot_slice(slots, 1);
  rt_flush();
  ssize_t n;
  do
    n = read(fd, b.ptr, (size_t)b.len);
  while (n < 0 && errno == EINTR);
  int err = n < 0 ? errno : 0;
  set_int(slots, 0, n < 0 ? -1 : n);
  set_int(slots, 1, err);
}

/* func sysWrite(fd int, b []byte) (n int, errno int) */
static void os_sysWrite(G *g, uint64_t *slots) {
  int fd = (int)slot_int(slots, 0);
  GoSlice b = slot_slice(slots, 1);
  if (fd == 1 || fd == 2) {
    rt_write(fd, b.ptr, (size_t)b.len);
    set_int(slots, 0, b.len);
    set_int(slots, 1, 0);
    return;
  }
  rt_flush();
  intptr_t done = 0;
  int err = 0;
  while (done < b.len) {
    ssize_t w = write(fd, (uint8_t *)b.ptr + done, (size_t)(b.len - done));
    if (w < 0) {
      if (errno == EINTR)
        continue;
      err = errno;
      break;
    }
    done += w;
  }
  set_int(slots, 0, done);
  set_int(slots, 1, err);
}

/* func sysClose(fd int) int */
static void os_sysClose(G *g, uint64_t *slots) {
  int fd = (int)slot_int(slots, 0);
  if (fd == 1)
    rt_flush();
  /* no retry on EINTR: Linux has closed the fd anyway (Go does not retry) */
  set_int(slots, 0, errno_of(close(fd)));
}

/* func sysRemove(path string) int */
static void os_sysRemove(G *g, uint64_t *slots) {
  set_int(slots, 0, with_path(slot_string(slots, 0), op_remove, NULL));
}

/* func sysStat(path string, fd int, link bool)
**     (size int64, mode uint32, mtimeSec, mtimeNsec int64, errno int)
** An empty path with fd >= 0 is fstat(fd); os.Stat("") passes fd -1 and
** gets stat("")'s ENOENT, as in Go. */
static void os_sysStat(G *g, uint64_t *slots) {
  GoString path = slot_string(slots, 0);
  int fd = (int)slot_int(slots, 2);
  bool link = slot_bool(slots, 3);
  struct stat st;
  int err = path.len == 0 && fd >= 0
                ? errno_of(fstat(fd, &st))
                : with_path(path, link ? op_lstat : op_stat, &st);
  if (err != 0)
    memset(&st, 0, sizeof st);
  set_int(slots, 0, st.st_size);
  set_uint(slots, 1, (uint32_t)st.st_mode);
  set_int(slots, 2, st.st_mtim.tv_sec);
  set_int(slots, 3, st.st_mtim.tv_nsec);
  set_int(slots, 4, err);
}

/* func sysIsDir(path string) (isDir bool, errno int) */
static void os_sysIsDir(G *g, uint64_t *slots) {
  struct stat st;
  int err = with_path(slot_string(slots, 0), op_stat, &st);
  set_bool(slots, 0, err == 0 && S_ISDIR(st.st_mode));
  set_int(slots, 1, err);
}

/* $PWD if it is absolute and the same file as ".", else NULL */
static const char *pwd_if_current(void) {
  const char *pwd = getenv("PWD");
  struct stat dot, st;
  if (pwd == NULL || pwd[0] != '/' || stat(".", &dot) != 0 || stat(pwd, &st) != 0)
    return NULL;
  return dot.st_dev == st.st_dev && dot.st_ino == st.st_ino ? pwd : NULL;
}

/* func sysGetwd() (dir string, errno int) */
static void os_sysGetwd(G *g, uint64_t *slots) {
  const char *pwd = pwd_if_current();
  if (pwd) {
    set_string(slots, 0, rt_gostring(pwd));
    set_int(slots, 2, 0);
    return;
  }
  char *dir = getcwd(NULL, 0); /* glibc: allocated to fit */
  int err = dir ? 0 : errno;
  set_string(slots, 0, dir ? rt_gostring(dir) : (GoString){NULL, 0});
  set_int(slots, 2, err);
  free(dir);
}

/* func sysChdir(dir string) int */
static void os_sysChdir(G *g, uint64_t *slots) {
  set_int(slots, 0, with_path(slot_string(slots, 0), op_chdir, NULL));
}

/* func sysMkdir(path string, perm uint32) int */
static void os_sysMkdir(G *g, uint64_t *slots) {
  mode_t perm = (mode_t)slots[2];
  set_int(slots, 0, with_path(slot_string(slots, 0), op_mkdir, &perm));
}

static const NativeEntry entries[] = {
    {"sysChdir", os_sysChdir},
    {"sysClose", os_sysClose},
    {"sysGetwd", os_sysGetwd},
    {"sysIsDir", os_sysIsDir},
    {"sysMkdir", os_sysMkdir},
    {"sysOpen", os_sysOpen},
    {"sysRead", os_sysRead},
    {"sysRemove", os_sysRemove},
    {"sysStat", os_sysStat},
    {"sysWrite", os_sysWrite},
};
NATIVE_TABLE(rt_natives_os_file, "os", entries);
