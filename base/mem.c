/*
** mem.c -- checked allocation and arenas.
**
** An Arena is a chain of chunks; allocation bumps a pointer in the newest chunk
** and opens a new chunk (at least as big as the request) when it is full.
** Nothing is freed one by one: a compilation's AST and types die together.
**
** Chunks come straight from mmap and double in size from 64 KiB to 4 MiB:
** a small file (most stdlib files) costs little, while a big file's AST, tens
** of MB, sits in chunks advised as huge pages, because faulting it in 4 KiB
** pages cost a third of the front end's time. mmap'd memory is already zero,
** so arena_alloc need not clear it (chunks are never reused).
*/
#include "base.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum {
  ARENA_FIRST_CHUNK = 64 * 1024,
  ARENA_MAX_CHUNK = 4 * 1024 * 1024,
  HUGE_PAGE = 2 * 1024 * 1024,
  ARENA_ALIGN = 16
};

typedef struct Chunk {
  struct Chunk *next;
  size_t used, size;
  _Alignas(16) unsigned char data[];
} Chunk;

struct Arena {
  Chunk *head;
  size_t next_size; /* bytes of the next chunk, header included */
};

static _Noreturn void out_of_memory(size_t n) {
  fprintf(stderr, "fatal error: out of memory allocating %zu bytes\n", n);
  abort();
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) out_of_memory(n);
  return p;
}

void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) out_of_memory(n * size);
  return p;
}

void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) out_of_memory(n);
  return q;
}

char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

Arena *arena_new(void) { return xcalloc(1, sizeof(Arena)); }

static size_t chunk_bytes(const Chunk *c) { return sizeof(Chunk) + c->size; }

static Chunk *chunk_new(Arena *a, size_t min) {
  size_t bytes = a->next_size ? a->next_size : ARENA_FIRST_CHUNK;
  if (bytes < ARENA_MAX_CHUNK) a->next_size = bytes * 2;
  if (bytes - sizeof(Chunk) < min) bytes = sizeof(Chunk) + min;
  void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) out_of_memory(bytes);
#ifdef MADV_HUGEPAGE
  if (bytes >= HUGE_PAGE) madvise(p, bytes, MADV_HUGEPAGE);
#endif
  Chunk *c = p;
  c->size = bytes - sizeof(Chunk);
  return c;
}

void *arena_alloc(Arena *a, size_t n) {
  n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  Chunk *c = a->head;
  if (!c || c->size - c->used < n) {
    c = chunk_new(a, n);
    c->next = a->head;
    a->head = c;
  }
  void *p = c->data + c->used;
  c->used += n;
  return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

void arena_free(Arena *a) {
  if (!a) return;
  for (Chunk *c = a->head, *next; c; c = next) {
    next = c->next;
    munmap(c, chunk_bytes(c));
  }
  free(a);
}

_Noreturn void base_fatal(const char *fn, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "fatal error: %s: ", fn);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  abort();
}
