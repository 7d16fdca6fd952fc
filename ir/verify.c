/*
** verify.c -- ir_verify: the invariants of ir.h, checked on every function
** ir_build makes (it is linear in the program's size, so it always runs).
** A violation is a lowering bug: the function is printed to stderr and
** fatal() names the broken rule.
**
** Checked: block structure (entry first, exactly one terminator, at the
** end; targets inside the function), registers (in range, typed, operands
** present), and the operand and result types each op's comment states,
** with types_identical (calls against the callee's signature, RETURN
** against the function's results, LOAD/STORE/ALLOC against the pointee).
*/
#include "lower.h"

#include <stdarg.h>

typedef struct V {
  IrFunc *f;
  IrBlock *b;
  int idx;
} V;

__attribute__((format(printf, 2, 3))) _Noreturn static void fail(V *v, const char *fmt, ...) {
  ir_print_func(v->f, stderr);
  StrBuf sb = {0};
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&sb, fmt, ap);
  va_end(ap);
  fatal("%s: b%d[%d]: %s", v->f->name, v->b ? v->b->id : -1, v->idx, sb_str(&sb));
}

static Type *rt(V *v, IrReg r) {
  if (r <= 0 || r >= v->f->regs.len) fail(v, "register r%d out of range", r);
  Type *t = v->f->regs.items[r].type;
  if (!t) fail(v, "register r%d has no type", r);
  return t;
}

static void same(V *v, Type *a, Type *b, const char *what) {
  if (a == b || types_identical(a, b)) return;
  StrBuf x = {0}, y = {0};
  type_string(&x, a, NULL);
  type_string(&y, b, NULL);
  fail(v, "%s: %s vs %s", what, sb_str(&x), sb_str(&y));
}

static Type *under(Type *t) { return type_underlying(t); }

static Type *pointee(V *v, IrReg p) {
  Type *u = under(rt(v, p));
  if (u->kind != T_POINTER) fail(v, "r%d is not a pointer", p);
  return u->pointer.elem;
}

static bool is_terminator(IrOp op) {
  return op == IR_JUMP || op == IR_BRANCH || op == IR_RETURN || op == IR_PANIC || op == IR_UNREACHABLE;
}

static void check_target(V *v, IrBlock *t) {
  if (!t || t->id < 0 || t->id >= v->f->blocks.len || v->f->blocks.items[t->id] != t)
    fail(v, "branch target outside the function");
}

/* a call's arguments and results against signature sig (recv first) */
static void check_call(V *v, IrInstr *in, Type *sig, bool with_recv) {
  int k = 0, np = sig_nparams(sig);
  if (with_recv && sig->sig.recv) {
    if (in->nargs < 1) fail(v, "missing receiver");
    same(v, rt(v, in->args[k++]), sig->sig.recv->type, "receiver");
  }
  if (in->nargs - k != np) fail(v, "call with %d arguments for %d parameters", in->nargs - k, np);
  for (int i = 0; i < np; i++) same(v, rt(v, in->args[k + i]), sig_param(sig, i), "argument");
  if (in->nresults != sig_nresults(sig)) fail(v, "call with %d results for %d", in->nresults, sig_nresults(sig));
  for (int i = 0; i < in->nresults; i++)
    if (in->results[i]) same(v, rt(v, in->results[i]), sig_result(sig, i), "result");
}

static bool is_int_kind(Type *t) { return t->kind >= T_INT && t->kind <= T_UINTPTR; }

static void want_int(V *v, IrReg r, const char *what) {
  if (!is_int_kind(under(rt(v, r)))) fail(v, "%s r%d is not an integer", what, r);
}

/* the element type of an indexable A (string: byte), or NULL */
static Type *elem_of(Type *t, bool through_pointer) {
  Type *u = under(t);
  if (through_pointer && u->kind == T_POINTER) u = under(u->pointer.elem);
  switch (u->kind) {
  case T_SLICE: return u->slice.elem;
  case T_ARRAY: return u->array.elem;
  default: return NULL;
  }
}

static void check_index(V *v, IrInstr *in) {
  IrReg agg = in->op == IR_INDEX ? in->a : in->dst;
  Type *u = under(rt(v, agg));
  want_int(v, in->b, "index");
  if (in->op == IR_INDEX && u->kind == T_STRING) {
    if (under(rt(v, in->dst))->kind != T_UINT8) fail(v, "string index is not a byte");
    return;
  }
  if (in->op == IR_SETINDEX && u->kind != T_ARRAY) fail(v, "SETINDEX of a non-array");
  Type *et = elem_of(u, false);
  if (!et) fail(v, "index of a non-indexable value");
  same(v, rt(v, in->op == IR_INDEX ? in->dst : in->c), et, "element");
}

