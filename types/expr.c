/*
** expr.c -- expressions (types2's expr.go, index.go): operands, untyped
** constant conversion, unary/binary operators, shifts, comparisons,
** index/slice expressions, composite literals and type assertions.
**
** Untyped expressions: every node gets its type when checked; when an
** untyped operand later meets its final type (assignment, binary operand,
** argument), update_expr_type walks down the expression and rewrites the
** types of the still-untyped operands, as types2's updateExprType does, so
** the IR sees typed constants everywhere except where none is implied.
*/
#include "check.h"

static void errorf_op(Checker *c, Operand *x, const char *fmt) {
  StrBuf sb = {0};
  check_errorf(c, start_pos(x->expr), fmt, operand_string(c, x, &sb));
  sb_free(&sb);
}

void record_operand(Checker *c, Operand *x) {
  Node *e = x->expr;
  if (!e) return;
  e->mode = (uint8_t)x->mode;
  e->type = x->mode == MODE_INVALID ? typ_invalid : x->type;
  e->val = x->mode == MODE_CONST ? x->val : NULL;
}

/* ---- untyped conversion ---- */

void update_expr_type(Checker *c, Node *e, Type *t, bool final) {
  if (!e || !e->type || !is_untyped(e->type)) return;
  switch (e->kind) {
  case N_PAREN: update_expr_type(c, e->paren.x, t, final); break;
  case N_UNARY:
    if (!e->val) update_expr_type(c, e->unary.x, t, final);
    break;
  case N_BINARY:
    if (e->val || is_comparison(e->binary.op)) break;
    if (e->binary.op == TK_SHL || e->binary.op == TK_SHR) {
      Node *l = e->binary.x;
      if (is_untyped(l->type) && !is_untyped(t) && !is_integer(t)) {
        StrBuf a = {0}, b = {0};
        check_errorf(c, l->pos, "invalid operation: %s (shift of type %s)", expr_str(e, &a), tstr(c, t, &b));
        sb_free(&a), sb_free(&b);
        return;
      }
      update_expr_type(c, l, t, final);
      break;
    }
    update_expr_type(c, e->binary.x, t, final);
    update_expr_type(c, e->binary.y, t, final);
    break;
  default: break;
  }
  if (!final && is_untyped(t)) {
    e->type = under(t);
    return;
  }
  if (e->val && is_basic(t) && !is_untyped(t)) {
    Const *v;
    int code;
    if (representable_value(e->val, t, &v, &code)) e->val = v;
  }
  e->type = t;
}

static int representation(Operand *x, Type *t, Const **v) {
  int code;
  if (representable_value(x->val, t, v, &code)) return REP_OK;
  if (is_numeric(x->type) && is_numeric(t))
    return !is_integer(x->type) && is_integer(t) ? REP_TRUNCATED : REP_OVERFLOW;
  return REP_MISMATCH;
}

static void invalid_conversion(Checker *c, int code, Operand *x, Type *t) {
  StrBuf a = {0}, b = {0};
  const char *fmt = code == REP_TRUNCATED ? "%s truncated to %s"
                    : code == REP_OVERFLOW ? "%s overflows %s"
                                           : "cannot convert %s to %s";
  check_errorf(c, start_pos(x->expr), fmt, operand_string(c, x, &a), tstr(c, t, &b));
  sb_free(&a), sb_free(&b);
}

void representable(Checker *c, Operand *x, Type *t) {
  Const *v = NULL;
  int code = representation(x, t, &v);
  if (code) {
    invalid_conversion(c, code, x, t);
    x->mode = MODE_INVALID;
    return;
  }
  x->val = v;
}

bool implicit_type_and_value(Checker *c, Operand *x, Type *target,
                             Type **newtype, Const **newval, int *code) {
  *newtype = x->type;
  *newval = NULL;
  *code = REP_OK;
  if (x->mode == MODE_INVALID || !is_untyped(x->type) || target == typ_invalid) return true;
  if (is_untyped(target)) {
    if (is_numeric(x->type) && is_numeric(target)) {
      if (x->type->kind < target->kind) *newtype = target;
    } else if (x->type->kind != target->kind) {
      *code = REP_MISMATCH;
      return false;
    }
    return true;
  }
  if (x->type->kind == T_UNTYPED_NIL) {
    if (has_nil(target)) {
      *newtype = target;
      return true;
    }
    *code = REP_MISMATCH;
    return false;
  }
  Type *u = under(target);
  if (is_basic(u)) {
    if (x->mode == MODE_CONST) {
      *code = representation(x, u, newval);
      if (*code) return false;
      *newtype = target;
      return true;
    }
    bool ok = x->type->kind == T_UNTYPED_BOOL ? is_boolean(target)
              : x->type->kind == T_UNTYPED_STRING ? is_string(target)
                                                  : is_numeric(target);
    if (!ok) *code = REP_MISMATCH;
    else *newtype = target;
    return ok;
  }
  if (u->kind == T_INTERFACE) {
    complete_interface(c, u);
    if (u->iface.all.len) {
      *code = REP_MISMATCH;
      return false;
    }
    *newtype = default_type(x->type);
    return true;
  }
  *code = REP_MISMATCH;
  return false;
}

