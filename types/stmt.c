/*
** stmt.c -- function bodies and statements (types2's stmt.go, return.go)
** and the branch/label checks gc does in its parser (syntax/branches.go).
**
** Each statement is checked in the current scope; blocks, if/for/switch/
** select headers and case clauses open scopes. Func literal bodies queued
** while checking a statement run at the end of that statement (before the
** scope changes), as in types2. At the end of a function the unused
** variables of its scopes are reported, sorted by position per scope
** (types2's usage), so the 10-error limit cuts at the same error as gc.
*/
#include "check.h"

enum { CTX_BREAK = 1, CTX_CONTINUE = 2, CTX_FALLTHROUGH = 4, CTX_FINAL_CASE = 8 };

static void stmt(Checker *c, Node *s, int ctx);

static void open_scope(Checker *c) { c->scope = scope_new(c->scope, false); }
static void close_scope(Checker *c) { c->scope = c->scope->parent; }

/* ---- usage ---- */

static int cmp_pos(const void *a, const void *b) {
  const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
  if (pos_before(x->pos, y->pos)) return -1;
  return pos_before(y->pos, x->pos) ? 1 : 0;
}

typedef VEC(Scope *) ScopeList;
static ScopeList all_scopes; /* child scopes of functions, in creation order */

void usage(Checker *c, Scope *s) {
  ObjList unused = {0};
  for (int i = 0; i < s->elems.len; i++) {
    Object *o = s->elems.items[i];
    if (o->kind == OBJ_VAR && !o->used && !o->is_param) vec_push(&unused, o);
  }
  if (unused.len > 1) qsort(unused.items, (size_t)unused.len, sizeof(Object *), cmp_pos);
  for (int i = 0; i < unused.len; i++)
    check_soft_errorf(c, unused.items[i]->pos, "%s declared but not used", unused.items[i]->name);
  vec_free(&unused);
}

/* ---- terminating statements (return.go) ---- */

static bool has_break(Node *s, const char *label, bool implicit);

static bool has_break_list(NodeList *l, const char *label, bool implicit) {
  for (int i = 0; i < l->len; i++)
    if (has_break(l->items[i], label, implicit)) return true;
  return false;
}

static bool has_break(Node *s, const char *label, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
  case N_BRANCHSTMT:
    if (s->branchstmt.tok != TK_BREAK) return false;
    if (!s->branchstmt.label) return implicit;
    return s->branchstmt.label->ident.name == label;
  case N_LABELEDSTMT: return has_break(s->labeledstmt.stmt, label, implicit);
  case N_BLOCKSTMT: return has_break_list(&s->blockstmt.stmts, label, implicit);
  case N_IFSTMT: return has_break(s->ifstmt.body, label, implicit) || has_break(s->ifstmt.els, label, implicit);
  case N_CASECLAUSE: return has_break_list(&s->caseclause.body, label, implicit);
  case N_COMMCLAUSE: return has_break_list(&s->commclause.body, label, implicit);
  case N_SWITCHSTMT: return label && has_break(s->switchstmt.body, label, false);
  case N_TYPESWITCHSTMT: return label && has_break(s->typeswitchstmt.body, label, false);
  case N_SELECTSTMT: return label && has_break(s->selectstmt.body, label, false);
  case N_FORSTMT: return label && has_break(s->forstmt.body, label, false);
  case N_RANGESTMT: return label && has_break(s->rangestmt.body, label, false);
  default: return false;
  }
}

static bool is_terminating_list(NodeList *l, const char *label) {
  int n = l->len;
  while (n > 0 && l->items[n - 1]->kind == N_EMPTYSTMT) n--;
  return n > 0 && is_terminating(l->items[n - 1], label);
}

static bool clauses_terminate(Node *body, const char *label, bool is_select) {
  bool has_default = false;
  NodeList *cl = &body->blockstmt.stmts;
  for (int i = 0; i < cl->len; i++) {
    Node *cc = cl->items[i];
    NodeList *b = is_select ? &cc->commclause.body : &cc->caseclause.body;
    if (is_select ? cc->commclause.is_default : cc->caseclause.is_default) has_default = true;
    int n = b->len;
    while (n > 0 && b->items[n - 1]->kind == N_EMPTYSTMT) n--;
    bool fall = n > 0 && b->items[n - 1]->kind == N_BRANCHSTMT && b->items[n - 1]->branchstmt.tok == TK_FALLTHROUGH;
    if (!fall && !is_terminating_list(b, "")) return false;
    if (has_break_list(b, label, true)) return false;
  }
  return is_select || has_default;
}

bool is_terminating(Node *s, const char *label) {
  switch (s->kind) {
  case N_RETURNSTMT: return true;
  case N_BRANCHSTMT: return s->branchstmt.tok == TK_GOTO || s->branchstmt.tok == TK_FALLTHROUGH;
  case N_EXPRSTMT: {
    Node *call = ast_unparen(s->exprstmt.x);
    return call->kind == N_CALL && call->call.fun->mode == MODE_BUILTIN &&
           call->call.fun->kind == N_IDENT && call->call.fun->obj &&
           call->call.fun->obj->builtin == BI_PANIC;
  }
  case N_LABELEDSTMT: return is_terminating(s->labeledstmt.stmt, s->labeledstmt.label->ident.name);
  case N_BLOCKSTMT: return is_terminating_list(&s->blockstmt.stmts, "");
  case N_IFSTMT:
    return s->ifstmt.els && is_terminating(s->ifstmt.body, "") && is_terminating(s->ifstmt.els, "");
  case N_SWITCHSTMT: return clauses_terminate(s->switchstmt.body, label, false);
  case N_TYPESWITCHSTMT: return clauses_terminate(s->typeswitchstmt.body, label, false);
  case N_SELECTSTMT: return clauses_terminate(s->selectstmt.body, label, true);
  case N_FORSTMT:
    return !s->forstmt.cond && !has_break(s->forstmt.body, label, true);
  default: return false;
  }
}

