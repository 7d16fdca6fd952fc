/*
** lower_builtin.c -- the builtin functions.
**
** Value builtins lower to IR operations: len/cap (LEN/CAP; constant
** results were folded by the checker), make (MAKESLICE, RTCALL MAKEMAP,
** MAKECHAN), new (ALLOC_NEW), append (below). The builtins that can be a
** statement, and so be deferred or started with go (close, copy, delete,
** panic, print, println, recover), are planned like calls: their operands
** are evaluated into a CallPlan, then emit_builtin emits the operation
** from registers, in the function or in a defer/go wrapper.
**
** append(s, x...): the new length is len(s)+n; if it exceeds cap(s),
** GROWSLICE makes room (Go 1.19's growth rule lives in the runtime); the
** result is resliced to the new length and the elements are stored
** through INDEXADDR (or copied with SLICECOPY for the `...` form, which
** also takes a string when s is a []byte). All operands are evaluated
** before the slice grows, as in Go.
**
** print/println print each operand by its kind with the PRINT* entry
** points (println separates with PRINTSP and ends with PRINTNL); a slice
** prints as [len/cap]pointer, as Go's printslice does.
*/
#include "lower.h"

bool builtin_is_stmt(Builtin bi) {
  return bi == BI_CLOSE || bi == BI_COPY || bi == BI_DELETE || bi == BI_PANIC || bi == BI_PRINT ||
         bi == BI_PRINTLN || bi == BI_RECOVER;
}

static Node *arg(Node *call, int i) { return call->call.args.items[i]; }

enum { MAX_SPREAD = 16 };

/* spread_args: for builtin(g()) with g returning several values, g's
** results and their types (count returned); 0 for ordinary arguments */
static int spread_args(Fn *F, Node *call, IrReg *vals, Type **types) {
  Type *tup = spread_results(&call->call.args);
  if (!tup) return 0;
  int k = tup->tuple.vars.len;
  if (k > MAX_SPREAD) fatal("too many results spread into a builtin");
  lower_multi(F, arg(call, 0), vals, k);
  for (int i = 0; i < k; i++) types[i] = tup->tuple.vars.items[i]->type;
  return k;
}

/* operand i of a builtin converted to t: from the spread results, or
** lowered from its node */
static IrReg builtin_arg(Fn *F, Node *call, int i, Type *t, IrReg *sv, Type **st, int k) {
  return k ? coerce(F, sv[i], st[i], t) : lower_expr_to(F, arg(call, i), t);
}

/* an integer operand of make, as int (CONVERT from any integer type) */
static IrReg int_operand(Fn *F, Node *n) {
  if (n->mode == MODE_CONST && n->val) return lower_const(F, n->val, F->b->t_int);
  IrReg v = lower_expr(F, n);
  Type *t = reg_type(F, v);
  if (types_identical(t, F->b->t_int)) return v;
  return emit_value(F, IR_CONVERT, 0, F->b->t_int, v, 0);
}

static IrReg lower_make(Fn *F, Node *call) {
  Type *t = arg(call, 0)->type, *u = ty_under(t);
  int n = call->call.args.len;
  IrReg size = n > 1 ? int_operand(F, arg(call, 1)) : emit_const_int(F, F->b->t_int, 0);
  F->pos = call_pos(call);
  if (u->kind == T_SLICE) {
    IrReg c = n > 2 ? int_operand(F, arg(call, 2)) : 0;
    return emit_value(F, IR_MAKESLICE, 0, t, size, c);
  }
  IrReg d = new_reg(F, t, NULL);
  emit_rtcall(F, u->kind == T_MAP ? RT_MAKEMAP : RT_MAKECHAN, t, &size, 1, &d, 1);
  return d;
}

static IrReg lower_lencap(Fn *F, Node *call, IrOp op) {
  Node *x = arg(call, 0);
  Type *u = ty_under(expr_type(F, x));
  IrReg v = lower_expr(F, x);
  if (u->kind == T_POINTER) /* len(p) of *[N]T: N, p need not be valid */
    return emit_const_int(F, expr_type(F, call), ty_under(u->pointer.elem)->array.len);
  return emit_value(F, op, 0, F->b->t_int, v, 0);
}

/* ---- append ---- */

