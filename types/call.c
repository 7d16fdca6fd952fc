/*
** call.c -- calls, builtins, conversions and selectors (types2's call.go,
** builtins.go, conversions.go).
**
** A call's fun decides what it is: a type (conversion), a builtin, or a
** function value. Arguments are assigned to parameters with assignment()
** (so untyped constants get the parameter's type and value->interface
** conversions are visible to the IR as type mismatches); a variadic call
** without "..." matches the extra arguments against the element type.
** Selectors resolve qualified identifiers of imported packages first, then
** fields and methods via lookup_field_or_method, recording a Selection
** with the embedded-field path.
*/
#include "check.h"

static void errorf_x(Checker *c, Operand *x, const char *fmt) {
  StrBuf sb = {0};
  check_errorf(c, start_pos(x->expr), fmt, operand_string(c, x, &sb));
  sb_free(&sb);
}

int exprs_list(Checker *c, NodeList *list, Operand **out, bool allow_commaok) {
  if (list->len == 1) {
    Operand x;
    multi_expr(c, &x, list->items[0]);
    if (x.mode != MODE_INVALID && x.type && x.type->kind == T_TUPLE) {
      int n = x.type->tuple.vars.len;
      *out = xcalloc((size_t)n + 1, sizeof(Operand));
      for (int i = 0; i < n; i++)
        (*out)[i] = (Operand){MODE_VALUE, list->items[0], x.type->tuple.vars.items[i]->type, NULL, 0};
      return n;
    }
    int n = 1;
    *out = xcalloc(2, sizeof(Operand));
    (*out)[0] = x;
    if (allow_commaok && (x.mode == MODE_MAPINDEX || x.mode == MODE_COMMAOK)) {
      (*out)[1] = (Operand){MODE_VALUE, list->items[0], basic_type(T_UNTYPED_BOOL), NULL, 0};
      n = 2;
    }
    return n;
  }
  *out = xcalloc((size_t)list->len + 1, sizeof(Operand));
  for (int i = 0; i < list->len; i++) expr(c, &(*out)[i], list->items[i]);
  return list->len;
}

static void types_summary(Checker *c, StrBuf *sb, Type **ts, int n, bool variadic) {
  sb_putc(sb, '(');
  for (int i = 0; i < n; i++) {
    Type *t = ts[i];
    if (i > 0) sb_puts(sb, ", ");
    if (!t || t == typ_invalid) sb_puts(sb, "<T>");
    else if (is_untyped(t)) sb_puts(sb, is_numeric(t) ? "number" : t->basic.name + 8);
    else if (variadic && i == n - 1) {
      sb_puts(sb, "...");
      write_type(sb, t->slice.elem, c->pkg);
    } else write_type(sb, t, c->pkg);
  }
  sb_putc(sb, ')');
}

void summary_operands(Checker *c, StrBuf *sb, Operand *xs, int n) {
  Type **ts = xcalloc((size_t)n + 1, sizeof(Type *));
  for (int i = 0; i < n; i++) ts[i] = xs[i].type;
  types_summary(c, sb, ts, n, false);
  free(ts);
}

void summary_vars(Checker *c, StrBuf *sb, Type *tuple, bool variadic) {
  int n = tuple->tuple.vars.len;
  Type **ts = xcalloc((size_t)n + 1, sizeof(Type *));
  for (int i = 0; i < n; i++) ts[i] = tuple->tuple.vars.items[i]->type;
  types_summary(c, sb, ts, n, variadic);
  free(ts);
}