static void check_slice(V *v, IrInstr *in) {
  Type *a = under(rt(v, in->a)), *t = under(in->type);
  if (in->b) want_int(v, in->b, "low bound");
  if (in->c) want_int(v, in->c, "high bound");
  if (in->nargs && in->args[0]) want_int(v, in->args[0], "max bound");
  same(v, rt(v, in->dst), in->type, "slice");
  if (a->kind == T_STRING && t->kind == T_STRING) return;
  Type *ae = elem_of(a, true);
  if (!ae || t->kind != T_SLICE || (a->kind == T_POINTER && under(a->pointer.elem)->kind != T_ARRAY))
    fail(v, "bad slice operand");
  same(v, t->slice.elem, ae, "slice element");
}

/* RTCALL: operand and result counts, and the kind of T, per entry point */
static void check_rtcall(V *v, IrInstr *in) {
  static const struct { int8_t nargs, nres; TypeKind t; } sig[RT_COUNT] = {
      [RT_MAKEMAP] = {1, 1, T_MAP},      [RT_MAPACCESS1] = {2, 1, T_MAP},
      [RT_MAPACCESS2] = {2, 2, T_MAP},   [RT_MAPASSIGN] = {3, 0, T_MAP},
      [RT_MAPDELETE] = {2, 0, T_MAP},    [RT_MAPITERINIT] = {1, 1, T_MAP},
      [RT_MAPITERNEXT] = {1, 3, T_MAP},  [RT_GROWSLICE] = {2, 1, T_SLICE},
      [RT_SLICECOPY] = {2, 1, T_SLICE},  [RT_INTSTRING] = {1, 1, T_INVALID},
      [RT_DECODERUNE] = {2, 2, T_INVALID}, [RT_PRINTBOOL] = {1, 0, T_INVALID},
      [RT_PRINTINT] = {1, 0, T_INVALID}, [RT_PRINTUINT] = {1, 0, T_INVALID},
      [RT_PRINTFLOAT] = {1, 0, T_INVALID}, [RT_PRINTSTRING] = {1, 0, T_INVALID},
      [RT_PRINTPOINTER] = {1, 0, T_INVALID}, [RT_PRINTEFACE] = {1, 0, T_INVALID},
      [RT_PRINTSP] = {0, 0, T_INVALID},  [RT_PRINTNL] = {0, 0, T_INVALID},
      [RT_MAKECHAN] = {1, 1, T_CHAN},    [RT_CHANSEND] = {2, 0, T_CHAN},
      [RT_CHANRECV] = {1, 2, T_CHAN},    [RT_CLOSECHAN] = {1, 0, T_CHAN},
  };
  if (in->sub < 0 || in->sub >= RT_COUNT) fail(v, "unknown runtime entry %d", in->sub);
  if (in->sub == RT_SELECT) {
    if (in->nargs % 2 || in->nresults != 2 + in->nargs / 2) fail(v, "SELECT operands");
    return;
  }
  if (in->nargs != sig[in->sub].nargs || in->nresults != sig[in->sub].nres)
    fail(v, "%s with %d operands and %d results", ir_rtfn_name(in->sub), in->nargs, in->nresults);
  if (sig[in->sub].t != T_INVALID && (!in->type || under(in->type)->kind != sig[in->sub].t))
    fail(v, "%s without its type", ir_rtfn_name(in->sub));
}

static void check_binary(V *v, IrInstr *in) {
  Type *t = in->type;
  if (in->sub == IR_OP_SHL || in->sub == IR_OP_SHR) {
    Type *bt = under(rt(v, in->b));
    if (bt->kind < T_INT || bt->kind > T_UINTPTR) fail(v, "shift count is not an integer");
  } else {
    same(v, rt(v, in->b), t, "right operand");
  }
  same(v, rt(v, in->a), t, "left operand");
  if (in->sub >= IR_OP_EQ && in->sub <= IR_OP_GE) {
    if (under(rt(v, in->dst))->kind != T_BOOL) fail(v, "comparison result is not bool");
  } else {
    same(v, rt(v, in->dst), t, "result");
  }
}

static void check_funcval(V *v, IrInstr *in) {
  if (!in->u.fn) fail(v, "no function");
  if (under(rt(v, in->dst))->kind != T_FUNC) fail(v, "func value of a non-func type");
  if (in->op == IR_FUNCVAL) return;
  if (in->nargs != in->u.fn->captures.len) fail(v, "capture count");
  for (int i = 0; i < in->nargs; i++) same(v, rt(v, in->args[i]), in->u.fn->captures.items[i], "capture");
}

static void check_field(V *v, Type *st, int64_t i) {
  if (st->kind != T_STRUCT || i < 0 || i >= st->strct.fields.len) fail(v, "bad field %lld", (long long)i);
}

