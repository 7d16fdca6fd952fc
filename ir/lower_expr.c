/*
** lower_expr.c -- expressions that yield one value: constants, variables,
** operators (arithmetic, comparison, short-circuit logic, string
** concatenation), index, slice, type assertion, and the comma-ok forms.
**
** lower_expr returns a register of the expression's type. Reading a local
** variable returns the variable's own register (no copy): nothing inside
** one expression can assign a register variable (a closure that could is
** capturing it, and captured variables live in cells), so the value stays
** valid while the enclosing expression is evaluated. Statements that
** assign several variables at once copy first (lower_assign.c).
**
** Untyped expressions (constants, comparisons) take their default type;
** lower_expr_to converts to a destination type (value -> interface, nil ->
** the destination's zero value) wherever Go assigns implicitly.
*/
#include "lower.h"

#include <math.h>

Type *expr_type(Fn *F, Node *n) { return ty_default(F->b, n->type); }

/* the position gc gives an operation: a call's '(', a binary operator, an
** index's '[' */
Pos call_pos(Node *n) {
  switch (n->kind) {
  case N_CALL: return n->call.lparen;
  case N_BINARY: return n->binary.oppos;
  case N_INDEX: return n->index.lbrack;
  case N_SLICE: return n->slice.lbrack;
  default: return n->pos;
  }
}

/* lower_const materializes checker constant v as type t (the Const kind
** normalized to t's kind: 1 as a float64 is CK_FLOAT 1.0) */
IrReg lower_const(Fn *F, Const *v, Type *t) {
  Type *u = ty_under(t);
  Const *c = v;
  if (u->kind >= T_INT && u->kind <= T_UINTPTR && v->kind == CK_FLOAT) {
    c = arena_alloc(F->b->arena, sizeof *c);
    c->kind = CK_INT;
    c->i = (__int128)v->f;
  } else if ((u->kind == T_FLOAT32 || u->kind == T_FLOAT64) && v->kind != CK_FLOAT) {
    c = arena_alloc(F->b->arena, sizeof *c);
    c->kind = CK_FLOAT;
    c->f = (double)v->i;
  }
  if (c->kind == CK_FLOAT && c->f == 0 && signbit(c->f)) { /* constants have no -0 */
    Const *z = arena_alloc(F->b->arena, sizeof *z);
    *z = *c;
    z->f = 0;
    c = z;
  }
  if (u->kind == T_FLOAT32 && c->f != (double)(float)c->f) {
    Const *r = arena_alloc(F->b->arena, sizeof *r);
    *r = *c;
    r->f = (double)(float)c->f;
    c = r;
  }
  if (u->kind == T_INTERFACE) fatal("constant of interface type");
  IrReg d = new_reg(F, t, NULL);
  IrInstr *in = emit(F, IR_CONST, t);
  in->dst = d;
  in->u.val = c;
  return d;
}

IrReg lower_expr_to(Fn *F, Node *n, Type *dst) {
  if (n->mode == MODE_NIL) return emit_zero(F, dst);
  IrReg v = lower_expr(F, n);
  return coerce(F, v, expr_type(F, n), dst);
}

/* ---- identifiers and selectors ---- */

static IrReg lower_funcval(Fn *F, Object *fn, Type *t) {
  IrReg d = new_reg(F, t, NULL);
  IrInstr *in = emit(F, IR_FUNCVAL, t);
  in->dst = d;
  in->u.fn = fn_for_decl(F->b, fn);
  return d;
}

static IrReg lower_ident(Fn *F, Node *n) {
  Object *o = n->obj;
  if (o && o->kind == OBJ_FUNC) return lower_funcval(F, o, n->type);
  Ref r = ref_expr(F, n);
  return ref_load(F, &r);
}

static IrReg lower_selector(Fn *F, Node *n) {
  Selection *sel = types_selection(F->pkg, n);
  if (!sel) fatal("selector without a selection");
  switch (sel->kind) {
  case SEL_QUALIFIED:
    if (sel->obj->kind == OBJ_FUNC) return lower_funcval(F, sel->obj, n->type);
    break;
  case SEL_METHOD: return lower_method_value(F, n, sel);
  case SEL_METHOD_EXPR: return lower_method_expr(F, n, sel);
  case SEL_FIELD: break;
  }
  Ref r = ref_expr(F, n);
  return ref_load(F, &r);
}

