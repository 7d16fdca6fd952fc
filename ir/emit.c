/*
** emit.c -- building blocks of one function: registers, blocks and
** instructions, and the final clean-up of a function's block list.
**
** Invariant kept here: instructions are only ever appended to the current
** block, and a block ends at its first terminator. Code that follows a
** terminator (after return, break, panic...) is still lowered, into a fresh
** block nothing jumps to; fn_finish drops such blocks, so every block left
** is reachable from the entry and the listing shows no dead code.
*/
#include "lower.h"

static bool is_terminator(IrOp op) {
  return op == IR_JUMP || op == IR_BRANCH || op == IR_RETURN || op == IR_PANIC ||
         op == IR_UNREACHABLE;
}

IrReg new_reg(Fn *F, Type *t, const char *name) {
  if (!t) fatal("register without a type");
  IrRegInfo ri = {t, name};
  vec_push(&F->f->regs, ri);
  return F->f->regs.len - 1;
}

Type *reg_type(Fn *F, IrReg r) {
  if (r <= 0 || r >= F->f->regs.len) fatal("bad register r%d", r);
  return F->f->regs.items[r].type;
}

IrBlock *new_block(Fn *F) {
  IrBlock *blk = arena_alloc(F->b->arena, sizeof *blk);
  blk->id = F->f->blocks.len;
  blk->loopdepth = F->loopdepth;
  vec_push(&F->f->blocks, blk);
  return blk;
}

void set_block(Fn *F, IrBlock *blk) { F->cur = blk; }

bool terminated(Fn *F) {
  IrBlock *blk = F->cur;
  return blk->instrs.len > 0 && is_terminator(blk->instrs.items[blk->instrs.len - 1].op);
}

IrInstr *emit(Fn *F, IrOp op, Type *t) {
  if (terminated(F)) F->cur = new_block(F); /* unreachable code */
  IrInstr in = {0};
  in.op = op;
  in.type = t;
  in.pos = F->pos;
  in.escapes = true;
  vec_push(&F->cur->instrs, in);
  return &F->cur->instrs.items[F->cur->instrs.len - 1];
}

IrReg emit_value(Fn *F, IrOp op, int sub, Type *t, IrReg a, IrReg b) {
  IrReg d = new_reg(F, t, NULL);
  IrInstr *in = emit(F, op, t);
  in->sub = sub;
  in->dst = d;
  in->a = a;
  in->b = b;
  return d;
}

static IrReg emit_constval(Fn *F, Type *t, Const *v) {
  IrReg d = new_reg(F, t, NULL);
  IrInstr *in = emit(F, IR_CONST, t);
  in->dst = d;
  in->u.val = v;
  return d;
}

IrReg emit_const_int(Fn *F, Type *t, int64_t v) {
  Const *c = arena_alloc(F->b->arena, sizeof *c);
  c->kind = CK_INT;
  c->i = v;
  return emit_constval(F, t, c);
}

IrReg emit_const_bool(Fn *F, bool v) {
  Const *c = arena_alloc(F->b->arena, sizeof *c);
  c->kind = CK_BOOL;
  c->b = v;
  return emit_constval(F, F->b->t_bool, c);
}

IrReg emit_const_string(Fn *F, const char *s) {
  Const *c = arena_alloc(F->b->arena, sizeof *c);
  c->kind = CK_STRING;
  c->s = s;
  c->slen = strlen(s);
  return emit_constval(F, F->b->t_string, c);
}

IrReg emit_zero(Fn *F, Type *t) { return emit_value(F, IR_ZERO, 0, t, 0, 0); }

IrReg emit_binary(Fn *F, IrBinOp op, Type *operand, IrReg a, IrReg b) {
  bool cmp = op >= IR_OP_EQ && op <= IR_OP_GE;
  IrReg d = new_reg(F, cmp ? F->b->t_bool : operand, NULL);
  IrInstr *in = emit(F, IR_BINARY, operand);
  in->sub = op;
  in->dst = d;
  in->a = a;
  in->b = b;
  return d;
}

IrReg emit_field(Fn *F, IrReg strct, int i) {
  Type *st = ty_under(reg_type(F, strct));
  Type *ft = st->strct.fields.items[i]->type;
  IrReg d = new_reg(F, ft, NULL);
  IrInstr *in = emit(F, IR_FIELD, ft);
  in->dst = d;
  in->a = strct;
  in->imm = i;
  return d;
}

IrReg emit_load(Fn *F, IrReg ptr) {
  Type *t = ty_under(reg_type(F, ptr))->pointer.elem;
  return emit_value(F, IR_LOAD, 0, t, ptr, 0);
}

void emit_store(Fn *F, IrReg ptr, IrReg v) {
  IrInstr *in = emit(F, IR_STORE, reg_type(F, v));
  in->a = ptr;
  in->b = v;
}

IrReg emit_alloc(Fn *F, Type *t, IrAllocKind kind) {
  IrReg d = new_reg(F, ty_pointer(F->b, t), NULL);
  IrInstr *in = emit(F, IR_ALLOC, t);
  in->sub = kind;
  in->dst = d;
  return d;
}

