/*
** mem.c -- checked allocation and arenas.
**
** An Arena is a chain of chunks; allocation bumps a pointer in the newest chunk
** and opens a new chunk (at least as big as the request) when it is full.
** Nothing is freed one by one: a compilation's AST and types die together.
*/
#include "base.h"

#include <stdlib.h>
#include <string.h>

enum { ARENA_CHUNK = 64 * 1024, ARENA_ALIGN = 16 };

typedef struct Chunk {
  struct Chunk *next;
  size_t used, size;
  _Alignas(16) unsigned char data[];
} Chunk;

struct Arena {
  Chunk *head;
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

static Chunk *chunk_new(size_t min) {
  size_t size = min > ARENA_CHUNK ? min : ARENA_CHUNK;
  Chunk *c = xmalloc(sizeof(Chunk) + size);
  c->next = NULL;
  c->used = 0;
  c->size = size;
  return c;
}

void *arena_alloc(Arena *a, size_t n) {
  n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  Chunk *c = a->head;
  if (!c || c->size - c->used < n) {
    c = chunk_new(n);
    c->next = a->head;
    a->head = c;
  }
  void *p = c->data + c->used;
  c->used += n;
  memset(p, 0, n);
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
    free(c);
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
