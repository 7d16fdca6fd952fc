/*
** typeutil.c -- the few types the lowering makes itself (pointers to cells
** and allocations, backing arrays of slice literals, variadic slices,
** wrapper signatures), the signature accessors, and TypeMap, a hash map
** keyed by type identity.
**
** Types are not canonical in subgo's checker (two `*T` may be two Type
** values), so anything keyed by "the same type" goes through types_identical;
** type_hash is a structural hash consistent with it (identical types hash
** alike: named types by their object, everything else by shape).
*/
#include "lower.h"

Type *ty_under(Type *t) { return type_underlying(t); }

bool ty_is_iface(Type *t) { return t && ty_under(t)->kind == T_INTERFACE; }

int sig_nparams(Type *sig) { return sig->sig.params->tuple.vars.len; }
Type *sig_param(Type *sig, int i) { return sig->sig.params->tuple.vars.items[i]->type; }
int sig_nresults(Type *sig) { return sig->sig.results->tuple.vars.len; }
Type *sig_result(Type *sig, int i) { return sig->sig.results->tuple.vars.items[i]->type; }

static Type *new_ty(TypeKind k) {
  Type *t = xcalloc(1, sizeof *t);
  t->kind = k;
  return t;
}

/* pointer and slice types are memoized by element pointer: the lowering
** asks for *T of the same T over and over (cells, allocations) */
static Type *memo_elem(PtrMap *memo, TypeKind k, Type *elem) {
  Type *t = pm_get(memo, elem);
  if (t) return t;
  t = new_ty(k);
  if (k == T_POINTER) t->pointer.elem = elem;
  else t->slice.elem = elem;
  pm_put(memo, elem, t);
  return t;
}

Type *ty_pointer(Builder *b, Type *elem) {
  static PtrMap memo;
  return memo_elem(&memo, T_POINTER, elem);
}

Type *ty_slice(Builder *b, Type *elem) {
  static PtrMap memo;
  return memo_elem(&memo, T_SLICE, elem);
}

Type *ty_array(Builder *b, Type *elem, int64_t len) {
  Type *t = new_ty(T_ARRAY);
  t->array.elem = elem;
  t->array.len = len;
  return t;
}

static Type *tuple_of(Type **ts, int n) {
  Type *t = new_ty(T_TUPLE);
  for (int i = 0; i < n; i++) {
    Object *v = xcalloc(1, sizeof *v);
    v->kind = OBJ_VAR;
    v->name = intern_cstr("");
    v->type = ts[i];
    v->is_param = true;
    vec_push(&t->tuple.vars, v);
  }
  return t;
}

Type *ty_func(Type *recv, Type **params, int nparams, Type **results, int nresults,
              bool variadic) {
  Type *t = new_ty(T_FUNC);
  if (recv) {
    Object *r = xcalloc(1, sizeof *r);
    r->kind = OBJ_VAR;
    r->name = intern_cstr("");
    r->type = recv;
    r->is_param = true;
    t->sig.recv = r;
  }
  t->sig.params = tuple_of(params, nparams);
  t->sig.results = tuple_of(results, nresults);
  t->sig.variadic = variadic;
  return t;
}

/* spread_results: the results tuple of a call with several results used
** as all the arguments of another call, f(g()); NULL otherwise. Found
** from g's signature: a builtin's checker records may retype the node. */
Type *spread_results(NodeList *args) {
  Node *a = args->len == 1 ? ast_unparen(args->items[0]) : NULL;
  if (!a || a->kind != N_CALL) return NULL;
  Node *fun = ast_unparen(a->call.fun);
  if (fun->mode == MODE_TYPEXPR || fun->mode == MODE_BUILTIN || !fun->type) return NULL;
  Type *res = ty_under(fun->type)->sig.results;
  return res->tuple.vars.len > 1 ? res : NULL;
}

Type *ty_default(Builder *b, Type *t) {
  if (!t) return t;
  switch (t->kind) {
  case T_UNTYPED_BOOL: return b->t_bool;
  case T_UNTYPED_INT: return b->t_int;
  case T_UNTYPED_RUNE: return b->t_int32;
  case T_UNTYPED_FLOAT: return b->t_float64;
  case T_UNTYPED_STRING: return b->t_string;
  default: return t;
  }
}

