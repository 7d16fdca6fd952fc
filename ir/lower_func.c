/*
** lower_func.c -- function bodies: parameters, captured variables, local
** variables, results, return and the defer exit.
**
** Frame model: registers 1..nparams are the receiver, the parameters and,
** for a closure, the context register (the running func value). A
** parameter or local that the pre-pass marked (address taken, captured)
** lives in an ALLOC_VAR cell; the parameter's register is stored into the
** cell at entry. A closure reaches each captured variable through the cell
** pointer it captured (CAPTURE i, loaded once at entry).
**
** Results: without defer, `return e1, e2` is RETURN of the converted
** values. A function with a defer statement (has_defer) keeps its results
** in variables (the named results, else hidden registers zeroed at entry):
** every return stores into them, runs DEFERRETURN and returns the
** variables' current values, so a deferred closure may change named
** results. The `exit` block is the same sequence on its own, where the
** back end resumes after a recover. Each DEFERRETURN carries the position
** of its return statement (the closing brace for falling off the end): a
** traceback through a deferred call shows that line, as in gc.
*/
#include "lower.h"

void fn_begin(Fn *F, Builder *b, IrFunc *f, Package *pkg) {
  memset(F, 0, sizeof *F);
  F->b = b;
  F->f = f;
  F->pkg = pkg;
  F->file = f->file;
  F->pos = f->pos;
  IrRegInfo none = {NULL, NULL}; /* register 0 is "none" */
  vec_push(&f->regs, none);
  set_block(F, new_block(F));
  emit(F, IR_SAFEPOINT, NULL);
}

VarLoc *var_loc(Fn *F, Object *o) {
  VarLoc *l = pm_get(&F->vars, o);
  if (!l) fatal("%s: variable %s has no location", F->f->name, o->name);
  return l;
}

static bool is_blank_obj(Object *o) { return !o || !o->name[0] || (o->name[0] == '_' && !o->name[1]); }

/* bind_var records where o lives: register reg, or the cell reg points
** to; a register variable's register is remembered as one (is_var_reg) */
void bind_var(Fn *F, Object *o, IrReg reg, bool cell) {
  VarLoc *l = arena_alloc(F->b->arena, sizeof *l);
  l->reg = reg;
  l->cell = cell;
  pm_put(&F->vars, o, l);
  F->f->regs.items[reg].name = o->name;
  if (!cell) pm_put(&F->varregs, (void *)(intptr_t)reg, o);
}

bool is_var_reg(Fn *F, IrReg r) { return pm_get(&F->varregs, (void *)(intptr_t)r) != NULL; }

/* declare_var gives o its register or cell, holding init (0: zero value) */
void declare_var(Fn *F, Object *o, IrReg init) {
  if (needs_cell(F->b, o)) {
    IrReg cell = emit_alloc(F, o->type, ALLOC_VAR);
    F->cur->instrs.items[F->cur->instrs.len - 1].u.obj = o;
    if (init) emit_store(F, cell, init);
    bind_var(F, o, cell, true);
    return;
  }
  IrReg r = new_reg(F, o->type, o->name);
  if (init) {
    emit_move(F, r, init);
  } else {
    IrInstr *in = emit(F, IR_ZERO, o->type);
    in->dst = r;
  }
  bind_var(F, o, r, false);
}

/* a parameter arrives in register r: a cell if it needs one */
static void bind_param(Fn *F, Object *o, IrReg r) {
  if (is_blank_obj(o)) return;
  if (needs_cell(F->b, o)) declare_var(F, o, r);
  else bind_var(F, o, r, false);
}

static void setup_results(Fn *F, Type *sig) {
  int n = sig_nresults(sig);
  F->results = arena_alloc(F->b->arena, sizeof(IrReg) * (size_t)(n + 1));
  F->result_cell = arena_alloc(F->b->arena, sizeof(bool) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    Object *o = sig->sig.results->tuple.vars.items[i];
    if (o->name[0] && !is_blank_obj(o)) {
      declare_var(F, o, 0);
      VarLoc *l = var_loc(F, o);
      F->results[i] = l->reg;
      F->result_cell[i] = l->cell;
    } else if (F->f->has_defer || o->name[0]) {
      F->results[i] = emit_zero(F, o->type); /* hidden or blank result */
    }
  }
}