/* grow_to: s, grown by GROWSLICE when newlen exceeds its capacity. The
** comparison is unsigned, as Go's: a length that overflowed int is huge,
** so growslice is called and panics "growslice: cap out of range". */
static IrReg grow_to(Fn *F, IrReg s, IrReg newlen) {
  Type *st = reg_type(F, s), *tu = F->b->t_uint;
  IrReg c = emit_value(F, IR_CAP, 0, F->b->t_int, s, 0);
  IrReg unewlen = emit_value(F, IR_CONVERT, 0, tu, newlen, 0);
  IrReg need = emit_binary(F, IR_OP_GT, tu, unewlen, emit_value(F, IR_CONVERT, 0, tu, c, 0));
  IrReg res = new_reg(F, st, NULL);
  IrBlock *grow = new_block(F), *keep = new_block(F), *done = new_block(F);
  emit_branch(F, need, grow, keep);
  set_block(F, grow);
  IrReg args[2] = {s, newlen};
  emit_rtcall(F, RT_GROWSLICE, st, args, 2, &res, 1);
  emit_jump(F, done);
  set_block(F, keep);
  emit_move(F, res, s);
  emit_jump(F, done);
  set_block(F, done);
  return res;
}

static IrReg reslice(Fn *F, IrReg s, IrReg lo, IrReg hi) {
  return emit_slice(F, reg_type(F, s), s, lo, hi, 0);
}

IrReg lower_append(Fn *F, Node *call) {
  Type *st = expr_type(F, call), *et = ty_under(st)->slice.elem;
  IrReg sv[MAX_SPREAD];
  Type *stypes[MAX_SPREAD];
  int k = spread_args(F, call, sv, stypes);
  IrReg s = builtin_arg(F, call, 0, st, sv, stypes, k);
  int n = k ? k : call->call.args.len;
  if (n == 1) return s;
  Type *ti = F->b->t_int;
  if (call->call.ellipsis.line) {
    Node *x = arg(call, 1);
    IrReg t = x->mode == MODE_NIL ? emit_zero(F, st) : lower_expr(F, x);
    F->pos = call_pos(call);
    IrReg l = emit_value(F, IR_LEN, 0, ti, s, 0);
    IrReg newlen = emit_binary(F, IR_OP_ADD, ti, l, emit_value(F, IR_LEN, 0, ti, t, 0));
    IrReg r = reslice(F, grow_to(F, s, newlen), 0, newlen);
    IrReg args[2] = {reslice(F, r, l, 0), t};
    IrReg dummy = new_reg(F, ti, NULL);
    emit_rtcall(F, RT_SLICECOPY, st, args, 2, &dummy, 1);
    return r;
  }
  IrReg *vals = xcalloc((size_t)n, sizeof(IrReg));
  for (int i = 1; i < n; i++) vals[i] = builtin_arg(F, call, i, et, sv, stypes, k);
  F->pos = call_pos(call);
  IrReg l = emit_value(F, IR_LEN, 0, ti, s, 0);
  IrReg newlen = emit_binary(F, IR_OP_ADD, ti, l, emit_const_int(F, ti, n - 1));
  IrReg r = reslice(F, grow_to(F, s, newlen), 0, newlen);
  for (int i = 1; i < n; i++) {
    IrReg idx = i == 1 ? l : emit_binary(F, IR_OP_ADD, ti, l, emit_const_int(F, ti, i - 1));
    IrReg p = new_reg(F, ty_pointer(F->b, et), NULL);
    IrInstr *in = emit(F, IR_INDEXADDR, et);
    in->dst = p;
    in->a = r;
    in->b = idx;
    emit_store(F, p, vals[i]);
  }
  free(vals);
  return r;
}

/* ---- statement builtins: planned, then emitted ---- */

static void plan_push(CallPlan *p, IrReg r, Type *t) {
  p->args[p->nargs] = r;
  p->argtypes[p->nargs++] = t;
}

void plan_builtin(Fn *F, Node *call, Builtin bi, CallPlan *p) {
  memset(p, 0, sizeof *p);
  p->kind = CALL_BUILTIN;
  p->builtin = bi;
  p->call = call;
  IrReg sv[MAX_SPREAD];
  Type *st[MAX_SPREAD];
  int k = spread_args(F, call, sv, st);
  int n = k ? k : call->call.args.len;
  p->args = arena_alloc(F->b->arena, sizeof(IrReg) * (size_t)(n + 1));
  p->argtypes = arena_alloc(F->b->arena, sizeof(Type *) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    Type *t = k ? st[i] : expr_type(F, arg(call, i));
    if (bi == BI_PANIC) t = F->b->t_any;
    else if (bi == BI_DELETE && i == 1) t = ty_under(p->argtypes[0])->map.key;
    else if (bi == BI_COPY && i == 1 && !k && arg(call, i)->mode == MODE_NIL) t = p->argtypes[0];
    plan_push(p, builtin_arg(F, call, i, t, sv, st, k), t);
  }
}

