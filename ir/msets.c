/*
** msets.c -- method sets, and the table of types that may become an
** interface's dynamic type (IrProgram.msets) with the function each itab
** slot calls.
**
** method_set follows the spec through embedding, breadth first by depth
** (as the checker's lookup does for one name): at each depth a named type
** contributes its declared methods, a struct its fields (which hide
** deeper methods of the same name) and its embedded fields for the next
** depth, an embedded interface its methods. A name found twice at the
** shallowest depth it occurs at (or in a type reached twice at that depth)
** is ambiguous and left out. T's set keeps value-receiver methods and
** pointer-receiver methods reached through an embedded pointer; *T's set
** keeps them all. Sorted by name, Go's order.
**
** msets_add(T), called wherever a concrete T is converted to an interface,
** records T with, for each method, the function an itab calls with the
** interface's data word as receiver:
**   - *T (data word = the pointer): the method itself for a pointer method
**     declared on T, else a wrapper (*T).M;
**   - a pointer-shaped T (map, chan, func, one-pointer struct or array;
**     data word = the value): the method itself for a value method
**     declared on T, else a wrapper T.M;
**   - any other T is boxed (data word = pointer to a copy): the wrapper
**     (*T).M, which loads the value and calls T.M.
** Then it recurses into the types T's descriptor reaches (elements, fields,
** pointees, keys, values): reflectlite boxes those at run time, and fmt
** asserts them to error and Stringer, so their methods must exist too.
*/
#include "lower.h"

#include <stdlib.h>

typedef struct Emb {
  Type *type;
  int path[16];
  int npath;
  bool indirect, multiples;
} Emb;

typedef struct Cand {
  const char *name;
  MethodEntry e;
  bool is_method;
  int count;
} Cand;

typedef VEC(Emb) EmbList;
typedef VEC(Cand) CandList;
typedef VEC(const char *) NameList;

static void add_cand(CandList *cs, const char *name, Object *m, Emb *e) {
  if (name[0] == '_' && !name[1]) return;
  for (int i = 0; i < cs->len; i++)
    if (cs->items[i].name == name) {
      cs->items[i].count++;
      return;
    }
  Cand c = {name, {m, {0}, e->npath, e->indirect}, m != NULL, e->multiples ? 2 : 1};
  memcpy(c.e.path, e->path, sizeof(int) * (size_t)e->npath);
  vec_push(cs, c);
}

static bool seen_type(TypeList *seen, Type *t) {
  for (int i = 0; i < seen->len; i++)
    if (seen->items[i] == t) return true;
  vec_push(seen, t);
  return false;
}

/* candidates of one embedding level; the next level's types into next */
static void level(EmbList *cur, EmbList *next, CandList *cs, TypeList *seen) {
  for (int k = 0; k < cur->len; k++) {
    Emb *e = &cur->items[k];
    Type *t = e->type;
    if (t->kind == T_NAMED) {
      if (seen_type(seen, t)) continue;
      for (int i = 0; i < t->named.methods.len; i++)
        add_cand(cs, t->named.methods.items[i]->name, t->named.methods.items[i], e);
    }
    Type *u = ty_under(t);
    if (u->kind == T_STRUCT) {
      for (int i = 0; i < u->strct.fields.len; i++) {
        Object *f = u->strct.fields.items[i];
        add_cand(cs, f->name, NULL, e);
        if (!f->embedded || e->npath >= 15) continue;
        Type *ft = f->type;
        bool ptr = ft->kind == T_POINTER;
        Emb ne = {ptr ? ft->pointer.elem : ft, {0}, e->npath + 1, e->indirect || ptr, e->multiples};
        memcpy(ne.path, e->path, sizeof(int) * (size_t)e->npath);
        ne.path[e->npath] = i;
        vec_push(next, ne);
      }
    } else if (u->kind == T_INTERFACE && e->npath > 0) {
      for (int i = 0; i < u->iface.all.len; i++) add_cand(cs, u->iface.all.items[i]->name, u->iface.all.items[i], e);
    }
  }
}

static void consolidate(EmbList *l) {
  int n = 0;
  for (int i = 0; i < l->len; i++) {
    int j;
    for (j = 0; j < n; j++)
      if (types_identical(l->items[j].type, l->items[i].type)) break;
    if (j < n) l->items[j].multiples = true;
    else l->items[n++] = l->items[i];
  }
  l->len = n;
}