IrReg emit_global(Fn *F, IrGlobal *g) {
  IrReg d = new_reg(F, ty_pointer(F->b, g->type), NULL);
  IrInstr *in = emit(F, IR_GLOBAL, g->type);
  in->dst = d;
  in->u.global = g;
  return d;
}

/* R(d) := A[lo:hi:max] of type t (0: an absent index) */
IrReg emit_slice(Fn *F, Type *t, IrReg a, IrReg lo, IrReg hi, IrReg max) {
  IrReg *m = regs_dup(F, &max, 1);
  IrReg d = new_reg(F, t, NULL);
  IrInstr *in = emit(F, IR_SLICE, t);
  in->dst = d;
  in->a = a;
  in->b = lo;
  in->c = hi;
  in->args = m;
  in->nargs = 1;
  return d;
}

void emit_move(Fn *F, IrReg dst, IrReg src) {
  IrInstr *in = emit(F, IR_MOVE, reg_type(F, dst));
  in->dst = dst;
  in->a = src;
}

IrReg *regs_dup(Fn *F, const IrReg *r, int n) {
  IrReg *a = arena_alloc(F->b->arena, sizeof(IrReg) * (size_t)(n ? n : 1));
  if (n) memcpy(a, r, sizeof(IrReg) * (size_t)n);
  return a;
}

void emit_rtcall(Fn *F, IrRtFn fn, Type *t, IrReg *args, int nargs, IrReg *results,
                 int nresults) {
  IrReg *a = regs_dup(F, args, nargs), *r = regs_dup(F, results, nresults);
  IrInstr *in = emit(F, IR_RTCALL, t);
  in->sub = fn;
  in->args = a;
  in->nargs = nargs;
  in->results = r;
  in->nresults = nresults;
}

void emit_jump(Fn *F, IrBlock *to) {
  IrInstr *in = emit(F, IR_JUMP, NULL);
  in->target = to;
}

void emit_branch(Fn *F, IrReg cond, IrBlock *yes, IrBlock *no) {
  IrInstr *in = emit(F, IR_BRANCH, NULL);
  in->a = cond;
  in->target = yes;
  in->els = no;
}

/* ---- clean-up ---- */

/* postorder appends the blocks reachable from root in DFS postorder,
** visiting a branch's `els` before its `target` so that the reverse
** puts the target right after the branch (the then-block after the if) */
typedef VEC(IrBlock *) BlockList;

static void postorder(IrBlock *root, bool *seen, BlockList *order) {
  typedef struct { IrBlock *b; int next; } Frame;
  VEC(Frame) stack = {0};
  if (seen[root->id]) return;
  seen[root->id] = true;
  vec_push(&stack, ((Frame){root, 0}));
  while (stack.len) {
    Frame *fr = &stack.items[stack.len - 1];
    IrInstr *last = &fr->b->instrs.items[fr->b->instrs.len - 1];
    IrBlock *succ[2] = {last->els, last->target};
    IrBlock *s = NULL;
    while (fr->next < 2 && !s) {
      IrBlock *c = succ[fr->next++];
      if (c && !seen[c->id]) s = c;
    }
    if (s) {
      seen[s->id] = true;
      vec_push(&stack, ((Frame){s, 0}));
    } else {
      vec_push(order, fr->b);
      stack.len--;
    }
  }
  vec_free(&stack);
}

/* thread: where a jump to b really goes, skipping blocks that only jump
** (bounded, so a `for {}` of empty blocks ends) */
static IrBlock *thread(IrBlock *b) {
  for (int hops = 0; hops < 8 && b->instrs.len == 1 && b->instrs.items[0].op == IR_JUMP; hops++)
    b = b->instrs.items[0].target;
  return b;
}

/* fn_finish ends every open block, threads jumps through empty blocks,
** drops the unreachable ones and lays the rest out in reverse postorder
** (entry first, loops in source order) */
void fn_finish(Fn *F) {
  IrFunc *f = F->f;
  for (int i = 0; i < f->blocks.len; i++) {
    IrBlock *b = f->blocks.items[i];
    if (b->instrs.len == 0 || !is_terminator(b->instrs.items[b->instrs.len - 1].op)) {
      F->cur = b;
      emit(F, IR_UNREACHABLE, NULL);
    }
  }
  for (int i = 0; i < f->blocks.len; i++) {
    IrInstr *last = &f->blocks.items[i]->instrs.items[f->blocks.items[i]->instrs.len - 1];
    if (last->target) last->target = thread(last->target);
    if (last->els) last->els = thread(last->els);
  }
  bool *seen = xcalloc((size_t)f->blocks.len, sizeof(bool));
  BlockList order = {0};
  if (f->exit) postorder(f->exit, seen, &order);
  int nexit = order.len;
  postorder(f->blocks.items[0], seen, &order);
  int n = 0;
  for (int i = order.len - 1; i >= nexit; i--) f->blocks.items[n++] = order.items[i];
  for (int i = nexit - 1; i >= 0; i--) f->blocks.items[n++] = order.items[i];
  f->blocks.len = n;
  for (int i = 0; i < n; i++) f->blocks.items[i]->id = i;
  vec_free(&order);
  free(seen);
  hoist_constants(f);
}