bool convert_untyped(Checker *c, Operand *x, Type *target) {
  Type *nt;
  Const *nv;
  int code;
  if (!implicit_type_and_value(c, x, target, &nt, &nv, &code)) {
    invalid_conversion(c, code, x, under(target));
    x->mode = MODE_INVALID;
    return false;
  }
  if (nv) {
    x->val = nv;
    if (x->expr) x->expr->val = nv;
  }
  if (nt != x->type) {
    x->type = nt;
    update_expr_type(c, x->expr, nt, false);
  }
  return true;
}

/* ---- unary ---- */

static const char *kind_string(Checker *c, Type *t, StrBuf *sb) {
  switch (under(t)->kind) {
  case T_ARRAY: return "array";
  case T_SLICE: return "slice";
  case T_STRUCT: return "struct";
  case T_POINTER: return "pointer";
  case T_FUNC: return "func";
  case T_INTERFACE: return "interface";
  case T_MAP: return "map";
  case T_CHAN: return "chan";
  default: return tstr(c, t, sb);
  }
}

static bool op_allowed(Checker *c, Operand *x, TokKind op, bool unary_) {
  bool ok;
  switch (op) {
  case TK_ADD: ok = unary_ ? is_numeric(x->type) : is_numeric(x->type) || is_string(x->type); break;
  case TK_SUB: case TK_MUL: case TK_QUO: ok = is_numeric(x->type); break;
  case TK_REM: case TK_AND: case TK_OR: case TK_AND_NOT: ok = is_integer(x->type); break;
  case TK_XOR: ok = is_integer(x->type); break;
  case TK_NOT: case TK_LAND: case TK_LOR: ok = is_boolean(x->type); break;
  default: ok = false;
  }
  if (!ok) {
    StrBuf sb = {0};
    check_errorf(c, start_pos(x->expr), "invalid operation: operator %s not defined on %s",
                 tok_text(op), operand_string(c, x, &sb));
    sb_free(&sb);
  }
  return ok;
}

/* op_name names the operations whose untyped result can grow past 512
** bits (types2's opName), for "constant %s overflow". */
static const char *op_name(const Node *e) {
  if (e && e->kind == N_UNARY) return e->unary.op == TK_XOR ? "bitwise complement" : "";
  if (!e || e->kind != N_BINARY) return "";
  switch (e->binary.op) {
  case TK_ADD: return "addition";
  case TK_SUB: return "subtraction";
  case TK_XOR: return "bitwise XOR";
  case TK_MUL: return "multiplication";
  case TK_SHL: return "shift";
  default: return "";
  }
}

/* overflow is types2's: a typed constant must be representable by its
** type after each operation, an untyped integer must stay within 512 bits
** (gc's constant precision). */
static void overflow(Checker *c, Operand *x, Pos oppos) {
  if (x->val->kind == CK_UNKNOWN) {
    check_errorf(c, oppos, "constant result is not representable");
    return;
  }
  if (!is_untyped(x->type)) {
    representable(c, x, under(x->type));
    return;
  }
  if (const_bitlen(x->val) > 512) {
    check_errorf(c, oppos, "constant %s overflow", op_name(x->expr));
    x->val = const_unknown();
  }
}

static void unary(Checker *c, Operand *x, Node *e) {
  TokKind op = e->unary.op;
  expr(c, x, e->unary.x);
  if (x->mode == MODE_INVALID) return;
  switch (op) {
  case TK_AND:
    if (ast_unparen(e->unary.x)->kind != N_COMPOSITELIT && x->mode != MODE_VAR) {
      x->expr = e->unary.x;
      errorf_op(c, x, "invalid operation: cannot take address of %s");
      x->mode = MODE_INVALID;
      return;
    }
    x->mode = MODE_VALUE;
    x->type = new_pointer(x->type);
    return;
  case TK_ARROW: {
    Type *u = under(x->type);
    if (u->kind != T_CHAN) {
      errorf_op(c, x, "invalid operation: cannot receive from non-channel %s");
      x->mode = MODE_INVALID;
      return;
    }
    if (u->chan.dir == CHAN_SEND) {
      errorf_op(c, x, "invalid operation: cannot receive from send-only channel %s");
      x->mode = MODE_INVALID;
      return;
    }
    x->mode = MODE_COMMAOK;
    x->type = u->chan.elem;
    return;
  }
  case TK_TILDE:
    check_errorf(c, e->pos, "cannot use ~ outside of interface or type constraint");
    x->mode = MODE_INVALID;
    return;
  default: break;
  }
  if (!op_allowed(c, x, op, true)) {
    x->mode = MODE_INVALID;
    return;
  }
  if (x->mode == MODE_CONST) {
    if (x->val->kind == CK_UNKNOWN) return; /* no follow-on overflow error */
    x->val = const_unary(op, x->val, x->type);
    x->expr = e;
    overflow(c, x, e->pos);
    return;
  }
  x->mode = MODE_VALUE;
}

/* ---- binary ---- */

bool is_comparison(TokKind op) {
  return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ ||
         op == TK_GTR || op == TK_GEQ;
}

static bool is_nil_operand(Operand *x) {
  return x->mode == MODE_NIL || (x->type && x->type->kind == T_UNTYPED_NIL);
}

static bool is_ordered(Type *t) { return is_integer(t) || is_float(t) || is_string(t); }