/* ---- function bodies ---- */

void func_body(Checker *c, Delayed *d) {
  Checker saved = *c;
  FuncCtx fn = {d->sig, d->scope, d->name};
  c->file = d->file;
  c->decl = d->decl;
  c->iota = d->iota;
  c->fn = &fn;
  c->scope = d->scope;
  c->errpos = (Pos){0, 0};
  if (d->name[0] == '<') check_branches(c, d->body);
  int top = all_scopes.len;
  stmt_list(c, &d->body->blockstmt.stmts, 0);
  if (d->sig->sig.results->tuple.vars.len > 0 && !is_terminating(d->body, ""))
    check_errorf(c, d->body->blockstmt.rbrace, "missing return");
  usage(c, d->scope);
  for (int i = top; i < all_scopes.len; i++) usage(c, all_scopes.items[i]);
  all_scopes.len = top;
  c->file = saved.file;
  c->decl = saved.decl;
  c->iota = saved.iota;
  c->fn = saved.fn;
  c->scope = saved.scope;
  c->errpos = saved.errpos;
}

/* scopes are created in source order, so reporting them in creation
** order after the function's own scope matches types2's recursive walk */
static void open_block(Checker *c) {
  open_scope(c);
  vec_push(&all_scopes, c->scope);
}

void stmt_list(Checker *c, NodeList *list, int ctx) {
  bool fallthrough_ok = ctx & CTX_FALLTHROUGH;
  int inner = ctx & ~(CTX_FALLTHROUGH | CTX_FINAL_CASE);
  int n = list->len;
  while (n > 0 && list->items[n - 1]->kind == N_EMPTYSTMT) n--;
  for (int i = 0; i < list->len; i++) {
    int ictx = inner;
    if (fallthrough_ok && i + 1 == n) ictx |= CTX_FALLTHROUGH | (ctx & CTX_FINAL_CASE);
    stmt(c, list->items[i], ictx);
  }
}

/* ---- simple statements ---- */

static void expr_stmt(Checker *c, Node *s) {
  Operand x;
  raw_expr(c, &x, s->exprstmt.x, NULL, false);
  const char *msg = NULL;
  Node *e = ast_unparen(s->exprstmt.x);
  switch (x.mode) {
  case MODE_INVALID: return;
  case MODE_NOVALUE: return;
  case MODE_BUILTIN: msg = "must be called"; break;
  case MODE_TYPEXPR: msg = "is not an expression"; break;
  default:
    if (e->kind == N_CALL) {
      if (e->call.fun->mode != MODE_TYPEXPR && e->call.fun->mode != MODE_BUILTIN) return;
      if (e->call.fun->mode == MODE_BUILTIN) {
        Builtin b = e->call.fun->obj ? e->call.fun->obj->builtin : BI_LEN;
        if (b == BI_COPY || b == BI_RECOVER) return;
      }
    }
    if (e->kind == N_UNARY && e->unary.op == TK_ARROW) return;
    msg = "is not used";
  }
  StrBuf sb = {0};
  check_errorf(c, start_pos(x.expr), "%s %s", operand_string(c, &x, &sb), msg);
  sb_free(&sb);
}

static void send_stmt(Checker *c, Node *s) {
  Operand ch, val;
  expr(c, &ch, s->sendstmt.chan);
  expr(c, &val, s->sendstmt.value);
  if (ch.mode == MODE_INVALID || val.mode == MODE_INVALID) return;
  Type *u = under(ch.type);
  StrBuf sb = {0};
  if (u->kind != T_CHAN) {
    check_errorf(c, s->pos, "invalid operation: cannot send to non-channel %s", operand_string(c, &ch, &sb));
  } else if (u->chan.dir == CHAN_RECV) {
    check_errorf(c, s->pos, "invalid operation: cannot send to receive-only channel %s", operand_string(c, &ch, &sb));
  } else {
    assignment(c, &val, u->chan.elem, "send");
    record_operand(c, &val);
  }
  sb_free(&sb);
}

/* duplicate_case: a type switch case naming a type (or nil) twice. */
static void duplicate_case(Checker *c, Node *e, const char *what, Node *prev) {
  check_errorf(c, start_pos(e), "duplicate case %s in type switch\n\t%s:%d:%d: previous case", what,
               c->file->path, start_pos(prev).line, start_pos(prev).col);
}

