/*
** alg.c -- type algorithms: Go's == and the hash that maps use, for any
** comparable type, driven by the type descriptor (Go's alg.go: typehash,
** efaceeq, ifaceeq, and the equal functions the compiler generates).
**
** Equality follows the spec, field by field:
**  - integers, pointers, chans, bools: bit equality;
**  - floats: IEEE equality, so +0 == -0 and NaN != NaN (not bitwise);
**  - strings: same length and bytes;
**  - arrays and structs: element by element, skipping blank (_) fields;
**  - interfaces: same dynamic type (type words, or itabs, which are
**    canonical per (interface, type) pair) and equal values. Only here can
**    an uncomparable type (slice, map, func, or a struct/array holding
**    one) meet ==, and Go panics at run time:
**    "runtime error: comparing uncomparable type []int".
** TFLAG_REGMEM marks types whose == is a plain memcmp (no floats, strings,
** interfaces, padding or blank fields): the fast path for ints, pointers
** and structs of them.
**
** Hashing must agree with equality (a == b implies hash(a) == hash(b)):
**  - memory of REGMEM types is hashed as one block with XXH3
**    (XXH3_64bits_withSeed, libxxhash), seeded with the map's seed mixed
**    with rt_hashseed, a per-process random value set at start-up (Go's
**    alginit), so hash values, hence bucket layouts and collisions, differ
**    between runs and cannot be precomputed by an attacker;
**  - floats hash by value: +0 and -0 hash alike; each NaN hashes to a
**    fresh random value, so NaN keys never collide into one entry (Go's
**    f64hash), which is why m[NaN] = 1 twice makes two entries;
**  - strings hash their bytes; arrays/structs chain the hash through the
**    elements / non-blank fields (each element's hash seeds the next);
**  - interfaces hash the dynamic type's hash and the value; a dynamic
**    type that is not comparable panics
**    "runtime error: hash of unhashable type []int".
*/
#include "malloc.h"
#include "rand.h"
#include "type.h"

#include <stdio.h>
#include <string.h>
#define XXH_INLINE_ALL /* the hash of a small key is a few inlined instructions */
#include <xxhash.h>

uint64_t rt_hashseed;

__attribute__((constructor)) static void alginit(void) {
  getRandomData(&rt_hashseed, sizeof rt_hashseed);
}

/* panictype: panic errorString(what + t's name) */
_Noreturn static void panictype(const char *what, const RType *t) {
  size_t n = strlen(what) + strlen(t->str) + 1;
  char *msg = mallocgc(n, NULL, false);
  snprintf(msg, n, "%s%s", what, t->str);
  rt_panic_error_string(msg);
}

/* ---- equality ---- */

/* efaceeq: x and y are the data words of two interfaces of dynamic type t */
static bool efaceeq(const RType *t, void *x, void *y) {
  if (!(t->tflag & TFLAG_COMPARABLE))
    panictype("comparing uncomparable type ", t);
  if (t->kind & KIND_DIRECT_IFACE) /* the data words are the values */
    return x == y;
  return rt_equal(t, x, y);
}

bool rt_efaceeq(Eface a, Eface b) {
  if (a.type != b.type)
    return false;
  return a.type == NULL || efaceeq(a.type, a.data, b.data);
}

bool rt_ifaceeq(Iface a, Iface b) {
  if (a.tab != b.tab)
    return false;
  return a.tab == NULL || efaceeq(a.tab->type, a.data, b.data);
}

/* memequal: bitwise equality, with the common key sizes as single loads */
static bool memequal(const void *a, const void *b, uintptr_t size) {
  switch (size) {
  case 8: {
    uint64_t x, y; /* memcpy: a [8]byte key may be unaligned */
    memcpy(&x, a, 8), memcpy(&y, b, 8);
    return x == y;
  }
  case 4: {
    uint32_t x, y;
    memcpy(&x, a, 4), memcpy(&y, b, 4);
    return x == y;
  }
  default:
    return memcmp(a, b, size) == 0;
  }
}