void arguments(Checker *c, Node *call, Type *sig, Operand *args, int nargs, bool ddd) {
  Type *params = sig->sig.params;
  int npars = params->tuple.vars.len;
  StrBuf sb = {0};
  Type *last_elem = NULL;
  if (sig->sig.variadic) {
    if (ddd) {
      if (call->call.args.len == 1 && nargs > 1) {
        check_errorf(c, call->pos, "cannot use ... with %d-valued %s", nargs,
                     expr_str(call->call.args.items[0], &sb));
        sb_free(&sb);
        return;
      }
    } else if (nargs >= npars - 1) {
      last_elem = params->tuple.vars.items[npars - 1]->type->slice.elem;
      npars = nargs;
    } else {
      npars--;
    }
  } else if (ddd) {
    check_errorf(c, call->pos, "cannot use ... in call to non-variadic %s", expr_str(call->call.fun, &sb));
    sb_free(&sb);
    return;
  }
  if (nargs != npars) {
    Pos at = call->pos;
    const char *q = "not enough";
    if (nargs > npars) {
      at = start_pos(args[npars].expr);
      q = "too many";
    } else if (nargs > 0) {
      at = start_pos(args[nargs - 1].expr);
    }
    StrBuf have = {0}, want = {0};
    summary_operands(c, &have, args, nargs);
    summary_vars(c, &want, params, sig->sig.variadic);
    check_errorf(c, at, "%s arguments in call to %s\n\thave %s\n\twant %s", q,
                 expr_str(call->call.fun, &sb), have.buf, want.buf);
    sb_free(&have), sb_free(&want), sb_free(&sb);
    return;
  }
  StrBuf ctx = {0};
  sb_puts(&ctx, "argument to ");
  expr_str(call->call.fun, &ctx);
  int fixed = params->tuple.vars.len - (last_elem ? 1 : 0);
  for (int i = 0; i < nargs; i++) {
    Type *pt = i < fixed || !last_elem ? params->tuple.vars.items[i]->type : last_elem;
    assignment(c, &args[i], pt, ctx.buf);
  }
  sb_free(&ctx);
}

/* ---- conversions ---- */

static bool is_bytes_or_runes(Type *t) {
  Type *u = under(t);
  if (u->kind != T_SLICE) return false;
  TypeKind k = under(u->slice.elem)->kind;
  return k == T_UINT8 || k == T_INT32;
}

static bool convertible_to(Checker *c, Operand *x, Type *T) {
  if (assignable_to(c, x, T, NULL)) return true;
  Type *V = x->type, *Vu = under(V), *Tu = under(T);
  if (identical_ignore_tags(Vu, Tu)) return true;
  if (V->kind == T_POINTER && T->kind == T_POINTER &&
      identical_ignore_tags(under(V->pointer.elem), under(T->pointer.elem)))
    return true;
  if ((is_integer(Vu) || is_float(Vu)) && (is_integer(Tu) || is_float(Tu))) return true;
  if ((is_integer(Vu) || is_bytes_or_runes(Vu)) && is_string(Tu)) return true;
  if (is_string(Vu) && is_bytes_or_runes(Tu)) return true;
  if (Vu->kind == T_SLICE && Tu->kind == T_POINTER && under(Tu->pointer.elem)->kind == T_ARRAY &&
      identical(Vu->slice.elem, under(Tu->pointer.elem)->array.elem))
    return true;
  return false;
}

void conversion(Checker *c, Operand *x, Type *T) {
  bool const_arg = x->mode == MODE_CONST;
  bool ok = false;
  if (const_arg && is_const_type(T)) {
    Const *v;
    int code;
    ok = representable_value(x->val, under(T), &v, &code);
    x->val = v; /* types2 keeps the integer value even when it overflows */
    if (!ok && is_integer(x->type) && is_string(T)) {
      uint64_t i;
      int64_t r = const_uint64(x->val, &i) && i <= 0x10FFFF && !(i >= 0xD800 && i <= 0xDFFF) ? (int64_t)i : 0xFFFD;
      char buf[4];
      int n = r < 0x80 ? (buf[0] = (char)r, 1)
              : r < 0x800 ? (buf[0] = (char)(0xC0 | (r >> 6)), buf[1] = (char)(0x80 | (r & 0x3F)), 2)
              : r < 0x10000 ? (buf[0] = (char)(0xE0 | (r >> 12)), buf[1] = (char)(0x80 | ((r >> 6) & 0x3F)),
                               buf[2] = (char)(0x80 | (r & 0x3F)), 3)
                            : (buf[0] = (char)(0xF0 | (r >> 18)), buf[1] = (char)(0x80 | ((r >> 12) & 0x3F)),
                               buf[2] = (char)(0x80 | ((r >> 6) & 0x3F)), buf[3] = (char)(0x80 | (r & 0x3F)), 4);
      x->val = const_str(buf, (size_t)n);
      ok = true;
    }
  } else if (convertible_to(c, x, T)) {
    ok = true;
    x->mode = MODE_VALUE;
  }
  if (!ok) {
    StrBuf a = {0}, b = {0};
    check_errorf(c, start_pos(x->expr), "cannot convert %s to type %s", operand_string(c, x, &a), tstr(c, T, &b));
    sb_free(&a), sb_free(&b);
    x->mode = MODE_INVALID;
    return;
  }
  if (is_untyped(x->type)) {
    Type *final = T;
    if (x->type->kind == T_UNTYPED_NIL) {
    } else if (is_interface(T) || (const_arg && !is_const_type(T))) {
      final = default_type(x->type);
    } else if (x->mode == MODE_CONST && is_integer(x->type) && is_string(T)) {
      final = x->type;
    }
    update_expr_type(c, x->expr, final, true);
  }
  x->type = T;
}

