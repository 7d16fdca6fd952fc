/*
** scan.c -- the pre-pass over one top-level body (a function declaration
** or a package's variable initializers) and the func literals inside it,
** run before the body is lowered. It decides three things the lowering
** must know before it meets a variable's declaration:
**
**  - which local variables need a memory cell (ALLOC_VAR) instead of a
**    register: those a nested func literal refers to (captured by
**    reference) and those whose address is taken: &x, &x.f, &a[i] of an
**    array variable, a[:] of one, and a pointer-method call or method value
**    on an addressable value (x.M() with func (*T) M, no pointer on the
**    way). Only the root variable matters: the address of x.f.g is the
**    address of x plus offsets;
**  - what each func literal captures: the variables declared by enclosing
**    functions that it or a literal nested in it uses, in order of first
**    use. A literal nested two levels deep makes its parent capture the
**    variable too, so the parent can pass it on;
**  - each func literal's name, numbered in source order as gc does:
**    main.main.func1, main.main.func1.1, main.glob..func1 for package
**    initializers;
**  - which local variables keep the value they were declared with (never
**    assigned again, address never taken), and that value: gc's
**    ir.StaticValue, which its devirtualization of interface calls uses.
**
** A variable is declared by its first occurrence in a source-order walk
** (parameters and results when their function is entered): Go's scoping
** puts every declaration before every use. The exception is a type
** switch's per-clause variable (x := y.(type)), whose objects only the
** clause bodies name: the walk looks them up when it enters each clause.
*/
#include "lower.h"

typedef struct ScanFn {
  LitInfo *info;       /* NULL for the top-level body */
  const char *name;
  int nlits;           /* literals numbered so far directly inside */
} ScanFn;

typedef struct Scan {
  Builder *b;
  Package *pkg;
  PtrMap declfn;       /* local var -> (depth + 1) of its declaring function */
  VEC(ScanFn) stack;
} Scan;

/* walk calls visit on n and, unless visit returns true (it handled the
** children itself), on every child node in source order */
typedef bool (*Visit)(void *ctx, Node *n);
static void walk(Node *n, Visit visit, void *ctx);

static void walk_list(NodeList *l, Visit visit, void *ctx) {
  for (int i = 0; i < l->len; i++) walk(l->items[i], visit, ctx);
}

static void walk_children(Node *n, Visit v, void *c) {
  switch (n->kind) {
  case N_COMPOSITELIT: walk_list(&n->compositelit.elts, v, c); break;
  case N_FUNCLIT: walk(n->funclit.body, v, c); break;
  case N_PAREN: walk(n->paren.x, v, c); break;
  case N_SELECTOR: walk(n->selector.x, v, c); break;
  case N_INDEX: walk(n->index.x, v, c); walk_list(&n->index.indices, v, c); break;
  case N_SLICE:
    walk(n->slice.x, v, c), walk(n->slice.lo, v, c), walk(n->slice.hi, v, c), walk(n->slice.max, v, c);
    break;
  case N_TYPEASSERT: walk(n->typeassert.x, v, c); break;
  case N_CALL: walk(n->call.fun, v, c); walk_list(&n->call.args, v, c); break;
  case N_STAR: walk(n->star.x, v, c); break;
  case N_UNARY: walk(n->unary.x, v, c); break;
  case N_BINARY: walk(n->binary.x, v, c); walk(n->binary.y, v, c); break;
  case N_KEYVALUE: walk(n->keyvalue.key, v, c); walk(n->keyvalue.value, v, c); break;
  case N_DECLSTMT: walk(n->declstmt.decl, v, c); break;
  case N_GENDECL: walk_list(&n->gendecl.specs, v, c); break;
  case N_VALUESPEC: walk_list(&n->valuespec.names, v, c); walk_list(&n->valuespec.values, v, c); break;
  case N_LABELEDSTMT: walk(n->labeledstmt.stmt, v, c); break;
  case N_EXPRSTMT: walk(n->exprstmt.x, v, c); break;
  case N_SENDSTMT: walk(n->sendstmt.chan, v, c); walk(n->sendstmt.value, v, c); break;
  case N_INCDECSTMT: walk(n->incdecstmt.x, v, c); break;
  case N_ASSIGNSTMT: walk_list(&n->assignstmt.lhs, v, c); walk_list(&n->assignstmt.rhs, v, c); break;
  case N_GOSTMT: walk(n->gostmt.call, v, c); break;
  case N_DEFERSTMT: walk(n->deferstmt.call, v, c); break;
  case N_RETURNSTMT: walk_list(&n->returnstmt.results, v, c); break;
  case N_BLOCKSTMT: walk_list(&n->blockstmt.stmts, v, c); break;
  case N_IFSTMT:
    walk(n->ifstmt.init, v, c), walk(n->ifstmt.cond, v, c), walk(n->ifstmt.body, v, c), walk(n->ifstmt.els, v, c);
    break;
  case N_CASECLAUSE: walk_list(&n->caseclause.list, v, c); walk_list(&n->caseclause.body, v, c); break;
  case N_SWITCHSTMT: walk(n->switchstmt.init, v, c), walk(n->switchstmt.tag, v, c), walk(n->switchstmt.body, v, c); break;
  case N_TYPESWITCHSTMT:
    walk(n->typeswitchstmt.init, v, c), walk(n->typeswitchstmt.assign, v, c), walk(n->typeswitchstmt.body, v, c);
    break;
  case N_COMMCLAUSE: walk(n->commclause.comm, v, c); walk_list(&n->commclause.body, v, c); break;
  case N_SELECTSTMT: walk(n->selectstmt.body, v, c); break;
  case N_FORSTMT:
    walk(n->forstmt.init, v, c), walk(n->forstmt.cond, v, c), walk(n->forstmt.post, v, c), walk(n->forstmt.body, v, c);
    break;
  case N_RANGESTMT:
    walk(n->rangestmt.x, v, c), walk(n->rangestmt.key, v, c), walk(n->rangestmt.value, v, c), walk(n->rangestmt.body, v, c);
    break;
  default: break; /* identifiers, literals, types: no expression children */
  }
}

