/*
** lower_ref.c -- addressable operands and assignment targets (Ref).
**
** A Ref says where a value lives, so that reading it, assigning it and
** taking its address all start from one evaluation of the operand:
**   REF_VALUE  a value in a register, not assignable (a call's result);
**   REF_VAR    a register variable, or a part of one: FIELD/INDEX steps
**              from the variable's register (x.a.b, arr[i].f with x, arr
**              aggregates held in registers). A store is a read-modify-
**              write: the parts are read out, the innermost is set with
**              SETFIELD/SETINDEX, and each is written back into its parent;
**   REF_ADDR   memory: a base (a pointer, or a slice when the first step
**              indexes it) and FIELDADDR/INDEXADDR steps not yet taken
**              (a cell, a global, *p, p.f, s[i], p[i].f);
**   REF_MAP    m[k]: MAPACCESS1 to read, MAPASSIGN to write;
**   REF_BLANK  the blank identifier: stores are dropped.
**
** ref_expr evaluates the operands (pointers, slices, indexes, map keys) in
** Go's order but leaves the address steps, with their nil and bounds
** checks, for when the Ref is used. That is Go's two-phase assignment:
** in `m[2], p.f = 1, 2` with a nil p, m[2] is assigned before p.f panics;
** ref_stabilize copies operands that are variables' registers, so that
** in `i, m[i] = 1, 2` the key is the i of phase one. Selecting a field
** through a pointer dereferences it (ref_deref): that load of the pointer
** is an operand, evaluated at once.
*/
#include "lower.h"

Ref ref_value(IrReg reg, Type *t) {
  Ref r = {REF_VALUE, t, reg, 0, NULL, 0};
  return r;
}

Ref ref_addr_of(IrReg ptr, Type *elem) {
  Ref r = {REF_ADDR, elem, ptr, 0, NULL, 0};
  return r;
}

static Ref ref_var(IrReg reg, Type *t) {
  Ref r = {REF_VAR, t, reg, 0, NULL, 0};
  return r;
}

static Ref ref_push_step(Fn *F, Ref r, RefStep st) {
  RefStep *steps = arena_alloc(F->b->arena, sizeof *steps * (size_t)(r.nsteps + 1));
  if (r.nsteps) memcpy(steps, r.steps, sizeof *steps * (size_t)r.nsteps);
  steps[r.nsteps] = st;
  r.steps = steps;
  r.nsteps++;
  r.type = st.type;
  return r;
}

/* materialize takes the pending address steps of a REF_ADDR: afterwards
** r->reg is the pointer to the value */
static void materialize(Fn *F, Ref *r) {
  IrReg p = r->reg;
  for (int i = 0; i < r->nsteps; i++) {
    RefStep *st = &r->steps[i];
    IrReg d = new_reg(F, ty_pointer(F->b, st->type), NULL);
    IrInstr *in = emit(F, st->index ? IR_INDEXADDR : IR_FIELDADDR, st->type);
    in->dst = d;
    in->a = p;
    if (st->index) in->b = st->idx;
    else in->imm = st->field;
    p = d;
  }
  r->reg = p;
  r->nsteps = 0;
}

Ref ref_deref(Fn *F, Ref r) {
  IrReg p = ref_load(F, &r);
  return ref_addr_of(p, ty_under(reg_type(F, p))->pointer.elem);
}

Ref ref_field(Fn *F, Ref r, int i) {
  if (ty_under(r.type)->kind == T_POINTER) r = ref_deref(F, r);
  Type *ft = ty_under(r.type)->strct.fields.items[i]->type;
  if (r.kind == REF_VAR || r.kind == REF_ADDR) return ref_push_step(F, r, (RefStep){false, i, 0, ft});
  return ref_value(emit_field(F, ref_load(F, &r), i), ft);
}

Ref ref_path(Fn *F, Ref r, const int *path, int n) {
  for (int i = 0; i < n; i++) r = ref_field(F, r, path[i]);
  return r;
}

static Ref ref_index(Fn *F, Node *n) {
  Node *x = n->index.x, *ix = n->index.indices.items[0];
  Type *xt = expr_type(F, x), *u = ty_under(xt);
  Type *et = expr_type(F, n);
  if (u->kind == T_MAP) {
    Ref r = {REF_MAP, et, lower_expr(F, x), 0, NULL, 0};
    r.key = lower_expr_to(F, ix, u->map.key);
    return r;
  }
  if (u->kind == T_STRING) {
    IrReg s = lower_expr(F, x);
    IrReg i = lower_expr(F, ix);
    F->pos = call_pos(n);
    return ref_value(emit_value(F, IR_INDEX, 0, et, s, i), et);
  }
  /* a slice or pointer to array is the base of the address; an array is
  ** wherever it lives */
  Ref r = u->kind == T_POINTER || u->kind == T_SLICE ? ref_addr_of(lower_expr(F, x), xt) : ref_expr(F, x);
  IrReg i = lower_expr(F, ix);
  F->pos = call_pos(n);
  if (r.kind == REF_VAR || r.kind == REF_ADDR) return ref_push_step(F, r, (RefStep){true, 0, i, et});
  return ref_value(emit_value(F, IR_INDEX, 0, et, ref_load(F, &r), i), et);
}

