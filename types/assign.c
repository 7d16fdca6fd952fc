/*
** assign.c -- assignability, assignments and variable initialization
** (types2's assignments.go and operand.assignableTo).
**
** assignment() is the one place where a value meets a destination type:
** untyped operands get their final type (or an "(overflows)"/"(truncated)"
** error), typed ones must be assignable. Initializers of several variables
** from one multi-valued expression (call, comma-ok form) go through
** init_vars/assign_vars, which produce gc's "assignment mismatch" and
** "not enough/too many return values" messages.
*/
#include "check.h"

static bool has_name(Type *t) { return t->kind <= T_UNTYPED_NIL || t->kind == T_NAMED; }

bool assignable_to(Checker *c, Operand *x, Type *T, StrBuf *reason) {
  if (x->mode == MODE_INVALID || T == typ_invalid) return true;
  Type *V = x->type;
  if (identical(V, T)) return true;
  Type *Vu = under(V), *Tu = under(T);
  if (is_untyped(Vu)) {
    Type *nt;
    Const *nv;
    int code;
    return implicit_type_and_value(c, x, T, &nt, &nv, &code);
  }
  if (identical(Vu, Tu) && (!has_name(V) || !has_name(T))) return true;
  if (Tu->kind == T_INTERFACE ||
      (Tu->kind == T_POINTER && is_interface(Tu->pointer.elem))) {
    return implements(c, V, T, reason);
  }
  if (Vu->kind == T_INTERFACE && implements(c, T, V, NULL)) {
    if (reason) sb_puts(reason, "need type assertion");
    return false;
  }
  if (Vu->kind == T_CHAN && Vu->chan.dir == CHAN_BOTH && Tu->kind == T_CHAN &&
      identical(Vu->chan.elem, Tu->chan.elem))
    return !has_name(V) || !has_name(T);
  return false;
}

/* assignment: T == NULL means "assignment to _" (or print args): only
** untyped values are defaulted. */
void assignment(Checker *c, Operand *x, Type *T, const char *context) {
  single_value(c, x);
  StrBuf a = {0}, b = {0};
  switch (x->mode) {
  case MODE_INVALID: return;
  case MODE_CONST: case MODE_VAR: case MODE_MAPINDEX: case MODE_VALUE:
  case MODE_NIL: case MODE_COMMAOK: break;
  default:
    check_errorf(c, start_pos(x->expr), "cannot assign %s to %s in %s", operand_string(c, x, &a),
                 T ? tstr(c, T, &b) : "_", context);
    sb_free(&a), sb_free(&b);
    x->mode = MODE_INVALID;
    return;
  }
  if (is_untyped(x->type)) {
    Type *target = T;
    if (x->type->kind == T_UNTYPED_NIL) {
      if (!T) {
        check_errorf(c, start_pos(x->expr), "use of untyped nil in %s", context);
        x->mode = MODE_INVALID;
        return;
      }
    } else if (!T || is_interface(T)) {
      target = default_type(x->type);
    }
    Type *nt;
    Const *nv;
    int code;
    if (!implicit_type_and_value(c, x, target, &nt, &nv, &code)) {
      StrBuf msg = {0};
      sb_printf(&msg, "cannot use %s as %s value in %s", operand_string(c, x, &a), tstr(c, target, &b), context);
      if (code == REP_TRUNCATED) sb_puts(&msg, " (truncated)");
      else if (code == REP_OVERFLOW) sb_puts(&msg, " (overflows)");
      check_errorf(c, start_pos(x->expr), "%s", msg.buf);
      sb_free(&msg), sb_free(&a), sb_free(&b);
      x->mode = MODE_INVALID;
      return;
    }
    if (nv) {
      x->val = nv;
      if (x->expr) x->expr->val = nv;
    }
    if (nt != x->type) {
      x->type = nt;
      update_expr_type(c, x->expr, nt, false);
    }
  }
  if (!T) return;
  StrBuf reason = {0};
  if (!assignable_to(c, x, T, &reason)) {
    if (reason.len)
      check_errorf(c, start_pos(x->expr), "cannot use %s as type %s in %s:\n\t%s", operand_string(c, x, &a),
                   tstr(c, T, &b), context, reason.buf);
    else
      check_errorf(c, start_pos(x->expr), "cannot use %s as type %s in %s", operand_string(c, x, &a),
                   tstr(c, T, &b), context);
    x->mode = MODE_INVALID;
  }
  sb_free(&reason), sb_free(&a), sb_free(&b);
}

