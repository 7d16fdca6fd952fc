/*
** reflectlite_value.c -- the natives of internal/reflectlite that read and
** write values (stdlib/internal/reflectlite/value.go).
**
** A value arrives as an interface{} x whose dynamic type is the value's
** type. Where its bytes are follows Go's interface rule (runtime.h): for a
** direct-interface type (pointer-shaped) the data word is the value, so the
** bytes are the word itself; otherwise the data word points at a boxed
** copy. value_addr gives the address of the bytes either way.
**
** Boxing rule (docs/stdlib.md): an element, field or pointee is returned as
** Go's `interface{}(e)` would be: a non-interface element is boxed by its
** type (rt_convT: a fresh copy, so later writes to the container do not
** show through); an element of interface type is returned as its dynamic
** value (an Iface loses its itab, keeping the dynamic type), nil for nil.
**
** Stores (valueSwap, valueStore) copy whole values with store_value; the
** collector (issue 6) will need its write barrier there.
**
** Channels have no runtime representation before issue 5, so valueLen of a
** Chan throws rather than guess at a layout.
*/
#include "natives.h"

/* interface{}'s layout, as the allocation type of the []interface{} that
** valueMapEntries returns: two pointer words. Only the allocator sees it
** (each element is boxed with its own type), so it need not be the
** program's own interface{} descriptor. */
static const uint8_t eface_gcdata[] = {0x3};
static const RType eface_type = {
    .size = sizeof(Eface), .ptrdata = sizeof(Eface), .tflag = TFLAG_COMPARABLE,
    .align = 8, .kind = KIND_INTERFACE, .gcdata = eface_gcdata,
    .str = "interface {}",
};

static Kind kind_of(const RType *t) { return (Kind)(t->kind & KIND_MASK); }

/* the address of x's value bytes (x.type != NULL) */
static const void *value_addr(const Eface *x) {
  return (x->type->kind & KIND_DIRECT_IFACE) ? (const void *)&x->data : x->data;
}

/* the pointer word of a pointer-shaped value (Pointer, Map, Chan, Func...) */
static void *value_word(const Eface *x) { return *(void *const *)value_addr(x); }

/* interface{}(v) for the value of type t at p */
static Eface box(const RType *t, const void *p) {
  if (kind_of(t) != KIND_INTERFACE)
    return rt_convT(t, p);
  if (t->nimethods == 0)
    return *(const Eface *)p;
  return rt_iface_to_eface(*(const Iface *)p);
}

/* *dst = *src for a value of type t (typedmemmove) */
static void store_value(const RType *t, void *dst, const void *src) {
  memmove(dst, src, t->size);
}

/* the element of type t->elem at index i of an Array or Slice value */
static const void *element_addr(const Eface *x, int64_t i) {
  const RType *t = x->type;
  const uint8_t *base = value_addr(x);
  if (kind_of(t) == KIND_SLICE)
    base = ((const GoSlice *)base)->ptr;
  return base + (uintptr_t)i * t->elem->size;
}

/* func valueLen(x interface{}) int */
static void rl_valueLen(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  const void *p = value_addr(&x);
  int64_t n;
  switch (kind_of(x.type)) {
  case KIND_STRING: n = ((const GoString *)p)->len; break;
  case KIND_SLICE: n = ((const GoSlice *)p)->len; break;
  case KIND_ARRAY: n = (int64_t)x.type->len; break;
  case KIND_MAP: n = rt_maplen(value_word(&x)); break;
  case KIND_CHAN: rt_throw("reflectlite: len of a channel needs the scheduler (issue 5)");
  default: rt_throw("reflectlite: valueLen of a kind without length");
  }
  set_int(slots, 0, n);
}

/* func valueIndex(x interface{}, i int) interface{} */
static void rl_valueIndex(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  int64_t i = slot_int(slots, 2);
  set_eface(slots, 0, box(x.type->elem, element_addr(&x, i)));
}

/* func valueField(x interface{}, i int) interface{} */
static void rl_valueField(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  const StructField *f = &x.type->fields[slot_int(slots, 2)];
  set_eface(slots, 0, box(f->typ, (const uint8_t *)value_addr(&x) + f->offset));
}

/* func valueElem(x interface{}) interface{} */
static void rl_valueElem(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  void *p = value_word(&x);
  if (p == NULL)
    rt_panic_nilderef();
  set_eface(slots, 0, box(x.type->elem, p));
}

/* func valueIsNil(x interface{}) bool */
static void rl_valueIsNil(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  const void *p = kind_of(x.type) == KIND_SLICE ? ((const GoSlice *)value_addr(&x))->ptr
                                                 : value_word(&x);
  set_bool(slots, 0, p == NULL);
}

/* func valuePointer(x interface{}) uintptr
** A Slice gives its data pointer; a Func, as in reflect, its code pointer
** (the closure's fn), not the closure. */
static void rl_valuePointer(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  const void *p;
  switch (kind_of(x.type)) {
  case KIND_SLICE: p = ((const GoSlice *)value_addr(&x))->ptr; break;
  case KIND_FUNC: {
    const Closure *c = value_word(&x);
    p = c ? c->fn : NULL;
    break;
  }
  default: p = value_word(&x);
  }
  set_ptr(slots, 0, p);
}

