/*
** lower_assign.c -- assignments, short variable declarations, var
** declarations in functions, op-assignments and ++/--.
**
** Go's two phases: first the operands of the left-hand sides (index
** expressions, pointer indirections, map keys: ref_expr) and then the
** right-hand sides are evaluated in order; then the stores happen left to
** right, each with its own nil and bounds checks. When several targets
** are assigned at once, an operand or right-hand value that is itself a
** variable's register is copied to a temporary before any store
** (a, b = b, a; i, m[i] = 1, 2), since the stores would otherwise
** overwrite it.
**
** Registers are not wasted on single assignments: `x := f()` adopts the
** fresh result register as x's register, and `x = y + 1` retargets the
** instruction that computed the temporary to write x directly (only when
** that instruction is the last one emitted and defines nothing else).
*/
#include "lower.h"

static bool is_blank_node(Node *n) {
  n = ast_unparen(n);
  return n->kind == N_IDENT && n->ident.name[0] == '_' && !n->ident.name[1];
}

/* retarget: make the last instruction, which computed temporary v (made
** after register `mark`), write dst instead; false if it cannot */
static bool retarget(Fn *F, IrReg v, IrReg dst, int mark) {
  if (v < mark || F->cur->instrs.len == 0 || terminated(F)) return false;
  if (!types_identical(reg_type(F, v), reg_type(F, dst))) return false;
  IrInstr *in = &F->cur->instrs.items[F->cur->instrs.len - 1];
  if (in->op == IR_SETFIELD || in->op == IR_SETINDEX) return false;
  if (in->dst == v) {
    in->dst = dst;
    return true;
  }
  if (in->nresults == 1 && in->results[0] == v) {
    in->results[0] = dst;
    return true;
  }
  return false;
}

void assign_ref(Fn *F, Ref *r, IrReg v, Type *vt) {
  if (r->kind == REF_BLANK) return;
  ref_store(F, r, coerce(F, v, vt, r->type));
}

/* copy_vars: values that are variables' registers (made before mark) are
** copied, so the stores of a multiple assignment cannot clobber them */
static void copy_vars(Fn *F, IrReg *vals, int n, int mark) {
  for (int i = 0; i < n && n > 1; i++) {
    if (vals[i] >= mark) continue;
    IrReg t = new_reg(F, reg_type(F, vals[i]), NULL);
    emit_move(F, t, vals[i]);
    vals[i] = t;
  }
}

/* rhs_values evaluates the right-hand sides for n targets of the given
** types (NULL: keep the value's type) */
static void rhs_values(Fn *F, NodeList *rhs, int n, Type **types, IrReg *vals) {
  if (rhs->len == n) {
    for (int i = 0; i < n; i++)
      vals[i] = types[i] ? lower_expr_to(F, rhs->items[i], types[i]) : lower_expr(F, rhs->items[i]);
    return;
  }
  lower_multi(F, rhs->items[0], vals, n);
  for (int i = 0; i < n; i++)
    if (types[i]) vals[i] = coerce(F, vals[i], reg_type(F, vals[i]), types[i]);
}

static void lower_plain_assign(Fn *F, Node *s) {
  NodeList *lhs = &s->assignstmt.lhs, *rhs = &s->assignstmt.rhs;
  int n = lhs->len;
  int mark = F->f->regs.len;
  Type **dsts = xcalloc((size_t)n, sizeof(Type *));
  for (int i = 0; i < n; i++) {
    order_lhs(F, lhs->items[i]);
    dsts[i] = is_blank_node(lhs->items[i]) ? NULL : lhs->items[i]->type;
  }
  order_rhs(F, rhs, n, dsts);
  free(dsts);
  Ref *refs = xcalloc((size_t)n, sizeof(Ref));
  Type **types = xcalloc((size_t)n, sizeof(Type *));
  IrReg *vals = xcalloc((size_t)n, sizeof(IrReg));
  for (int i = 0; i < n; i++) {
    refs[i] = ref_expr(F, lhs->items[i]);
    types[i] = refs[i].kind == REF_BLANK ? NULL : refs[i].type;
    if (n > 1) ref_stabilize(F, &refs[i]);
  }
  rhs_values(F, rhs, n, types, vals);
  if (n == 1 && refs[0].kind == REF_VAR && refs[0].nsteps == 0 && retarget(F, vals[0], refs[0].reg, mark)) {
    /* done: the value was computed into the variable */
  } else {
    copy_vars(F, vals, n, mark);
    for (int i = 0; i < n; i++)
      if (refs[i].kind != REF_BLANK) ref_store(F, &refs[i], vals[i]);
  }
  free(refs), free(types), free(vals);
}

