/*
** ptrmap.c -- a hash map from pointers to pointers (open addressing with
** linear probing, power-of-two capacity, at most half full). The lowering
** keys everything it remembers by the address of a checker object or AST
** node, which never move.
*/
#include "lower.h"

static unsigned ptr_hash(const void *p) {
  uintptr_t x = (uintptr_t)p;
  return (unsigned)((x ^ (x >> 4)) * 0x9E3779B1u); /* pointers and small ints */
}

static void pm_grow(PtrMap *m) {
  int ncap = m->cap ? m->cap * 2 : 32;
  PtrMap n = {xcalloc((size_t)ncap, sizeof(void *)), xcalloc((size_t)ncap, sizeof(void *)),
              ncap, m->count};
  for (int i = 0; i < m->cap; i++) {
    if (!m->keys[i]) continue;
    unsigned h = ptr_hash(m->keys[i]) & (unsigned)(ncap - 1);
    while (n.keys[h]) h = (h + 1) & (unsigned)(ncap - 1);
    n.keys[h] = m->keys[i];
    n.vals[h] = m->vals[i];
  }
  free(m->keys);
  free(m->vals);
  *m = n;
}

void *pm_get(const PtrMap *m, const void *key) {
  if (!m->cap) return NULL;
  unsigned h = ptr_hash(key) & (unsigned)(m->cap - 1);
  for (; m->keys[h]; h = (h + 1) & (unsigned)(m->cap - 1))
    if (m->keys[h] == key) return m->vals[h];
  return NULL;
}

void pm_put(PtrMap *m, const void *key, void *val) {
  if (2 * (m->count + 1) > m->cap) pm_grow(m);
  unsigned h = ptr_hash(key) & (unsigned)(m->cap - 1);
  while (m->keys[h] && m->keys[h] != key) h = (h + 1) & (unsigned)(m->cap - 1);
  if (!m->keys[h]) m->count++;
  m->keys[h] = key;
  m->vals[h] = val;
}