/* ---- index and slice ---- */

static IrReg lower_index(Fn *F, Node *n) {
  Node *x = n->index.x;
  Type *u = ty_under(expr_type(F, x));
  if (u->kind == T_STRING || u->kind == T_SLICE) {
    IrReg a = lower_expr(F, x);
    IrReg i = lower_expr(F, n->index.indices.items[0]);
    F->pos = call_pos(n);
    return emit_value(F, IR_INDEX, 0, expr_type(F, n), a, i);
  }
  Ref r = ref_expr(F, n);
  return ref_load(F, &r);
}

static IrReg lower_slice(Fn *F, Node *n) {
  Node *x = n->slice.x;
  Type *u = ty_under(expr_type(F, x));
  IrReg a;
  if (u->kind == T_ARRAY) {
    Ref r = ref_expr(F, x);
    a = ref_addr(F, &r);
  } else {
    a = lower_expr(F, x);
  }
  IrReg lo = n->slice.lo ? lower_expr(F, n->slice.lo) : 0;
  IrReg hi = n->slice.hi ? lower_expr(F, n->slice.hi) : 0;
  IrReg max = n->slice.max ? lower_expr(F, n->slice.max) : 0;
  F->pos = call_pos(n);
  return emit_slice(F, expr_type(F, n), a, lo, hi, max);
}

/* ---- type assertions and receives (one or two results) ---- */

static void lower_typeassert(Fn *F, Node *n, IrReg *out, int nout) {
  IrReg x = lower_expr(F, n->typeassert.x);
  Type *t = n->typeassert.type->type;
  out[0] = new_reg(F, t, NULL);
  if (nout > 1) out[1] = new_reg(F, F->b->t_bool, NULL);
  IrReg *res = regs_dup(F, out, nout);
  IrInstr *in = emit(F, IR_TYPEASSERT, t);
  in->a = x;
  in->results = res;
  in->nresults = nout;
}

static void lower_recv(Fn *F, Node *n, IrReg *out, int nout) {
  IrReg c = lower_expr(F, n->unary.x);
  Type *ct = reg_type(F, c);
  IrReg res[2] = {new_reg(F, ty_under(ct)->chan.elem, NULL), 0};
  if (nout > 1) res[1] = new_reg(F, F->b->t_bool, NULL);
  emit_rtcall(F, RT_CHANRECV, ct, &c, 1, res, 2);
  out[0] = res[0];
  if (nout > 1) out[1] = res[1];
}

static void lower_mapaccess2(Fn *F, Node *n, IrReg *out) {
  IrReg m = lower_expr(F, n->index.x);
  Type *mt = reg_type(F, m);
  IrReg args[2] = {m, lower_expr_to(F, n->index.indices.items[0], ty_under(mt)->map.key)};
  out[0] = new_reg(F, ty_under(mt)->map.elem, NULL);
  out[1] = new_reg(F, F->b->t_bool, NULL);
  F->pos = call_pos(n);
  emit_rtcall(F, RT_MAPACCESS2, mt, args, 2, out, 2);
}

/* lower_multi: a tuple-valued expression (a call with several results or
** a comma-ok form in a two-value context) into out[0..max) */
int lower_multi(Fn *F, Node *n, IrReg *out, int max) {
  if (hoisted(F, n, out, max) > 0) return max;
  Pos saved = F->pos;
  n = ast_unparen(n);
  F->pos = n->pos;
  int k = max;
  if (n->kind == N_CALL) lower_call_results(F, n, out, max);
  else if (n->kind == N_TYPEASSERT) lower_typeassert(F, n, out, max);
  else if (n->kind == N_UNARY && n->unary.op == TK_ARROW) lower_recv(F, n, out, max);
  else if (n->kind == N_INDEX) lower_mapaccess2(F, n, out);
  else fatal("not a tuple-valued expression: %s", ast_kind_name(n->kind));
  F->pos = saved;
  return k;
}

