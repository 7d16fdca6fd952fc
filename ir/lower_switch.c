/*
** lower_switch.c -- expression switch, type switch and select.
**
** Switches become a chain of tests followed by the clause bodies in source
** order: each case is compared in order (top to bottom, left to right,
** stopping at the first match, as Go evaluates them); no match jumps to
** the default clause or past the switch. A body ends by jumping past the
** switch, or with fallthrough into the next body. A tagless switch tests
** each case as a condition; a tag is evaluated once and compared with ==
** (converted to an interface when the case value is one, and vice versa).
**
** Type switch: `case T` is a comma-ok TYPEASSERT of the guard to T (the
** clause variable, if any, gets the asserted value when the clause lists
** one type); `case nil` compares the guard with nil; a clause listing
** several types, and default, bind the variable to the guard itself. Each
** clause's variable is its own object (found by the pre-pass).
**
** select: one RTCALL SELECT with every case's channel (and value, for a
** send), in source order; it returns the chosen case index (-1: default)
** and the received value, and the clauses are dispatched on the index.
*/
#include "lower.h"

/* ---- expression switch ---- */

static Type *case_type(Fn *F, Type *tagt, Node *e) {
  Type *et = expr_type(F, e);
  if (e->mode == MODE_NIL) return tagt;
  if (ty_is_iface(et) && !ty_is_iface(tagt)) return et;
  return tagt;
}

static IrBlock **clause_blocks(Fn *F, NodeList *clauses) {
  IrBlock **b = xcalloc((size_t)clauses->len + 1, sizeof(IrBlock *));
  for (int i = 0; i < clauses->len; i++) b[i] = new_block(F);
  return b;
}

/* lower_bodies: clause i's body in bodies[i]; each falls through to the
** next or jumps to done */
static void lower_bodies(Fn *F, NodeList *clauses, IrBlock **bodies, IrBlock *done) {
  IrBlock *saved = F->fallthrough;
  for (int i = 0; i < clauses->len; i++) {
    set_block(F, bodies[i]);
    F->fallthrough = i + 1 < clauses->len ? bodies[i + 1] : done;
    lower_block(F, &clauses->items[i]->caseclause.body);
    emit_jump(F, done);
  }
  F->fallthrough = saved;
}

void lower_switch(Fn *F, Node *s) {
  if (s->switchstmt.init) lower_stmt(F, s->switchstmt.init);
  Node *tagn = s->switchstmt.tag;
  if (tagn) order_expr(F, tagn, NULL);
  IrReg tag = tagn ? lower_expr(F, tagn) : 0;
  Type *tagt = tagn ? expr_type(F, tagn) : NULL;
  NodeList *clauses = &s->switchstmt.body->blockstmt.stmts;
  IrBlock **bodies = clause_blocks(F, clauses);
  IrBlock *done = new_block(F), *deflt = done;
  push_target(F, done, NULL);
  for (int i = 0; i < clauses->len; i++) {
    Node *cc = clauses->items[i];
    if (cc->caseclause.is_default) deflt = bodies[i];
    for (int j = 0; j < cc->caseclause.list.len; j++) {
      Node *e = cc->caseclause.list.items[j];
      IrBlock *next = new_block(F);
      if (!tagn && ty_under(expr_type(F, e))->kind == T_BOOL) {
        lower_cond(F, e, bodies[i], next);
      } else {
        if (!tag) tag = emit_const_bool(F, true), tagt = F->b->t_bool; /* case i: with i an interface */
        Type *ct = case_type(F, tagt, e);
        order_expr(F, e, ct);
        IrReg v = lower_expr_to(F, e, ct);
        IrReg t = coerce(F, tag, tagt, ct);
        F->pos = e->pos;
        emit_branch(F, emit_binary(F, IR_OP_EQ, ct, t, v), bodies[i], next);
      }
      set_block(F, next);
    }
  }
  emit_jump(F, deflt);
  lower_bodies(F, clauses, bodies, done);
  pop_target(F);
  set_block(F, done);
  free(bodies);
}

/* ---- type switch ---- */

static Node *guard_expr(Node *s) {
  Node *g = s->typeswitchstmt.assign;
  Node *ta = g->kind == N_ASSIGNSTMT ? g->assignstmt.rhs.items[0] : g->exprstmt.x;
  return ast_unparen(ta)->typeassert.x;
}

static void bind_clause_var(Fn *F, Object *v, IrReg val) {
  if (!v) return;
  VarLoc *l = var_loc(F, v);
  IrReg c = coerce(F, val, reg_type(F, val), v->type);
  if (l->cell) emit_store(F, l->reg, c);
  else emit_move(F, l->reg, c);
}

/* one case of a type switch clause: on a match, bind and enter the body */
static void type_case(Fn *F, IrReg x, Node *cc, Node *e, Object *v, IrBlock *body) {
  IrBlock *match = new_block(F), *next = new_block(F);
  Type *xt = reg_type(F, x);
  F->pos = e->pos;
  if (e->mode == MODE_NIL) {
    emit_branch(F, emit_binary(F, IR_OP_EQ, xt, x, emit_zero(F, xt)), match, next);
    set_block(F, match);
    bind_clause_var(F, v, x);
  } else {
    Type *t = e->type;
    IrReg res[2];
    res[0] = new_reg(F, t, NULL);
    res[1] = new_reg(F, F->b->t_bool, NULL);
    IrInstr *in = emit(F, IR_TYPEASSERT, t);
    in->a = x;
    in->results = regs_dup(F, res, 2);
    in->nresults = 2;
    emit_branch(F, res[1], match, next);
    set_block(F, match);
    bind_clause_var(F, v, cc->caseclause.list.len == 1 ? res[0] : x);
  }
  emit_jump(F, body);
  set_block(F, next);
}