static void incomparable_cause(Checker *c, Type *t, StrBuf *sb) {
  Type *u = under(t);
  if (u->kind == T_SLICE || u->kind == T_FUNC || u->kind == T_MAP) {
    StrBuf k = {0};
    sb_printf(sb, "%s can only be compared to nil", kind_string(c, t, &k));
    sb_free(&k);
    return;
  }
  StrBuf a = {0};
  if (u->kind == T_STRUCT) {
    for (int i = 0; i < u->strct.fields.len; i++) {
      Type *ft = u->strct.fields.items[i]->type;
      if (!comparable(ft, NULL)) {
        sb_printf(sb, "struct containing %s cannot be compared", tstr(c, ft, &a));
        break;
      }
    }
  } else if (u->kind == T_ARRAY) {
    sb_printf(sb, "%s cannot be compared", tstr(c, t, &a));
  }
  sb_free(&a);
}

void comparison(Checker *c, Operand *x, Operand *y, TokKind op, bool switch_case) {
  if (switch_case) op = TK_EQL;
  Operand *err_op = x;
  StrBuf cause = {0};
  bool ok = assignable_to(c, x, y->type, NULL) || assignable_to(c, y, x->type, NULL);
  if (!ok) {
    err_op = y;
    StrBuf a = {0}, b = {0};
    sb_printf(&cause, "mismatched types %s and %s", tstr(c, x->type, &a), tstr(c, y->type, &b));
    sb_free(&a), sb_free(&b);
    goto error;
  }
  if (op == TK_EQL || op == TK_NEQ) {
    if (is_nil_operand(x) || is_nil_operand(y)) {
      Type *t = is_nil_operand(x) ? y->type : x->type;
      if (!has_nil(t)) {
        err_op = y;
        goto error;
      }
    } else if (!comparable(x->type, NULL)) {
      err_op = x;
      incomparable_cause(c, x->type, &cause);
      goto error;
    } else if (!comparable(y->type, NULL)) {
      err_op = y;
      incomparable_cause(c, y->type, &cause);
      goto error;
    }
  } else if (!is_ordered(x->type)) {
    err_op = x;
    goto error;
  } else if (!is_ordered(y->type)) {
    err_op = y;
    goto error;
  }
  if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
    x->val = const_bool(const_compare(x->val, op, y->val));
  } else {
    x->mode = MODE_VALUE;
    update_expr_type(c, x->expr, default_type(x->type), true);
    update_expr_type(c, y->expr, default_type(y->type), true);
  }
  x->type = basic_type(T_UNTYPED_BOOL);
  sb_free(&cause);
  return;
error:
  if (!cause.len) {
    StrBuf k = {0};
    sb_printf(&cause, "operator %s not defined on %s", tok_text(op), kind_string(c, err_op->type, &k));
    sb_free(&k);
  }
  StrBuf a = {0}, b = {0};
  if (switch_case)
    check_errorf(c, start_pos(x->expr), "invalid case %s in switch on %s (%s)", expr_str(x->expr, &a),
                 expr_str(y->expr, &b), cause.buf);
  else
    check_errorf(c, start_pos(err_op->expr), "invalid operation: %s %s %s (%s)", expr_str(x->expr, &a),
                 tok_text(op), expr_str(y->expr, &b), cause.buf);
  sb_free(&a), sb_free(&b), sb_free(&cause);
  x->mode = MODE_INVALID;
}

static void shift(Checker *c, Operand *x, Operand *y, Node *e, TokKind op, Pos oppos) {
  Const *xval = NULL;
  if (x->mode == MODE_CONST && !const_to_int(x->val, &xval)) xval = NULL;
  if (!(is_integer(x->type) || (is_untyped(x->type) && xval))) {
    errorf_op(c, x, "invalid operation: shifted operand %s must be integer");
    x->mode = MODE_INVALID;
    return;
  }
  if (y->mode == MODE_CONST) {
    Const *yv;
    if (const_to_int(y->val, &yv) && const_sign(yv) < 0) {
      errorf_op(c, y, "invalid operation: negative shift count %s");
      x->mode = MODE_INVALID;
      return;
    }
    if (is_untyped(y->type)) {
      representable(c, y, basic_type(T_UINT));
      if (y->mode == MODE_INVALID) {
        x->mode = MODE_INVALID;
        return;
      }
    }
  } else if (is_untyped(y->type)) {
    if (!convert_untyped(c, y, basic_type(T_UINT))) {
      x->mode = MODE_INVALID;
      return;
    }
  } else if (!is_integer(y->type)) {
    errorf_op(c, y, "invalid operation: shift count %s must be integer");
    x->mode = MODE_INVALID;
    return;
  }
  if (x->mode == MODE_CONST) {
    if (y->mode == MODE_CONST) {
      if (x->val->kind == CK_UNKNOWN || y->val->kind == CK_UNKNOWN) {
        /* unknown after an overflow: unknown result, no other error */
        x->val = const_unknown();
        if (!is_integer(x->type)) x->type = basic_type(T_UNTYPED_INT);
        x->expr = e;
        return;
      }
      uint64_t s;
      if (!const_uint64(y->val, &s) || s > 1023 - 1 + 52) {
        errorf_op(c, y, "invalid operation: invalid shift count %s");
        x->mode = MODE_INVALID;
        return;
      }
      if (!is_integer(x->type)) x->type = basic_type(T_UNTYPED_INT);
      x->val = const_shift(x->val, op, (unsigned)s);
      x->expr = e;
      overflow(c, x, oppos);
      return;
    }
    if (is_untyped(x->type)) {
      x->mode = MODE_VALUE;
      return;
    }
  }
  if (!is_integer(x->type)) {
    errorf_op(c, x, "invalid operation: shifted operand %s must be integer");
    x->mode = MODE_INVALID;
    return;
  }
  x->mode = MODE_VALUE;
}