bool rt_equal(const RType *t, const void *a, const void *b) {
  if (t->tflag & TFLAG_REGMEM)
    return memequal(a, b, t->size);
  switch (t->kind & KIND_MASK) {
  case KIND_FLOAT32:
    return *(const float *)a == *(const float *)b;
  case KIND_FLOAT64:
    return *(const double *)a == *(const double *)b;
  case KIND_STRING:
    return rt_eqstring(*(const GoString *)a, *(const GoString *)b);
  case KIND_INTERFACE:
    if (t->nimethods == 0)
      return rt_efaceeq(*(const Eface *)a, *(const Eface *)b);
    return rt_ifaceeq(*(const Iface *)a, *(const Iface *)b);
  case KIND_ARRAY:
    for (uintptr_t i = 0; i < t->len; i++) {
      uintptr_t off = i * t->elem->size;
      if (!rt_equal(t->elem, (const uint8_t *)a + off, (const uint8_t *)b + off))
        return false;
    }
    return true;
  case KIND_STRUCT:
    for (int i = 0; i < t->nfields; i++) {
      const StructField *f = &t->fields[i];
      if (!isBlankField(f) &&
          !rt_equal(f->typ, (const uint8_t *)a + f->offset, (const uint8_t *)b + f->offset))
        return false;
    }
    return true;
  case KIND_FUNC:
  case KIND_MAP:
  case KIND_SLICE:
    panictype("comparing uncomparable type ", t);
  default: /* bool, integers, pointers, chans: bits (when REGMEM is unset) */
    return memequal(a, b, t->size);
  }
}

/* ---- hashing ---- */

static uint64_t memhash(const void *p, size_t n, uint64_t h) {
  return XXH3_64bits_withSeed(p, n, h ^ rt_hashseed);
}

static uint64_t f64hash(double f, uint64_t h) {
  if (f == 0)
    f = 0; /* -0 hashes as +0 */
  else if (f != f) {
    uint64_t r = fastrand64(); /* any NaN: a hash nothing else shares */
    return memhash(&r, sizeof r, h);
  }
  return memhash(&f, sizeof f, h);
}

/* interhash: an interface's dynamic type t and data word */
static uint64_t interhash(const RType *t, void *data, uint64_t h) {
  if (t == NULL)
    return h;
  if (!(t->tflag & TFLAG_COMPARABLE))
    panictype("hash of unhashable type ", t);
  h ^= t->hash;
  if (t->kind & KIND_DIRECT_IFACE)
    return rt_typehash(t, &data, h);
  return rt_typehash(t, data, h);
}

uint64_t rt_typehash(const RType *t, const void *p, uint64_t h) {
  if (t->tflag & TFLAG_REGMEM)
    return memhash(p, t->size, h);
  switch (t->kind & KIND_MASK) {
  case KIND_FLOAT32:
    return f64hash(*(const float *)p, h);
  case KIND_FLOAT64:
    return f64hash(*(const double *)p, h);
  case KIND_STRING: {
    const GoString *s = p;
    return memhash(s->ptr, (size_t)s->len, h);
  }
  case KIND_INTERFACE:
    if (t->nimethods == 0) {
      const Eface *e = p;
      return interhash(e->type, e->data, h);
    } else {
      const Iface *i = p;
      return interhash(i->tab ? i->tab->type : NULL, i->data, h);
    }
  case KIND_ARRAY:
    for (uintptr_t i = 0; i < t->len; i++)
      h = rt_typehash(t->elem, (const uint8_t *)p + i * t->elem->size, h);
    return h;
  case KIND_STRUCT:
    for (int i = 0; i < t->nfields; i++)
      if (!isBlankField(&t->fields[i]))
        h = rt_typehash(t->fields[i].typ, (const uint8_t *)p + t->fields[i].offset, h);
    return h;
  case KIND_FUNC:
  case KIND_MAP:
  case KIND_SLICE:
    panictype("hash of unhashable type ", t);
  default: /* bool, integers, pointers, chans whose REGMEM flag is unset */
    return memhash(p, t->size, h);
  }
}
