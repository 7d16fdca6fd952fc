/*
** reflectlite_type.c -- the natives of internal/reflectlite that inspect
** type descriptors (stdlib/internal/reflectlite/type.go).
**
** A reflectlite.Type is a uintptr holding a `const RType *` (0: no type).
** Descriptors are emitted by the back end, one per type and never freed,
** so the handle is stable and two handles are equal exactly when the types
** are identical. Everything here is a read of the descriptor:
**  - typeString is RType.str, which the compiler spells as reflect does
**    (ir_type_string); the Go string points into the descriptor, no copy;
**  - typeField's name of an embedded field is already the type's name
**    without package or '*' (StructField.name);
**  - typeImplements: for a concrete t, the runtime's itab builder decides
**    (rt_getitab, the rule `x.(I)` uses); for an interface t, every method
**    of iface must be one of t's (same name, package for unexported names,
**    and signature: identical types share one descriptor).
** The Go side checks kinds before calling (Type.Elem...), except for
** indexes: typeField panics as reflect does for an index out of range.
*/
#include "natives.h"

#include <stdio.h>

static const RType *slot_type(const uint64_t *slots, int i) {
  return (const RType *)(uintptr_t)slots[i];
}

static Kind kind_of(const RType *t) { return t ? (Kind)(t->kind & KIND_MASK) : KIND_INVALID; }

/* panic("reflect: <what> " + t.String()), as reflect words misuse */
static _Noreturn void panic_type(const char *what, const RType *t) {
  const char *s = t ? t->str : "<nil>";
  size_t n = strlen(what) + strlen(s) + 2;
  char *msg = malloc(n);
  if (msg == NULL)
    rt_throw("out of memory");
  snprintf(msg, n, "%s %s", what, s);
  rt_panic_string(msg);
}

/* func typeOf(i interface{}) Type */
static void rl_typeOf(G *g, uint64_t *slots) {
  set_ptr(slots, 0, slot_eface(slots, 0).type);
}

/* func typeKind(t Type) Kind */
static void rl_typeKind(G *g, uint64_t *slots) {
  set_uint(slots, 0, kind_of(slot_type(slots, 0)));
}

/* func typeString(t Type) string */
static void rl_typeString(G *g, uint64_t *slots) {
  const RType *t = slot_type(slots, 0);
  GoString s = {(const uint8_t *)t->str, (intptr_t)strlen(t->str)};
  set_string(slots, 0, s);
}

/* func typeElem(t Type) Type */
static void rl_typeElem(G *g, uint64_t *slots) {
  const RType *t = slot_type(slots, 0);
  switch (kind_of(t)) {
  case KIND_ARRAY: case KIND_CHAN: case KIND_MAP: case KIND_POINTER: case KIND_SLICE:
    set_ptr(slots, 0, t->elem);
    return;
  default:
    panic_type("reflect: Elem of invalid type", t);
  }
}

/* func typeKey(t Type) Type */
static void rl_typeKey(G *g, uint64_t *slots) {
  const RType *t = slot_type(slots, 0);
  if (kind_of(t) != KIND_MAP)
    panic_type("reflect: Key of non-map type", t);
  set_ptr(slots, 0, t->key);
}

/* func typeLen(t Type) int */
static void rl_typeLen(G *g, uint64_t *slots) {
  const RType *t = slot_type(slots, 0);
  if (kind_of(t) != KIND_ARRAY)
    panic_type("reflect: Len of non-array type", t);
  set_int(slots, 0, (int64_t)t->len);
}

/* func typeNumField(t Type) int */
static void rl_typeNumField(G *g, uint64_t *slots) {
  const RType *t = slot_type(slots, 0);
  if (kind_of(t) != KIND_STRUCT)
    panic_type("reflect: NumField of non-struct type", t);
  set_int(slots, 0, t->nfields);
}

/* func typeField(t Type, i int) (name string, typ Type, embedded bool) */
static void rl_typeField(G *g, uint64_t *slots) {
  const RType *t = slot_type(slots, 0);
  int64_t i = slot_int(slots, 1);
  if (kind_of(t) != KIND_STRUCT)
    panic_type("reflect: Field of non-struct type", t);
  if (i < 0 || i >= t->nfields)
    rt_panic_string("reflect: Field index out of bounds");
  const StructField *f = &t->fields[i];
  GoString name = {(const uint8_t *)f->name, (intptr_t)strlen(f->name)};
  set_string(slots, 0, name);
  set_ptr(slots, 2, f->typ);
  set_bool(slots, 3, f->embedded);
}

static bool same_pkgpath(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

/* t (an interface type) has every method of iface */
static bool interface_covers(const RType *t, const RType *iface) {
  for (int i = 0; i < iface->nimethods; i++) {
    const IMethod *want = &iface->imethods[i];
    bool found = false;
    for (int j = 0; j < t->nimethods && !found; j++) {
      const IMethod *m = &t->imethods[j];
      found = strcmp(m->name, want->name) == 0 && same_pkgpath(m->pkgpath, want->pkgpath) &&
              m->mtyp == want->mtyp;
    }
    if (!found)
      return false;
  }
  return true;
}

/* func typeImplements(t, iface Type) bool */
static void rl_typeImplements(G *g, uint64_t *slots) {
  const RType *t = slot_type(slots, 0), *iface = slot_type(slots, 1);
  if (kind_of(iface) != KIND_INTERFACE)
    rt_panic_string("reflect: non-interface type passed to Type.Implements");
  bool ok;
  if (iface->nimethods == 0)
    ok = true;
  else if (kind_of(t) == KIND_INTERFACE)
    ok = interface_covers(t, iface);
  else
    ok = rt_getitab(iface, t, true) != NULL;
  set_bool(slots, 0, ok);
}

/* func typeComparable(t Type) bool */
static void rl_typeComparable(G *g, uint64_t *slots) {
  set_bool(slots, 0, (slot_type(slots, 0)->tflag & TFLAG_COMPARABLE) != 0);
}

static const NativeEntry entries[] = {
    {"typeComparable", rl_typeComparable},
    {"typeElem", rl_typeElem},
    {"typeField", rl_typeField},
    {"typeImplements", rl_typeImplements},
    {"typeKey", rl_typeKey},
    {"typeKind", rl_typeKind},
    {"typeLen", rl_typeLen},
    {"typeNumField", rl_typeNumField},
    {"typeOf", rl_typeOf},
    {"typeString", rl_typeString},
};
NATIVE_TABLE(rt_natives_reflectlite_type, "internal/reflectlite", entries);
