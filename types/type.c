/*
** type.c -- type constructors and the predicates of the spec.
**
** Types are allocated once and never freed (they live as long as the
** compilation). Named types compare by pointer; everything else is compared
** structurally by identical(), as the spec's "type identity" rules say:
** basic types by kind (so byte == uint8), composite types element-wise,
** struct fields by name, type, embedding and tag, signatures by parameter
** and result types and variadicity (names ignored), interfaces by method
** set.
*/
#include "check.h"

#include <string.h>

Type *new_type(TypeKind k) {
  Type *t = xcalloc(1, sizeof *t);
  t->kind = k;
  return t;
}

Type *new_pointer(Type *elem) {
  Type *t = new_type(T_POINTER);
  t->pointer.elem = elem;
  return t;
}

Type *new_slice(Type *elem) {
  Type *t = new_type(T_SLICE);
  t->slice.elem = elem;
  return t;
}

Type *new_array(Type *elem, int64_t len) {
  Type *t = new_type(T_ARRAY);
  t->array.elem = elem;
  t->array.len = len;
  return t;
}

Type *new_map(Type *key, Type *elem) {
  Type *t = new_type(T_MAP);
  t->map.key = key;
  t->map.elem = elem;
  return t;
}

Type *new_chan(Type *elem, ChanDir dir) {
  Type *t = new_type(T_CHAN);
  t->chan.elem = elem;
  t->chan.dir = dir;
  return t;
}

Type *new_tuple(ObjList vars) {
  Type *t = new_type(T_TUPLE);
  t->tuple.vars = vars;
  return t;
}

Type *new_signature(Object *recv, Type *params, Type *results, bool variadic) {
  Type *t = new_type(T_FUNC);
  ObjList none = {0};
  t->sig.recv = recv;
  t->sig.params = params ? params : new_tuple(none);
  t->sig.results = results ? results : new_tuple(none);
  t->sig.variadic = variadic;
  return t;
}

Type *new_named(Object *obj, Type *underlying) {
  Type *t = new_type(T_NAMED);
  t->named.obj = obj;
  t->named.underlying = underlying;
  if (obj && !obj->type) obj->type = t;
  return t;
}

Object *new_object(ObjKind k, const char *name, Type *t, Pos pos,
                   const SrcFile *file, Package *pkg) {
  Object *o = xcalloc(1, sizeof *o);
  o->kind = k;
  o->name = name;
  o->type = t;
  o->pos = pos;
  o->file = file;
  o->pkg = pkg;
  return o;
}

/* under follows named types to their underlying type; an unresolved named
** type (cycle in progress) yields the invalid type. */
Type *under(Type *t) {
  if (t && t->kind == T_NAMED)
    return t->named.underlying ? t->named.underlying : typ_invalid;
  return t;
}

Type *type_underlying(Type *t) { return under(t); }

static TypeKind ukind(Type *t) {
  t = under(t);
  return t ? t->kind : T_INVALID;
}

bool is_basic(Type *t) { return ukind(t) <= T_UNTYPED_NIL; }
bool is_untyped(Type *t) {
  return t && t->kind >= T_UNTYPED_BOOL && t->kind <= T_UNTYPED_NIL;
}
bool is_typed(Type *t) { return !is_untyped(t); }
bool is_boolean(Type *t) {
  TypeKind k = ukind(t);
  return k == T_BOOL || k == T_UNTYPED_BOOL;
}
bool is_integer(Type *t) {
  TypeKind k = ukind(t);
  return (k >= T_INT && k <= T_UINTPTR) || k == T_UNTYPED_INT ||
         k == T_UNTYPED_RUNE;
}
bool is_unsigned(Type *t) {
  TypeKind k = ukind(t);
  return k >= T_UINT && k <= T_UINTPTR;
}
bool is_float(Type *t) {
  TypeKind k = ukind(t);
  return k == T_FLOAT32 || k == T_FLOAT64 || k == T_UNTYPED_FLOAT;
}
bool is_numeric(Type *t) {
  TypeKind k = ukind(t);
  return (k >= T_INT && k <= T_COMPLEX128) ||
         (k >= T_UNTYPED_INT && k <= T_UNTYPED_FLOAT);
}
bool is_string(Type *t) {
  TypeKind k = ukind(t);
  return k == T_STRING || k == T_UNTYPED_STRING;
}
bool is_const_type(Type *t) {
  TypeKind k = ukind(t);
  return k >= T_BOOL && k < T_UNTYPED_NIL && k != T_COMPLEX64 &&
         k != T_COMPLEX128;
}
bool is_interface(Type *t) { return ukind(t) == T_INTERFACE; }
bool is_named(Type *t) { return t->kind <= T_UNTYPED_NIL || t->kind == T_NAMED; }

/* has_nil: as types2's hasNil, false for untyped nil itself (nil == nil is
** not defined). */
bool has_nil(Type *t) {
  switch (ukind(t)) {
  case T_POINTER: case T_SLICE: case T_MAP: case T_CHAN: case T_FUNC:
  case T_INTERFACE:
    return true;
  default:
    return false;
  }
}

