/*
** lower_lit.c -- composite literals.
**
** Struct and array literals are built in a register: ZERO, then SETFIELD /
** SETINDEX for each element written (omitted ones stay zero). A slice
** literal builds its backing array the same way, stores it into a fresh
** ALLOC_COMPOSITE and slices it whole (slice_of_regs, which variadic calls
** use too). A map literal is MAKEMAP with the element count as hint, then
** one MAPASSIGN per entry. Elements are evaluated in source order and
** converted to the element type (a value into an interface element is
** boxed here). An element literal whose type is elided has it on its node;
** an elided `&T` element (type *T on the node) allocates.
*/
#include "lower.h"

static void set_index(Fn *F, IrReg arr, int64_t i, IrReg v) {
  IrReg idx = emit_const_int(F, F->b->t_int, i);
  IrInstr *in = emit(F, IR_SETINDEX, reg_type(F, v));
  in->dst = arr;
  in->b = idx;
  in->c = v;
}

static void set_field(Fn *F, IrReg strct, int i, IrReg v) {
  IrInstr *in = emit(F, IR_SETFIELD, reg_type(F, v));
  in->dst = strct;
  in->imm = i;
  in->b = v;
}

static int field_index(Type *st, const char *name) {
  for (int i = 0; i < st->strct.fields.len; i++)
    if (st->strct.fields.items[i]->name == name) return i;
  fatal("no field %s", name);
}

static IrReg build_struct(Fn *F, Node *n, Type *t) {
  Type *st = ty_under(t);
  IrReg r = emit_zero(F, t);
  NodeList *elts = &n->compositelit.elts;
  for (int i = 0; i < elts->len; i++) {
    Node *e = elts->items[i];
    int fi = i;
    if (e->kind == N_KEYVALUE) {
      fi = field_index(st, e->keyvalue.key->ident.name);
      e = e->keyvalue.value;
    }
    set_field(F, r, fi, lower_expr_to(F, e, st->strct.fields.items[fi]->type));
  }
  return r;
}

static int64_t key_index(Node *key) {
  if (!key->val || key->val->kind != CK_INT) fatal("array literal key is not a constant");
  return (int64_t)key->val->i;
}

/* array elements of literal n into the array register arr */
static void fill_array(Fn *F, Node *n, IrReg arr, Type *elem) {
  NodeList *elts = &n->compositelit.elts;
  int64_t idx = 0;
  for (int i = 0; i < elts->len; i++) {
    Node *e = elts->items[i];
    if (e->kind == N_KEYVALUE) {
      idx = key_index(e->keyvalue.key);
      e = e->keyvalue.value;
    }
    set_index(F, arr, idx++, lower_expr_to(F, e, elem));
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

static IrReg slice_of_array(Fn *F, Type *slicetype, IrReg arr) {
  IrReg p = emit_alloc(F, reg_type(F, arr), ALLOC_COMPOSITE);
  emit_store(F, p, arr);
  return emit_slice(F, slicetype, p, 0, 0, 0);
}

IrReg slice_of_regs(Fn *F, Type *slicetype, IrReg *elems, int n) {
  Type *elem = ty_under(slicetype)->slice.elem;
  IrReg arr = emit_zero(F, ty_array(F->b, elem, n));
  for (int i = 0; i < n; i++) set_index(F, arr, i, elems[i]);
  return slice_of_array(F, slicetype, arr);
}

static IrReg build_map(Fn *F, Node *n, Type *t) {
  Type *mt = ty_under(t);
  NodeList *elts = &n->compositelit.elts;
  IrReg hint = emit_const_int(F, F->b->t_int, elts->len);
  IrReg m = new_reg(F, t, NULL);
  emit_rtcall(F, RT_MAKEMAP, t, &hint, 1, &m, 1);
  for (int i = 0; i < elts->len; i++) {
    Node *e = elts->items[i];
    IrReg args[3] = {m, lower_expr_to(F, e->keyvalue.key, mt->map.key),
                     lower_expr_to(F, e->keyvalue.value, mt->map.elem)};
    F->pos = e->keyvalue.key->pos;
    emit_rtcall(F, RT_MAPASSIGN, t, args, 3, NULL, 0);
  }
  return m;
}

static IrReg build_value(Fn *F, Node *n, Type *t) {
  Type *u = ty_under(t);
  switch (u->kind) {
  case T_STRUCT: return build_struct(F, n, t);
  case T_ARRAY: {
    IrReg arr = emit_zero(F, t);
    fill_array(F, n, arr, u->array.elem);
    return arr;
  }
  case T_SLICE: {
    IrReg arr = emit_zero(F, ty_array(F->b, u->slice.elem, slice_lit_len(n)));
    fill_array(F, n, arr, u->slice.elem);
    return slice_of_array(F, t, arr);
  }
  case T_MAP: return build_map(F, n, t);
  default: fatal("composite literal of kind %d", u->kind);
  }
}

IrReg lower_composite(Fn *F, Node *n) {
  Type *t = expr_type(F, n);
  Type *u = ty_under(t);
  if (u->kind == T_POINTER) { /* an elided &T{...} element */
    IrReg p = emit_alloc(F, u->pointer.elem, ALLOC_COMPOSITE);
    emit_store(F, p, build_value(F, n, u->pointer.elem));
    return coerce(F, p, reg_type(F, p), t);
  }
  return build_value(F, n, t);
}