static void incdec_stmt(Checker *c, Node *s) {
  Operand x;
  expr(c, &x, s->incdecstmt.x);
  if (x.mode == MODE_INVALID) return;
  if (!is_numeric(x.type)) {
    StrBuf sb = {0};
    StrBuf t = {0};
    check_errorf(c, start_pos(s->incdecstmt.x), "invalid operation: %s%s (non-numeric type %s)",
                 expr_str(s->incdecstmt.x, &sb), tok_text(s->incdecstmt.tok), tstr(c, x.type, &t));
    sb_free(&sb), sb_free(&t);
    return;
  }
  Operand one = {MODE_CONST, NULL, basic_type(T_UNTYPED_INT), const_int(1), 0};
  one.expr = s->incdecstmt.x;
  Operand y = x;
  (void)one;
  assign_var(c, s->incdecstmt.x, &y);
}

static TokKind assign_op(TokKind t) {
  switch (t) {
  case TK_ADD_ASSIGN: return TK_ADD;
  case TK_SUB_ASSIGN: return TK_SUB;
  case TK_MUL_ASSIGN: return TK_MUL;
  case TK_QUO_ASSIGN: return TK_QUO;
  case TK_REM_ASSIGN: return TK_REM;
  case TK_AND_ASSIGN: return TK_AND;
  case TK_OR_ASSIGN: return TK_OR;
  case TK_XOR_ASSIGN: return TK_XOR;
  case TK_SHL_ASSIGN: return TK_SHL;
  case TK_SHR_ASSIGN: return TK_SHR;
  case TK_AND_NOT_ASSIGN: return TK_AND_NOT;
  default: return TK_EOF;
  }
}

static void assign_stmt(Checker *c, Node *s) {
  NodeList *lhs = &s->assignstmt.lhs, *rhs = &s->assignstmt.rhs;
  switch (s->assignstmt.tok) {
  case TK_DEFINE: short_var_decl(c, s, lhs, rhs); return;
  case TK_ASSIGN: assign_vars(c, lhs, rhs); return;
  default: {
    Operand x;
    binary(c, &x, NULL, lhs->items[0], rhs->items[0], assign_op(s->assignstmt.tok));
    if (x.mode == MODE_INVALID) return;
    assign_var(c, lhs->items[0], &x);
  }
  }
}

static void return_stmt(Checker *c, Node *s) {
  Type *res = c->fn->sig->sig.results;
  NodeList *results = &s->returnstmt.results;
  if (results->len == 0 && res->tuple.vars.len > 0 && res->tuple.vars.items[0]->name[0]) {
    for (int i = 0; i < res->tuple.vars.len; i++) {
      Object *v = res->tuple.vars.items[i];
      Object *alt = lookup(c, v->name);
      if (alt && alt != v) {
        StrBuf sb = {0};
        write_object(&sb, v, c->pkg);
        check_errorf(c, s->pos, "result parameter %s not in scope at return\n\t%s:%d:%d: inner declaration of %s",
                     v->name, alt->file->path, alt->pos.line, alt->pos.col, sb.buf);
        sb_free(&sb);
      }
    }
    return;
  }
  init_vars(c, res->tuple.vars.items, res->tuple.vars.len, results, s);
}

/* ---- compound statements ---- */

static void if_stmt(Checker *c, Node *s, int ctx) {
  open_block(c);
  if (s->ifstmt.init) stmt(c, s->ifstmt.init, 0);
  Operand x;
  expr(c, &x, s->ifstmt.cond);
  if (x.mode != MODE_INVALID && !is_boolean(x.type)) {
    StrBuf sb = {0};
    check_errorf(c, s->ifstmt.cond->pos, "non-boolean condition in if statement");
    sb_free(&sb);
  }
  stmt(c, s->ifstmt.body, ctx);
  if (s->ifstmt.els) stmt(c, s->ifstmt.els, ctx);
  close_scope(c);
}