/* values and aggregates in registers: CONST .. CONCAT */
static void check_value(V *v, IrInstr *in) {
  switch (in->op) {
  case IR_CONST: case IR_ZERO: same(v, rt(v, in->dst), in->type, "constant"); break;
  case IR_MOVE: same(v, rt(v, in->dst), rt(v, in->a), "move"); break;
  case IR_FUNCVAL: check_funcval(v, in); break;
  case IR_GLOBAL: same(v, pointee(v, in->dst), in->u.global->type, "global"); break;
  case IR_BINARY: check_binary(v, in); break;
  case IR_UNARY: same(v, rt(v, in->a), in->type, "operand"), same(v, rt(v, in->dst), in->type, "result"); break;
  case IR_CONVERT: rt(v, in->a), same(v, rt(v, in->dst), in->type, "conversion"); break;
  case IR_FIELD: case IR_SETFIELD: {
    Type *st = under(rt(v, in->op == IR_FIELD ? in->a : in->dst));
    check_field(v, st, in->imm);
    same(v, rt(v, in->op == IR_FIELD ? in->dst : in->b), st->strct.fields.items[in->imm]->type, "field");
    break;
  }
  case IR_INDEX: case IR_SETINDEX: check_index(v, in); break;
  case IR_LEN: case IR_CAP: {
    TypeKind k = under(rt(v, in->a))->kind;
    if (k != T_STRING && k != T_SLICE && k != T_ARRAY && k != T_CHAN && (k != T_MAP || in->op == IR_CAP))
      fail(v, "%s of a value that has none", ir_op_name(in->op));
    if (under(rt(v, in->dst))->kind != T_INT) fail(v, "length is not an int");
    break;
  }
  case IR_SLICE: check_slice(v, in); break;
  case IR_MAKESLICE:
    if (under(in->type)->kind != T_SLICE) fail(v, "MAKESLICE of a non-slice");
    want_int(v, in->a, "length");
    if (in->b) want_int(v, in->b, "capacity");
    same(v, rt(v, in->dst), in->type, "makeslice");
    break;
  case IR_CONCAT:
    for (int i = 0; i < in->nargs; i++)
      if (under(rt(v, in->args[i]))->kind != T_STRING) fail(v, "concatenation of a non-string");
    break;
  default: fail(v, "%s is not a value op", ir_op_name(in->op));
  }
}

/* memory, closures, interfaces: ALLOC .. TYPEASSERT */
static void check_memory(V *v, IrInstr *in) {
  IrFunc *f = v->f;
  switch (in->op) {
  case IR_ALLOC: same(v, pointee(v, in->dst), in->type, "alloc"); break;
  case IR_LOAD: same(v, pointee(v, in->a), rt(v, in->dst), "load"); break;
  case IR_STORE: same(v, pointee(v, in->a), rt(v, in->b), "store"); break;
  case IR_FIELDADDR: {
    Type *st = under(pointee(v, in->a));
    check_field(v, st, in->imm);
    same(v, pointee(v, in->dst), st->strct.fields.items[in->imm]->type, "field address");
    break;
  }
  case IR_INDEXADDR: {
    Type *a = under(rt(v, in->a));
    if (a->kind != T_SLICE && !(a->kind == T_POINTER && under(a->pointer.elem)->kind == T_ARRAY))
      fail(v, "INDEXADDR of neither a slice nor a pointer to an array");
    want_int(v, in->b, "index");
    same(v, pointee(v, in->dst), elem_of(a, true), "element address");
    break;
  }
  case IR_MAKECLOSURE: check_funcval(v, in); break;
  case IR_CAPTURE:
    if (!f->ctx || in->imm < 0 || in->imm >= f->captures.len) fail(v, "capture outside a closure");
    same(v, rt(v, in->dst), f->captures.items[in->imm], "capture");
    break;
  case IR_MAKEIFACE:
    if (under(in->type)->kind != T_INTERFACE) fail(v, "MAKEIFACE to a non-interface");
    rt(v, in->a), same(v, rt(v, in->dst), in->type, "interface");
    break;
  case IR_TYPEASSERT:
    if (under(rt(v, in->a))->kind != T_INTERFACE) fail(v, "assertion on a non-interface");
    same(v, rt(v, in->results[0]), in->type, "asserted");
    break;
  default: fail(v, "%s is not a memory op", ir_op_name(in->op));
  }
}