static bool can_mix(Operand *x, Operand *y) {
  if (is_interface(x->type) || is_interface(y->type)) return true;
  if (is_boolean(x->type) != is_boolean(y->type)) return false;
  if (is_string(x->type) != is_string(y->type)) return false;
  if (is_nil_operand(x) && !has_nil(y->type)) return false;
  if (is_nil_operand(y) && !has_nil(x->type)) return false;
  return true;
}

/* binary: e may be NULL for op-assignments (x op= y). */
void binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, TokKind op) {
  Operand y;
  expr(c, x, lhs);
  expr(c, &y, rhs);
  if (x->mode == MODE_INVALID) return;
  if (y.mode == MODE_INVALID) {
    x->mode = MODE_INVALID;
    x->expr = y.expr;
    return;
  }
  Pos oppos = e ? e->binary.oppos : lhs->pos;
  if (op == TK_SHL || op == TK_SHR) {
    shift(c, x, &y, e, op, oppos);
    return;
  }
  if (can_mix(x, &y)) {
    if (!convert_untyped(c, x, y.type)) return;
    if (!convert_untyped(c, &y, x->type)) {
      x->mode = MODE_INVALID;
      return;
    }
  }
  if (is_comparison(op)) {
    comparison(c, x, &y, op, false);
    return;
  }
  if (!identical(x->type, y.type)) {
    if (x->type != typ_invalid && y.type != typ_invalid) {
      StrBuf a = {0}, b = {0}, d = {0}, f = {0};
      if (e)
        check_errorf(c, start_pos(x->expr), "invalid operation: %s (mismatched types %s and %s)",
                     expr_str(e, &a), tstr(c, x->type, &b), tstr(c, y.type, &d));
      else
        check_errorf(c, start_pos(x->expr), "invalid operation: %s %s= %s (mismatched types %s and %s)",
                     expr_str(lhs, &a), tok_text(op), expr_str(rhs, &f), tstr(c, x->type, &b),
                     tstr(c, y.type, &d));
      sb_free(&a), sb_free(&b), sb_free(&d), sb_free(&f);
    }
    x->mode = MODE_INVALID;
    return;
  }
  if (!op_allowed(c, x, op, false)) {
    x->mode = MODE_INVALID;
    return;
  }
  if ((op == TK_QUO || op == TK_REM) && (x->mode == MODE_CONST || is_integer(x->type)) &&
      y.mode == MODE_CONST && const_sign(y.val) == 0) {
    check_errorf(c, start_pos(y.expr), "invalid operation: division by zero");
    x->mode = MODE_INVALID;
    return;
  }
  if (x->mode == MODE_CONST && y.mode == MODE_CONST) {
    x->expr = e;
    /* an unknown operand (after an overflow) makes an unknown result,
    ** without another error */
    if (x->val->kind == CK_UNKNOWN || y.val->kind == CK_UNKNOWN) {
      x->val = const_unknown();
      return;
    }
    x->val = const_binary(x->val, op, y.val, is_integer(x->type));
    overflow(c, x, oppos);
    return;
  }
  x->mode = MODE_VALUE;
}

/* ---- index and slice ---- */

bool check_index(Checker *c, Node *idx, int64_t max, bool allow_neg, int64_t *out) {
  Operand x;
  expr(c, &x, idx);
  *out = -1;
  if (x.mode == MODE_INVALID) return false;
  if (!convert_untyped(c, &x, basic_type(T_INT))) return false;
  record_operand(c, &x);
  StrBuf sb = {0};
  if (!is_integer(x.type)) {
    check_errorf(c, idx->pos, "invalid argument: index %s must be integer", operand_string(c, &x, &sb));
    sb_free(&sb);
    return false;
  }
  if (x.mode == MODE_CONST && x.val->kind != CK_UNKNOWN) {
    int code;
    int64_t v;
    if (!allow_neg && const_sign(x.val) < 0) {
      check_errorf(c, idx->pos, "invalid argument: index %s must not be negative", operand_string(c, &x, &sb));
      sb_free(&sb);
      return false;
    }
    if (!representable_value(x.val, basic_type(T_INT), NULL, &code) || !const_int64(x.val, &v)) {
      check_errorf(c, idx->pos, "invalid argument: index %s overflows int", operand_string(c, &x, &sb));
      sb_free(&sb);
      return false;
    }
    if (max >= 0 && v >= max) {
      /* types2 prints the index's value here, not the operand */
      check_errorf(c, idx->pos, "invalid argument: index %s out of bounds [0:%lld]",
                   const_string(x.val, &sb), (long long)max);
      sb_free(&sb);
      return false;
    }
    *out = v;
  }
  return true;
}

