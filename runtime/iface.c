/*
** iface.c -- interface values: itabs, conversion to interfaces (convT,
** convI) and type assertions (Go's iface.go).
**
** An interface value is two words. For interface{} (Eface) they are the
** dynamic type and the data word; for a non-empty interface (Iface) the
** first word is an itab: the (interface, concrete type) pair plus the
** concrete type's code for each of the interface's methods, in the
** interface's method order, so a method call is one indexed load.
**
** The data word (KIND_DIRECT_IFACE): a pointer-shaped value is stored in
** the word itself; any other value is boxed in a fresh heap copy (convT),
** so an interface never aliases the variable it was made from.
**
** itabTable: every itab is built once and kept in a global open-addressing
** hash table keyed by (inter, type) -- hash inter->hash ^ type->hash,
** quadratic probing, doubled when 3/4 full -- so conversions and
** assertions to the same pair share one itab, and itab pointers can be
** compared for identity (ifaceeq relies on it). As in Go:
**  - a lookup reads the table without a lock (the table pointer and its
**    entries are published with release stores); an insertion takes
**    itabLock, looks again, and grows by building a new table (the old
**    one is left to readers still using it; it is never freed);
**  - a pair whose type LACKS a method is cached too, with fun[0] == NULL,
**    so repeated failing assertions x.(I) are as cheap as succeeding ones.
**
** Method matching (itab_init): both method lists are sorted by name (then
** package path), so one forward scan of the type's methods finds each
** interface method: same name, same package path for unexported names,
** and an identical signature (RTypes are canonical: pointer equality).
*/
#include "malloc.h"
#include "type.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

enum { itabInitSize = 512 };

typedef struct ItabTable {
  uintptr_t size;  /* length of entries, a power of 2 */
  uintptr_t count; /* number of entries filled */
  _Atomic(Itab *) entries[];
} ItabTable;

static _Atomic(ItabTable *) itabTable;
static pthread_mutex_t itabLock = PTHREAD_MUTEX_INITIALIZER;

static uintptr_t itabHashFunc(const RType *inter, const RType *typ) {
  return inter->hash ^ typ->hash;
}

static ItabTable *newItabTable(uintptr_t size) {
  ItabTable *t = mallocgc(sizeof(ItabTable) + size * sizeof(Itab *), NULL, true);
  t->size = size;
  return t;
}

/* find: the itab of (inter, typ) in t, or NULL */
static Itab *itabTable_find(ItabTable *t, const RType *inter, const RType *typ) {
  uintptr_t mask = t->size - 1;
  uintptr_t h = itabHashFunc(inter, typ) & mask;
  for (uintptr_t i = 1;; i++) {
    Itab *m = atomic_load_explicit(&t->entries[h], memory_order_acquire);
    if (m == NULL)
      return NULL;
    if (m->inter == inter && m->type == typ)
      return m;
    h = (h + i) & mask;
  }
}

/* add: put m into t, which has room (caller holds itabLock) */
static void itabTable_add(ItabTable *t, Itab *m) {
  uintptr_t mask = t->size - 1;
  uintptr_t h = itabHashFunc(m->inter, m->type) & mask;
  for (uintptr_t i = 1;; i++) {
    Itab *p = atomic_load_explicit(&t->entries[h], memory_order_relaxed);
    if (p == m)
      return;
    if (p == NULL) {
      atomic_store_explicit(&t->entries[h], m, memory_order_release);
      t->count++;
      return;
    }
    h = (h + i) & mask;
  }
}

/* itabAdd: insert m, growing the table at 75% load (caller holds itabLock) */
static void itabAdd(Itab *m) {
  ItabTable *t = atomic_load_explicit(&itabTable, memory_order_relaxed);
  if (t == NULL) {
    t = newItabTable(itabInitSize);
    atomic_store_explicit(&itabTable, t, memory_order_release);
  }
  if (t->count >= 3 * (t->size / 4)) {
    ItabTable *t2 = newItabTable(t->size * 2);
    for (uintptr_t i = 0; i < t->size; i++) {
      Itab *p = atomic_load_explicit(&t->entries[i], memory_order_relaxed);
      if (p)
        itabTable_add(t2, p);
    }
    atomic_store_explicit(&itabTable, t2, memory_order_release);
    t = t2;
  }
  itabTable_add(t, m);
}