/* ---- type identity hashing ---- */

static unsigned mix(unsigned h, unsigned x) { return (h ^ x) * 16777619u; }

static unsigned str_hash(const char *s) {
  unsigned h = 2166136261u;
  while (*s) h = mix(h, (unsigned char)*s++);
  return h;
}

static unsigned tuple_hash(Type *t, int depth);

static unsigned hash_depth(Type *t, int depth) {
  if (!t) return 0;
  unsigned h = mix(2166136261u, (unsigned)t->kind);
  if (depth > 4) return h; /* deep structure: the kind is enough */
  switch (t->kind) {
  case T_NAMED: return mix(h, (unsigned)((uintptr_t)t->named.obj >> 4));
  case T_POINTER: return mix(h, hash_depth(t->pointer.elem, depth + 1));
  case T_SLICE: return mix(h, hash_depth(t->slice.elem, depth + 1));
  case T_ARRAY: return mix(mix(h, (unsigned)t->array.len), hash_depth(t->array.elem, depth + 1));
  case T_MAP:
    return mix(mix(h, hash_depth(t->map.key, depth + 1)), hash_depth(t->map.elem, depth + 1));
  case T_CHAN: return mix(mix(h, (unsigned)t->chan.dir), hash_depth(t->chan.elem, depth + 1));
  case T_STRUCT:
    for (int i = 0; i < t->strct.fields.len; i++) {
      Object *f = t->strct.fields.items[i];
      h = mix(mix(h, str_hash(f->name)), hash_depth(f->type, depth + 1));
    }
    return h;
  case T_FUNC:
    h = mix(h, tuple_hash(t->sig.params, depth + 1));
    return mix(mix(h, tuple_hash(t->sig.results, depth + 1)), t->sig.variadic);
  case T_INTERFACE:
    for (int i = 0; i < t->iface.all.len; i++) h = mix(h, str_hash(t->iface.all.items[i]->name));
    return h;
  case T_TUPLE: return mix(h, tuple_hash(t, depth + 1));
  default: return h; /* basic: the kind (byte is uint8) */
  }
}

static unsigned tuple_hash(Type *t, int depth) {
  unsigned h = 7;
  for (int i = 0; i < t->tuple.vars.len; i++) h = mix(h, hash_depth(t->tuple.vars.items[i]->type, depth));
  return h;
}

unsigned type_hash(Type *t) { return hash_depth(t, 0); }

void *tm_get(TypeMap *m, Type *t) {
  if (!m->nbuckets) return NULL;
  for (TypeMapEntry *e = m->buckets[type_hash(t) & (unsigned)(m->nbuckets - 1)]; e; e = e->next)
    if (e->type == t || types_identical(e->type, t)) return e->val;
  return NULL;
}

static void tm_grow(TypeMap *m) {
  int n = m->nbuckets ? m->nbuckets * 2 : 64;
  TypeMapEntry **nb = xcalloc((size_t)n, sizeof *nb);
  for (int i = 0; i < m->nbuckets; i++) {
    TypeMapEntry *e = m->buckets[i];
    while (e) {
      TypeMapEntry *next = e->next;
      unsigned h = type_hash(e->type) & (unsigned)(n - 1);
      e->next = nb[h];
      nb[h] = e;
      e = next;
    }
  }
  free(m->buckets);
  m->buckets = nb;
  m->nbuckets = n;
}

/* tm_put adds or replaces the value for t */
void tm_put(TypeMap *m, Type *t, void *val) {
  if (m->nbuckets) {
    for (TypeMapEntry *e = m->buckets[type_hash(t) & (unsigned)(m->nbuckets - 1)]; e; e = e->next)
      if (e->type == t || types_identical(e->type, t)) {
        e->val = val;
        return;
      }
  }
  if (m->count + 1 > m->nbuckets) tm_grow(m);
  TypeMapEntry *e = xcalloc(1, sizeof *e);
  unsigned h = type_hash(t) & (unsigned)(m->nbuckets - 1);
  e->type = t;
  e->val = val;
  e->next = m->buckets[h];
  m->buckets[h] = e;
  m->count++;
}
