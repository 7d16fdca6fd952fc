/*
** lower_stmt.c -- statements and control flow: blocks, declarations,
** expression and send statements, if, for, labels, break/continue/goto/
** fallthrough.
**
** Break and continue targets form a stack (Target): loops push their exit
** and continue blocks, switch and select push their exit; an unlabelled
** break takes the innermost, continue the innermost loop, a labelled one
** the statement carrying that label. A label's block is made on first
** mention (goto may jump forward). Every loop back-edge, and a goto to a
** label already placed (a backward jump), passes a SAFEPOINT.
*/
#include "lower.h"

void lower_block(Fn *F, NodeList *stmts) {
  for (int i = 0; i < stmts->len; i++) lower_stmt(F, stmts->items[i]);
}

/* ---- targets and loops ---- */

void push_target(Fn *F, IrBlock *brk, IrBlock *cont) {
  Target t = {F->pending_label, brk, cont};
  F->pending_label = NULL;
  vec_push(&F->targets, t);
}

void pop_target(Fn *F) { F->targets.len--; }

void enter_loop(Fn *F) { F->loopdepth++; }
void leave_loop(Fn *F) { F->loopdepth--; }

static IrBlock *label_block(Fn *F, const char *name) {
  IrBlock *b = pm_get(&F->labels, name);
  if (!b) {
    b = new_block(F);
    pm_put(&F->labels, name, b);
  }
  return b;
}

/* a label is placed once its block has code or is being filled: a goto
** to it then jumps backward */
static bool label_placed(Fn *F, IrBlock *b) { return b->instrs.len > 0 || F->cur == b; }

static void lower_labeled(Fn *F, Node *s) {
  const char *name = s->labeledstmt.label->ident.name;
  IrBlock *b = label_block(F, name);
  emit_jump(F, b);
  set_block(F, b);
  Node *inner = s->labeledstmt.stmt;
  switch (inner->kind) {
  case N_FORSTMT: case N_RANGESTMT: case N_SWITCHSTMT: case N_TYPESWITCHSTMT: case N_SELECTSTMT:
    F->pending_label = name;
    break;
  default: break;
  }
  lower_stmt(F, inner);
}

static Target *find_target(Fn *F, Node *label, bool want_continue) {
  for (int i = F->targets.len - 1; i >= 0; i--) {
    Target *t = &F->targets.items[i];
    if (label ? t->label == label->ident.name : (!want_continue || t->cont)) return t;
  }
  fatal("%s: no target for break/continue", F->f->name);
}

static void lower_branch(Fn *F, Node *s) {
  Node *label = s->branchstmt.label;
  switch (s->branchstmt.tok) {
  case TK_BREAK: emit_jump(F, find_target(F, label, false)->brk); break;
  case TK_CONTINUE: emit_jump(F, find_target(F, label, true)->cont); break;
  case TK_FALLTHROUGH: emit_jump(F, F->fallthrough); break;
  case TK_GOTO: {
    IrBlock *b = label_block(F, label->ident.name);
    if (label_placed(F, b)) emit(F, IR_SAFEPOINT, NULL);
    emit_jump(F, b);
    break;
  }
  default: fatal("branch %s", tok_text(s->branchstmt.tok));
  }
}

/* ---- if and for ---- */

static void lower_if(Fn *F, Node *s) {
  if (s->ifstmt.init) lower_stmt(F, s->ifstmt.init);
  IrBlock *then = new_block(F), *done = new_block(F);
  IrBlock *els = s->ifstmt.els ? new_block(F) : done;
  lower_cond(F, s->ifstmt.cond, then, els);
  set_block(F, then);
  lower_stmt(F, s->ifstmt.body);
  emit_jump(F, done);
  if (s->ifstmt.els) {
    set_block(F, els);
    lower_stmt(F, s->ifstmt.els);
    emit_jump(F, done);
  }
  set_block(F, done);
}