/* ---- operators ---- */

static IrReg lower_unary(Fn *F, Node *n) {
  Type *t = expr_type(F, n);
  switch (n->unary.op) {
  case TK_AND: return lower_addr(F, n->unary.x);
  case TK_ADD: return lower_expr_to(F, n->unary.x, t);
  case TK_SUB: return emit_value(F, IR_UNARY, IR_OP_NEG, t, lower_expr_to(F, n->unary.x, t), 0);
  case TK_XOR: return emit_value(F, IR_UNARY, IR_OP_COMPL, t, lower_expr_to(F, n->unary.x, t), 0);
  case TK_NOT: return emit_value(F, IR_UNARY, IR_OP_NOT, t, lower_expr_to(F, n->unary.x, t), 0);
  case TK_ARROW: {
    IrReg v;
    lower_recv(F, n, &v, 1);
    return v;
  }
  default: fatal("unary operator %s", tok_text(n->unary.op));
  }
}

static IrBinOp binop_of(TokKind op) {
  switch (op) {
  case TK_ADD: return IR_OP_ADD;
  case TK_SUB: return IR_OP_SUB;
  case TK_MUL: return IR_OP_MUL;
  case TK_QUO: return IR_OP_DIV;
  case TK_REM: return IR_OP_REM;
  case TK_AND: return IR_OP_AND;
  case TK_OR: return IR_OP_OR;
  case TK_XOR: return IR_OP_XOR;
  case TK_AND_NOT: return IR_OP_ANDNOT;
  case TK_SHL: return IR_OP_SHL;
  case TK_SHR: return IR_OP_SHR;
  case TK_EQL: return IR_OP_EQ;
  case TK_NEQ: return IR_OP_NE;
  case TK_LSS: return IR_OP_LT;
  case TK_LEQ: return IR_OP_LE;
  case TK_GTR: return IR_OP_GT;
  case TK_GEQ: return IR_OP_GE;
  default: fatal("binary operator %s", tok_text(op));
  }
}

/* comparison_type: the type both operands are compared as (an interface
** when one side is, the non-nil side's type against nil) */
static Type *comparison_type(Fn *F, Node *x, Node *y) {
  Type *tx = expr_type(F, x), *ty = expr_type(F, y);
  if (x->mode == MODE_NIL) return ty;
  if (y->mode == MODE_NIL) return tx;
  if (ty_is_iface(tx) && !ty_is_iface(ty)) return tx;
  if (ty_is_iface(ty) && !ty_is_iface(tx)) return ty;
  return tx;
}

static IrReg lower_comparison(Fn *F, Node *n) {
  Type *ct = comparison_type(F, n->binary.x, n->binary.y);
  IrReg a = lower_expr_to(F, n->binary.x, ct);
  IrReg b = lower_expr_to(F, n->binary.y, ct);
  F->pos = call_pos(n);
  IrReg r = emit_binary(F, binop_of(n->binary.op), ct, a, b);
  return coerce(F, r, F->b->t_bool, expr_type(F, n));
}

/* concat_operands collects the operands of a chain a + b + c of strings
** (constant subexpressions are already folded) */
typedef VEC(IrReg) RegList;

static void concat_operands(Fn *F, Node *n, RegList *out) {
  Node *u = ast_unparen(n);
  if (u->kind == N_BINARY && u->binary.op == TK_ADD && !u->val) {
    concat_operands(F, u->binary.x, out);
    concat_operands(F, u->binary.y, out);
    return;
  }
  vec_push(out, lower_expr_to(F, n, F->b->t_string));
}

static IrReg lower_concat(Fn *F, Node *n) {
  RegList ops = {0};
  concat_operands(F, n, &ops);
  Type *t = expr_type(F, n);
  IrReg d = new_reg(F, F->b->t_string, NULL);
  IrInstr *in = emit(F, IR_CONCAT, F->b->t_string);
  in->dst = d;
  in->args = regs_dup(F, ops.items, ops.len);
  in->nargs = ops.len;
  vec_free(&ops);
  return coerce(F, d, F->b->t_string, t);
}