void init_const(Checker *c, Object *lhs, Operand *x) {
  if (x->mode == MODE_INVALID || x->type == typ_invalid || lhs->type == typ_invalid) {
    if (!lhs->type) lhs->type = typ_invalid;
    return;
  }
  if (x->mode != MODE_CONST) {
    StrBuf sb = {0};
    check_errorf(c, start_pos(x->expr), "%s is not constant", operand_string(c, x, &sb));
    sb_free(&sb);
    if (!lhs->type) lhs->type = typ_invalid;
    return;
  }
  if (!lhs->type) lhs->type = x->type;
  assignment(c, x, lhs->type, "constant declaration");
  if (x->mode == MODE_INVALID) return;
  lhs->val = x->val;
}

void init_var(Checker *c, Object *lhs, Operand *x, const char *context) {
  if (x->mode == MODE_INVALID || x->type == typ_invalid || lhs->type == typ_invalid) {
    if (!lhs->type) lhs->type = typ_invalid;
    lhs->used = true;
    return;
  }
  if (!lhs->type) {
    Type *t = x->type;
    if (is_untyped(t)) {
      if (t->kind == T_UNTYPED_NIL) {
        check_errorf(c, start_pos(x->expr), "use of untyped nil in %s", context);
        lhs->type = typ_invalid;
        return;
      }
      t = default_type(t);
    }
    lhs->type = t;
  }
  assignment(c, x, lhs->type, context);
  if (x->mode == MODE_INVALID) lhs->used = true; /* no follow-on "declared but not used" */
  record_operand(c, x);
}

void assign_error(Checker *c, NodeList *rhs, int nvars, int nvals, Pos at) {
  Node *r0 = rhs->items[0];
  StrBuf sb = {0};
  const char *vs = nvars == 1 ? "" : "s", *ls = nvals == 1 ? "" : "s";
  Node *call = ast_unparen(r0);
  if (rhs->len == 1 && call->kind == N_CALL)
    check_errorf(c, r0->pos, "assignment mismatch: %d variable%s but %s returns %d value%s", nvars, vs,
                 expr_str(call->call.fun, &sb), nvals, ls);
  else
    check_errorf(c, r0->pos, "assignment mismatch: %d variable%s but %d value%s", nvars, vs, nvals, ls);
  sb_free(&sb);
}


static void return_count_error(Checker *c, Node *ret, Object **lhs, int nlhs, Operand *rhs, int nrhs) {
  Pos at = ret->pos;
  const char *q = "not enough";
  if (nrhs > nlhs) {
    at = start_pos(rhs[nlhs].expr);
    q = "too many";
  } else if (nrhs > 0) {
    at = start_pos(rhs[nrhs - 1].expr);
  }
  ObjList vars = {0};
  for (int i = 0; i < nlhs; i++) vec_push(&vars, lhs[i]);
  Type *tup = new_tuple(vars);
  StrBuf have = {0}, want = {0};
  summary_operands(c, &have, rhs, nrhs);
  summary_vars(c, &want, tup, false);
  check_errorf(c, at, "%s return values\n\thave %s\n\twant %s", q, have.buf, want.buf);
  sb_free(&have), sb_free(&want);
}

void init_vars(Checker *c, Object **lhs, int nlhs, NodeList *rhs_list, Node *ret) {
  Operand *rhs = NULL;
  int nrhs = rhs_list->len ? exprs_list(c, rhs_list, &rhs, nlhs == 2 && !ret) : 0;
  if (nlhs != nrhs) {
    for (int i = 0; i < nlhs; i++) {
      lhs[i]->used = true;
      if (!lhs[i]->type) lhs[i]->type = typ_invalid;
    }
    for (int i = 0; i < nrhs; i++)
      if (rhs[i].mode == MODE_INVALID) goto out;
    if (ret) return_count_error(c, ret, lhs, nlhs, rhs, nrhs);
    else assign_error(c, rhs_list, nlhs, nrhs, rhs_list->items[0]->pos);
    goto out;
  }
  const char *context = ret ? "return statement" : "assignment";
  bool ok = true;
  for (int i = 0; i < nlhs; i++) {
    init_var(c, lhs[i], &rhs[i], context);
    if (rhs[i].mode == MODE_INVALID) ok = false;
  }
  if (!ok)
    for (int i = 0; i < nlhs; i++) lhs[i]->used = true;
out:
  free(rhs);
}