/* ---- builtins ---- */

static const struct { int nargs; bool variadic; } builtin_arity[BI_COUNT] = {
    [BI_APPEND] = {1, true}, [BI_CAP] = {1, false},    [BI_CLOSE] = {1, false},
    [BI_COMPLEX] = {2, false}, [BI_COPY] = {2, false}, [BI_DELETE] = {2, false},
    [BI_IMAG] = {1, false},  [BI_LEN] = {1, false},    [BI_MAKE] = {1, true},
    [BI_NEW] = {1, false},   [BI_PANIC] = {1, false},  [BI_PRINT] = {0, true},
    [BI_PRINTLN] = {0, true}, [BI_REAL] = {1, false},  [BI_RECOVER] = {0, false},
};

/* has_call_or_recv: len/cap of an array is constant unless the operand
** contains a function call or a receive. */
static bool has_call_or_recv(Node *e) {
  if (!e) return false;
  switch (e->kind) {
  case N_CALL: return e->call.fun->mode != MODE_TYPEXPR || has_call_or_recv(e->call.args.items[0]);
  case N_UNARY: return e->unary.op == TK_ARROW || has_call_or_recv(e->unary.x);
  case N_PAREN: return has_call_or_recv(e->paren.x);
  case N_SELECTOR: return has_call_or_recv(e->selector.x);
  case N_INDEX: return has_call_or_recv(e->index.x) || has_call_or_recv(e->index.indices.items[0]);
  case N_STAR: return has_call_or_recv(e->star.x);
  case N_BINARY: return has_call_or_recv(e->binary.x) || has_call_or_recv(e->binary.y);
  case N_SLICE: return true;
  default: return false;
  }
}

static void builtin_len_cap(Checker *c, Operand *x, Builtin id) {
  Type *u = under(x->type);
  if (u->kind == T_POINTER && under(u->pointer.elem)->kind == T_ARRAY) u = under(u->pointer.elem);
  bool ok = true;
  ExprMode mode = MODE_VALUE;
  Const *val = NULL;
  switch (u->kind) {
  case T_STRING: case T_UNTYPED_STRING:
    if (id == BI_CAP) ok = false;
    else if (x->mode == MODE_CONST) {
      mode = MODE_CONST;
      val = const_int((__int128)x->val->slen);
    }
    break;
  case T_ARRAY:
    if (!has_call_or_recv(x->expr)) {
      mode = MODE_CONST;
      val = const_int(u->array.len);
    }
    break;
  case T_SLICE: case T_CHAN: break;
  case T_MAP: ok = id == BI_LEN; break;
  default: ok = false;
  }
  if (!ok) {
    StrBuf sb = {0};
    check_errorf(c, start_pos(x->expr), "invalid argument: %s for %s", operand_string(c, x, &sb), builtin_name(id));
    sb_free(&sb);
    x->mode = MODE_INVALID;
    return;
  }
  if (mode == MODE_VALUE && is_untyped(x->type)) convert_untyped(c, x, basic_type(T_STRING));
  x->mode = mode;
  x->type = basic_type(T_INT);
  x->val = val;
}