void lower_typeswitch(Fn *F, Node *s) {
  if (s->typeswitchstmt.init) lower_stmt(F, s->typeswitchstmt.init);
  order_expr(F, guard_expr(s), NULL);
  IrReg x = lower_expr(F, guard_expr(s));
  NodeList *clauses = &s->typeswitchstmt.body->blockstmt.stmts;
  IrBlock **bodies = clause_blocks(F, clauses);
  Object **vars = xcalloc((size_t)clauses->len + 1, sizeof(Object *));
  for (int i = 0; i < clauses->len; i++) {
    vars[i] = pm_get(&F->b->clausevars, clauses->items[i]);
    if (vars[i]) declare_var(F, vars[i], 0);
  }
  IrBlock *done = new_block(F);
  int deflt = -1;
  push_target(F, done, NULL);
  for (int i = 0; i < clauses->len; i++) {
    Node *cc = clauses->items[i];
    if (cc->caseclause.is_default) deflt = i;
    for (int j = 0; j < cc->caseclause.list.len; j++)
      type_case(F, x, cc, cc->caseclause.list.items[j], vars[i], bodies[i]);
  }
  if (deflt >= 0) {
    bind_clause_var(F, vars[deflt], x);
    emit_jump(F, bodies[deflt]);
  } else {
    emit_jump(F, done);
  }
  lower_bodies(F, clauses, bodies, done);
  pop_target(F);
  set_block(F, done);
  free(bodies), free(vars);
}

/* ---- select ---- */

/* the receive expression <-c of a comm clause, or NULL for a send */
static Node *recv_of(Node *comm) {
  Node *e = comm->kind == N_EXPRSTMT ? comm->exprstmt.x
            : comm->kind == N_ASSIGNSTMT ? comm->assignstmt.rhs.items[0] : NULL;
  return e ? ast_unparen(e) : NULL;
}

/* after a receive case was chosen: its assignment or definition */
static void select_assign(Fn *F, Node *comm, IrReg v, IrReg ok) {
  if (comm->kind != N_ASSIGNSTMT) return;
  NodeList *lhs = &comm->assignstmt.lhs;
  IrReg vals[2] = {v, ok};
  for (int i = 0; i < lhs->len; i++) {
    Node *l = lhs->items[i];
    if (l->kind == N_IDENT && l->ident.name[0] == '_' && !l->ident.name[1]) continue;
    if (comm->assignstmt.tok == TK_DEFINE && !pm_get(&F->vars, l->obj)) {
      declare_var(F, l->obj, coerce(F, vals[i], reg_type(F, vals[i]), l->obj->type));
    } else {
      Ref r = ref_expr(F, l);
      assign_ref(F, &r, vals[i], reg_type(F, vals[i]));
    }
  }
}

/* one select case's operands, in source order, into the SELECT call:
** args[2k] its channel, args[2k+1] a send's value, res[2+k] a receive's
** result register */
static void select_case(Fn *F, Node *comm, int k, IrReg *args, IrReg *res) {
  Node *rv = recv_of(comm);
  Node *ch = rv ? rv->unary.x : comm->sendstmt.chan;
  order_expr(F, ch, NULL);
  if (!rv) order_expr(F, comm->sendstmt.value, NULL);
  IrReg c = lower_expr(F, ch);
  Type *elem = ty_under(reg_type(F, c))->chan.elem;
  args[2 * k] = c;
  if (rv) res[2 + k] = new_reg(F, elem, NULL);
  else args[2 * k + 1] = lower_expr_to(F, comm->sendstmt.value, elem);
}

/* the chosen clause (caseidx: its index among the cases, -1 for default)
** runs its receive's assignment and its body */
static void select_dispatch(Fn *F, NodeList *clauses, int *caseidx, IrReg *res) {
  IrBlock *done = new_block(F);
  push_target(F, done, NULL);
  for (int i = 0; i < clauses->len; i++) {
    Node *cc = clauses->items[i];
    IrBlock *body = new_block(F), *next = new_block(F);
    IrReg want = emit_const_int(F, F->b->t_int, caseidx[i]);
    emit_branch(F, emit_binary(F, IR_OP_EQ, F->b->t_int, res[0], want), body, next);
    set_block(F, body);
    if (cc->commclause.comm && recv_of(cc->commclause.comm))
      select_assign(F, cc->commclause.comm, res[2 + caseidx[i]], res[1]);
    lower_block(F, &cc->commclause.body);
    emit_jump(F, done);
    set_block(F, next);
  }
  emit(F, IR_UNREACHABLE, NULL);
  pop_target(F);
  set_block(F, done);
}

void lower_select(Fn *F, Node *s) {
  NodeList *clauses = &s->selectstmt.body->blockstmt.stmts;
  int n = clauses->len, ncases = 0;
  bool has_default = false;
  IrReg *args = xcalloc((size_t)2 * n + 1, sizeof(IrReg));
  IrReg *res = xcalloc((size_t)n + 3, sizeof(IrReg));
  int *caseidx = xcalloc((size_t)n + 1, sizeof(int));
  for (int i = 0; i < n; i++) {
    Node *comm = clauses->items[i]->commclause.comm;
    caseidx[i] = comm ? ncases : -1;
    if (comm) select_case(F, comm, ncases++, args, res);
    else has_default = true;
  }
  res[0] = new_reg(F, F->b->t_int, NULL);
  res[1] = new_reg(F, F->b->t_bool, NULL);
  F->pos = s->pos;
  emit_rtcall(F, RT_SELECT, NULL, args, 2 * ncases, res, 2 + ncases);
  F->cur->instrs.items[F->cur->instrs.len - 1].imm = has_default;
  select_dispatch(F, clauses, caseidx, res);
  free(args), free(res), free(caseidx);
}