void index_expr(Checker *c, Operand *x, Node *e) {
  expr_or_type(c, x, e->index.x, false);
  if (x->mode == MODE_INVALID) {
    use_exprs(c, &e->index.indices);
    return;
  }
  if (x->mode == MODE_TYPEXPR) {
    check_errorf(c, e->pos, "generics are not supported by subgo");
    x->mode = MODE_INVALID;
    return;
  }
  Node *idx = e->index.indices.items[0];
  Type *u = under(x->type);
  bool valid = false;
  int64_t length = -1;
  switch (u->kind) {
  case T_STRING: case T_UNTYPED_STRING:
    valid = true;
    if (x->mode == MODE_CONST) length = (int64_t)x->val->slen;
    x->mode = MODE_VALUE;
    x->type = typ_byte;
    break;
  case T_ARRAY:
    valid = true;
    length = u->array.len;
    if (x->mode != MODE_VAR) x->mode = MODE_VALUE;
    x->type = u->array.elem;
    break;
  case T_POINTER:
    if (under(u->pointer.elem)->kind == T_ARRAY) {
      valid = true;
      length = under(u->pointer.elem)->array.len;
      x->mode = MODE_VAR;
      x->type = under(u->pointer.elem)->array.elem;
    }
    break;
  case T_SLICE:
    valid = true;
    x->mode = MODE_VAR;
    x->type = u->slice.elem;
    break;
  case T_MAP: {
    Operand k;
    expr(c, &k, idx);
    assignment(c, &k, u->map.key, "map index");
    x->mode = MODE_MAPINDEX;
    x->type = u->map.elem;
    x->expr = e;
    return;
  }
  default: break;
  }
  if (!valid) {
    StrBuf sb = {0};
    x->expr = e->index.x;
    check_errorf(c, e->index.lbrack, "invalid operation: cannot index %s", operand_string(c, x, &sb));
    sb_free(&sb);
    x->mode = MODE_INVALID;
    use_exprs(c, &e->index.indices);
    return;
  }
  int64_t v;
  check_index(c, idx, length, false, &v);
  x->expr = e;
}

