/*
** lower_range.c -- for range loops over slices, arrays, pointers to arrays,
** strings, maps and channels (range over an integer is Go 1.22; the
** checker rejects it as Go 1.19 does).
**
** Shape: the range expression is evaluated once into a temporary (a copy
** of the variable's value: ranging over s while the body assigns s sees
** the old s, and an array ranged by value is copied once); a hidden
** counter drives the loop, so the body may assign the iteration variables
** freely. With := the iteration variables are declared once, before the
** loop (Go 1.19: one variable per loop, shared by all iterations, so a
** closure capturing it sees the last value); with = each iteration
** assigns the left-hand expressions.
**
**   head:  cond (i < len, MAPITERNEXT's ok, CHANRECV's ok) -> body | done
**   body:  key, value := ...; <body>; -> post
**   post:  advance; SAFEPOINT; -> head        (continue jumps to post)
**
** Strings decode a rune per step: a byte below 0x80 is its own rune
** (inline fast path), anything else goes through DECODERUNE.
** Maps iterate with MAPITERINIT/MAPITERNEXT on an opaque *hiter (typed
** *uint8 in the IR: only the runtime knows the iterator's layout).
*/
#include "lower.h"

typedef struct Range {
  Node *s;
  IrBlock *head, *body, *post, *done;
} Range;

static bool is_blank_node(Node *n) {
  return !n || (n->kind == N_IDENT && n->ident.name[0] == '_' && !n->ident.name[1]);
}

static void declare_iter_var(Fn *F, Node *n, Type *t) {
  if (is_blank_node(n) || !n->obj) return;
  declare_var(F, n->obj, 0);
}

/* set_iter_vars gives the iteration variables (or = targets) key k and
** value v (0: none) as ONE parallel assignment, as gc's OAS2: both
** targets' operands are evaluated before either is assigned, so in
** `for i, x[i] = range y` the index is the old i */
static void set_iter_vars(Fn *F, Node *s, IrReg k, IrReg v) {
  Node *kn = s->rangestmt.key, *vn = s->rangestmt.value;
  bool hk = k && !is_blank_node(kn), hv = v && !is_blank_node(vn);
  Ref rk, rv;
  if (hk) rk = ref_expr(F, kn);
  if (hv) rv = ref_expr(F, vn);
  if (hk && hv) ref_stabilize(F, &rk), ref_stabilize(F, &rv);
  if (hk) assign_ref(F, &rk, k, reg_type(F, k));
  if (hv) assign_ref(F, &rv, v, reg_type(F, v));
}

/* a copy of x's value, unless it is already a fresh temporary */
static IrReg range_operand(Fn *F, Node *x) {
  int mark = F->f->regs.len;
  IrReg v = lower_expr(F, x);
  if (v >= mark) return v;
  IrReg t = new_reg(F, reg_type(F, v), NULL);
  emit_move(F, t, v);
  return t;
}

static void range_begin(Fn *F, Range *r, Node *s) {
  r->s = s;
  if (s->rangestmt.tok == TK_DEFINE) {
    declare_iter_var(F, s->rangestmt.key, NULL);
    declare_iter_var(F, s->rangestmt.value, NULL);
  }
  r->done = new_block(F);
  enter_loop(F);
  r->head = new_block(F);
  r->body = new_block(F);
  r->post = new_block(F);
  push_target(F, r->done, r->post);
  emit_jump(F, r->head);
  set_block(F, r->head);
}

/* range_body: the loop body, then the post block's start (the caller
** emits the advance), then back to head */
static void range_body(Fn *F, Range *r) {
  lower_stmt(F, r->s->rangestmt.body);
  emit_jump(F, r->post);
  set_block(F, r->post);
}

static void range_end(Fn *F, Range *r) {
  emit(F, IR_SAFEPOINT, NULL);
  emit_jump(F, r->head);
  pop_target(F);
  leave_loop(F);
  set_block(F, r->done);
}

static bool evaluates_anyway(Node *x) {
  x = ast_unparen(x);
  return x->kind == N_CALL || (x->kind == N_UNARY && x->unary.op == TK_ARROW);
}

/* slices, arrays and pointers to arrays: index loop */
static void range_indexed(Fn *F, Node *s, Type *u) {
  Builder *b = F->b;
  bool want_value = !is_blank_node(s->rangestmt.value);
  Type *arr = u->kind == T_POINTER ? ty_under(u->pointer.elem) : u;
  IrReg a = 0, n;
  if (u->kind == T_SLICE || want_value || evaluates_anyway(s->rangestmt.x)) a = range_operand(F, s->rangestmt.x);
  if (u->kind == T_SLICE) n = emit_value(F, IR_LEN, 0, b->t_int, a, 0);
  else n = emit_const_int(F, b->t_int, arr->array.len);
  IrReg i = emit_const_int(F, b->t_int, 0);
  Range r;
  range_begin(F, &r, s);
  emit_branch(F, emit_binary(F, IR_OP_LT, b->t_int, i, n), r.body, r.done);
  set_block(F, r.body);
  IrReg v = 0;
  if (want_value) {
    Type *et = u->kind == T_SLICE ? u->slice.elem : arr->array.elem;
    if (u->kind == T_POINTER) {
      IrReg p = new_reg(F, ty_pointer(b, et), NULL);
      IrInstr *in = emit(F, IR_INDEXADDR, et);
      in->dst = p;
      in->a = a;
      in->b = i;
      v = emit_load(F, p);
    } else {
      v = emit_value(F, IR_INDEX, 0, et, a, i);
    }
  }
  set_iter_vars(F, s, i, v);
  range_body(F, &r);
  IrReg one = emit_const_int(F, b->t_int, 1);
  IrInstr *in = emit(F, IR_BINARY, b->t_int);
  in->sub = IR_OP_ADD;
  in->dst = i;
  in->a = i;
  in->b = one;
  range_end(F, &r);
}

