/*
** lower_lit.c -- composite literals.
**
** A struct or array literal is built one of two ways, by the same walk
** over its elements (omitted elements stay zero, elements are evaluated in
** source order and converted to the element type):
**  - in a register, as a value: ZERO, then SETFIELD / SETINDEX;
**  - in place, into memory known to be zeroed: a fresh ALLOC_COMPOSITE
**    (&T{...}, the backing array of a slice literal) or a package variable
**    being initialized. Each element is stored through FIELDADDR /
**    INDEXADDR, and an element that is itself a struct or array literal is
**    filled in place too, so a big table (unicode's, `var t = [1 << 20]T{...}`)
**    never passes through a register.
** A slice literal fills a fresh backing array and slices it whole
** (slice_of_regs does the same for variadic arguments). A map literal is
** MAKEMAP with the element count as hint, then one MAPASSIGN per entry. An
** element literal whose type is elided has it on its node; an elided `&T`
** element (type *T on the node) allocates.
*/
#include "lower.h"

static int field_index(Type *st, const char *name) {
  for (int i = 0; i < st->strct.fields.len; i++)
    if (st->strct.fields.items[i]->name == name) return i;
  fatal("no field %s", name);
}

static int64_t key_index(Node *key) {
  if (!key->val || key->val->kind != CK_INT) fatal("array literal key is not a constant");
  return (int64_t)key->val->i;
}

/* Where elements go: into register `reg`, or through pointer `ptr`. */
typedef struct Sink {
  IrReg reg, ptr;
} Sink;

static void fill(Fn *F, Node *n, Type *t, Sink s);

/* a struct or array literal of type t (its node may say *T: an elided
** &T element) */
static bool fills_in_place(Node *e, Type *t) {
  e = ast_unparen(e);
  TypeKind k = ty_under(t)->kind;
  if (e->kind != N_COMPOSITELIT || (k != T_STRUCT && k != T_ARRAY)) return false;
  Type *et = ty_under(e->type);
  return types_identical(e->type, t) || (et->kind == T_POINTER && types_identical(et->pointer.elem, t));
}

/* element e of type et at field or index `at` of the sink */
static void put(Fn *F, Sink s, bool index, int64_t at, Node *e, Type *et) {
  if (s.ptr) {
    IrReg p = new_reg(F, ty_pointer(F->b, et), NULL);
    IrReg idx = index ? emit_const_int(F, F->b->t_int, at) : 0;
    IrInstr *in = emit(F, index ? IR_INDEXADDR : IR_FIELDADDR, et);
    in->dst = p;
    in->a = s.ptr;
    in->b = idx;
    in->imm = index ? 0 : at;
    if (fills_in_place(e, et)) fill(F, ast_unparen(e), et, (Sink){0, p});
    else emit_store(F, p, lower_expr_to(F, e, et));
    return;
  }
  IrReg v = lower_expr_to(F, e, et);
  IrReg idx = index ? emit_const_int(F, F->b->t_int, at) : 0;
  IrInstr *in = emit(F, index ? IR_SETINDEX : IR_SETFIELD, et);
  in->dst = s.reg;
  if (index) {
    in->b = idx;
    in->c = v;
  } else {
    in->imm = at;
    in->b = v;
  }
}

/* fill writes the elements of struct or array literal n of type t */
static void fill(Fn *F, Node *n, Type *t, Sink s) {
  Type *u = ty_under(t);
  NodeList *elts = &n->compositelit.elts;
  int64_t idx = 0;
  for (int i = 0; i < elts->len; i++) {
    Node *e = elts->items[i];
    if (u->kind == T_STRUCT) {
      int fi = i;
      if (e->kind == N_KEYVALUE) {
        fi = field_index(u, e->keyvalue.key->ident.name);
        e = e->keyvalue.value;
      }
      put(F, s, false, fi, e, u->strct.fields.items[fi]->type);
    } else {
      if (e->kind == N_KEYVALUE) {
        idx = key_index(e->keyvalue.key);
        e = e->keyvalue.value;
      }
      put(F, s, true, idx++, e, u->array.elem);
    }
  }
}