/* func valueInt(x interface{}) int64 */
static void rl_valueInt(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  const void *p = value_addr(&x);
  int64_t v;
  switch (kind_of(x.type)) {
  case KIND_INT8: v = *(const int8_t *)p; break;
  case KIND_INT16: v = *(const int16_t *)p; break;
  case KIND_INT32: v = *(const int32_t *)p; break;
  case KIND_INT: case KIND_INT64: v = *(const int64_t *)p; break;
  default: rt_throw("reflectlite: valueInt of a non-signed kind");
  }
  set_int(slots, 0, v);
}

/* func valueUint(x interface{}) uint64 */
static void rl_valueUint(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  const void *p = value_addr(&x);
  uint64_t v;
  switch (kind_of(x.type)) {
  case KIND_UINT8: v = *(const uint8_t *)p; break;
  case KIND_UINT16: v = *(const uint16_t *)p; break;
  case KIND_UINT32: v = *(const uint32_t *)p; break;
  case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR: v = *(const uint64_t *)p; break;
  default: rt_throw("reflectlite: valueUint of a non-unsigned kind");
  }
  set_uint(slots, 0, v);
}

/* func valueFloat(x interface{}) float64 */
static void rl_valueFloat(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  const void *p = value_addr(&x);
  double v;
  switch (kind_of(x.type)) {
  case KIND_FLOAT32: v = *(const float *)p; break;
  case KIND_FLOAT64: v = *(const double *)p; break;
  default: rt_throw("reflectlite: valueFloat of a non-float kind");
  }
  set_float64(slots, 0, v);
}

/* func valueBool(x interface{}) bool */
static void rl_valueBool(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  set_bool(slots, 0, *(const uint8_t *)value_addr(&x) != 0);
}

/* func valueString(x interface{}) string */
static void rl_valueString(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  set_string(slots, 0, *(const GoString *)value_addr(&x));
}

/* func valueMapEntries(x interface{}) (keys, elems []interface{}) */
static void rl_valueMapEntries(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  const RType *mt = x.type;
  HMap *h = value_word(&x);
  intptr_t n = rt_maplen(h);
  GoSlice keys = rt_makeslice(&eface_type, n, n), elems = rt_makeslice(&eface_type, n, n);
  Eface *k = keys.ptr, *e = elems.ptr;
  uint64_t it[(rt_hiter_size + 7) / 8]; /* HIter's storage, word aligned */
  HIter *hi = (HIter *)it;
  intptr_t i = 0;
  for (rt_mapiterinit(mt, h, hi); rt_hiter_key(hi) != NULL; rt_mapiternext(hi), i++) {
    if (i == n)
      rt_throw("reflectlite: map changed while its entries were read");
    k[i] = box(mt->key, rt_hiter_key(hi));
    e[i] = box(mt->elem, rt_hiter_elem(hi));
  }
  if (i != n)
    rt_throw("reflectlite: map changed while its entries were read");
  set_slice(slots, 0, keys);
  set_slice(slots, 3, elems);
}

/* func valueSwap(x interface{}, i, j int) */
static void rl_valueSwap(G *g, uint64_t *slots) {
  Eface x = slot_eface(slots, 0);
  int64_t i = slot_int(slots, 2), j = slot_int(slots, 3);
  const RType *et = x.type->elem;
  uint8_t *a = (uint8_t *)element_addr(&x, i), *b = (uint8_t *)element_addr(&x, j);
  if (a == b)
    return;
  uint64_t small[32]; /* most elements fit; bigger ones get a heap temporary */
  void *tmp = et->size <= sizeof small ? small : mallocgc(et->size, et, false);
  store_value(et, tmp, a);
  store_value(et, a, b);
  store_value(et, b, tmp);
}

/* func valueStore(p interface{}, v interface{}) */
static void rl_valueStore(G *g, uint64_t *slots) {
  Eface p = slot_eface(slots, 0), v = slot_eface(slots, 2);
  const RType *et = p.type->elem;
  void *dst = value_word(&p);
  if (dst == NULL)
    rt_panic_nilderef();
  if (kind_of(et) == KIND_INTERFACE && et->nimethods == 0) {
    store_value(et, dst, &v);
  } else if (kind_of(et) == KIND_INTERFACE) {
    Iface i = {v.type ? rt_getitab(et, v.type, false) : NULL, v.data};
    store_value(et, dst, &i);
  } else if (v.type == NULL) {
    memset(dst, 0, et->size); /* untyped nil into a pointer-shaped element */
  } else {
    store_value(et, dst, value_addr(&v));
  }
}

static const NativeEntry entries[] = {
    {"valueBool", rl_valueBool},
    {"valueElem", rl_valueElem},
    {"valueField", rl_valueField},
    {"valueFloat", rl_valueFloat},
    {"valueIndex", rl_valueIndex},
    {"valueInt", rl_valueInt},
    {"valueIsNil", rl_valueIsNil},
    {"valueLen", rl_valueLen},
    {"valueMapEntries", rl_valueMapEntries},
    {"valuePointer", rl_valuePointer},
    {"valueStore", rl_valueStore},
    {"valueString", rl_valueString},
    {"valueSwap", rl_valueSwap},
    {"valueUint", rl_valueUint},
};
NATIVE_TABLE(rt_natives_reflectlite_value, "internal/reflectlite", entries);