static void builtin_append(Checker *c, Operand *x, Node *call, Operand *args, int nargs) {
  Type *S = x->type, *u = under(S);
  StrBuf sb = {0};
  if (u->kind != T_SLICE) {
    if (x->mode == MODE_NIL || (x->type && x->type->kind == T_UNTYPED_NIL))
      check_errorf(c, start_pos(x->expr), "first argument to append must be a slice; have untyped nil");
    else
      check_errorf(c, start_pos(x->expr), "first argument to append must be a slice; have %s", operand_string(c, x, &sb));
    sb_free(&sb);
    x->mode = MODE_INVALID;
    return;
  }
  if (nargs == 2 && call->call.ellipsis.line) {
    Operand tmp = *x;
    if (assignable_to(c, &tmp, new_slice(typ_byte), NULL) && is_string(args[1].type)) {
      if (is_untyped(args[1].type)) convert_untyped(c, &args[1], basic_type(T_STRING));
      x->mode = MODE_VALUE;
      x->type = S;
      return;
    }
  }
  ObjList ps = {0};
  vec_push(&ps, new_object(OBJ_VAR, intern_cstr(""), S, (Pos){0, 0}, NULL, NULL));
  vec_push(&ps, new_object(OBJ_VAR, intern_cstr(""), new_slice(u->slice.elem), (Pos){0, 0}, NULL, NULL));
  Type *sig = new_signature(NULL, new_tuple(ps), NULL, true);
  arguments(c, call, sig, args, nargs, call->call.ellipsis.line != 0);
  x->mode = MODE_VALUE;
  x->type = S;
}

static bool make_size(Checker *c, Node *e, int64_t *v) {
  return check_index(c, e, -1, false, v);
}

static void builtin_make(Checker *c, Operand *x, Node *call) {
  NodeList *args = &call->call.args;
  Node *arg0 = args->items[0];
  Type *T = typexpr(c, arg0);
  StrBuf sb = {0};
  if (T == typ_invalid) {
    x->mode = MODE_INVALID;
    return;
  }
  int min = 1;
  switch (under(T)->kind) {
  case T_SLICE: min = 2; break;
  case T_MAP: case T_CHAN: break;
  default:
    check_errorf(c, arg0->pos, "invalid argument: cannot make %s; type must be slice, map, or channel", expr_str(arg0, &sb));
    sb_free(&sb);
    x->mode = MODE_INVALID;
    return;
  }
  if (args->len < min || args->len > min + 1) {
    check_errorf(c, call->pos, "invalid operation: %s expects %d or %d arguments; found %d",
                 expr_str(call, &sb), min, min + 1, args->len);
    sb_free(&sb);
    x->mode = MODE_INVALID;
    return;
  }
  int64_t sizes[2] = {-1, -1};
  for (int i = 1; i < args->len; i++) make_size(c, args->items[i], &sizes[i - 1]);
  if (args->len == 3 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1])
    check_errorf(c, args->items[1]->pos, "invalid argument: length and capacity swapped");
  x->mode = MODE_VALUE;
  x->type = T;
}

static void builtin_copy(Checker *c, Operand *x, Operand *y) {
  Type *dst = under(x->type), *src = under(y->type);
  StrBuf a = {0}, b = {0}, d = {0}, f = {0};
  if (src->kind == T_STRING || src->kind == T_UNTYPED_STRING) src = new_slice(typ_byte);
  if (dst->kind != T_SLICE || src->kind != T_SLICE) {
    check_errorf(c, start_pos(x->expr), "invalid argument: copy expects slice arguments; found %s and %s",
                 operand_string(c, x, &a), operand_string(c, y, &b));
    x->mode = MODE_INVALID;
  } else if (!identical(dst->slice.elem, src->slice.elem)) {
    check_errorf(c, start_pos(x->expr),
                 "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                 operand_string(c, x, &a), operand_string(c, y, &b), tstr(c, dst->slice.elem, &d),
                 tstr(c, src->slice.elem, &f));
    x->mode = MODE_INVALID;
  } else {
    if (is_untyped(y->type)) convert_untyped(c, y, basic_type(T_STRING));
    x->mode = MODE_VALUE;
    x->type = basic_type(T_INT);
  }
  sb_free(&a), sb_free(&b), sb_free(&d), sb_free(&f);
}