static void case_values(Checker *c, Operand *tag, NodeList *values, NodeList *seen) {
  for (int i = 0; i < values->len; i++) {
    Node *e = values->items[i];
    Operand v;
    expr(c, &v, e);
    if (tag->mode == MODE_INVALID || v.mode == MODE_INVALID) continue;
    Operand t = *tag;
    convert_untyped(c, &v, t.type);
    if (v.mode == MODE_INVALID) continue;
    Operand res = v;
    comparison(c, &res, &t, TK_EQL, true);
    if (res.mode == MODE_INVALID) continue;
    record_operand(c, &v);
    /* types2 looks for duplicates among numeric and string constants only
     * (goVal): `case 0 == 0:` twice is fine */
    if (v.mode != MODE_CONST || v.val->kind == CK_BOOL) continue;
    for (int j = 0; j < seen->len; j++) {
      Node *o = seen->items[j];
      if (o->val->kind == v.val->kind && const_compare(o->val, TK_EQL, v.val) && identical(o->type, v.type)) {
        StrBuf sb = {0};
        check_errorf(c, e->pos, "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                     operand_string(c, &v, &sb), c->file->path, node_pos(o).line, node_pos(o).col);
        sb_free(&sb);
        break;
      }
    }
    vec_push(seen, e);
  }
}

/* multiple_defaults reports every default clause after the first of a
 * switch or select, before the clauses are checked (types2). */
static void multiple_defaults(Checker *c, NodeList *clauses, bool is_select) {
  Node *first = NULL;
  for (int i = 0; i < clauses->len; i++) {
    Node *cc = clauses->items[i];
    if (!(is_select ? cc->commclause.is_default : cc->caseclause.is_default)) continue;
    if (first)
      check_errorf(c, cc->pos, "multiple defaults (first at %s:%d:%d)", c->file->path,
                   first->pos.line, first->pos.col);
    else first = cc;
  }
}

static void switch_stmt(Checker *c, Node *s, int ctx) {
  open_block(c);
  if (s->switchstmt.init) stmt(c, s->switchstmt.init, 0);
  Operand x;
  if (s->switchstmt.tag) {
    expr(c, &x, s->switchstmt.tag);
    assignment(c, &x, NULL, "switch expression");
    record_operand(c, &x);
    if (x.mode != MODE_INVALID && !comparable(x.type, NULL) && !has_nil(x.type)) {
      StrBuf sb = {0}, t = {0};
      check_errorf(c, start_pos(x.expr), "cannot switch on %s (%s is not comparable)",
                   operand_string(c, &x, &sb), tstr(c, x.type, &t));
      sb_free(&sb), sb_free(&t);
      x.mode = MODE_INVALID;
    }
  } else {
    x = (Operand){MODE_CONST, NULL, basic_type(T_BOOL), const_bool(true), 0};
    Node *t = ast_ident(c->pkg->files[0]->arena, s->pos, "true");
    t->type = x.type;
    t->val = x.val;
    t->mode = MODE_CONST;
    x.expr = t;
  }
  NodeList seen = {0};
  NodeList *clauses = &s->switchstmt.body->blockstmt.stmts;
  multiple_defaults(c, clauses, false);
  for (int i = 0; i < clauses->len; i++) {
    Node *cc = clauses->items[i];
    case_values(c, &x, &cc->caseclause.list, &seen);
    open_block(c);
    int inner = ctx | CTX_BREAK | CTX_FALLTHROUGH;
    if (i + 1 == clauses->len) inner |= CTX_FINAL_CASE;
    stmt_list(c, &cc->caseclause.body, inner);
    close_scope(c);
  }
  vec_free(&seen);
  close_scope(c);
}

static void type_switch_stmt(Checker *c, Node *s, int ctx) {
  open_block(c);
  if (s->typeswitchstmt.init) stmt(c, s->typeswitchstmt.init, 0);
  Node *guard = s->typeswitchstmt.assign;
  Node *lhs = NULL, *ta;
  if (guard->kind == N_ASSIGNSTMT) {
    lhs = guard->assignstmt.lhs.items[0];
    ta = ast_unparen(guard->assignstmt.rhs.items[0]);
    if (is_blank(lhs->ident.name)) {
      check_soft_errorf(c, lhs->pos, "no new variable on left side of :=");
      lhs = NULL;
    }
  } else {
    ta = ast_unparen(guard->exprstmt.x);
  }
  Operand x;
  expr(c, &x, ta->typeassert.x);
  StrBuf sb = {0};
  if (x.mode != MODE_INVALID && !is_interface(x.type)) {
    check_errorf(c, start_pos(x.expr), "%s is not an interface", operand_string(c, &x, &sb));
    sb.len = 0;
    x.mode = MODE_INVALID;
  }
  ObjList lhs_vars = {0};
  NodeList *clauses = &s->typeswitchstmt.body->blockstmt.stmts;
  NodeList seen = {0}; /* case type expressions */
  Node *seen_nil = NULL; /* the first nil case */
  multiple_defaults(c, clauses, false);
  for (int i = 0; i < clauses->len; i++) {
    Node *cc = clauses->items[i];
    Type *T = NULL;
    for (int j = 0; j < cc->caseclause.list.len; j++) {
      Node *e = cc->caseclause.list.items[j];
      Operand t;
      expr_or_type(c, &t, e, false);
      if (t.mode == MODE_INVALID) {
        T = typ_invalid; /* types2: the case variable is invalid too */
        continue;
      }
      if (t.mode == MODE_NIL) {
        if (seen_nil) duplicate_case(c, e, "nil", seen_nil);
        else seen_nil = e;
        T = NULL;
        continue;
      }
      if (t.mode != MODE_TYPEXPR) {
        not_a_type(c, e, &t);
        T = typ_invalid;
        continue;
      }
      T = t.type;
      Node *prev = NULL;
      for (int k = 0; k < seen.len && !prev; k++)
        if (identical(seen.items[k]->type, T)) prev = seen.items[k];
      if (prev) {
        duplicate_case(c, e, tstr(c, T, &sb), prev);
        sb.len = 0;
        continue; /* no assertion check for a duplicate (types2) */
      }
      vec_push(&seen, e);
      if (x.mode != MODE_INVALID) {
        StrBuf cause = {0};
        if (!assertable_to(c, x.type, T, &cause)) {
          StrBuf a = {0}, b = {0};
          check_errorf(c, e->pos, "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                       expr_str(e, &a), operand_string(c, &x, &b), tstr(c, T, &sb), cause.buf);
          sb.len = 0;
          sb_free(&a), sb_free(&b);
        }
        sb_free(&cause);
      }
    }
    open_block(c);
    if (lhs) {
      /* a single type (or an invalid one) gives the variable its type;
       * nil, a list or default leave it the guard's */
      Type *vt = cc->caseclause.list.len == 1 && T ? T : x.type;
      Object *v = new_object(OBJ_VAR, lhs->ident.name, vt, lhs->pos, c->file, c->pkg);
      v->color = 2;
      scope_insert(c->scope, v);
      vec_push(&lhs_vars, v);
    }
    stmt_list(c, &cc->caseclause.body, ctx | CTX_BREAK);
    close_scope(c);
  }
  if (lhs) {
    bool used = false;
    for (int i = 0; i < lhs_vars.len; i++) {
      used |= lhs_vars.items[i]->used;
      lhs_vars.items[i]->used = true; /* reported once, below */
    }
    Object *def = new_object(OBJ_VAR, lhs->ident.name, x.type, lhs->pos, c->file, c->pkg);
    lhs->obj = def;
    if (!used) check_soft_errorf(c, lhs->pos, "%s declared but not used", lhs->ident.name);
  }
  vec_free(&lhs_vars);
  vec_free(&seen);
  sb_free(&sb);
  close_scope(c);
}

static void select_stmt(Checker *c, Node *s, int ctx) {
  NodeList *clauses = &s->selectstmt.body->blockstmt.stmts;
  multiple_defaults(c, clauses, true);
  for (int i = 0; i < clauses->len; i++) {
    Node *cc = clauses->items[i];
    Node *comm = cc->commclause.comm;
    bool valid = true;
    if (comm) {
      Node *rhs = NULL;
      if (comm->kind == N_EXPRSTMT) rhs = comm->exprstmt.x;
      else if (comm->kind == N_ASSIGNSTMT && comm->assignstmt.rhs.len == 1) rhs = comm->assignstmt.rhs.items[0];
      else if (comm->kind != N_SENDSTMT) valid = false;
      if (rhs) {
        Node *u = ast_unparen(rhs);
        valid = u->kind == N_UNARY && u->unary.op == TK_ARROW;
      }
    }
    if (!valid) {
      check_errorf(c, comm->pos, "select case must be receive, send or assign recv");
      continue;
    }
    open_block(c);
    if (comm) stmt(c, comm, 0);
    stmt_list(c, &cc->commclause.body, ctx | CTX_BREAK);
    close_scope(c);
  }
}

static void for_stmt(Checker *c, Node *s, int ctx) {
  open_block(c);
  if (s->forstmt.init) stmt(c, s->forstmt.init, 0);
  if (s->forstmt.cond) {
    Operand x;
    expr(c, &x, s->forstmt.cond);
    if (x.mode != MODE_INVALID && !is_boolean(x.type))
      check_errorf(c, s->forstmt.cond->pos, "non-boolean condition in for statement");
  }
  if (s->forstmt.post) {
    if (s->forstmt.post->kind == N_ASSIGNSTMT && s->forstmt.post->assignstmt.tok == TK_DEFINE)
      check_soft_errorf(c, s->forstmt.post->pos, "cannot declare in post statement");
    stmt(c, s->forstmt.post, 0);
  }
  stmt(c, s->forstmt.body, ctx | CTX_BREAK | CTX_CONTINUE);
  close_scope(c);
}

static void range_stmt(Checker *c, Node *s, int ctx) {
  open_block(c);
  Operand x;
  expr(c, &x, s->rangestmt.x);
  Type *key = NULL, *val = NULL;
  StrBuf sb = {0};
  if (x.mode != MODE_INVALID) {
    Type *u = under(x.type);
    if (u->kind == T_POINTER && under(u->pointer.elem)->kind == T_ARRAY) u = under(u->pointer.elem);
    switch (u->kind) {
    case T_STRING: case T_UNTYPED_STRING: key = basic_type(T_INT); val = typ_rune; break;
    case T_ARRAY: key = basic_type(T_INT); val = u->array.elem; break;
    case T_SLICE: key = basic_type(T_INT); val = u->slice.elem; break;
    case T_MAP: key = u->map.key; val = u->map.elem; break;
    case T_CHAN:
      key = u->chan.elem;
      if (u->chan.dir == CHAN_SEND) {
        check_errorf(c, start_pos(x.expr), "cannot range over %s (receive from send-only channel)",
                     operand_string(c, &x, &sb));
        key = val = NULL;
        u = typ_invalid;
      }
      if (s->rangestmt.value) {
        check_errorf(c, s->rangestmt.value->pos, "range over %s permits only one iteration variable",
                     operand_string(c, &x, &sb));
      }
      break;
    default: break;
    }
    if (!key && u != typ_invalid) {
      check_errorf(c, start_pos(x.expr), "cannot range over %s", operand_string(c, &x, &sb));
    }
    /* an untyped string constant ranges as a string; any other untyped
    ** operand was already reported above */
    if (key && is_untyped(x.type)) convert_untyped(c, &x, basic_type(T_STRING));
  }
  Node *lhs[2] = {s->rangestmt.key, s->rangestmt.value};
  Type *rhs[2] = {key, val};
  if (s->rangestmt.tok == TK_DEFINE) {
    Object *vars[2] = {0};
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Node *id = lhs[i];
      Object *o = new_object(OBJ_VAR, id->kind == N_IDENT ? id->ident.name : intern_cstr("_"),
                             rhs[i] ? rhs[i] : typ_invalid, id->pos, c->file, c->pkg);
      o->color = 2;
      if (id->kind == N_IDENT) id->obj = o;
      else check_errorf(c, id->pos, "non-name %s on left side of :=", expr_str(id, &sb));
      if (!rhs[i]) o->used = true;
      vars[i] = o;
    }
    for (int i = 0; i < 2; i++)
      if (vars[i] && !is_blank(vars[i]->name)) declare(c, c->scope, NULL, vars[i]);
  } else if (s->rangestmt.tok == TK_ASSIGN) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i] || !rhs[i]) continue;
      Operand v = {MODE_VALUE, lhs[i], rhs[i], NULL, 0};
      assign_var(c, lhs[i], &v);
    }
  }
  sb_free(&sb);
  stmt(c, s->rangestmt.body, ctx | CTX_BREAK | CTX_CONTINUE);
  close_scope(c);
}

