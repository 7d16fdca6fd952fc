/*
** exit_test.c -- the natives that end the process, each run in a child
** whose stdout and stderr are captured:
**  - os.sysExit(3): buffered stdout is flushed, status 3 (Go: os.Exit
**    runs no deferred calls but everything written so far is out);
**  - sync.throw / sync.fatal("sync: unlock of unlocked mutex"): stderr
**    starts "fatal error: sync: unlock of unlocked mutex", status 2, as Go
**    1.19 prints for an Unlock of an unlocked Mutex.
*/
#include "harness.h"

#include <sys/wait.h>
#include <unistd.h>

/* all of fd's bytes until EOF (the child writes in several pieces) */
static void read_all(int fd, char *buf, size_t cap) {
  size_t len = 0;
  ssize_t n;
  while (len < cap - 1 && (n = read(fd, buf + len, cap - 1 - len)) > 0)
    len += (size_t)n;
  buf[len] = 0;
  close(fd);
}

/* run native(slots) in a child after writing `before` to stdout through
** the runtime; capture both streams and the exit status */
static void run_child(const char *native, uint64_t *slots, const char *before, char *out,
                      char *err, size_t cap, int *status) {
  int po[2], pe[2];
  if (pipe(po) != 0 || pipe(pe) != 0)
    exit(1);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(po[1], 1);
    dup2(pe[1], 2);
    rt_write(1, before, strlen(before));
    call(native, slots);
    _exit(100); /* the native returned */
  }
  close(po[1]);
  close(pe[1]);
  read_all(po[0], out, cap); /* small outputs: neither pipe can fill */
  read_all(pe[0], err, cap);
  waitpid(pid, status, 0);
}

static void test_exit(void) {
  char out[256], err[256];
  int status;
  uint64_t s[1] = {3};
  run_child("os.sysExit", s, "buffered\n", out, err, sizeof out, &status);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 3);
  CHECK(strcmp(out, "buffered\n") == 0);
  CHECK(err[0] == 0);
}

static void test_throw(const char *native) {
  char out[256], err[256];
  int status;
  uint64_t s[2];
  put_string(s, 0, gostr("sync: unlock of unlocked mutex"));
  run_child(native, s, "before\n", out, err, sizeof out, &status);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 2);
  CHECK(strcmp(out, "before\n") == 0);
  CHECK(strncmp(err, "fatal error: sync: unlock of unlocked mutex\n", 44) == 0);
}

int main(void) {
  register_types();
  test_exit();
  test_throw("sync.throw");
  test_throw("sync.fatal");
  return failures != 0;
}