static void print_rt(Fn *F, IrRtFn fn, IrReg v) { emit_rtcall(F, fn, NULL, &v, v ? 1 : 0, NULL, 0); }

static IrReg widen(Fn *F, IrReg v, Type *to) {
  return types_identical(reg_type(F, v), to) ? v : emit_value(F, IR_CONVERT, 0, to, v, 0);
}

static void print_value(Fn *F, IrReg v, Type *t) {
  Type *u = ty_under(t);
  Builder *b = F->b;
  switch (u->kind) {
  case T_BOOL: print_rt(F, RT_PRINTBOOL, widen(F, v, b->t_bool)); return;
  case T_INT: case T_INT8: case T_INT16: case T_INT32: case T_INT64:
    print_rt(F, RT_PRINTINT, widen(F, v, b->t_int64));
    return;
  case T_UINT: case T_UINT8: case T_UINT16: case T_UINT32: case T_UINT64: case T_UINTPTR:
    print_rt(F, RT_PRINTUINT, widen(F, v, b->t_uint64));
    return;
  case T_FLOAT32: case T_FLOAT64: print_rt(F, RT_PRINTFLOAT, widen(F, v, b->t_float64)); return;
  case T_STRING: print_rt(F, RT_PRINTSTRING, widen(F, v, b->t_string)); return;
  case T_INTERFACE: print_rt(F, RT_PRINTEFACE, v); return;
  case T_SLICE: {
    print_rt(F, RT_PRINTSTRING, emit_const_string(F, "["));
    print_rt(F, RT_PRINTINT, widen(F, emit_value(F, IR_LEN, 0, b->t_int, v, 0), b->t_int64));
    print_rt(F, RT_PRINTSTRING, emit_const_string(F, "/"));
    print_rt(F, RT_PRINTINT, widen(F, emit_value(F, IR_CAP, 0, b->t_int, v, 0), b->t_int64));
    print_rt(F, RT_PRINTSTRING, emit_const_string(F, "]"));
    print_rt(F, RT_PRINTPOINTER, v);
    return;
  }
  default: print_rt(F, RT_PRINTPOINTER, v); return; /* pointer, map, chan, func */
  }
}

/* emit_builtin emits a planned statement builtin; copy and recover yield
** a value */
IrReg emit_builtin(Fn *F, CallPlan *p) {
  Pos saved = F->pos;
  F->pos = call_pos(p->call);
  IrReg d = 0;
  switch (p->builtin) {
  case BI_CLOSE: emit_rtcall(F, RT_CLOSECHAN, p->argtypes[0], p->args, 1, NULL, 0); break;
  case BI_DELETE: emit_rtcall(F, RT_MAPDELETE, p->argtypes[0], p->args, 2, NULL, 0); break;
  case BI_COPY:
    d = new_reg(F, F->b->t_int, NULL);
    emit_rtcall(F, RT_SLICECOPY, p->argtypes[0], p->args, 2, &d, 1);
    break;
  case BI_PANIC: {
    IrInstr *in = emit(F, IR_PANIC, NULL);
    in->a = p->args[0];
    break;
  }
  case BI_RECOVER: d = emit_value(F, IR_RECOVER, 0, F->b->t_any, 0, 0); break;
  case BI_PRINT: case BI_PRINTLN:
    for (int i = 0; i < p->nargs; i++) {
      if (i > 0 && p->builtin == BI_PRINTLN) print_rt(F, RT_PRINTSP, 0);
      print_value(F, p->args[i], p->argtypes[i]);
    }
    if (p->builtin == BI_PRINTLN) print_rt(F, RT_PRINTNL, 0);
    break;
  default: fatal("builtin %d is not a statement", p->builtin);
  }
  F->pos = saved;
  return d;
}

IrReg lower_builtin(Fn *F, Node *call, Builtin bi) {
  if (builtin_is_stmt(bi)) {
    CallPlan p;
    plan_builtin(F, call, bi, &p);
    IrReg d = emit_builtin(F, &p);
    if (d && bi == BI_RECOVER) return coerce(F, d, F->b->t_any, expr_type(F, call));
    return d;
  }
  switch (bi) {
  case BI_LEN: return lower_lencap(F, call, IR_LEN);
  case BI_CAP: return lower_lencap(F, call, IR_CAP);
  case BI_MAKE: return lower_make(F, call);
  case BI_NEW: return emit_alloc(F, arg(call, 0)->type, ALLOC_NEW);
  case BI_APPEND: return lower_append(F, call);
  default:
    unsupported(F->b, F->file, call->pos, "complex numbers");
    return emit_zero(F, F->b->t_int);
  }
}