static bool decided(NameList *names, const char *name) {
  for (int i = 0; i < names->len; i++)
    if (names->items[i] == name) return true;
  return false;
}

static int cmp_entry(const void *a, const void *b) {
  return strcmp(((const MethodEntry *)a)->m->name, ((const MethodEntry *)b)->m->name);
}

void method_set(Type *t, MethodEntries *out) {
  out->len = 0;
  bool isptr = t->kind == T_POINTER;
  Type *base = isptr ? t->pointer.elem : t;
  if (ty_is_iface(base)) return;
  EmbList cur = {0}, next = {0};
  CandList cs = {0};
  TypeList seen = {0};
  NameList names = {0};
  Emb first = {base, {0}, 0, isptr, false};
  vec_push(&cur, first);
  while (cur.len) {
    next.len = 0;
    cs.len = 0;
    level(&cur, &next, &cs, &seen);
    for (int i = 0; i < cs.len; i++) {
      Cand *c = &cs.items[i];
      if (decided(&names, c->name)) continue;
      vec_push(&names, c->name);
      if (c->count != 1 || !c->is_method) continue;
      bool ifacem = !c->e.m->type->sig.recv;
      if (isptr || ifacem || !c->e.m->ptr_recv || c->e.indirect) vec_push(out, c->e);
    }
    consolidate(&next);
    EmbList tmp = cur;
    cur = next;
    next = tmp;
  }
  vec_free(&cur), vec_free(&next), vec_free(&cs), vec_free(&seen), vec_free(&names);
  if (out->len > 1) qsort(out->items, (size_t)out->len, sizeof *out->items, cmp_entry);
}

/* ---- the program's table ---- */

static IrFunc *itab_fn(Builder *b, Type *t, MethodEntry *e) {
  Object *m = e->m;
  bool declared = e->npath == 0 && m->type->sig.recv;
  if (ty_under(t)->kind == T_POINTER) {
    if (declared && m->ptr_recv) return fn_for_decl(b, m);
    return method_wrapper(b, t, m, e->path, e->npath);
  }
  if (ir_is_direct_iface(t)) {
    if (declared && !m->ptr_recv) return fn_for_decl(b, m);
    return method_wrapper(b, t, m, e->path, e->npath);
  }
  return method_wrapper(b, ty_pointer(b, t), m, e->path, e->npath);
}

static void reach(Builder *b, Type *t) {
  Type *u = ty_under(t);
  switch (u->kind) {
  case T_POINTER: msets_add(b, u->pointer.elem); break;
  case T_SLICE: msets_add(b, u->slice.elem); break;
  case T_ARRAY: msets_add(b, u->array.elem); break;
  case T_CHAN: msets_add(b, u->chan.elem); break;
  case T_MAP:
    msets_add(b, u->map.key);
    msets_add(b, u->map.elem);
    break;
  case T_STRUCT:
    for (int i = 0; i < u->strct.fields.len; i++) msets_add(b, u->strct.fields.items[i]->type);
    break;
  default: break;
  }
}

void msets_add(Builder *b, Type *t) {
  if (!t || ty_is_iface(t) || t->kind == T_TUPLE || (t->kind >= T_UNTYPED_BOOL && t->kind <= T_UNTYPED_NIL))
    return;
  if (tm_get(&b->msets, t)) return;
  IrMethodSet ms = {t, 0, NULL, NULL};
  vec_push(&b->prog->msets, ms);
  int idx = b->prog->msets.len - 1;
  tm_put(&b->msets, t, (void *)(intptr_t)(idx + 1));
  MethodEntries es = {0};
  method_set(t, &es);
  Object **methods = arena_alloc(b->arena, sizeof(Object *) * (size_t)(es.len + 1));
  IrFunc **ifn = arena_alloc(b->arena, sizeof(IrFunc *) * (size_t)(es.len + 1));
  for (int i = 0; i < es.len; i++) {
    methods[i] = es.items[i].m;
    ifn[i] = itab_fn(b, t, &es.items[i]);
  }
  IrMethodSet *p = &b->prog->msets.items[idx];
  p->n = es.len;
  p->methods = methods;
  p->ifn = ifn;
  vec_free(&es);
  reach(b, t);
}