static void walk(Node *n, Visit visit, void *ctx) {
  if (!n) return;
  if (n->mode == MODE_TYPEXPR) return; /* types hold no variables */
  if (!visit(ctx, n)) walk_children(n, visit, ctx);
}

/* ---- variables ---- */

static bool is_local_var(Object *o) {
  return o && o->kind == OBJ_VAR && !o->is_package_level && !o->is_field;
}

bool needs_cell(Builder *b, Object *v) { return pm_get(&b->cells, v) != NULL; }

static void declare_at(Scan *s, Object *o) {
  if (is_local_var(o) && !pm_get(&s->declfn, o))
    pm_put(&s->declfn, o, (void *)(intptr_t)s->stack.len);
}

static void declare_tuple(Scan *s, Type *tuple) {
  for (int i = 0; i < tuple->tuple.vars.len; i++) declare_at(s, tuple->tuple.vars.items[i]);
}

static void add_free(LitInfo *li, Object *o) {
  for (int i = 0; i < li->free.len; i++)
    if (li->free.items[i] == o) return;
  vec_push(&li->free, o);
}

static void use_var(Scan *s, Object *o) {
  intptr_t d = (intptr_t)pm_get(&s->declfn, o);
  if (!d) {
    declare_at(s, o);
    return;
  }
  if (d == s->stack.len) return;
  pm_put(&s->b->cells, o, (void *)1);
  for (int k = (int)d; k < s->stack.len; k++) add_free(s->stack.items[k].info, o);
}

/* mark_root: the variable whose address &n is (if n is one) needs a cell */
static void mark_root(Scan *s, Node *n) {
  n = ast_unparen(n);
  switch (n->kind) {
  case N_IDENT:
    if (is_local_var(n->obj)) pm_put(&s->b->cells, n->obj, (void *)1);
    break;
  case N_SELECTOR: {
    Selection *sel = types_selection(s->pkg, n);
    if (sel && sel->kind == SEL_FIELD && !sel->indirect) mark_root(s, n->selector.x);
    break;
  }
  case N_INDEX:
    if (n->index.x->type && ty_under(n->index.x->type)->kind == T_ARRAY) mark_root(s, n->index.x);
    break;
  default: break;
  }
}

/* ---- variables that keep their initial value ---- */

static Object *local_ident(Node *n) {
  n = ast_unparen(n);
  return n->kind == N_IDENT && is_local_var(n->obj) ? n->obj : NULL;
}

static void reassign(Scan *s, Node *lhs) {
  Object *o = local_ident(lhs);
  if (o) pm_put(&s->b->reassigned, o, (void *)1);
}

/* declared (names) with values (vals): each name's static value, or a
** redeclaration by := that assigns */
static void record_inits(Scan *s, NodeList *names, NodeList *vals) {
  for (int i = 0; i < names->len; i++) {
    Object *o = local_ident(names->items[i]);
    if (!o) continue;
    if (pm_get(&s->declfn, o)) reassign(s, names->items[i]);
    else if (vals->len == names->len) pm_put(&s->b->static_init, o, vals->items[i]);
  }
}

static void scan_assign(Scan *s, Node *n) {
  switch (n->kind) {
  case N_ASSIGNSTMT:
    if (n->assignstmt.tok == TK_DEFINE) record_inits(s, &n->assignstmt.lhs, &n->assignstmt.rhs);
    else
      for (int i = 0; i < n->assignstmt.lhs.len; i++) reassign(s, n->assignstmt.lhs.items[i]);
    break;
  case N_VALUESPEC: record_inits(s, &n->valuespec.names, &n->valuespec.values); break;
  case N_INCDECSTMT: reassign(s, n->incdecstmt.x); break;
  case N_RANGESTMT:
    if (n->rangestmt.tok == TK_ASSIGN) {
      if (n->rangestmt.key) reassign(s, n->rangestmt.key);
      if (n->rangestmt.value) reassign(s, n->rangestmt.value);
    }
    break;
  default: break;
  }
}