void builtin_call(Checker *c, Operand *x, Node *call, Builtin id) {
  StrBuf sb = {0};
  const char *name = builtin_name(id);
  if (id == BI_COMPLEX || id == BI_REAL || id == BI_IMAG) {
    check_errorf(c, call->pos, "complex numbers are not supported by subgo (builtin %s)", name);
    use_exprs(c, &call->call.args);
    x->mode = MODE_INVALID;
    return;
  }
  if (call->call.ellipsis.line && id != BI_APPEND) {
    check_errorf(c, call->pos, "invalid operation: invalid use of ... with built-in %s", name);
    use_exprs(c, &call->call.args);
    x->mode = MODE_INVALID;
    return;
  }
  Operand *args = NULL;
  int nargs = call->call.args.len;
  if (id != BI_MAKE && id != BI_NEW) {
    nargs = exprs_list(c, &call->call.args, &args, false);
    if (nargs > 0) {
      *x = args[0];
      if (x->mode == MODE_INVALID) return;
    }
  }
  const char *msg = nargs < builtin_arity[id].nargs ? "not enough"
                    : !builtin_arity[id].variadic && nargs > builtin_arity[id].nargs ? "too many"
                                                                                   : NULL;
  if (msg) {
    check_errorf(c, call->pos, "invalid operation: %s arguments for %s (expected %d, found %d)", msg,
                 expr_str(call, &sb), builtin_arity[id].nargs, nargs);
    sb_free(&sb);
    x->mode = MODE_INVALID;
    return;
  }
  switch (id) {
  case BI_APPEND: builtin_append(c, x, call, args, nargs); break;
  case BI_LEN: case BI_CAP: builtin_len_cap(c, x, id); break;
  case BI_CLOSE: {
    Type *u = under(x->type);
    if (u->kind != T_CHAN) {
      errorf_x(c, x, "invalid operation: cannot close non-channel %s");
      x->mode = MODE_INVALID;
    } else if (u->chan.dir == CHAN_RECV) {
      errorf_x(c, x, "invalid operation: cannot close receive-only channel %s");
      x->mode = MODE_INVALID;
    } else {
      x->mode = MODE_NOVALUE;
    }
    break;
  }
  case BI_COPY: builtin_copy(c, x, &args[1]); break;
  case BI_DELETE: {
    Type *u = under(x->type);
    if (u->kind != T_MAP) {
      errorf_x(c, x, "invalid argument: %s is not a map");
      x->mode = MODE_INVALID;
      break;
    }
    assignment(c, &args[1], u->map.key, "argument to delete");
    x->mode = MODE_NOVALUE;
    break;
  }
  case BI_MAKE: builtin_make(c, x, call); break;
  case BI_NEW: {
    Type *T = typexpr(c, call->call.args.items[0]);
    x->mode = T == typ_invalid ? MODE_INVALID : MODE_VALUE;
    x->type = new_pointer(T);
    break;
  }
  case BI_PANIC:
    assignment(c, x, typ_any, "argument to panic");
    x->mode = MODE_NOVALUE;
    break;
  case BI_PRINT: case BI_PRINTLN: {
    StrBuf ctx = {0};
    sb_printf(&ctx, "argument to built-in %s", name);
    for (int i = 0; i < nargs; i++) {
      assignment(c, &args[i], NULL, ctx.buf);
      record_operand(c, &args[i]);
    }
    sb_free(&ctx);
    x->mode = MODE_NOVALUE;
    break;
  }
  case BI_RECOVER:
    x->mode = MODE_VALUE;
    x->type = typ_any;
    break;
  default: break;
  }
  free(args);
  x->expr = call;
}

/* ---- calls ---- */

