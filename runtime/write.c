/*
** write.c -- program output.
**
** Go's os.Stdout and os.Stderr writes are unbuffered system calls, so the
** order in which a program's stdout and stderr bytes appear is the order of
** its writes. subgo buffers stdout for speed and keeps that order anyway:
**  - stdout bytes collect in one buffer, flushed when it fills, before any
**    write to another fd, and at exit (rt_exit, or return from main);
**  - every other fd is written through at once.
** So a panic message on stderr comes after everything printed before it,
** exactly as under Go, even when both go to one pipe or file.
*/
#include "runtime.h"

#include <errno.h>
#include <stdlib.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

enum { OUTBUF_SIZE = 64 * 1024 };

/* the buffer is shared by every M: outlock orders the writes */
static pthread_mutex_t outlock = PTHREAD_MUTEX_INITIALIZER;
static struct {
  uint8_t buf[OUTBUF_SIZE];
  size_t len;
} outbuf;

/* write_all loops until every byte is written (EINTR retried); a broken
** pipe or full disk loses the rest, as Go's os.Stdout does. */
static void write_all(int fd, const uint8_t *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    p += w;
    n -= (size_t)w;
  }
}

static void flush_locked(void) {
  write_all(1, outbuf.buf, outbuf.len);
  outbuf.len = 0;
}

void rt_flush(void) {
  pthread_mutex_lock(&outlock);
  flush_locked();
  pthread_mutex_unlock(&outlock);
}

static void write_locked(int fd, const void *p, size_t n) {
  if (fd != 1) {
    flush_locked();
    write_all(fd, p, n);
    return;
  }
  if (outbuf.len + n > OUTBUF_SIZE) {
    flush_locked();
    if (n > OUTBUF_SIZE) {
      write_all(1, p, n);
      return;
    }
  }
  memcpy(outbuf.buf + outbuf.len, p, n);
  outbuf.len += n;
}

void rt_write(int fd, const void *p, size_t n) {
  if (n == 0) /* Write(nil): p may be NULL, and there is nothing to order */
    return;
  pthread_mutex_lock(&outlock);
  write_locked(fd, p, n);
  pthread_mutex_unlock(&outlock);
}

/* the lock is kept: no other M writes after the last flush */
_Noreturn void rt_exit(int code) {
  pthread_mutex_lock(&outlock);
  flush_locked();
  _exit(code);
}
