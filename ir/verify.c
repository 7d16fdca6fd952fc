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

static void check_instr(V *v, IrInstr *in) {
  IrFunc *f = v->f;
  if (in->dst) rt(v, in->dst);
  for (int i = 0; i < in->nargs; i++)
    if (in->args[i]) rt(v, in->args[i]);
  for (int i = 0; i < in->nresults; i++)
    if (in->results[i]) rt(v, in->results[i]);
  switch (in->op) {
  case IR_CONST: case IR_ZERO: same(v, rt(v, in->dst), in->type, "constant"); break;
  case IR_MOVE: same(v, rt(v, in->dst), rt(v, in->a), "move"); break;
  case IR_FUNCVAL: case IR_MAKECLOSURE:
    if (!in->u.fn) fail(v, "no function");
    if (under(rt(v, in->dst))->kind != T_FUNC) fail(v, "func value of a non-func type");
    if (in->op == IR_MAKECLOSURE && in->nargs != in->u.fn->captures.len) fail(v, "capture count");
    for (int i = 0; in->op == IR_MAKECLOSURE && i < in->nargs; i++)
      same(v, rt(v, in->args[i]), in->u.fn->captures.items[i], "capture");
    break;
  case IR_GLOBAL: same(v, pointee(v, in->dst), in->u.global->type, "global"); break;
  case IR_BINARY: check_binary(v, in); break;
  case IR_UNARY: same(v, rt(v, in->a), in->type, "operand"), same(v, rt(v, in->dst), in->type, "result"); break;
  case IR_CONVERT: rt(v, in->a), same(v, rt(v, in->dst), in->type, "conversion"); break;
  case IR_FIELD: case IR_SETFIELD: {
    Type *st = under(rt(v, in->op == IR_FIELD ? in->a : in->dst));
    if (st->kind != T_STRUCT || in->imm < 0 || in->imm >= st->strct.fields.len) fail(v, "bad field");
    Type *ft = st->strct.fields.items[in->imm]->type;
    same(v, rt(v, in->op == IR_FIELD ? in->dst : in->b), ft, "field");
    break;
  }
  case IR_INDEX: case IR_SETINDEX: rt(v, in->op == IR_INDEX ? in->a : in->dst), rt(v, in->b); break;
  case IR_LEN: case IR_CAP: rt(v, in->a); break;
  case IR_SLICE: rt(v, in->a), same(v, rt(v, in->dst), in->type, "slice"); break;
  case IR_MAKESLICE: rt(v, in->a), same(v, rt(v, in->dst), in->type, "makeslice"); break;
  case IR_CONCAT: break;
  case IR_ALLOC: same(v, pointee(v, in->dst), in->type, "alloc"); break;
  case IR_LOAD: same(v, pointee(v, in->a), rt(v, in->dst), "load"); break;
  case IR_STORE: same(v, pointee(v, in->a), rt(v, in->b), "store"); break;
  case IR_FIELDADDR: {
    Type *st = under(pointee(v, in->a));
    if (st->kind != T_STRUCT || in->imm < 0 || in->imm >= st->strct.fields.len) fail(v, "bad field address");
    same(v, pointee(v, in->dst), st->strct.fields.items[in->imm]->type, "field address");
    break;
  }
  case IR_INDEXADDR: rt(v, in->a), rt(v, in->b), pointee(v, in->dst); break;
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
  case IR_GO: case IR_DEFER:
    if (under(rt(v, in->a))->kind != T_FUNC) fail(v, "defer/go of a non-func");
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
  default: break;
  }
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