/* comparable reports whether values of t can be compared with ==; *bad
** gets the offending component type (for "struct containing []int"). */
bool comparable(Type *t, Type **bad) {
  Type *u = under(t);
  switch (u->kind) {
  case T_SLICE: case T_MAP: case T_FUNC:
    if (bad) *bad = t;
    return false;
  case T_STRUCT:
    for (int i = 0; i < u->strct.fields.len; i++)
      if (!comparable(u->strct.fields.items[i]->type, bad)) return false;
    return true;
  case T_ARRAY:
    return comparable(u->array.elem, bad);
  default:
    return u->kind != T_UNTYPED_NIL;
  }
}

/* IfacePair: the interface pairs being compared further up the stack
** (types2's ifacePair). Recursive interfaces (`type I interface{ F()
** interface{I} }`) meet the same pair again; assuming identity there is
** what makes the comparison terminate. The chain's root (x = y = NULL)
** carries what the whole comparison does with struct tags: conversions
** ignore them at every depth (types2's cmpTags). */
typedef struct IfacePair {
  Type *x, *y;
  const struct IfacePair *prev;
  bool tags;
} IfacePair;

static bool identical_in(Type *a, Type *b, const IfacePair *p);

static bool identical_tuples(Type *a, Type *b, const IfacePair *p) {
  if (a->tuple.vars.len != b->tuple.vars.len) return false;
  for (int i = 0; i < a->tuple.vars.len; i++)
    if (!identical_in(a->tuple.vars.items[i]->type, b->tuple.vars.items[i]->type, p))
      return false;
  return true;
}

static const char *tag_at(Type *s, int i) {
  const char *t = s->strct.tags ? s->strct.tags[i] : NULL;
  return t ? t : "";
}

/* same_name: names are the same identifier; unexported names from
** different packages differ (types2's Id). */
static bool same_name(Object *f, Object *g) {
  if (f->name != g->name) return false;
  return (f->name[0] >= 'A' && f->name[0] <= 'Z') || f->pkg == g->pkg;
}

static bool identical_structs(Type *a, Type *b, const IfacePair *p) {
  if (a->strct.fields.len != b->strct.fields.len) return false;
  for (int i = 0; i < a->strct.fields.len; i++) {
    Object *f = a->strct.fields.items[i], *g = b->strct.fields.items[i];
    if (f->embedded != g->embedded || !same_name(f, g) || !identical_in(f->type, g->type, p) ||
        (p->tags && strcmp(tag_at(a, i), tag_at(b, i))))
      return false;
  }
  return true;
}

static bool identical_ifaces(Type *a, Type *b, const IfacePair *p) {
  complete_interface(NULL, a);
  complete_interface(NULL, b);
  if (a->iface.all.len != b->iface.all.len) return false;
  for (const IfacePair *q = p; q; q = q->prev)
    if ((q->x == a && q->y == b) || (q->x == b && q->y == a)) return true;
  IfacePair here = {a, b, p, p->tags};
  for (int i = 0; i < a->iface.all.len; i++) {
    Object *f = a->iface.all.items[i], *g = b->iface.all.items[i];
    if (!same_name(f, g) || !identical_in(f->type, g->type, &here)) return false;
  }
  return true;
}

static bool identical_in(Type *a, Type *b, const IfacePair *p) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
  case T_POINTER: return identical_in(a->pointer.elem, b->pointer.elem, p);
  case T_SLICE: return identical_in(a->slice.elem, b->slice.elem, p);
  case T_ARRAY:
    return a->array.len == b->array.len && identical_in(a->array.elem, b->array.elem, p);
  case T_MAP:
    return identical_in(a->map.key, b->map.key, p) && identical_in(a->map.elem, b->map.elem, p);
  case T_CHAN:
    return a->chan.dir == b->chan.dir && identical_in(a->chan.elem, b->chan.elem, p);
  case T_STRUCT: return identical_structs(a, b, p);
  case T_TUPLE: return identical_tuples(a, b, p);
  case T_FUNC:
    return a->sig.variadic == b->sig.variadic &&
           identical_tuples(a->sig.params, b->sig.params, p) &&
           identical_tuples(a->sig.results, b->sig.results, p);
  case T_INTERFACE: return identical_ifaces(a, b, p);
  case T_NAMED: return false;
  default: return true; /* basic: same kind */
  }
}

bool identical(Type *a, Type *b) { return identical_in(a, b, &(IfacePair){.tags = true}); }

bool identical_ignore_tags(Type *a, Type *b) { return identical_in(a, b, &(IfacePair){0}); }

bool types_identical(Type *a, Type *b) { return identical(a, b); }

/* default_type: the type an untyped constant gets where no type is implied. */
Type *default_type(Type *t) {
  switch (t ? t->kind : T_INVALID) {
  case T_UNTYPED_BOOL: return basic_type(T_BOOL);
  case T_UNTYPED_INT: return basic_type(T_INT);
  case T_UNTYPED_RUNE: return typ_rune;
  case T_UNTYPED_FLOAT: return basic_type(T_FLOAT64);
  case T_UNTYPED_STRING: return basic_type(T_STRING);
  default: return t;
  }
}

int tuple_len(Type *t) {
  if (!t) return 0;
  return t->kind == T_TUPLE ? t->tuple.vars.len : 1;
}

Type *tuple_at(Type *t, int i) {
  return t->kind == T_TUPLE ? t->tuple.vars.items[i]->type : t;
}