/* the rune at i and the index after it: ASCII inline, else DECODERUNE */
static void decode_rune(Fn *F, IrReg str, IrReg i, IrReg rune, IrReg next) {
  Builder *b = F->b;
  IrReg c = emit_value(F, IR_INDEX, 0, b->t_uint8, str, i);
  IrReg ascii = emit_binary(F, IR_OP_LT, b->t_uint8, c, emit_const_int(F, b->t_uint8, 0x80));
  IrBlock *fast = new_block(F), *slow = new_block(F), *join = new_block(F);
  emit_branch(F, ascii, fast, slow);
  set_block(F, fast);
  emit_move(F, rune, emit_value(F, IR_CONVERT, 0, b->t_int32, c, 0));
  emit_move(F, next, emit_binary(F, IR_OP_ADD, b->t_int, i, emit_const_int(F, b->t_int, 1)));
  emit_jump(F, join);
  set_block(F, slow);
  IrReg args[2] = {str, i}, res[2] = {rune, next};
  emit_rtcall(F, RT_DECODERUNE, NULL, args, 2, res, 2);
  emit_jump(F, join);
  set_block(F, join);
}

static void range_string(Fn *F, Node *s) {
  Builder *b = F->b;
  IrReg str = range_operand(F, s->rangestmt.x);
  if (!types_identical(reg_type(F, str), b->t_string)) str = emit_value(F, IR_CONVERT, 0, b->t_string, str, 0);
  IrReg n = emit_value(F, IR_LEN, 0, b->t_int, str, 0);
  IrReg i = emit_const_int(F, b->t_int, 0);
  IrReg rune = new_reg(F, b->t_int32, NULL), next = new_reg(F, b->t_int, NULL);
  Range r;
  range_begin(F, &r, s);
  emit_branch(F, emit_binary(F, IR_OP_LT, b->t_int, i, n), r.body, r.done);
  set_block(F, r.body);
  decode_rune(F, str, i, rune, next);
  set_iter_vars(F, s, i, rune);
  range_body(F, &r);
  emit_move(F, i, next);
  range_end(F, &r);
}

static void range_map(Fn *F, Node *s) {
  Builder *b = F->b;
  IrReg m = range_operand(F, s->rangestmt.x);
  Type *mt = reg_type(F, m), *u = ty_under(mt);
  IrReg it = new_reg(F, ty_pointer(b, b->t_uint8), NULL);
  emit_rtcall(F, RT_MAPITERINIT, mt, &m, 1, &it, 1);
  IrReg res[3];
  res[0] = new_reg(F, u->map.key, NULL);
  res[1] = new_reg(F, u->map.elem, NULL);
  res[2] = new_reg(F, b->t_bool, NULL);
  Range r;
  range_begin(F, &r, s);
  emit_rtcall(F, RT_MAPITERNEXT, mt, &it, 1, res, 3);
  emit_branch(F, res[2], r.body, r.done);
  set_block(F, r.body);
  set_iter_vars(F, s, res[0], res[1]);
  range_body(F, &r);
  range_end(F, &r);
}

static void range_chan(Fn *F, Node *s) {
  IrReg c = range_operand(F, s->rangestmt.x);
  Type *ct = reg_type(F, c);
  IrReg res[2];
  res[0] = new_reg(F, ty_under(ct)->chan.elem, NULL);
  res[1] = new_reg(F, F->b->t_bool, NULL);
  Range r;
  range_begin(F, &r, s);
  emit_rtcall(F, RT_CHANRECV, ct, &c, 1, res, 2);
  emit_branch(F, res[1], r.body, r.done);
  set_block(F, r.body);
  set_iter_vars(F, s, res[0], 0);
  range_body(F, &r);
  range_end(F, &r);
}

void lower_range(Fn *F, Node *s) {
  order_expr(F, s->rangestmt.x, NULL);
  Type *u = ty_under(expr_type(F, s->rangestmt.x));
  switch (u->kind) {
  case T_SLICE: case T_ARRAY: case T_POINTER: range_indexed(F, s, u); break;
  case T_STRING: range_string(F, s); break;
  case T_MAP: range_map(F, s); break;
  case T_CHAN: range_chan(F, s); break;
  default: unsupported(F->b, F->file, s->pos, "this range loop");
  }
}