static IrBinOp assign_op(TokKind t) {
  switch (t) {
  case TK_ADD_ASSIGN: case TK_INC: return IR_OP_ADD;
  case TK_SUB_ASSIGN: case TK_DEC: return IR_OP_SUB;
  case TK_MUL_ASSIGN: return IR_OP_MUL;
  case TK_QUO_ASSIGN: return IR_OP_DIV;
  case TK_REM_ASSIGN: return IR_OP_REM;
  case TK_AND_ASSIGN: return IR_OP_AND;
  case TK_OR_ASSIGN: return IR_OP_OR;
  case TK_XOR_ASSIGN: return IR_OP_XOR;
  case TK_SHL_ASSIGN: return IR_OP_SHL;
  case TK_SHR_ASSIGN: return IR_OP_SHR;
  case TK_AND_NOT_ASSIGN: return IR_OP_ANDNOT;
  default: fatal("assignment operator %s", tok_text(t));
  }
}

/* x op= y and x++: x's operands are evaluated once */
static void lower_op_assign(Fn *F, Node *x, TokKind tok, Node *y, Pos pos) {
  order_lhs(F, x);
  if (y) order_expr(F, y, NULL);
  Ref r = ref_expr(F, x);
  Type *t = r.type;
  IrReg cur = ref_load(F, &r);
  IrBinOp op = assign_op(tok);
  IrReg v;
  if (!y) {
    Const *one = arena_alloc(F->b->arena, sizeof *one);
    one->kind = CK_INT;
    one->i = 1;
    v = lower_const(F, one, t);
  } else if (op == IR_OP_SHL || op == IR_OP_SHR) {
    v = lower_expr(F, y);
  } else {
    v = lower_expr_to(F, y, t);
  }
  F->pos = pos;
  IrReg res;
  if (op == IR_OP_ADD && ty_under(t)->kind == T_STRING) {
    IrReg ops[2] = {cur, v};
    res = new_reg(F, t, NULL);
    IrInstr *in = emit(F, IR_CONCAT, t);
    in->dst = res;
    in->args = regs_dup(F, ops, 2);
    in->nargs = 2;
  } else {
    res = emit_binary(F, op, t, cur, v);
  }
  if (!(r.kind == REF_VAR && r.nsteps == 0 && retarget(F, res, r.reg, res))) ref_store(F, &r, res);
}

void lower_incdec(Fn *F, Node *s) {
  lower_op_assign(F, s->incdecstmt.x, s->incdecstmt.tok, NULL, s->incdecstmt.tokpos);
}

/* lower_define_vars: `a, b := ...` and `var a, b T = ...`: new variables
** are declared with their values, redeclared ones assigned */
void lower_define_vars(Fn *F, NodeList *lhs, NodeList *rhs) {
  int n = lhs->len;
  Type **types = xcalloc((size_t)n, sizeof(Type *));
  IrReg *vals = xcalloc((size_t)n, sizeof(IrReg));
  for (int i = 0; i < n; i++) {
    Object *o = lhs->items[i]->obj;
    types[i] = !is_blank_node(lhs->items[i]) && o ? o->type : NULL;
  }
  int mark = F->f->regs.len;
  order_rhs(F, rhs, n, types);
  if (rhs->len) {
    rhs_values(F, rhs, n, types, vals);
    copy_vars(F, vals, n, mark);
  }
  for (int i = 0; i < n; i++) {
    Object *o = lhs->items[i]->obj;
    if (!types[i]) continue;
    if (pm_get(&F->vars, o)) {
      Ref r = ref_expr(F, lhs->items[i]);
      ref_store(F, &r, vals[i]);
    } else if (vals[i] >= mark && !needs_cell(F->b, o) && types_identical(reg_type(F, vals[i]), o->type)) {
      bind_var(F, o, vals[i], false); /* adopt the fresh temporary */
    } else {
      declare_var(F, o, vals[i]);
    }
  }
  free(types), free(vals);
}

void lower_assign(Fn *F, Node *s) {
  switch (s->assignstmt.tok) {
  case TK_DEFINE: lower_define_vars(F, &s->assignstmt.lhs, &s->assignstmt.rhs); return;
  case TK_ASSIGN: lower_plain_assign(F, s); return;
  default:
    lower_op_assign(F, s->assignstmt.lhs.items[0], s->assignstmt.tok, s->assignstmt.rhs.items[0],
                    s->assignstmt.tokpos);
  }
}