/* itab_init: fill fun (when non-NULL) with typ's code for each of inter's
** methods; returns the name of the first missing method, or NULL. */
static const char *itab_init(const RType *inter, const RType *typ, void **fun) {
  int j = 0;
  for (int k = 0; k < inter->nimethods; k++) {
    const IMethod *im = &inter->imethods[k];
    for (; j < typ->nmethods; j++) {
      const Method *tm = &typ->methods[j];
      if (tm->mtyp == im->mtyp && strcmp(tm->name, im->name) == 0 &&
          pkgpatheq(tm->pkgpath, im->pkgpath))
        break;
    }
    if (j == typ->nmethods)
      return im->name;
    if (fun)
      fun[k] = typ->methods[j].ifn;
    j++;
  }
  return NULL;
}

Itab *rt_getitab(const RType *inter, const RType *typ, bool canfail) {
  if (inter->nimethods == 0)
    rt_throw("internal error - misuse of itab");
  Itab *m = NULL;
  ItabTable *t = atomic_load_explicit(&itabTable, memory_order_acquire);
  if (t)
    m = itabTable_find(t, inter, typ);
  if (m == NULL) {
    pthread_mutex_lock(&itabLock);
    t = atomic_load_explicit(&itabTable, memory_order_relaxed);
    if (t)
      m = itabTable_find(t, inter, typ);
    if (m == NULL) {
      m = mallocgc(sizeof(Itab) + (size_t)inter->nimethods * sizeof(void *), NULL, true);
      m->inter = inter;
      m->type = typ;
      m->hash = typ->hash;
      if (itab_init(inter, typ, m->fun) != NULL)
        m->fun[0] = NULL; /* cache the failure too */
      itabAdd(m);
    }
    pthread_mutex_unlock(&itabLock);
  }
  if (m->fun[0] != NULL)
    return m;
  if (canfail)
    return NULL;
  rt_panic_typeassert(NULL, typ, inter, itab_init(inter, typ, NULL));
}

Eface rt_convT(const RType *t, const void *v) {
  Eface e = {t, NULL};
  if (t->kind & KIND_DIRECT_IFACE) {
    memcpy(&e.data, v, sizeof e.data);
    return e;
  }
  e.data = mallocgc(t->size, t, false);
  memcpy(e.data, v, t->size);
  return e;
}

Iface rt_convI(const RType *inter, const RType *t, const void *v) {
  Iface i = {rt_getitab(inter, t, false), rt_convT(t, v).data};
  return i;
}

/* x.(I) for an interface type I. For I == interface{} the result is an
** Eface, written over *out (the two layouts are the same two words). */
bool rt_assertE2I(const RType *inter, Eface e, Iface *out, bool canfail) {
  memset(out, 0, sizeof *out);
  if (e.type == NULL) {
    if (canfail)
      return false;
    rt_panic_typeassert(NULL, NULL, inter, NULL);
  }
  if (inter->nimethods == 0) {
    memcpy(out, &e, sizeof e);
    return true;
  }
  Itab *tab = rt_getitab(inter, e.type, canfail);
  if (tab == NULL)
    return false;
  out->tab = tab;
  out->data = e.data;
  return true;
}

/* x.(T) for a concrete type T: the dynamic type must be T itself */
bool rt_assertE2T(const RType *t, const RType *inter_static, Eface e, void *out, bool canfail) {
  if (e.type == t) {
    memcpy(out, (t->kind & KIND_DIRECT_IFACE) ? (const void *)&e.data : e.data, t->size);
    return true;
  }
  if (!canfail)
    rt_panic_typeassert(inter_static, e.type, t, NULL);
  memset(out, 0, t->size);
  return false;
}