static Ref ref_ident(Fn *F, Node *n) {
  Object *o = n->obj;
  if (!o || (n->ident.name[0] == '_' && !n->ident.name[1])) {
    Ref r = {REF_BLANK, n->type, 0, 0, NULL, 0};
    return r;
  }
  if (o->kind == OBJ_VAR && o->is_package_level)
    return ref_addr_of(emit_global(F, global_for(F->b, o)), o->type);
  if (o->kind == OBJ_VAR) {
    VarLoc *l = var_loc(F, o);
    return l->cell ? ref_addr_of(l->reg, o->type) : ref_var(l->reg, o->type);
  }
  return ref_value(lower_expr(F, n), expr_type(F, n));
}

Ref ref_expr(Fn *F, Node *n) {
  n = ast_unparen(n);
  Pos saved = F->pos;
  F->pos = n->pos;
  Ref r;
  Selection *sel;
  switch (n->kind) {
  case N_IDENT: r = ref_ident(F, n); break;
  case N_INDEX: r = ref_index(F, n); break;
  case N_STAR: r = ref_addr_of(lower_expr(F, n->star.x), expr_type(F, n)); break;
  case N_SELECTOR:
    sel = types_selection(F->pkg, n);
    if (sel && sel->kind == SEL_FIELD) {
      r = ref_path(F, ref_expr(F, n->selector.x), sel->path, sel->npath);
      break;
    }
    if (sel && sel->kind == SEL_QUALIFIED && sel->obj->kind == OBJ_VAR) {
      r = ref_addr_of(emit_global(F, global_for(F->b, sel->obj)), sel->obj->type);
      break;
    }
    /* fall through */
  default: r = ref_value(lower_expr(F, n), expr_type(F, n)); break;
  }
  F->pos = saved;
  return r;
}

/* ---- using a Ref ---- */

static IrReg stable(Fn *F, IrReg r) {
  if (!r || !is_var_reg(F, r)) return r;
  IrReg t = new_reg(F, reg_type(F, r), NULL);
  emit_move(F, t, r);
  return t;
}

void ref_stabilize(Fn *F, Ref *r) {
  if (r->kind == REF_ADDR || r->kind == REF_MAP) r->reg = stable(F, r->reg);
  if (r->kind == REF_MAP) r->key = stable(F, r->key);
  for (int i = 0; i < r->nsteps; i++) r->steps[i].idx = stable(F, r->steps[i].idx);
}

static IrReg step_read(Fn *F, IrReg agg, RefStep *st) {
  if (st->index) return emit_value(F, IR_INDEX, 0, st->type, agg, st->idx);
  return emit_field(F, agg, st->field);
}

static void step_write(Fn *F, IrReg agg, RefStep *st, IrReg v) {
  IrInstr *in = emit(F, st->index ? IR_SETINDEX : IR_SETFIELD, st->type);
  in->dst = agg;
  if (st->index) {
    in->b = st->idx;
    in->c = v;
  } else {
    in->imm = st->field;
    in->b = v;
  }
}

IrReg ref_load(Fn *F, Ref *r) {
  switch (r->kind) {
  case REF_VALUE: return r->reg;
  case REF_VAR: {
    IrReg v = r->reg;
    for (int i = 0; i < r->nsteps; i++) v = step_read(F, v, &r->steps[i]);
    return v;
  }
  case REF_ADDR:
    if (r->nsteps && r->steps[r->nsteps - 1].index && ty_under(reg_type(F, r->reg))->kind == T_SLICE &&
        r->nsteps == 1)
      return emit_value(F, IR_INDEX, 0, r->type, r->reg, r->steps[0].idx); /* s[i]: one INDEX */
    materialize(F, r);
    return emit_load(F, r->reg);
  case REF_MAP: {
    IrReg args[2] = {r->reg, r->key};
    IrReg d = new_reg(F, r->type, NULL);
    emit_rtcall(F, RT_MAPACCESS1, reg_type(F, r->reg), args, 2, &d, 1);
    return d;
  }
  case REF_BLANK: break;
  }
  fatal("load of the blank identifier");
}

void ref_store(Fn *F, Ref *r, IrReg v) {
  switch (r->kind) {
  case REF_VAR: {
    if (r->nsteps == 0) {
      emit_move(F, r->reg, v);
      return;
    }
    /* read the enclosing parts, set the innermost, write each back */
    IrReg *parts = xcalloc((size_t)r->nsteps, sizeof(IrReg));
    parts[0] = r->reg;
    for (int i = 1; i < r->nsteps; i++) parts[i] = step_read(F, parts[i - 1], &r->steps[i - 1]);
    step_write(F, parts[r->nsteps - 1], &r->steps[r->nsteps - 1], v);
    for (int i = r->nsteps - 1; i > 0; i--) step_write(F, parts[i - 1], &r->steps[i - 1], parts[i]);
    free(parts);
    return;
  }
  case REF_ADDR:
    materialize(F, r);
    emit_store(F, r->reg, v);
    return;
  case REF_MAP: {
    IrReg args[3] = {r->reg, r->key, v};
    emit_rtcall(F, RT_MAPASSIGN, reg_type(F, r->reg), args, 3, NULL, 0);
    return;
  }
  case REF_BLANK: return;
  case REF_VALUE: break;
  }
  fatal("store into a value");
}

IrReg ref_addr(Fn *F, Ref *r) {
  if (r->kind != REF_ADDR) fatal("%s: address of a value not in memory", F->f->name);
  materialize(F, r);
  return r->reg;
}

/* lower_addr: &x; &T{...} allocates */
IrReg lower_addr(Fn *F, Node *x) {
  x = ast_unparen(x);
  if (x->kind == N_COMPOSITELIT) return lower_composite_alloc(F, x, expr_type(F, x));
  Ref r = ref_expr(F, x);
  return ref_addr(F, &r);
}