static void stmt(Checker *c, Node *s, int ctx) {
  int top = c->delayed.len;
  switch (s->kind) {
  case N_EMPTYSTMT: case N_BAD: break;
  case N_DECLSTMT: decl_stmt(c, s->declstmt.decl); break;
  case N_LABELEDSTMT: stmt(c, s->labeledstmt.stmt, ctx); break;
  case N_EXPRSTMT: expr_stmt(c, s); break;
  case N_SENDSTMT: send_stmt(c, s); break;
  case N_INCDECSTMT: incdec_stmt(c, s); break;
  case N_ASSIGNSTMT: assign_stmt(c, s); break;
  case N_GOSTMT: case N_DEFERSTMT: {
    Node *call = s->kind == N_GOSTMT ? s->gostmt.call : s->deferstmt.call;
    const char *what = s->kind == N_GOSTMT ? "go" : "defer";
    Operand x;
    raw_expr(c, &x, call, NULL, false);
    StrBuf sb = {0};
    if (ast_unparen(call)->kind != N_CALL) {
      check_errorf(c, call->pos, "expression in %s must be function call", what);
    } else if (x.mode == MODE_TYPEXPR || ast_unparen(call)->call.fun->mode == MODE_TYPEXPR) {
      check_errorf(c, call->pos, "%s requires function call, not conversion", what);
    } else if (ast_unparen(call)->call.fun->mode == MODE_BUILTIN) {
      Builtin b = ast_unparen(call)->call.fun->obj ? ast_unparen(call)->call.fun->obj->builtin : BI_LEN;
      if (b != BI_CLOSE && b != BI_COPY && b != BI_DELETE && b != BI_PANIC && b != BI_PRINT &&
          b != BI_PRINTLN && b != BI_RECOVER)
        check_errorf(c, call->pos, "%s discards result of %s", what, expr_str(call, &sb));
    }
    sb_free(&sb);
    break;
  }
  case N_RETURNSTMT: return_stmt(c, s); break;
  case N_BRANCHSTMT: break; /* checked by check_branches, like gc's parser */
  case N_BLOCKSTMT:
    open_block(c);
    stmt_list(c, &s->blockstmt.stmts, ctx);
    close_scope(c);
    break;
  case N_IFSTMT: if_stmt(c, s, ctx); break;
  case N_SWITCHSTMT: switch_stmt(c, s, ctx); break;
  case N_TYPESWITCHSTMT: type_switch_stmt(c, s, ctx); break;
  case N_SELECTSTMT: select_stmt(c, s, ctx); break;
  case N_FORSTMT: for_stmt(c, s, ctx); break;
  case N_RANGESTMT: range_stmt(c, s, ctx); break;
  default: check_errorf(c, s->pos, "invalid statement"); break;
  }
  check_process_delayed(c, top);
}