/* bind_params makes the parameter registers (then ctx for a closure) and
** the entry code: cells, captured cells, results. */
static void bind_params(Fn *F, Type *sig, ObjList *free) {
  IrFunc *f = F->f;
  Object *recv = sig->sig.recv;
  int np = sig_nparams(sig);
  if (recv) new_reg(F, recv->type, recv->name);
  for (int i = 0; i < np; i++) {
    Object *o = sig->sig.params->tuple.vars.items[i];
    new_reg(F, o->type, o->name[0] ? o->name : NULL);
  }
  f->nparams = (recv ? 1 : 0) + np;
  if (free) {
    f->ctx = new_reg(F, sig, ".ctx");
    f->nparams++;
  }
  IrReg r = 1;
  if (recv) bind_param(F, recv, r++);
  for (int i = 0; i < np; i++) bind_param(F, sig->sig.params->tuple.vars.items[i], r++);
  for (int i = 0; free && i < free->len; i++) {
    Object *o = free->items[i];
    IrReg c = new_reg(F, ty_pointer(F->b, o->type), o->name);
    IrInstr *in = emit(F, IR_CAPTURE, reg_type(F, c));
    in->dst = c;
    in->imm = i;
    bind_var(F, o, c, true);
  }
  if (f->has_defer) f->exit = new_block(F);
  setup_results(F, sig);
}

void build_decl_body(Builder *b, IrFunc *f, Node *decl) {
  Node *body = decl->funcdecl.body;
  scan_body(b, f->pkg, f->sig, body, f->name);
  Fn F;
  fn_begin(&F, b, f, f->pkg);
  F.end = body->blockstmt.rbrace;
  f->has_defer = body_has_defer(body);
  bind_params(&F, f->sig, NULL);
  lower_block(&F, &body->blockstmt.stmts);
  fn_end(&F);
}

void build_lit_body(Builder *b, IrFunc *f, LitInfo *li) {
  Node *body = li->lit->funclit.body;
  Fn F;
  fn_begin(&F, b, f, f->pkg);
  F.end = body->blockstmt.rbrace;
  f->has_defer = body_has_defer(body);
  bind_params(&F, f->sig, li->free.len ? &li->free : NULL);
  lower_block(&F, &body->blockstmt.stmts);
  fn_end(&F);
}

/* ---- return ---- */

static IrReg result_value(Fn *F, int i) {
  return F->result_cell[i] ? emit_load(F, F->results[i]) : F->results[i];
}

static void emit_return(Fn *F, IrReg *vals, int n) {
  IrReg *a = regs_dup(F, vals, n);
  IrInstr *in = emit(F, IR_RETURN, NULL);
  in->args = a;
  in->nargs = n;
}

/* deferred calls, then the result variables' values */
static void defer_return(Fn *F) {
  emit(F, IR_DEFERRETURN, NULL);
  int n = F->f->nresults;
  IrReg *vals = xcalloc((size_t)n + 1, sizeof(IrReg));
  for (int i = 0; i < n; i++) vals[i] = result_value(F, i);
  emit_return(F, vals, n);
  free(vals);
}

/* return_values evaluates the operands of `return` converted to the result
** types; false for a bare return */
static bool return_values(Fn *F, Node *s, IrReg *vals, int n) {
  NodeList *rs = &s->returnstmt.results;
  Type *sig = F->f->sig;
  if (rs->len == 0) return false;
  for (int i = 0; i < rs->len; i++) order_expr(F, rs->items[i], rs->len == n ? sig_result(sig, i) : NULL);
  if (rs->len == 1 && n > 1) {
    lower_multi(F, rs->items[0], vals, n);
    for (int i = 0; i < n; i++) vals[i] = coerce(F, vals[i], reg_type(F, vals[i]), sig_result(sig, i));
    return true;
  }
  for (int i = 0; i < n; i++) vals[i] = lower_expr_to(F, rs->items[i], sig_result(sig, i));
  return true;
}

void lower_return(Fn *F, Node *s) {
  int n = F->f->nresults;
  IrReg *vals = xcalloc((size_t)n + 1, sizeof(IrReg));
  bool explicit = return_values(F, s, vals, n);
  if (F->f->has_defer) {
    if (explicit) {
      /* all operands first, then the stores: return b, a swaps named results */
      for (int i = 0; i < n && n > 1; i++) {
        IrReg t = new_reg(F, reg_type(F, vals[i]), NULL);
        emit_move(F, t, vals[i]);
        vals[i] = t;
      }
      for (int i = 0; i < n; i++) {
        if (F->result_cell[i]) emit_store(F, F->results[i], vals[i]);
        else emit_move(F, F->results[i], vals[i]);
      }
    }
    defer_return(F);
  } else {
    if (!explicit)
      for (int i = 0; i < n; i++) vals[i] = result_value(F, i);
    emit_return(F, vals, n);
  }
  free(vals);
}

void fn_end(Fn *F) {
  IrFunc *f = F->f;
  if (F->end.line) F->pos = F->end;
  if (!terminated(F)) {
    if (f->has_defer) defer_return(F);
    else if (f->nresults == 0) emit_return(F, NULL, 0);
    else emit(F, IR_UNREACHABLE, NULL);
  }
  if (f->exit) {
    set_block(F, f->exit);
    defer_return(F);
  }
  fn_finish(F);
  free(F->vars.keys), free(F->vars.vals);
  free(F->labels.keys), free(F->labels.vals);
  free(F->hoisted.keys), free(F->hoisted.vals);
  free(F->varregs.keys), free(F->varregs.vals);
  vec_free(&F->targets);
}