/* calls, defer, control flow: CALL .. UNREACHABLE */
static void check_control(V *v, IrInstr *in) {
  IrFunc *f = v->f;
  switch (in->op) {
  case IR_CALL: check_call(v, in, in->u.fn->sig, true); break;
  case IR_CALLFUNC: {
    Type *sig = under(rt(v, in->a));
    if (sig->kind != T_FUNC) fail(v, "call of a non-func");
    check_call(v, in, sig, false);
    break;
  }
  case IR_CALLIFACE: {
    Type *it = under(rt(v, in->a));
    if (it->kind != T_INTERFACE || in->imm < 0 || in->imm >= it->iface.all.len) fail(v, "bad interface call");
    check_call(v, in, it->iface.all.items[in->imm]->type, false);
    break;
  }
  case IR_RTCALL: check_rtcall(v, in); break;
  case IR_GO: case IR_DEFER:
    if (under(rt(v, in->a))->kind != T_FUNC) fail(v, "defer/go of a non-func");
    if (in->b && under(rt(v, in->b))->kind != T_FUNC) fail(v, "go's callee is not a func");
    break;
  case IR_RECOVER: rt(v, in->dst); break;
  case IR_BRANCH:
    if (under(rt(v, in->a))->kind != T_BOOL) fail(v, "branch on a non-bool");
    check_target(v, in->target), check_target(v, in->els);
    break;
  case IR_JUMP: check_target(v, in->target); break;
  case IR_RETURN:
    if (in->nargs != f->nresults) fail(v, "return of %d values for %d results", in->nargs, f->nresults);
    for (int i = 0; i < in->nargs; i++) same(v, rt(v, in->args[i]), sig_result(f->sig, i), "returned");
    break;
  case IR_PANIC:
    if (under(rt(v, in->a))->kind != T_INTERFACE) fail(v, "panic of a non-interface");
    break;
  default: break; /* DEFERRETURN, SAFEPOINT, UNREACHABLE */
  }
}

static void check_instr(V *v, IrInstr *in) {
  if (in->dst) rt(v, in->dst);
  for (int i = 0; i < in->nargs; i++)
    if (in->args[i]) rt(v, in->args[i]);
  for (int i = 0; i < in->nresults; i++)
    if (in->results[i]) rt(v, in->results[i]);
  if (in->op >= IR_OP_COUNT) fail(v, "unknown op %d", in->op);
  if (in->op <= IR_CONCAT) check_value(v, in);
  else if (in->op <= IR_TYPEASSERT) check_memory(v, in);
  else check_control(v, in);
}

/* every register read is written somewhere (a parameter, a dst or a
** result): a read of a register only a dropped block defined is a bug */
static void check_defined(V *v) {
  IrFunc *f = v->f;
  bool *def = xcalloc((size_t)f->regs.len + 1, sizeof(bool));
  for (int r = 1; r <= f->nparams && r < f->regs.len; r++) def[r] = true;
  for (int i = 0; i < f->blocks.len; i++)
    for (int j = 0; j < f->blocks.items[i]->instrs.len; j++) {
      IrInstr *in = &f->blocks.items[i]->instrs.items[j];
      if (in->dst > 0 && in->dst < f->regs.len) def[in->dst] = true;
      for (int k = 0; k < in->nresults; k++)
        if (in->results[k] > 0 && in->results[k] < f->regs.len) def[in->results[k]] = true;
    }
  for (int i = 0; i < f->blocks.len; i++) {
    v->b = f->blocks.items[i];
    for (int j = 0; j < v->b->instrs.len; j++) {
      IrInstr *in = &v->b->instrs.items[j];
      v->idx = j;
      IrReg ops[3] = {in->a, in->b, in->c};
      for (int k = 0; k < 3; k++)
        if (ops[k] && !def[ops[k]]) fail(v, "r%d is read but never written", ops[k]);
      for (int k = 0; k < in->nargs; k++)
        if (in->args[k] && !def[in->args[k]]) fail(v, "r%d is read but never written", in->args[k]);
    }
  }
  free(def);
}

static void verify_func(IrFunc *f) {
  V v = {f, NULL, -1};
  if (f->is_native) return;
  if (f->blocks.len == 0) fail(&v, "no blocks");
  if (f->nparams >= f->regs.len && f->nparams > 0) fail(&v, "fewer registers than parameters");
  if (f->ctx && f->ctx != f->nparams) fail(&v, "ctx is not the last parameter");
  if (f->has_defer != (f->exit != NULL)) fail(&v, "has_defer without exit block");
  for (int i = 0; i < f->blocks.len; i++) {
    IrBlock *b = f->blocks.items[i];
    v.b = b;
    if (b->id != i) fail(&v, "block id %d at index %d", b->id, i);
    if (b->instrs.len == 0) fail(&v, "empty block");
    for (int j = 0; j < b->instrs.len; j++) {
      v.idx = j;
      IrInstr *in = &b->instrs.items[j];
      if (is_terminator(in->op) != (j == b->instrs.len - 1)) fail(&v, "terminator not at the block's end");
      check_instr(&v, in);
    }
  }
  check_defined(&v);
}

void ir_verify(IrProgram *p) {
  for (int i = 0; i < p->funcs.len; i++) {
    IrFunc *f = p->funcs.items[i];
    if (f->id != i) fatal("function %s has id %d at index %d", f->name, f->id, i);
    verify_func(f);
  }
}