void assign_var(Checker *c, Node *lhs, Operand *x) {
  if (x->mode == MODE_INVALID || x->type == typ_invalid) {
    NodeList one = {&lhs, 1, 1};
    use_exprs(c, &one);
    return;
  }
  Node *id = ast_unparen(lhs);
  if (id->kind == N_IDENT && is_blank(id->ident.name)) {
    id->obj = NULL;
    assignment(c, x, NULL, "assignment to _ identifier");
    record_operand(c, x);
    return;
  }
  Object *v = NULL;
  bool v_used = false;
  if (id->kind == N_IDENT) {
    Object *o = lookup(c, id->ident.name);
    if (o && o->kind == OBJ_VAR && o->pkg == c->pkg) {
      v = o;
      v_used = o->used;
    }
  }
  Operand z;
  expr(c, &z, lhs);
  if (v) v->used = v_used;
  if (z.mode == MODE_INVALID || z.type == typ_invalid) return;
  StrBuf sb = {0};
  if (z.mode != MODE_VAR && z.mode != MODE_MAPINDEX) {
    Node *sel = ast_unparen(z.expr);
    if (sel->kind == N_SELECTOR && sel->selector.x->mode == MODE_MAPINDEX) {
      check_errorf(c, start_pos(z.expr), "cannot assign to struct field %s in map", expr_str(z.expr, &sb));
    } else {
      check_errorf(c, start_pos(z.expr), "cannot assign to %s", operand_string(c, &z, &sb));
    }
    sb_free(&sb);
    return;
  }
  assignment(c, x, z.type, "assignment");
  record_operand(c, x);
}

void assign_vars(Checker *c, NodeList *lhs, NodeList *rhs_list) {
  Operand *rhs;
  int nrhs = exprs_list(c, rhs_list, &rhs, lhs->len == 2);
  if (lhs->len != nrhs) {
    use_exprs(c, lhs);
    for (int i = 0; i < nrhs; i++)
      if (rhs[i].mode == MODE_INVALID) goto out;
    assign_error(c, rhs_list, lhs->len, nrhs, rhs_list->items[0]->pos);
    goto out;
  }
  bool ok = true;
  for (int i = 0; i < lhs->len; i++) {
    assign_var(c, lhs->items[i], &rhs[i]);
    if (rhs[i].mode == MODE_INVALID) ok = false;
  }
  if (!ok)
    for (int i = 0; i < lhs->len; i++) {
      Node *id = ast_unparen(lhs->items[i]);
      if (id->kind != N_IDENT) continue;
      Object *o = lookup(c, id->ident.name);
      if (o && o->kind == OBJ_VAR && o->pkg == c->pkg) o->used = true;
    }
out:
  free(rhs);
}

void short_var_decl(Checker *c, Node *stmt, NodeList *lhs, NodeList *rhs) {
  int top = c->delayed.len;
  Scope *scope = c->scope;
  int n = lhs->len;
  Object **vars = xcalloc((size_t)n + 1, sizeof(Object *));
  ObjList newvars = {0};
  bool has_err = false;
  StrBuf sb = {0};
  for (int i = 0; i < n; i++) {
    Node *l = lhs->items[i];
    if (l->kind != N_IDENT) {
      Operand z;
      raw_expr(c, &z, l, NULL, false);
      check_errorf(c, l->pos, "non-name %s on left side of :=", expr_str(l, &sb));
      sb.len = 0;
      has_err = true;
      continue;
    }
    const char *name = l->ident.name;
    bool repeated = false;
    if (!is_blank(name))
      for (int j = 0; j < i; j++)
        if (lhs->items[j]->kind == N_IDENT && lhs->items[j]->ident.name == name) repeated = true;
    if (repeated) {
      check_errorf(c, l->pos, "%s repeated on left side of :=", name);
      has_err = true;
      continue;
    }
    Object *alt = scope_lookup(scope, name);
    if (alt) {
      l->obj = alt;
      if (alt->kind == OBJ_VAR) vars[i] = alt;
      else {
        check_errorf(c, l->pos, "cannot assign to %s", name);
        has_err = true;
      }
      continue;
    }
    Object *o = new_object(OBJ_VAR, name, NULL, l->pos, c->file, c->pkg);
    o->color = 2;
    vars[i] = o;
    l->obj = o;
    if (!is_blank(name)) vec_push(&newvars, o);
  }
  for (int i = 0; i < n; i++)
    if (!vars[i]) vars[i] = new_object(OBJ_VAR, intern_cstr("_"), NULL, lhs->items[i]->pos, c->file, c->pkg);
  init_vars(c, vars, n, rhs, NULL);
  check_process_delayed(c, top);
  if (newvars.len == 0 && !has_err) check_soft_errorf(c, stmt->assignstmt.tokpos, "no new variables on left side of :=");
  for (int i = 0; i < newvars.len; i++) scope_insert(scope, newvars.items[i]);
  sb_free(&sb);
  vec_free(&newvars);
  free(vars);
}