/* ---- branches and labels (gc's syntax/branches.go) ---- */

typedef struct Label {
  Node *stmt;  /* N_LABELEDSTMT */
  bool used;
  int block;   /* id of the block it is declared in, once reached; 0 before */
  Pos start;   /* that block's start */
} Label;

/* Goto: a goto whose label is not declared yet in this or an enclosing
** block (gc's fwdGotos); over_var once a variable is declared after it. */
typedef struct Goto {
  Node *stmt;
  bool over_var;
} Goto;

typedef VEC(Goto) GotoList;

/* Block: a statement list being walked (gc's block in branches.go). */
typedef struct Block {
  struct Block *parent;
  int id;
  Pos start;
  GotoList fwd;
  Node *var;    /* the latest variable declaration, NULL if none */
} Block;

typedef struct Branches {
  Checker *c;
  VEC(Label) labels;
  Block *cur;
  int nblocks;
  GotoList unresolved; /* the function body's forward gotos, at its end */
} Branches;

static Label *find_label(Branches *b, const char *name) {
  for (int i = 0; i < b->labels.len; i++)
    if (b->labels.items[i].stmt->labeledstmt.label->ident.name == name) return &b->labels.items[i];
  return NULL;
}

static void collect_labels(Branches *b, NodeList *l);

static void collect_labels_in(Branches *b, Node *s) {
  if (!s) return;
  switch (s->kind) {
  case N_LABELEDSTMT: {
    Node *id = s->labeledstmt.label;
    if (!is_blank(id->ident.name)) {
      Label *alt = find_label(b, id->ident.name);
      if (alt) {
        Pos p = alt->stmt->labeledstmt.label->pos;
        check_errorf(b->c, id->pos, "label %s already defined at %s:%d:%d", id->ident.name,
                     b->c->file->path, p.line, p.col);
      } else {
        Label l = {.stmt = s};
        vec_push(&b->labels, l);
      }
    }
    collect_labels_in(b, s->labeledstmt.stmt);
    break;
  }
  case N_BLOCKSTMT: collect_labels(b, &s->blockstmt.stmts); break;
  case N_IFSTMT: collect_labels_in(b, s->ifstmt.body); collect_labels_in(b, s->ifstmt.els); break;
  case N_CASECLAUSE: collect_labels(b, &s->caseclause.body); break;
  case N_COMMCLAUSE: collect_labels(b, &s->commclause.body); break;
  case N_SWITCHSTMT: collect_labels_in(b, s->switchstmt.body); break;
  case N_TYPESWITCHSTMT: collect_labels_in(b, s->typeswitchstmt.body); break;
  case N_SELECTSTMT: collect_labels_in(b, s->selectstmt.body); break;
  case N_FORSTMT: collect_labels_in(b, s->forstmt.body); break;
  case N_RANGESTMT: collect_labels_in(b, s->rangestmt.body); break;
  default: break;
  }
}