Node *static_value(Builder *b, Object *v) {
  if (!v || v->is_param || pm_get(&b->reassigned, v) || needs_cell(b, v)) return NULL;
  return pm_get(&b->static_init, v);
}

/* ---- type switch clause variables ---- */

typedef struct FindVar {
  Pos pos;
  Object *def, *found;
} FindVar;

static bool find_clause_var(void *ctx, Node *n) {
  FindVar *fv = ctx;
  if (fv->found) return true;
  if (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR && n->obj != fv->def &&
      n->obj->pos.line == fv->pos.line && n->obj->pos.col == fv->pos.col) {
    fv->found = n->obj;
    return true;
  }
  return false;
}

static bool scan_visit(void *ctx, Node *n);

static void scan_typeswitch(Scan *s, Node *n) {
  Node *guard = n->typeswitchstmt.assign;
  walk(n->typeswitchstmt.init, scan_visit, s);
  walk(guard, scan_visit, s);
  Node *lhs = guard->kind == N_ASSIGNSTMT ? guard->assignstmt.lhs.items[0] : NULL;
  NodeList *clauses = &n->typeswitchstmt.body->blockstmt.stmts;
  for (int i = 0; i < clauses->len; i++) {
    Node *cc = clauses->items[i];
    if (lhs && lhs->obj) {
      FindVar fv = {lhs->pos, lhs->obj, NULL};
      for (int j = 0; j < cc->caseclause.body.len && !fv.found; j++)
        walk(cc->caseclause.body.items[j], find_clause_var, &fv);
      if (fv.found) {
        pm_put(&s->b->clausevars, cc, fv.found);
        declare_at(s, fv.found);
      }
    }
    walk_list(&cc->caseclause.body, scan_visit, s);
  }
}

/* ---- func literals ---- */

static void scan_funclit(Scan *s, Node *n) {
  ScanFn *parent = &s->stack.items[s->stack.len - 1];
  StrBuf sb = {0};
  parent->nlits++;
  if (parent->info) sb_printf(&sb, "%s.%d", parent->name, parent->nlits);
  else sb_printf(&sb, "%s.func%d", parent->name, parent->nlits);
  LitInfo *li = xcalloc(1, sizeof *li);
  li->lit = n;
  li->name = intern_cstr(sb_str(&sb));
  sb_free(&sb);
  pm_put(&s->b->lits, n, li);
  ScanFn fn = {li, li->name, 0};
  vec_push(&s->stack, fn);
  declare_tuple(s, n->type->sig.params);
  declare_tuple(s, n->type->sig.results);
  walk(n->funclit.body, scan_visit, s);
  s->stack.len--;
}

static bool scan_visit(void *ctx, Node *n) {
  Scan *s = ctx;
  scan_assign(s, n);
  switch (n->kind) {
  case N_IDENT:
    if (is_local_var(n->obj)) use_var(s, n->obj);
    return true;
  case N_FUNCLIT: scan_funclit(s, n); return true;
  case N_TYPESWITCHSTMT: scan_typeswitch(s, n); return true;
  case N_UNARY:
    if (n->unary.op == TK_AND) mark_root(s, n->unary.x);
    return false;
  case N_SELECTOR: {
    Selection *sel = types_selection(s->pkg, n);
    if (sel && sel->kind == SEL_METHOD && sel->obj->ptr_recv && !sel->indirect)
      mark_root(s, n->selector.x);
    return false;
  }
  case N_SLICE:
    if (n->slice.x->type && ty_under(n->slice.x->type)->kind == T_ARRAY) mark_root(s, n->slice.x);
    return false;
  default: return false;
  }
}

static void scan_top(Scan *s, const char *name) {
  ScanFn top = {NULL, name, 0};
  vec_push(&s->stack, top);
}

void scan_body(Builder *b, Package *pkg, Type *sig, Node *body, const char *name) {
  Scan s = {b, pkg, {0}, {0}};
  scan_top(&s, name);
  if (sig->sig.recv) declare_at(&s, sig->sig.recv);
  declare_tuple(&s, sig->sig.params);
  declare_tuple(&s, sig->sig.results);
  walk(body, scan_visit, &s);
  vec_free(&s.stack);
  free(s.declfn.keys), free(s.declfn.vals);
}

void scan_package_inits(Builder *b, Package *pkg) {
  StrBuf sb = {0};
  sb_printf(&sb, "%s.glob.", func_name_prefix(pkg));
  Scan s = {b, pkg, {0}, {0}};
  scan_top(&s, intern_cstr(sb_str(&sb)));
  sb_free(&sb);
  for (int i = 0; i < pkg->init_order.len; i++) walk(pkg->init_order.items[i].rhs, scan_visit, &s);
  vec_free(&s.stack);
  free(s.declfn.keys), free(s.declfn.vals);
}

/* ---- defer statements ---- */

static bool find_defer(void *ctx, Node *n) {
  bool *found = ctx;
  if (*found || n->kind == N_FUNCLIT) return true; /* a literal's defers are its own */
  if (n->kind == N_DEFERSTMT) *found = true;
  return *found;
}

bool body_has_defer(Node *body) {
  bool found = false;
  walk(body, find_defer, &found);
  return found;
}