void slice_expr(Checker *c, Operand *x, Node *e) {
  expr(c, x, e->slice.x);
  if (x->mode == MODE_INVALID) {
    if (e->slice.lo) { Operand t; expr(c, &t, e->slice.lo); }
    if (e->slice.hi) { Operand t; expr(c, &t, e->slice.hi); }
    if (e->slice.max) { Operand t; expr(c, &t, e->slice.max); }
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type *u = under(x->type);
  StrBuf sb = {0};
  switch (u->kind) {
  case T_STRING: case T_UNTYPED_STRING:
    if (e->slice.slice3) {
      check_errorf(c, start_pos(e->slice.max ? e->slice.max : e), "invalid operation: 3-index slice of string");
      x->mode = MODE_INVALID;
      return;
    }
    valid = true;
    if (x->mode == MODE_CONST) length = (int64_t)x->val->slen;
    if (u->kind == T_UNTYPED_STRING) x->type = basic_type(T_STRING);
    x->mode = MODE_VALUE;
    break;
  case T_ARRAY:
    valid = true;
    length = u->array.len;
    if (x->mode != MODE_VAR) {
      errorf_op(c, x, "invalid operation: %s (slice of unaddressable value)");
      sb_free(&sb);
      x->mode = MODE_INVALID;
      return;
    }
    x->type = new_slice(u->array.elem);
    x->mode = MODE_VALUE;
    break;
  case T_POINTER:
    if (under(u->pointer.elem)->kind == T_ARRAY) {
      valid = true;
      length = under(u->pointer.elem)->array.len;
      x->type = new_slice(under(u->pointer.elem)->array.elem);
      x->mode = MODE_VALUE;
    }
    break;
  case T_SLICE:
    valid = true;
    x->mode = MODE_VALUE;
    break;
  default: break;
  }
  if (!valid) {
    check_errorf(c, start_pos(x->expr), "cannot slice %s", operand_string(c, x, &sb));
    sb_free(&sb);
    x->mode = MODE_INVALID;
    return;
  }
  x->expr = e;
  Node *idx[3] = {e->slice.lo, e->slice.hi, e->slice.max};
  int64_t vals[3] = {-1, -1, -1};
  for (int i = 0; i < 3; i++) {
    if (!idx[i]) continue;
    int64_t max = length >= 0 ? length + 1 : -1;
    check_index(c, idx[i], max, false, &vals[i]);
  }
  for (int i = 0; i < 3; i++) {
    if (vals[i] < 0) continue;
    for (int j = i + 1; j < 3; j++)
      if (vals[j] >= 0 && vals[j] < vals[i]) {
        check_errorf(c, idx[j]->pos, "invalid slice indices: %lld < %lld", (long long)vals[j], (long long)vals[i]);
        return;
      }
  }
}

/* ---- composite literals ---- */

static void lit_elements(Checker *c, NodeList *elts, Type *elem, int64_t length, int64_t *max_out) {
  int64_t index = 0, max = 0;
  VEC(int64_t) seen = {0};
  for (int i = 0; i < elts->len; i++) {
    Node *e = elts->items[i];
    bool valid_index = false;
    Node *v = e;
    if (e->kind == N_KEYVALUE) {
      int64_t k;
      if (check_index(c, e->keyvalue.key, length, false, &k)) {
        if (k >= 0) {
          index = k;
          valid_index = true;
        } else {
          StrBuf sb = {0};
          check_errorf(c, start_pos(e), "index %s must be integer constant", expr_str(e->keyvalue.key, &sb));
          sb_free(&sb);
        }
      }
      v = e->keyvalue.value;
    } else if (length >= 0 && index >= length) {
      check_errorf(c, start_pos(e), "index %lld is out of bounds (>= %lld)", (long long)index, (long long)length);
    } else {
      valid_index = true;
    }
    if (valid_index) {
      for (int j = 0; j < seen.len; j++)
        if (seen.items[j] == index) {
          check_errorf(c, start_pos(e), "duplicate index %lld in array or slice literal", (long long)index);
          break;
        }
      vec_push(&seen, index);
    }
    index++;
    if (index > max) max = index;
    Operand x;
    expr_with_hint(c, &x, v, elem);
    assignment(c, &x, elem, "array or slice literal");
  }
  vec_free(&seen);
  *max_out = max;
}

static Node *key_ident(Node *k) { return k->kind == N_IDENT ? k : NULL; }

static void struct_lit(Checker *c, Node *e, Type *base, Type *u) {
  ObjList *fields = &u->strct.fields;
  NodeList *elts = &e->compositelit.elts;
  if (elts->len == 0) return;
  StrBuf sb = {0};
  if (elts->items[0]->kind == N_KEYVALUE) {
    char *visited = xcalloc((size_t)fields->len + 1, 1);
    for (int i = 0; i < elts->len; i++) {
      Node *kv = elts->items[i];
      if (kv->kind != N_KEYVALUE) {
        check_errorf(c, start_pos(kv), "mixture of field:value and value elements in struct literal");
        continue;
      }
      Node *key = key_ident(kv->keyvalue.key);
      Operand x;
      if (!key) {
        check_errorf(c, start_pos(kv), "invalid field name %s in struct literal", expr_str(kv->keyvalue.key, &sb));
        sb.len = 0;
        expr(c, &x, kv->keyvalue.value);
        continue;
      }
      int fi = -1; /* blank fields cannot be named (types2's fieldIndex) */
      for (int j = 0; j < fields->len && !is_blank(key->ident.name); j++)
        if (fields->items[j]->name == key->ident.name) fi = j;
      if (fi < 0) {
        check_errorf(c, key->pos, "unknown field '%s' in struct literal of type %s", key->ident.name, tstr(c, base, &sb));
        sb.len = 0;
        expr(c, &x, kv->keyvalue.value);
        continue;
      }
      Object *f = fields->items[fi];
      key->obj = f;
      expr_with_hint(c, &x, kv->keyvalue.value, f->type);
      assignment(c, &x, f->type, "struct literal");
      if (visited[fi]) {
        check_errorf(c, start_pos(kv), "duplicate field name %s in struct literal", key->ident.name);
        continue;
      }
      visited[fi] = 1;
    }
    free(visited);
  } else {
    for (int i = 0; i < elts->len; i++) {
      Node *v = elts->items[i];
      Operand x;
      if (v->kind == N_KEYVALUE) {
        check_errorf(c, start_pos(v), "mixture of field:value and value elements in struct literal");
        continue;
      }
      expr_with_hint(c, &x, v, i < fields->len ? fields->items[i]->type : NULL);
      if (i >= fields->len) {
        check_errorf(c, start_pos(x.expr), "too many values in %s{…}", tstr(c, base, &sb));
        break;
      }
      Object *f = fields->items[i];
      if (f->pkg != c->pkg && !(f->name[0] >= 'A' && f->name[0] <= 'Z')) {
        check_errorf(c, start_pos(x.expr), "implicit assignment to unexported field %s in %s literal", f->name, tstr(c, base, &sb));
        sb.len = 0;
      }
      assignment(c, &x, f->type, "struct literal");
    }
    if (elts->len < fields->len)
      check_errorf(c, e->compositelit.rbrace, "too few values in %s{…}", tstr(c, base, &sb));
  }
  sb_free(&sb);
}

static void map_lit(Checker *c, Node *e, Type *u) {
  NodeList *elts = &e->compositelit.elts;
  for (int i = 0; i < elts->len; i++) {
    Node *kv = elts->items[i];
    if (kv->kind != N_KEYVALUE) {
      check_errorf(c, kv->pos, "missing key in map literal");
      Operand x;
      expr(c, &x, kv);
      continue;
    }
    Operand k, v;
    expr_with_hint(c, &k, kv->keyvalue.key, u->map.key);
    assignment(c, &k, u->map.key, "map literal");
    if (k.mode == MODE_CONST) {
      for (int j = 0; j < i; j++) {
        Node *o = elts->items[j];
        if (o->kind != N_KEYVALUE || !o->keyvalue.key->val) continue;
        Node *ok = o->keyvalue.key;
        if (ok->val->kind == k.val->kind && const_compare(ok->val, TK_EQL, k.val) &&
            identical(ok->type, k.type)) {
          StrBuf sb = {0};
          /* types2 prints the key's value, not its expression */
          check_errorf(c, start_pos(k.expr), "duplicate key %s in map literal", const_string(k.val, &sb));
          sb_free(&sb);
          break;
        }
      }
    }
    expr_with_hint(c, &v, kv->keyvalue.value, u->map.elem);
    assignment(c, &v, u->map.elem, "map literal");
  }
}

void composite_lit(Checker *c, Operand *x, Node *e, Type *hint) {
  Type *t = NULL, *base = NULL;
  Node *te = e->compositelit.type;
  if (te) {
    if (te->kind == N_ARRAYTYPE && te->arraytype.len && te->arraytype.len->kind == N_ELLIPSIS) {
      Type *elem = typexpr(c, te->arraytype.elt);
      t = new_array(elem, -1);
      te->type = t;
      te->mode = MODE_TYPEXPR;
    } else {
      t = typexpr(c, te);
    }
    base = t;
  } else if (hint) {
    /* an elided type of pointer type *T means &T{...}: the literal has
    ** type *T, its elements are T's */
    t = hint;
    base = hint;
    Type *hu = under(hint);
    if (hu->kind == T_POINTER) base = hu->pointer.elem;
  } else {
    check_errorf(c, e->pos, "invalid composite literal type: missing type");
    x->mode = MODE_INVALID;
    return;
  }
  Type *u = under(base);
  StrBuf sb = {0};
  switch (u->kind) {
  case T_STRUCT: struct_lit(c, e, base, u); break;
  case T_ARRAY: {
    int64_t n;
    lit_elements(c, &e->compositelit.elts, u->array.elem, u->array.len, &n);
    if (u->array.len < 0) {
      u->array.len = n;
      if (te) te->type = t;
    }
    break;
  }
  case T_SLICE: {
    int64_t n;
    lit_elements(c, &e->compositelit.elts, u->slice.elem, -1, &n);
    break;
  }
  case T_MAP: map_lit(c, e, u); break;
  default:
    /* use the elements, only the values of key:value pairs: a key may be
    ** a field name of a struct type we do not know (types2 does the same) */
    for (int i = 0; i < e->compositelit.elts.len; i++) {
      Node *el = e->compositelit.elts.items[i];
      Operand y;
      raw_expr(c, &y, el->kind == N_KEYVALUE ? el->keyvalue.value : el, NULL, false);
    }
    if (u != typ_invalid)
      check_errorf(c, e->pos, "invalid composite literal type %s", tstr(c, t, &sb));
    sb_free(&sb);
    x->mode = MODE_INVALID;
    return;
  }
  sb_free(&sb);
  x->mode = MODE_VALUE;
  x->type = t;
}

/* ---- type assertions ---- */

static void type_assert(Checker *c, Operand *x, Node *e) {
  expr(c, x, e->typeassert.x);
  if (x->mode == MODE_INVALID) return;
  StrBuf sb = {0};
  if (!e->typeassert.type) {
    check_errorf(c, e->pos, "invalid AST: use of .(type) outside type switch");
    x->mode = MODE_INVALID;
    return;
  }
  if (!is_interface(x->type)) {
    check_errorf(c, start_pos(x->expr), "invalid operation: %s is not an interface", operand_string(c, x, &sb));
    sb_free(&sb);
    x->mode = MODE_INVALID;
    return;
  }
  Type *T = typexpr(c, e->typeassert.type);
  if (T == typ_invalid) {
    x->mode = MODE_INVALID;
    return;
  }
  StrBuf cause = {0};
  if (!assertable_to(c, x->type, T, &cause)) {
    StrBuf a = {0}, b = {0};
    check_errorf(c, e->pos, "impossible type assertion: %s\n\t%s does not implement %s %s",
                 expr_str(e, &sb), tstr(c, T, &a), tstr(c, x->type, &b), cause.buf);
    sb_free(&a), sb_free(&b);
  }
  sb_free(&sb), sb_free(&cause);
  x->mode = MODE_COMMAOK;
  x->type = T;
}

/* ---- dispatch ---- */

static void func_lit(Checker *c, Operand *x, Node *e) {
  Scope *scope;
  Type *sig = func_type(c, e->funclit.type, NULL, &scope);
  Delayed d = {c->decl, c->file, sig, e->funclit.body, scope, "<function literal>", c->iota};
  check_later(c, d);
  x->mode = MODE_VALUE;
  x->type = sig;
}

static void star_expr(Checker *c, Operand *x, Node *e) {
  expr_or_type(c, x, e->star.x, false);
  switch (x->mode) {
  case MODE_INVALID: return;
  case MODE_TYPEXPR: x->type = new_pointer(x->type); return;
  default: break;
  }
  if (x->mode == MODE_NIL) {
    check_errorf(c, e->pos, "invalid operation: cannot indirect nil");
    x->mode = MODE_INVALID;
    return;
  }
  Type *u = under(x->type);
  if (u->kind != T_POINTER) {
    errorf_op(c, x, "invalid operation: cannot indirect %s");
    x->mode = MODE_INVALID;
    return;
  }
  x->mode = MODE_VAR;
  x->type = u->pointer.elem;
}

static void basic_lit(Checker *c, Operand *x, Node *e) {
  static const TypeKind kinds[] = {[TK_INT] = T_UNTYPED_INT, [TK_FLOAT] = T_UNTYPED_FLOAT,
                                   [TK_CHAR] = T_UNTYPED_RUNE, [TK_STRING] = T_UNTYPED_STRING};
  if (e->basiclit.kind == TK_IMAG) {
    check_errorf(c, e->pos, "complex numbers are not supported by subgo (imaginary literal %s)", e->basiclit.lit);
    x->mode = MODE_INVALID;
    return;
  }
  /* gc caps number literals: beyond 512 bits (4096 for each part of a
  ** fraction) their digits are meaningless and slow to convert */
  if (e->basiclit.kind != TK_STRING && e->basiclit.kind != TK_CHAR && e->basiclit.len > 10000) {
    check_errorf(c, e->pos, "excessively long constant: %.10s... (%zu chars)", e->basiclit.lit, e->basiclit.len);
    return;
  }
  x->val = const_from_literal(e);
  if (x->val->kind == CK_UNKNOWN) { /* a float whose exponent overflows */
    check_errorf(c, e->pos, "malformed constant: %.*s", (int)e->basiclit.len, e->basiclit.lit);
    return;
  }
  x->type = basic_type(kinds[e->basiclit.kind]);
  x->mode = MODE_CONST;
}

static void expr_internal(Checker *c, Operand *x, Node *e, Type *hint) {
  x->mode = MODE_INVALID;
  x->type = typ_invalid;
  x->val = NULL;
  x->expr = e;
  switch (e->kind) {
  case N_BAD: return;
  case N_IDENT: ident(c, x, e, false); return;
  case N_ELLIPSIS: check_errorf(c, e->pos, "invalid use of ..."); return;
  case N_BASICLIT: basic_lit(c, x, e); return;
  case N_FUNCLIT: func_lit(c, x, e); return;
  case N_COMPOSITELIT: composite_lit(c, x, e, hint); return;
  case N_PAREN:
    raw_expr(c, x, e->paren.x, hint, false);
    x->expr = e;
    return;
  case N_SELECTOR: selector(c, x, e); return;
  case N_INDEX: index_expr(c, x, e); return;
  case N_SLICE: slice_expr(c, x, e); return;
  case N_TYPEASSERT: type_assert(c, x, e); return;
  case N_CALL: call_expr(c, x, e); return;
  case N_STAR: star_expr(c, x, e); return;
  case N_UNARY: unary(c, x, e); return;
  case N_BINARY: binary(c, x, e, e->binary.x, e->binary.y, e->binary.op); return;
  case N_KEYVALUE: check_errorf(c, e->pos, "no key:value expected"); return;
  case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
  case N_MAPTYPE: case N_CHANTYPE:
    x->mode = MODE_TYPEXPR;
    x->type = typexpr(c, e);
    return;
  default:
    check_errorf(c, e->pos, "%s is not an expression", ast_kind_name(e->kind));
    return;
  }
}

void raw_expr(Checker *c, Operand *x, Node *e, Type *hint, bool allow_generic) {
  expr_internal(c, x, e, hint);
  x->expr = e;
  if (x->mode == MODE_INVALID) x->type = typ_invalid;
  record_operand(c, x);
}

void single_value(Checker *c, Operand *x) {
  if (x->mode == MODE_VALUE && x->type && x->type->kind == T_TUPLE) {
    errorf_op(c, x, "multiple-value %s in single-value context");
    x->mode = MODE_INVALID;
  }
}

/* exclude reports x when its mode is one of the modes in the mask (bits of
** 1 << MODE_*), as types2's exclude does, and invalidates it. */
static void exclude(Checker *c, Operand *x, unsigned modes) {
  if (!(modes & (1u << x->mode))) return;
  switch (x->mode) {
  case MODE_NOVALUE:
    errorf_op(c, x, (modes & (1u << MODE_TYPEXPR)) ? "%s used as value" : "%s used as value or type");
    break;
  case MODE_BUILTIN: errorf_op(c, x, "%s must be called"); break;
  case MODE_TYPEXPR: errorf_op(c, x, "%s is not an expression"); break;
  default: return;
  }
  x->mode = MODE_INVALID;
}

#define EXCLUDE_VALUE_ONLY ((1u << MODE_NOVALUE) | (1u << MODE_BUILTIN) | (1u << MODE_TYPEXPR))

void multi_expr(Checker *c, Operand *x, Node *e) {
  raw_expr(c, x, e, NULL, false);
  exclude(c, x, EXCLUDE_VALUE_ONLY);
}

void expr(Checker *c, Operand *x, Node *e) {
  raw_expr(c, x, e, NULL, false);
  exclude(c, x, EXCLUDE_VALUE_ONLY);
  single_value(c, x);
}

void expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint) {
  raw_expr(c, x, e, hint, false);
  exclude(c, x, EXCLUDE_VALUE_ONLY);
  single_value(c, x);
}

/* expr_or_type also accepts a type; with allow_builtin (a call's function
** position) a builtin too. */
void expr_or_type(Checker *c, Operand *x, Node *e, bool allow_builtin) {
  raw_expr(c, x, e, NULL, false);
  exclude(c, x, allow_builtin ? (1u << MODE_NOVALUE) : (1u << MODE_NOVALUE) | (1u << MODE_BUILTIN));
  single_value(c, x);
}

/* use_exprs evaluates expressions for their errors and uses (types2's
** use), e.g. the arguments of a call that failed; a blank is skipped. */
void use_exprs(Checker *c, NodeList *list) {
  for (int i = 0; i < list->len; i++) {
    Node *e = list->items[i];
    if (e->kind == N_IDENT && is_blank(e->ident.name)) continue;
    Operand x;
    raw_expr(c, &x, e, NULL, false);
  }
}