void call_expr(Checker *c, Operand *x, Node *e) {
  Node *fun = e->call.fun;
  expr_or_type(c, x, fun, true);
  StrBuf sb = {0};
  switch (x->mode) {
  case MODE_INVALID:
    use_exprs(c, &e->call.args);
    x->expr = e;
    return;
  case MODE_TYPEXPR: {
    Type *T = x->type;
    x->mode = MODE_INVALID;
    int n = e->call.args.len;
    if (n == 1) {
      expr(c, x, e->call.args.items[0]);
      if (x->mode != MODE_INVALID && e->call.ellipsis.line) {
        check_errorf(c, start_pos(e->call.args.items[0]), "invalid use of ... in type conversion to %s",
                     tstr(c, T, &sb));
        x->mode = MODE_INVALID;
      } else if (x->mode != MODE_INVALID) {
        conversion(c, x, T);
      }
    } else if (n == 0) {
      check_errorf(c, e->pos, "missing argument in conversion to %s", tstr(c, T, &sb));
    } else {
      use_exprs(c, &e->call.args);
      check_errorf(c, start_pos(e->call.args.items[n - 1]), "too many arguments in conversion to %s", tstr(c, T, &sb));
    }
    sb_free(&sb);
    x->expr = e;
    return;
  }
  case MODE_BUILTIN:
    builtin_call(c, x, e, x->id);
    x->expr = e;
    return;
  default: break;
  }
  Type *sig = under(x->type);
  if (sig->kind != T_FUNC) {
    check_errorf(c, start_pos(x->expr), "invalid operation: cannot call non-function %s", operand_string(c, x, &sb));
    sb_free(&sb);
    use_exprs(c, &e->call.args);
    x->mode = MODE_INVALID;
    x->expr = e;
    return;
  }
  Operand *args;
  int nargs = exprs_list(c, &e->call.args, &args, false);
  arguments(c, e, sig, args, nargs, e->call.ellipsis.line != 0);
  for (int i = 0; i < nargs; i++)
    if (args[i].expr && e->call.args.len == nargs) record_operand(c, &args[i]);
  free(args);
  Type *res = sig->sig.results;
  if (res->tuple.vars.len == 0) {
    x->mode = MODE_NOVALUE;
    x->type = res;
  } else if (res->tuple.vars.len == 1) {
    x->mode = MODE_VALUE;
    x->type = res->tuple.vars.items[0]->type;
  } else {
    x->mode = MODE_VALUE;
    x->type = res;
  }
  x->expr = e;
}

/* ---- selectors ---- */

static Selection *new_selection(SelKind k, Type *recv, Object *obj, LookupResult *r) {
  Selection *s = xcalloc(1, sizeof *s);
  s->kind = k;
  s->recv = recv;
  s->obj = obj;
  if (r) {
    s->npath = r->npath;
    s->path = xcalloc((size_t)r->npath + 1, sizeof(int));
    memcpy(s->path, r->path, sizeof(int) * (size_t)r->npath);
    s->indirect = r->indirect;
  }
  return s;
}

static bool qualified_ident(Checker *c, Operand *x, Node *e) {
  Node *xn = e->selector.x;
  if (xn->kind != N_IDENT) return false;
  Object *o = lookup(c, xn->ident.name);
  if (!o || o->kind != OBJ_PKGNAME) return false;
  xn->obj = o;
  xn->mode = MODE_INVALID;
  o->used = true;
  Package *pkg = o->imported;
  const char *sel = e->selector.sel->ident.name;
  Object *exp = scope_lookup(pkg->scope, sel);
  x->expr = e;
  if (!exp) {
    if (!pkg->fake) check_errorf(c, e->selector.sel->pos, "undefined: %s.%s", pkg->name, sel);
    x->mode = MODE_INVALID;
    return true;
  }
  if (!(sel[0] >= 'A' && sel[0] <= 'Z')) {
    check_errorf(c, e->selector.sel->pos, "name %s not exported by package %s", sel, pkg->name);
  }
  e->selector.sel->obj = exp;
  record_selection(c->pkg, e, new_selection(SEL_QUALIFIED, NULL, exp, NULL));
  switch (exp->kind) {
  case OBJ_CONST: x->mode = MODE_CONST; x->val = exp->val; break;
  case OBJ_TYPENAME: x->mode = MODE_TYPEXPR; break;
  case OBJ_VAR: x->mode = MODE_VAR; break;
  case OBJ_FUNC: x->mode = MODE_VALUE; break;
  default: x->mode = MODE_INVALID; return true;
  }
  x->type = exp->type;
  return true;
}