static IrReg lower_logic(Fn *F, Node *n) {
  Type *t = expr_type(F, n);
  IrReg d = new_reg(F, t, NULL);
  IrBlock *yes = new_block(F), *no = new_block(F), *done = new_block(F);
  lower_cond(F, n, yes, no);
  set_block(F, yes);
  emit_move(F, d, coerce(F, emit_const_bool(F, true), F->b->t_bool, t));
  emit_jump(F, done);
  set_block(F, no);
  emit_move(F, d, coerce(F, emit_const_bool(F, false), F->b->t_bool, t));
  emit_jump(F, done);
  set_block(F, done);
  return d;
}

static IrReg lower_binary(Fn *F, Node *n) {
  TokKind op = n->binary.op;
  if (op == TK_LAND || op == TK_LOR) return lower_logic(F, n);
  if (op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ)
    return lower_comparison(F, n);
  Type *t = expr_type(F, n);
  if (op == TK_ADD && ty_under(t)->kind == T_STRING) return lower_concat(F, n);
  IrReg a = lower_expr_to(F, n->binary.x, t);
  IrReg b = op == TK_SHL || op == TK_SHR ? lower_expr(F, n->binary.y) : lower_expr_to(F, n->binary.y, t);
  F->pos = call_pos(n);
  return emit_binary(F, binop_of(op), t, a, b);
}

/* lower_cond branches on a boolean expression, short-circuiting && and ||
** into control flow instead of materializing intermediate bools */
void lower_cond(Fn *F, Node *n, IrBlock *yes, IrBlock *no) {
  n = ast_unparen(n);
  if (n->mode == MODE_CONST && n->val && n->val->kind == CK_BOOL) {
    emit_jump(F, n->val->b ? yes : no);
    return;
  }
  if (n->kind == N_BINARY && (n->binary.op == TK_LAND || n->binary.op == TK_LOR)) {
    IrBlock *mid = new_block(F);
    if (n->binary.op == TK_LAND) lower_cond(F, n->binary.x, mid, no);
    else lower_cond(F, n->binary.x, yes, mid);
    set_block(F, mid);
    lower_cond(F, n->binary.y, yes, no);
    return;
  }
  if (n->kind == N_UNARY && n->unary.op == TK_NOT) {
    lower_cond(F, n->unary.x, no, yes);
    return;
  }
  order_expr(F, n, NULL);
  emit_branch(F, lower_expr(F, n), yes, no);
}

/* ---- dispatch ---- */

static IrReg lower_expr1(Fn *F, Node *n) {
  if (n->mode == MODE_CONST && n->val) return lower_const(F, n->val, expr_type(F, n));
  if (n->mode == MODE_NIL) {
    if (n->type->kind == T_UNTYPED_NIL) fatal("untyped nil without a destination type");
    return emit_zero(F, n->type);
  }
  switch (n->kind) {
  case N_PAREN: return lower_expr(F, n->paren.x);
  case N_IDENT: return lower_ident(F, n);
  case N_FUNCLIT: return lower_funclit(F, n);
  case N_COMPOSITELIT: return lower_composite(F, n);
  case N_SELECTOR: return lower_selector(F, n);
  case N_INDEX: return lower_index(F, n);
  case N_SLICE: return lower_slice(F, n);
  case N_TYPEASSERT: {
    IrReg v;
    lower_typeassert(F, n, &v, 1);
    return v;
  }
  case N_CALL: return lower_call(F, n);
  case N_STAR: {
    Ref r = ref_expr(F, n);
    return ref_load(F, &r);
  }
  case N_UNARY: return lower_unary(F, n);
  case N_BINARY: return lower_binary(F, n);
  default: fatal("cannot lower %s", ast_kind_name(n->kind));
  }
}

IrReg lower_expr(Fn *F, Node *n) {
  IrReg h;
  if (hoisted(F, n, &h, 1) > 0) return h;
  Pos saved = F->pos;
  F->pos = n->pos;
  IrReg r = lower_expr1(F, n);
  F->pos = saved;
  return r;
}