static void collect_labels(Branches *b, NodeList *l) {
  for (int i = 0; i < l->len; i++) collect_labels_in(b, l->items[i]);
}

/* Targets: enclosing breakable statements and their labels. */
typedef struct Targets {
  Node *brk, *cont;          /* innermost breakable / continuable stmt */
  const struct Targets *outer;
  Node *stmt;                /* the statement of this level */
  const char *label;         /* label of stmt, if labeled */
  bool in_switch_case;
} Targets;

static void branches(Branches *b, Node *s, const Targets *t, const char *label, bool last_in_case, bool final_case,
                     bool type_switch);

/* declared_var: the statement declaring a variable that a forward goto may
** not jump over (gc's recordVarDecl), or NULL. */
static Node *declared_var(Node *s) {
  if (s->kind == N_ASSIGNSTMT && s->assignstmt.tok == TK_DEFINE) return s;
  if (s->kind != N_DECLSTMT || s->declstmt.decl->gendecl.tok != TK_VAR) return NULL;
  return s->declstmt.decl->gendecl.specs.len ? s : NULL;
}

/* jumps_over_error: gc names the variable (the whole left-hand side of a
** `:=`) and its position (the `:=`, or the first name of a var spec). */
static void jumps_over_error(Branches *b, Node *lab, Node *var) {
  StrBuf sb = {0};
  Pos p;
  if (var->kind == N_ASSIGNSTMT) {
    NodeList *lhs = &var->assignstmt.lhs;
    for (int i = 0; i < lhs->len; i++) {
      if (i) sb_printf(&sb, ", ");
      expr_str(lhs->items[i], &sb);
    }
    p = var->assignstmt.tokpos;
  } else {
    Node *name = var->declstmt.decl->gendecl.specs.items[0]->valuespec.names.items[0];
    sb_printf(&sb, "%s", name->ident.name);
    p = name->pos;
  }
  check_errorf(b->c, lab->pos, "goto %s jumps over declaration of %s at %s:%d:%d", lab->ident.name,
               sb.buf, b->c->file->path, p.line, p.col);
  sb_free(&sb);
}

/* branches_list walks a statement list as a new block starting at start;
** its unresolved gotos become forward gotos of the enclosing block (the
** function body's go to b->unresolved). */
static void branches_list(Branches *b, NodeList *l, Pos start, const Targets *t, bool in_case,
                          bool final_case, bool type_switch) {
  Block blk = {b->cur, ++b->nblocks, start, {0}, NULL};
  b->cur = &blk;
  int n = l->len;
  while (n > 0 && l->items[n - 1]->kind == N_EMPTYSTMT) n--;
  for (int i = 0; i < l->len; i++) {
    Node *var = declared_var(l->items[i]);
    if (var) {
      blk.var = var;
      for (int k = 0; k < blk.fwd.len; k++) blk.fwd.items[k].over_var = true;
    }
    branches(b, l->items[i], t, NULL, in_case && i == n - 1, final_case, type_switch);
  }
  b->cur = blk.parent;
  GotoList *up = b->cur ? &b->cur->fwd : &b->unresolved;
  for (int k = 0; k < blk.fwd.len; k++) {
    Goto g = {blk.fwd.items[k].stmt, false};
    vec_push(up, g);
  }
  vec_free(&blk.fwd);
}

/* declare_label: a labeled statement is reached; it resolves the forward
** gotos of its block that name it. */
static void declare_label(Branches *b, Node *s) {
  Label *l = find_label(b, s->labeledstmt.label->ident.name);
  if (!l || l->stmt != s) return; /* blank, or a duplicate */
  Block *blk = b->cur;
  l->block = blk->id;
  l->start = blk->start;
  int kept = 0;
  for (int k = 0; k < blk->fwd.len; k++) {
    Goto g = blk->fwd.items[k];
    Node *lab = g.stmt->branchstmt.label;
    if (lab->ident.name != l->stmt->labeledstmt.label->ident.name) {
      blk->fwd.items[kept++] = g;
      continue;
    }
    l->used = true;
    if (g.over_var) jumps_over_error(b, lab, blk->var);
  }
  blk->fwd.len = kept;
}

/* goto_stmt: a backward goto must target a label of this or an enclosing
** block; anything else waits for a label declared later (gc's gotoTarget). */
static void goto_stmt(Branches *b, Node *s) {
  Label *l = find_label(b, s->branchstmt.label->ident.name);
  if (l && l->block) {
    l->used = true;
    for (Block *blk = b->cur; blk; blk = blk->parent)
      if (blk->id == l->block) return;
  }
  Goto g = {s, false};
  vec_push(&b->cur->fwd, g);
}