/* the length a slice literal's keys and positions imply */
static int64_t slice_lit_len(Node *n) {
  NodeList *elts = &n->compositelit.elts;
  int64_t idx = 0, max = 0;
  for (int i = 0; i < elts->len; i++) {
    Node *e = elts->items[i];
    if (e->kind == N_KEYVALUE) idx = key_index(e->keyvalue.key);
    if (++idx > max) max = idx;
  }
  return max;
}

IrReg slice_of_regs(Fn *F, Type *slicetype, IrReg *elems, int n) {
  Type *elem = ty_under(slicetype)->slice.elem;
  IrReg p = emit_alloc(F, ty_array(F->b, elem, n), ALLOC_COMPOSITE);
  for (int i = 0; i < n; i++) {
    IrReg ep = new_reg(F, ty_pointer(F->b, elem), NULL);
    IrReg idx = emit_const_int(F, F->b->t_int, i);
    IrInstr *in = emit(F, IR_INDEXADDR, elem);
    in->dst = ep;
    in->a = p;
    in->b = idx;
    emit_store(F, ep, elems[i]);
  }
  return emit_slice(F, slicetype, p, 0, 0, 0);
}

static IrReg build_map(Fn *F, Node *n, Type *t) {
  Type *mt = ty_under(t);
  NodeList *elts = &n->compositelit.elts;
  IrReg hint = emit_const_int(F, F->b->t_int, elts->len);
  IrReg m = new_reg(F, t, NULL);
  emit_rtcall(F, RT_MAKEMAP, t, &hint, 1, &m, 1);
  for (int i = 0; i < elts->len; i++) {
    Node *e = elts->items[i];
    IrReg args[3] = {m, lower_expr_to(F, e->keyvalue.key, mt->map.key), 0};
    args[2] = lower_expr_to(F, e->keyvalue.value, mt->map.elem); /* after the key */
    F->pos = e->keyvalue.key->pos;
    emit_rtcall(F, RT_MAPASSIGN, t, args, 3, NULL, 0);
  }
  return m;
}

/* lower_composite_into fills literal n of type t into zeroed memory *p */
void lower_composite_into(Fn *F, Node *n, IrReg p) {
  fill(F, ast_unparen(n), ty_under(reg_type(F, p))->pointer.elem, (Sink){0, p});
}

bool composite_in_place(Node *n, Type *t) { return fills_in_place(n, t); }

static IrReg build_value(Fn *F, Node *n, Type *t);

/* a fresh object holding literal n of type t: &T{...} */
IrReg lower_composite_alloc(Fn *F, Node *n, Type *t) {
  IrReg p = emit_alloc(F, t, ALLOC_COMPOSITE);
  if (fills_in_place(n, t)) lower_composite_into(F, n, p);
  else emit_store(F, p, build_value(F, n, t));
  return p;
}

/* build_value: literal n as a value of type t (a struct, array, slice or
** map type) */
static IrReg build_value(Fn *F, Node *n, Type *t) {
  Type *u = ty_under(t);
  switch (u->kind) {
  case T_STRUCT: case T_ARRAY: {
    IrReg r = emit_zero(F, t);
    fill(F, n, t, (Sink){r, 0});
    return r;
  }
  case T_SLICE: {
    Type *at = ty_array(F->b, u->slice.elem, slice_lit_len(n));
    IrReg p = emit_alloc(F, at, ALLOC_COMPOSITE);
    fill(F, n, at, (Sink){0, p});
    return emit_slice(F, t, p, 0, 0, 0);
  }
  case T_MAP: return build_map(F, n, t);
  default: fatal("composite literal of kind %d", u->kind);
  }
}

IrReg lower_composite(Fn *F, Node *n) {
  Type *t = expr_type(F, n);
  Type *u = ty_under(t);
  if (u->kind == T_POINTER) /* an elided &T{...} element */
    return coerce(F, lower_composite_alloc(F, n, u->pointer.elem), ty_pointer(F->b, u->pointer.elem), t);
  return build_value(F, n, t);
}