static void lower_for(Fn *F, Node *s) {
  if (s->forstmt.init) lower_stmt(F, s->forstmt.init);
  IrBlock *done = new_block(F);
  enter_loop(F);
  IrBlock *head = new_block(F), *body = new_block(F), *post = new_block(F);
  push_target(F, done, post);
  emit_jump(F, head);
  set_block(F, head);
  if (s->forstmt.cond) lower_cond(F, s->forstmt.cond, body, done);
  else emit_jump(F, body);
  set_block(F, body);
  lower_stmt(F, s->forstmt.body);
  emit_jump(F, post);
  set_block(F, post);
  if (s->forstmt.post) lower_stmt(F, s->forstmt.post);
  emit(F, IR_SAFEPOINT, NULL);
  emit_jump(F, head);
  pop_target(F);
  leave_loop(F);
  set_block(F, done);
}

/* ---- simple statements ---- */

static void lower_decl(Fn *F, Node *gendecl) {
  if (gendecl->gendecl.tok != TK_VAR) return; /* const and type: nothing to run */
  for (int i = 0; i < gendecl->gendecl.specs.len; i++) {
    Node *spec = gendecl->gendecl.specs.items[i];
    lower_define_vars(F, &spec->valuespec.names, &spec->valuespec.values);
  }
}

static void lower_send(Fn *F, Node *s) {
  order_expr(F, s->sendstmt.chan, NULL);
  order_expr(F, s->sendstmt.value, NULL);
  IrReg c = lower_expr(F, s->sendstmt.chan);
  Type *ct = reg_type(F, c);
  IrReg args[2] = {c, lower_expr_to(F, s->sendstmt.value, ty_under(ct)->chan.elem)};
  F->pos = s->sendstmt.arrow;
  emit_rtcall(F, RT_CHANSEND, ct, args, 2, NULL, 0);
}

static void lower_expr_stmt(Fn *F, Node *x) {
  Node *u = ast_unparen(x);
  if (u->kind == N_CALL) order_call_operands(F, u);
  else order_expr(F, x, NULL);
  if (u->kind == N_CALL && ast_unparen(u->call.fun)->mode != MODE_TYPEXPR &&
      ast_unparen(u->call.fun)->mode != MODE_BUILTIN) {
    /* results discarded, whatever their number */
    Type *sig = ty_under(ast_unparen(u->call.fun)->type);
    int n = sig_nresults(sig);
    IrReg *res = xcalloc((size_t)n + 1, sizeof(IrReg));
    lower_call_results(F, u, res, n);
    free(res);
    return;
  }
  lower_expr(F, x);
}

void lower_stmt(Fn *F, Node *s) {
  Pos saved = F->pos;
  F->pos = s->pos;
  switch (s->kind) {
  case N_EMPTYSTMT: break;
  case N_DECLSTMT: lower_decl(F, s->declstmt.decl); break;
  case N_LABELEDSTMT: lower_labeled(F, s); break;
  case N_EXPRSTMT: lower_expr_stmt(F, s->exprstmt.x); break;
  case N_SENDSTMT: lower_send(F, s); break;
  case N_INCDECSTMT: lower_incdec(F, s); break;
  case N_ASSIGNSTMT: lower_assign(F, s); break;
  case N_GOSTMT: case N_DEFERSTMT: lower_defer_go(F, s); break;
  case N_RETURNSTMT: lower_return(F, s); break;
  case N_BRANCHSTMT: lower_branch(F, s); break;
  case N_BLOCKSTMT: lower_block(F, &s->blockstmt.stmts); break;
  case N_IFSTMT: lower_if(F, s); break;
  case N_SWITCHSTMT: lower_switch(F, s); break;
  case N_TYPESWITCHSTMT: lower_typeswitch(F, s); break;
  case N_SELECTSTMT: lower_select(F, s); break;
  case N_FORSTMT: lower_for(F, s); break;
  case N_RANGESTMT: lower_range(F, s); break;
  default: fatal("cannot lower statement %s", ast_kind_name(s->kind));
  }
  F->pos = saved;
}