static const Targets *find_target(const Targets *t, const char *label) {
  for (; t; t = t->outer)
    if (t->label == label) return t;
  return NULL;
}

static void branch_stmt(Branches *b, Node *s, const Targets *t, bool last_in_case, bool final_case,
                        bool type_switch) {
  Node *lab = s->branchstmt.label;
  Checker *c = b->c;
  switch (s->branchstmt.tok) {
  case TK_BREAK:
    if (lab) {
      Label *l = find_label(b, lab->ident.name);
      if (!l) {
        check_errorf(c, lab->pos, "break label not defined: %s", lab->ident.name);
        return;
      }
      l->used = true;
      const Targets *tt = find_target(t, lab->ident.name);
      if (!tt) check_errorf(c, lab->pos, "invalid break label %s", lab->ident.name);
    } else if (!t || !t->brk) {
      check_errorf(c, s->pos, "break is not in a loop, switch, or select");
    }
    break;
  case TK_CONTINUE:
    if (lab) {
      Label *l = find_label(b, lab->ident.name);
      if (!l) {
        check_errorf(c, lab->pos, "continue label not defined: %s", lab->ident.name);
        return;
      }
      l->used = true;
      const Targets *tt = find_target(t, lab->ident.name);
      if (!tt || !tt->stmt || (tt->stmt->kind != N_FORSTMT && tt->stmt->kind != N_RANGESTMT))
        check_errorf(c, lab->pos, "invalid continue label %s", lab->ident.name);
    } else if (!t || !t->cont) {
      check_errorf(c, s->pos, "continue is not in a loop");
    }
    break;
  case TK_GOTO: goto_stmt(b, s); break;
  case TK_FALLTHROUGH:
    if (!last_in_case) check_errorf(c, s->pos, "fallthrough statement out of place");
    else if (type_switch) check_errorf(c, s->pos, "cannot fallthrough in type switch");
    else if (final_case) check_errorf(c, s->pos, "cannot fallthrough final case in switch");
    break;
  default: break;
  }
}

static void branches(Branches *b, Node *s, const Targets *t, const char *label, bool last_in_case, bool final_case,
                     bool type_switch) {
  Targets nt = {t ? t->brk : NULL, t ? t->cont : NULL, t, s, label, false};
  switch (s->kind) {
  case N_LABELEDSTMT:
    declare_label(b, s);
    branches(b, s->labeledstmt.stmt, t, s->labeledstmt.label->ident.name, last_in_case, final_case, type_switch);
    break;
  case N_BRANCHSTMT: branch_stmt(b, s, t, last_in_case, final_case, type_switch); break;
  case N_BLOCKSTMT: branches_list(b, &s->blockstmt.stmts, s->pos, t, false, false, false); break;
  case N_IFSTMT:
    branches(b, s->ifstmt.body, t, NULL, false, false, false);
    if (s->ifstmt.els) branches(b, s->ifstmt.els, t, NULL, false, false, false);
    break;
  case N_SWITCHSTMT: case N_TYPESWITCHSTMT: {
    bool ts = s->kind == N_TYPESWITCHSTMT;
    Node *body = ts ? s->typeswitchstmt.body : s->switchstmt.body;
    nt.brk = s;
    for (int i = 0; i < body->blockstmt.stmts.len; i++) {
      Node *cc = body->blockstmt.stmts.items[i];
      branches_list(b, &cc->caseclause.body, cc->pos, &nt, true, i + 1 == body->blockstmt.stmts.len, ts);
    }
    break;
  }
  case N_SELECTSTMT: {
    nt.brk = s;
    Node *body = s->selectstmt.body;
    for (int i = 0; i < body->blockstmt.stmts.len; i++) {
      Node *cc = body->blockstmt.stmts.items[i];
      branches_list(b, &cc->commclause.body, cc->pos, &nt, false, false, false);
    }
    break;
  }
  case N_FORSTMT: case N_RANGESTMT:
    nt.brk = nt.cont = s;
    branches(b, s->kind == N_FORSTMT ? s->forstmt.body : s->rangestmt.body, &nt, NULL, false, false, false);
    break;
  default: break;
  }
}

void check_branches(Checker *c, Node *body) {
  Branches b = {.c = c};
  collect_labels(&b, &body->blockstmt.stmts);
  branches_list(&b, &body->blockstmt.stmts, body->pos, NULL, false, false, false);
  /* Gotos left: their label is inside a block they are not in, or none. */
  for (int k = 0; k < b.unresolved.len; k++) {
    Node *lab = b.unresolved.items[k].stmt->branchstmt.label;
    Label *l = find_label(&b, lab->ident.name);
    if (!l) {
      check_errorf(c, lab->pos, "label %s not defined", lab->ident.name);
      continue;
    }
    l->used = true;
    check_errorf(c, lab->pos, "goto %s jumps into block starting at %s:%d:%d", lab->ident.name,
                 c->file->path, l->start.line, l->start.col);
  }
  vec_free(&b.unresolved);
  for (int i = 0; i < b.labels.len; i++)
    if (!b.labels.items[i].used) {
      Node *id = b.labels.items[i].stmt->labeledstmt.label;
      check_errorf(c, id->pos, "label %s defined and not used", id->ident.name);
    }
  vec_free(&b.labels);
}