static void selector_error(Checker *c, Operand *x, Node *e, LookupResult *r) {
  const char *sel = e->selector.sel->ident.name;
  StrBuf a = {0}, b = {0};
  Pos at = e->selector.sel->pos;
  if (r->ambiguous) {
    check_errorf(c, at, "ambiguous selector %s.%s", expr_str(x->expr, &a), sel);
  } else if (r->addressable_needed) {
    check_errorf(c, at, "cannot call pointer method %s on %s", sel, tstr(c, x->type, &b));
  } else {
    StrBuf why = {0};
    Type *u = under(x->type);
    if (u->kind == T_POINTER && is_interface(u->pointer.elem)) {
      sb_printf(&why, "type %s is pointer to interface, not interface", tstr(c, x->type, &b));
    } else {
      sb_printf(&why, "type %s has no field or method %s", tstr(c, x->type, &b), sel);
      char *alt = xstrndup(sel, strlen(sel));
      alt[0] = (char)(alt[0] >= 'a' && alt[0] <= 'z' ? alt[0] - 32 : alt[0] >= 'A' && alt[0] <= 'Z' ? alt[0] + 32 : alt[0]);
      LookupResult r2;
      lookup_field_or_method(x->type, x->mode == MODE_VAR, c->pkg, intern_cstr(alt), &r2);
      if (r2.obj) sb_printf(&why, ", but does have %s", alt);
      free(alt);
    }
    check_errorf(c, at, "%s.%s undefined (%s)", expr_str(x->expr, &a), sel, why.buf);
    sb_free(&why);
  }
  sb_free(&a), sb_free(&b);
}

void selector(Checker *c, Operand *x, Node *e) {
  if (qualified_ident(c, x, e)) return;
  const char *sel = e->selector.sel->ident.name;
  expr_or_type(c, x, e->selector.x, false);
  StrBuf sb = {0};
  if (x->mode == MODE_BUILTIN) {
    check_errorf(c, e->pos, "cannot select on %s", operand_string(c, x, &sb));
    sb_free(&sb);
    x->mode = MODE_INVALID;
  }
  if (x->mode == MODE_INVALID) {
    x->expr = e;
    return;
  }
  LookupResult r;
  lookup_field_or_method(x->type, x->mode == MODE_VAR, c->pkg, sel, &r);
  if (!r.obj) {
    if (under(x->type) != typ_invalid) selector_error(c, x, e, &r);
    x->mode = MODE_INVALID;
    x->expr = e;
    return;
  }
  Object *obj = r.obj;
  if (obj->kind == OBJ_FUNC) obj_decl(c, obj);
  e->selector.sel->obj = obj;
  if (x->mode == MODE_TYPEXPR) {
    if (obj->kind != OBJ_FUNC) {
      StrBuf a = {0}, b = {0};
      check_errorf(c, e->selector.sel->pos, "%s.%s undefined (type %s has no method %s)",
                   expr_str(x->expr, &a), sel, tstr(c, x->type, &b), sel);
      sb_free(&a), sb_free(&b);
      x->mode = MODE_INVALID;
      x->expr = e;
      return;
    }
    record_selection(c->pkg, e, new_selection(SEL_METHOD_EXPR, x->type, obj, &r));
    Type *sig = obj->type;
    ObjList ps = {0};
    Object *recv = sig->sig.recv;
    const char *rname = recv && sig->sig.params->tuple.vars.len &&
                                sig->sig.params->tuple.vars.items[0]->name[0]
                            ? (recv->name[0] ? recv->name : intern_cstr("_"))
                            : intern_cstr("");
    vec_push(&ps, new_object(OBJ_VAR, rname, x->type, recv ? recv->pos : e->pos, c->file, c->pkg));
    for (int i = 0; i < sig->sig.params->tuple.vars.len; i++) vec_push(&ps, sig->sig.params->tuple.vars.items[i]);
    x->mode = MODE_VALUE;
    x->type = new_signature(NULL, new_tuple(ps), sig->sig.results, sig->sig.variadic);
    record_dep(c, obj);
  } else if (obj->kind == OBJ_VAR) {
    record_selection(c->pkg, e, new_selection(SEL_FIELD, x->type, obj, &r));
    x->mode = x->mode == MODE_VAR || r.indirect ? MODE_VAR : MODE_VALUE;
    x->type = obj->type;
  } else {
    record_selection(c->pkg, e, new_selection(SEL_METHOD, x->type, obj, &r));
    Type *sig = obj->type;
    x->mode = MODE_VALUE;
    x->type = new_signature(NULL, sig->sig.params, sig->sig.results, sig->sig.variadic);
    record_dep(c, obj);
  }
  x->expr = e;
}
